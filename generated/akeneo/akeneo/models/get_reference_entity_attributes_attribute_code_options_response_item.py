"""Models: GetReferenceEntityAttributesAttributeCodeOptionsResponseItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetReferenceEntityAttributesAttributeCodeOptionsResponseItem"]


class GetReferenceEntityAttributesAttributeCodeOptionsResponseItem(BaseModel):
    """The ``GetReferenceEntityAttributesAttributeCodeOptionsResponseItem`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
