"""Models: GetAssetAttributesAttributeCodeOptionsCodeResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetAssetAttributesAttributeCodeOptionsCodeResponse"]


class GetAssetAttributesAttributeCodeOptionsCodeResponse(BaseModel):
    """The ``GetAssetAttributesAttributeCodeOptionsCodeResponse`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
