"""Models: GetFamiliesResponse, GetFamiliesResponseEmbedded, GetFamiliesResponseLinks, GetFamiliesResponseLinksFirst, GetFamiliesResponseLinksNext, GetFamiliesResponseLinksPrevious, GetFamiliesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .family import Family

__all__ = [
    "GetFamiliesResponse",
    "GetFamiliesResponseEmbedded",
    "GetFamiliesResponseLinks",
    "GetFamiliesResponseLinksFirst",
    "GetFamiliesResponseLinksNext",
    "GetFamiliesResponseLinksPrevious",
    "GetFamiliesResponseLinksSelf",
]


class GetFamiliesResponse(BaseModel):
    """Families"""

    links: GetFamiliesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetFamiliesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetFamiliesResponseEmbedded(BaseModel):
    """The ``GetFamiliesResponseEmbedded`` object."""

    items: list[Family] | None = None


class GetFamiliesResponseLinks(BaseModel):
    """The ``GetFamiliesResponseLinks`` object."""

    first: GetFamiliesResponseLinksFirst | None = None
    next: GetFamiliesResponseLinksNext | None = None
    previous: GetFamiliesResponseLinksPrevious | None = None
    self_: GetFamiliesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetFamiliesResponseLinksFirst(BaseModel):
    """The ``GetFamiliesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetFamiliesResponseLinksNext(BaseModel):
    """The ``GetFamiliesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetFamiliesResponseLinksPrevious(BaseModel):
    """The ``GetFamiliesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetFamiliesResponseLinksSelf(BaseModel):
    """The ``GetFamiliesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
