"""Models: Author."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Author"]


class Author(BaseModel):
    """The ``Author`` object."""

    name: str
    born: int | None = None
