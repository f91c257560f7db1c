"""Models: BookRemovedPayload."""

from __future__ import annotations

from clientsmith.formats import DateTimeOrStr
from clientsmith.models import BaseModel

__all__ = ["BookRemovedPayload"]


class BookRemovedPayload(BaseModel):
    """The ``BookRemovedPayload`` object."""

    isbn: str
    removed_at: DateTimeOrStr
