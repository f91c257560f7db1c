"""Models: ItemState."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["ItemState"]


class ItemState(OpenEnum):
    """Values of ``ItemState``.
    Unknown values from the server are accepted as pseudo-members.
    """

    IN_STOCK = "in_stock"

    BACKORDERED = "backordered"

    DISCONTINUED = "discontinued"
