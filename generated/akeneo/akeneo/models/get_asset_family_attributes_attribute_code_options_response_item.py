"""Models: GetAssetFamilyAttributesAttributeCodeOptionsResponseItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetAssetFamilyAttributesAttributeCodeOptionsResponseItem"]


class GetAssetFamilyAttributesAttributeCodeOptionsResponseItem(BaseModel):
    """The ``GetAssetFamilyAttributesAttributeCodeOptionsResponseItem`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
