"""Models: Cat."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Cat"]


class Cat(BaseModel):
    """The ``Cat`` object."""

    type: str
    indoor: bool | None = None
