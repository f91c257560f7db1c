"""Models: PetPage."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .pet import Pet

__all__ = ["PetPage"]


class PetPage(BaseModel):
    """The ``PetPage`` object."""

    data: list[Pet]
    page: int | None = None
    total_pages: int | None = Field(
        default=None, validation_alias="totalPages", serialization_alias="totalPages"
    )
