"""Models: PatchAssetAttributesAttributeCodeOptionsCodeBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PatchAssetAttributesAttributeCodeOptionsCodeBody"]


class PatchAssetAttributesAttributeCodeOptionsCodeBody(BaseModel):
    """The ``PatchAssetAttributesAttributeCodeOptionsCodeBody`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
