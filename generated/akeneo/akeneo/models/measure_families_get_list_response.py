"""Models: MeasureFamiliesGetListResponse, MeasureFamiliesGetListResponseEmbedded, MeasureFamiliesGetListResponseLinks, MeasureFamiliesGetListResponseLinksFirst, MeasureFamiliesGetListResponseLinksNext, MeasureFamiliesGetListResponseLinksPrevious, MeasureFamiliesGetListResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .measure_family import MeasureFamily

__all__ = [
    "MeasureFamiliesGetListResponse",
    "MeasureFamiliesGetListResponseEmbedded",
    "MeasureFamiliesGetListResponseLinks",
    "MeasureFamiliesGetListResponseLinksFirst",
    "MeasureFamiliesGetListResponseLinksNext",
    "MeasureFamiliesGetListResponseLinksPrevious",
    "MeasureFamiliesGetListResponseLinksSelf",
]


class MeasureFamiliesGetListResponse(BaseModel):
    """Measure Families"""

    links: MeasureFamiliesGetListResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: MeasureFamiliesGetListResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class MeasureFamiliesGetListResponseEmbedded(BaseModel):
    """The ``MeasureFamiliesGetListResponseEmbedded`` object."""

    items: list[MeasureFamily] | None = None


class MeasureFamiliesGetListResponseLinks(BaseModel):
    """The ``MeasureFamiliesGetListResponseLinks`` object."""

    first: MeasureFamiliesGetListResponseLinksFirst | None = None
    next: MeasureFamiliesGetListResponseLinksNext | None = None
    previous: MeasureFamiliesGetListResponseLinksPrevious | None = None
    self_: MeasureFamiliesGetListResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class MeasureFamiliesGetListResponseLinksFirst(BaseModel):
    """The ``MeasureFamiliesGetListResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class MeasureFamiliesGetListResponseLinksNext(BaseModel):
    """The ``MeasureFamiliesGetListResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class MeasureFamiliesGetListResponseLinksPrevious(BaseModel):
    """The ``MeasureFamiliesGetListResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class MeasureFamiliesGetListResponseLinksSelf(BaseModel):
    """The ``MeasureFamiliesGetListResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
