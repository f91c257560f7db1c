"""Models: Photo."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Photo"]


class Photo(BaseModel):
    """The ``Photo`` object."""

    url: str | None = None
    caption: str | None = None
