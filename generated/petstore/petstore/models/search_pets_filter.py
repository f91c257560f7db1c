"""Models: SearchPetsFilter."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["SearchPetsFilter"]


class SearchPetsFilter(BaseModel):
    """The ``SearchPetsFilter`` object."""

    name: str | None = None
    age_max: int | None = None
