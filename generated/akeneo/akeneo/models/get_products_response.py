"""Models: GetProductsResponse, GetProductsResponseEmbedded, GetProductsResponseLinks, GetProductsResponseLinksFirst, GetProductsResponseLinksNext, GetProductsResponseLinksPrevious, GetProductsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .product import Product

__all__ = [
    "GetProductsResponse",
    "GetProductsResponseEmbedded",
    "GetProductsResponseLinks",
    "GetProductsResponseLinksFirst",
    "GetProductsResponseLinksNext",
    "GetProductsResponseLinksPrevious",
    "GetProductsResponseLinksSelf",
]


class GetProductsResponse(BaseModel):
    """Products"""

    links: GetProductsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetProductsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetProductsResponseEmbedded(BaseModel):
    """The ``GetProductsResponseEmbedded`` object."""

    items: list[Product] | None = None


class GetProductsResponseLinks(BaseModel):
    """The ``GetProductsResponseLinks`` object."""

    first: GetProductsResponseLinksFirst | None = None
    next: GetProductsResponseLinksNext | None = None
    previous: GetProductsResponseLinksPrevious | None = None
    self_: GetProductsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetProductsResponseLinksFirst(BaseModel):
    """The ``GetProductsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetProductsResponseLinksNext(BaseModel):
    """The ``GetProductsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetProductsResponseLinksPrevious(BaseModel):
    """The ``GetProductsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetProductsResponseLinksSelf(BaseModel):
    """The ``GetProductsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
