"""Models: Dog."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Dog"]


class Dog(BaseModel):
    """The ``Dog`` object."""

    type: str
    good_boy: bool | None = None
