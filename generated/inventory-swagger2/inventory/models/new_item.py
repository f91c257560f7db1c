"""Models: NewItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["NewItem"]


class NewItem(BaseModel):
    """The ``NewItem`` object."""

    name: str
    quantity: int | None = None
    price: float | None = None
    tags: list[str] | None = None
