"""Models: Book, BookMetadata, Series."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from clientsmith.formats import DateOrStr
from clientsmith.models import BaseModel

from .author import Author

__all__ = ["Book", "BookMetadata", "Series"]


class Book(BaseModel):
    """The ``Book`` object."""

    isbn: str
    title: str
    format: Literal["paper"]
    subtitle: str | None = None
    pages: int | None = None
    rating: float | None = None
    published: DateOrStr | None = None
    authors: list[Author] | None = None
    series: Series | None = None
    identifiers: dict[str, str] | None = None
    metadata: BookMetadata | None = None
    shelf: str | int | None = None


class BookMetadata(BaseModel):
    """The ``BookMetadata`` object."""

    source: str | None = None

    __pydantic_extra__: dict[str, int] = Field(init=False)
    """Properties beyond the declared ones (``additionalProperties``)."""


class Series(BaseModel):
    """A series of books; books of a series refer back to it."""

    name: str | None = None
    books: list[Book] | None = None
    parent: Series | None = None
    """3.1 allows siblings next to $ref."""
