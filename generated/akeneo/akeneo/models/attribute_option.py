"""Models: AttributeOption."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["AttributeOption"]


class AttributeOption(BaseModel):
    """The ``AttributeOption`` object."""

    code: str
    """Code of option"""

    attribute: str | None = None
    """Code of attribute related to the attribute option"""

    labels: dict[str, str] | None = None
    """Attribute option labels for each locale"""

    sort_order: int | None = None
    """Order of attribute option"""
