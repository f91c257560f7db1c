"""Models: Item, ItemState."""

from __future__ import annotations

from clientsmith.models import BaseModel, OpenEnum

__all__ = ["Item", "ItemState"]


class Item(BaseModel):
    """The ``Item`` object."""

    name: str
    id: str
    quantity: int | None = None
    price: float | None = None
    tags: list[str] | None = None
    state: ItemState | None = None


class ItemState(OpenEnum):
    """Values of ``ItemState``.

    Unknown values from the server are accepted as pseudo-members.
    """

    IN_STOCK = "in_stock"
    BACKORDERED = "backordered"
    DISCONTINUED = "discontinued"
