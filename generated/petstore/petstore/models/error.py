"""Models: Error."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Error"]


class Error(BaseModel):
    """The ``Error`` object."""

    code: int
    message: str
