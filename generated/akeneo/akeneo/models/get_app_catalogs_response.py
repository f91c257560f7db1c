"""Models: GetAppCatalogsResponse, GetAppCatalogsResponseEmbedded, GetAppCatalogsResponseLinks, GetAppCatalogsResponseLinksFirst, GetAppCatalogsResponseLinksNext, GetAppCatalogsResponseLinksPrevious, GetAppCatalogsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .app_catalog import AppCatalog

__all__ = [
    "GetAppCatalogsResponse",
    "GetAppCatalogsResponseEmbedded",
    "GetAppCatalogsResponseLinks",
    "GetAppCatalogsResponseLinksFirst",
    "GetAppCatalogsResponseLinksNext",
    "GetAppCatalogsResponseLinksPrevious",
    "GetAppCatalogsResponseLinksSelf",
]


class GetAppCatalogsResponse(BaseModel):
    """Catalogs"""

    links: GetAppCatalogsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetAppCatalogsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAppCatalogsResponseEmbedded(BaseModel):
    """The ``GetAppCatalogsResponseEmbedded`` object."""

    items: list[AppCatalog] | None = None


class GetAppCatalogsResponseLinks(BaseModel):
    """The ``GetAppCatalogsResponseLinks`` object."""

    first: GetAppCatalogsResponseLinksFirst | None = None
    next: GetAppCatalogsResponseLinksNext | None = None
    previous: GetAppCatalogsResponseLinksPrevious | None = None
    self_: GetAppCatalogsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAppCatalogsResponseLinksFirst(BaseModel):
    """The ``GetAppCatalogsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAppCatalogsResponseLinksNext(BaseModel):
    """The ``GetAppCatalogsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAppCatalogsResponseLinksPrevious(BaseModel):
    """The ``GetAppCatalogsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetAppCatalogsResponseLinksSelf(BaseModel):
    """The ``GetAppCatalogsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
