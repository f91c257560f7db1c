"""Models: GetAppCatalogProductUuidsResponse, GetAppCatalogProductUuidsResponseEmbedded, GetAppCatalogProductUuidsResponseLinks, GetAppCatalogProductUuidsResponseLinksFirst, GetAppCatalogProductUuidsResponseLinksNext, GetAppCatalogProductUuidsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAppCatalogProductUuidsResponse",
    "GetAppCatalogProductUuidsResponseEmbedded",
    "GetAppCatalogProductUuidsResponseLinks",
    "GetAppCatalogProductUuidsResponseLinksFirst",
    "GetAppCatalogProductUuidsResponseLinksNext",
    "GetAppCatalogProductUuidsResponseLinksSelf",
]


class GetAppCatalogProductUuidsResponse(BaseModel):
    """Product uuids"""

    links: GetAppCatalogProductUuidsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAppCatalogProductUuidsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAppCatalogProductUuidsResponseEmbedded(BaseModel):
    """The ``GetAppCatalogProductUuidsResponseEmbedded`` object."""

    items: list[str] | None = None


class GetAppCatalogProductUuidsResponseLinks(BaseModel):
    """The ``GetAppCatalogProductUuidsResponseLinks`` object."""

    first: GetAppCatalogProductUuidsResponseLinksFirst | None = None
    next: GetAppCatalogProductUuidsResponseLinksNext | None = None
    self_: GetAppCatalogProductUuidsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAppCatalogProductUuidsResponseLinksFirst(BaseModel):
    """The ``GetAppCatalogProductUuidsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAppCatalogProductUuidsResponseLinksNext(BaseModel):
    """The ``GetAppCatalogProductUuidsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAppCatalogProductUuidsResponseLinksSelf(BaseModel):
    """The ``GetAppCatalogProductUuidsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
