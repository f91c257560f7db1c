"""Models: LocationContextPage."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .location_context import LocationContext

__all__ = ["LocationContextPage"]


class LocationContextPage(BaseModel):
    """One page of LocationContext items."""

    content: list[LocationContext]
    total_elements: int | None = Field(
        default=None,
        validation_alias="totalElements",
        serialization_alias="totalElements",
    )
    total_pages: int | None = Field(
        default=None, validation_alias="totalPages", serialization_alias="totalPages"
    )
    number_of_elements: int | None = Field(
        default=None,
        validation_alias="numberOfElements",
        serialization_alias="numberOfElements",
    )
    page: int | None = None
    size: int | None = None
