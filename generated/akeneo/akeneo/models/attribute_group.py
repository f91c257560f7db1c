"""Models: AttributeGroup."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["AttributeGroup"]


class AttributeGroup(BaseModel):
    """The ``AttributeGroup`` object."""

    code: str
    """Attribute group code"""

    attributes: list[str] | None = None
    """Attribute codes that compose the attribute group"""

    labels: dict[str, str] | None = None
    """Attribute group labels for each locale"""

    sort_order: int | None = None
    """Attribute group order among other attribute groups"""
