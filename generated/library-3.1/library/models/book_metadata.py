"""Models: BookMetadata."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["BookMetadata"]


class BookMetadata(BaseModel):
    """The ``BookMetadata`` object."""

    source: str | None = None

    __pydantic_extra__: dict[str, int] = Field(init=False)
    """Properties beyond the declared ones (``additionalProperties``)."""
