"""Models: GetProductsUuidResponse, GetProductsUuidResponseEmbedded, GetProductsUuidResponseLinks, GetProductsUuidResponseLinksFirst, GetProductsUuidResponseLinksNext, GetProductsUuidResponseLinksPrevious, GetProductsUuidResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .product_uuid import ProductUuid

__all__ = [
    "GetProductsUuidResponse",
    "GetProductsUuidResponseEmbedded",
    "GetProductsUuidResponseLinks",
    "GetProductsUuidResponseLinksFirst",
    "GetProductsUuidResponseLinksNext",
    "GetProductsUuidResponseLinksPrevious",
    "GetProductsUuidResponseLinksSelf",
]


class GetProductsUuidResponse(BaseModel):
    """Products"""

    links: GetProductsUuidResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetProductsUuidResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetProductsUuidResponseEmbedded(BaseModel):
    """The ``GetProductsUuidResponseEmbedded`` object."""

    items: list[ProductUuid] | None = None


class GetProductsUuidResponseLinks(BaseModel):
    """The ``GetProductsUuidResponseLinks`` object."""

    first: GetProductsUuidResponseLinksFirst | None = None
    next: GetProductsUuidResponseLinksNext | None = None
    previous: GetProductsUuidResponseLinksPrevious | None = None
    self_: GetProductsUuidResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetProductsUuidResponseLinksFirst(BaseModel):
    """The ``GetProductsUuidResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetProductsUuidResponseLinksNext(BaseModel):
    """The ``GetProductsUuidResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetProductsUuidResponseLinksPrevious(BaseModel):
    """The ``GetProductsUuidResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetProductsUuidResponseLinksSelf(BaseModel):
    """The ``GetProductsUuidResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
