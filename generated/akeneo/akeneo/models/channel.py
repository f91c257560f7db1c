"""Models: Channel."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Channel"]


class Channel(BaseModel):
    """The ``Channel`` object."""

    category_tree: str
    """Code of the category tree linked to the channel"""

    code: str
    """Channel code"""

    currencies: list[str]
    """Codes of activated currencies for the channel"""

    locales: list[str]
    """Codes of activated locales for the channel"""

    conversion_units: dict[str, str] | None = None
    """Units to which the given metric attributes should be converted when exporting products"""

    labels: dict[str, str] | None = None
    """Channel labels for each locale"""
