"""Models: GetAppCatalogProductsResponse, GetAppCatalogProductsResponseEmbedded, GetAppCatalogProductsResponseLinks, GetAppCatalogProductsResponseLinksFirst, GetAppCatalogProductsResponseLinksNext, GetAppCatalogProductsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAppCatalogProductsResponse",
    "GetAppCatalogProductsResponseEmbedded",
    "GetAppCatalogProductsResponseLinks",
    "GetAppCatalogProductsResponseLinksFirst",
    "GetAppCatalogProductsResponseLinksNext",
    "GetAppCatalogProductsResponseLinksSelf",
]


class GetAppCatalogProductsResponse(BaseModel):
    """Products"""

    links: GetAppCatalogProductsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAppCatalogProductsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAppCatalogProductsResponseEmbedded(BaseModel):
    """The ``GetAppCatalogProductsResponseEmbedded`` object."""

    items: list[str] | None = None


class GetAppCatalogProductsResponseLinks(BaseModel):
    """The ``GetAppCatalogProductsResponseLinks`` object."""

    first: GetAppCatalogProductsResponseLinksFirst | None = None
    next: GetAppCatalogProductsResponseLinksNext | None = None
    self_: GetAppCatalogProductsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAppCatalogProductsResponseLinksFirst(BaseModel):
    """The ``GetAppCatalogProductsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAppCatalogProductsResponseLinksNext(BaseModel):
    """The ``GetAppCatalogProductsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAppCatalogProductsResponseLinksSelf(BaseModel):
    """The ``GetAppCatalogProductsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
