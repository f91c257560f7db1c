"""Models: Item."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .item_state import ItemState

__all__ = ["Item"]


class Item(BaseModel):
    """The ``Item`` object."""

    name: str
    id: str
    quantity: int | None = None
    price: float | None = None
    tags: list[str] | None = None
    state: ItemState | None = None
