"""Models: ReferenceEntityAttributeOption."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["ReferenceEntityAttributeOption"]


class ReferenceEntityAttributeOption(BaseModel):
    """The ``ReferenceEntityAttributeOption`` object."""

    code: str
    """Attribute's option code"""

    labels: dict[str, str] | None = None
    """Attribute labels for each locale"""
