"""Models: UpdatePetBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .pet_status import PetStatus

__all__ = ["UpdatePetBody"]


class UpdatePetBody(BaseModel):
    """The ``UpdatePetBody`` object."""

    name: str | None = None
    status: PetStatus | None = None
