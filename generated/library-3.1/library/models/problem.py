"""Models: Problem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Problem"]


class Problem(BaseModel):
    """The ``Problem`` object."""

    type: str | None = None
    title: str | None = None
    status: int | None = None
    detail: str | None = None
