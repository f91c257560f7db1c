"""Models: ListBooksResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .book import Book

__all__ = ["ListBooksResponse"]


class ListBooksResponse(BaseModel):
    """The ``ListBooksResponse`` object."""

    items: list[Book]
    next_cursor: str | None = None
