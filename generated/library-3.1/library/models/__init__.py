"""Models of the Library API, loaded on first use.

Each model lives in its own module (mutually recursive models share one), so a
program imports only the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .author import Author as Author
    from .book import Book as Book
    from .book import BookMetadata as BookMetadata
    from .book import Series as Series
    from .book_removed_payload import BookRemovedPayload as BookRemovedPayload
    from .genre import Genre as Genre
    from .list_books_response import ListBooksResponse as ListBooksResponse
    from .problem import Problem as Problem

_MODULE_OF: dict[str, str] = {
    "Author": "author",
    "Book": "book",
    "BookMetadata": "book",
    "Series": "book",
    "BookRemovedPayload": "book_removed_payload",
    "Genre": "genre",
    "ListBooksResponse": "list_books_response",
    "Problem": "problem",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
