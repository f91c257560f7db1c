"""Models: GetPublishedProductsResponse, GetPublishedProductsResponseEmbedded, GetPublishedProductsResponseLinks, GetPublishedProductsResponseLinksFirst, GetPublishedProductsResponseLinksNext, GetPublishedProductsResponseLinksPrevious, GetPublishedProductsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .published_product import PublishedProduct

__all__ = [
    "GetPublishedProductsResponse",
    "GetPublishedProductsResponseEmbedded",
    "GetPublishedProductsResponseLinks",
    "GetPublishedProductsResponseLinksFirst",
    "GetPublishedProductsResponseLinksNext",
    "GetPublishedProductsResponseLinksPrevious",
    "GetPublishedProductsResponseLinksSelf",
]


class GetPublishedProductsResponse(BaseModel):
    """Published products"""

    links: GetPublishedProductsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetPublishedProductsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetPublishedProductsResponseEmbedded(BaseModel):
    """The ``GetPublishedProductsResponseEmbedded`` object."""

    items: list[PublishedProduct] | None = None


class GetPublishedProductsResponseLinks(BaseModel):
    """The ``GetPublishedProductsResponseLinks`` object."""

    first: GetPublishedProductsResponseLinksFirst | None = None
    next: GetPublishedProductsResponseLinksNext | None = None
    previous: GetPublishedProductsResponseLinksPrevious | None = None
    self_: GetPublishedProductsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPublishedProductsResponseLinksFirst(BaseModel):
    """The ``GetPublishedProductsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetPublishedProductsResponseLinksNext(BaseModel):
    """The ``GetPublishedProductsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetPublishedProductsResponseLinksPrevious(BaseModel):
    """The ``GetPublishedProductsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetPublishedProductsResponseLinksSelf(BaseModel):
    """The ``GetPublishedProductsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
