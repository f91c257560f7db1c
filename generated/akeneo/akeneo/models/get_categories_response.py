"""Models: GetCategoriesResponse, GetCategoriesResponseEmbedded, GetCategoriesResponseLinks, GetCategoriesResponseLinksFirst, GetCategoriesResponseLinksNext, GetCategoriesResponseLinksPrevious, GetCategoriesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .category import Category

__all__ = [
    "GetCategoriesResponse",
    "GetCategoriesResponseEmbedded",
    "GetCategoriesResponseLinks",
    "GetCategoriesResponseLinksFirst",
    "GetCategoriesResponseLinksNext",
    "GetCategoriesResponseLinksPrevious",
    "GetCategoriesResponseLinksSelf",
]


class GetCategoriesResponse(BaseModel):
    """Categories"""

    links: GetCategoriesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetCategoriesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetCategoriesResponseEmbedded(BaseModel):
    """The ``GetCategoriesResponseEmbedded`` object."""

    items: list[Category] | None = None


class GetCategoriesResponseLinks(BaseModel):
    """The ``GetCategoriesResponseLinks`` object."""

    first: GetCategoriesResponseLinksFirst | None = None
    next: GetCategoriesResponseLinksNext | None = None
    previous: GetCategoriesResponseLinksPrevious | None = None
    self_: GetCategoriesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetCategoriesResponseLinksFirst(BaseModel):
    """The ``GetCategoriesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetCategoriesResponseLinksNext(BaseModel):
    """The ``GetCategoriesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetCategoriesResponseLinksPrevious(BaseModel):
    """The ``GetCategoriesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetCategoriesResponseLinksSelf(BaseModel):
    """The ``GetCategoriesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
