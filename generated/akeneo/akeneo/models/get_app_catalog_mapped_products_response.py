"""Models: GetAppCatalogMappedProductsResponse, GetAppCatalogMappedProductsResponseEmbedded, GetAppCatalogMappedProductsResponseLinks, GetAppCatalogMappedProductsResponseLinksFirst, GetAppCatalogMappedProductsResponseLinksNext, GetAppCatalogMappedProductsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAppCatalogMappedProductsResponse",
    "GetAppCatalogMappedProductsResponseEmbedded",
    "GetAppCatalogMappedProductsResponseLinks",
    "GetAppCatalogMappedProductsResponseLinksFirst",
    "GetAppCatalogMappedProductsResponseLinksNext",
    "GetAppCatalogMappedProductsResponseLinksSelf",
]


class GetAppCatalogMappedProductsResponse(BaseModel):
    """Products"""

    links: GetAppCatalogMappedProductsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAppCatalogMappedProductsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAppCatalogMappedProductsResponseEmbedded(BaseModel):
    """The ``GetAppCatalogMappedProductsResponseEmbedded`` object."""

    items: list[str] | None = None


class GetAppCatalogMappedProductsResponseLinks(BaseModel):
    """The ``GetAppCatalogMappedProductsResponseLinks`` object."""

    first: GetAppCatalogMappedProductsResponseLinksFirst | None = None
    next: GetAppCatalogMappedProductsResponseLinksNext | None = None
    self_: GetAppCatalogMappedProductsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAppCatalogMappedProductsResponseLinksFirst(BaseModel):
    """The ``GetAppCatalogMappedProductsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAppCatalogMappedProductsResponseLinksNext(BaseModel):
    """The ``GetAppCatalogMappedProductsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAppCatalogMappedProductsResponseLinksSelf(BaseModel):
    """The ``GetAppCatalogMappedProductsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
