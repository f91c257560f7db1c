"""Models: ApplicationPage."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .application import Application

__all__ = ["ApplicationPage"]


class ApplicationPage(BaseModel):
    """One page of Application items."""

    content: list[Application]
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
