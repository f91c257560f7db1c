"""Models: GetAssetsResponse, GetAssetsResponseEmbedded, GetAssetsResponseLinks, GetAssetsResponseLinksFirst, GetAssetsResponseLinksNext, GetAssetsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .asset import Asset

__all__ = [
    "GetAssetsResponse",
    "GetAssetsResponseEmbedded",
    "GetAssetsResponseLinks",
    "GetAssetsResponseLinksFirst",
    "GetAssetsResponseLinksNext",
    "GetAssetsResponseLinksSelf",
]


class GetAssetsResponse(BaseModel):
    """Asset"""

    links: GetAssetsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAssetsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAssetsResponseEmbedded(BaseModel):
    """The ``GetAssetsResponseEmbedded`` object."""

    items: list[Asset] | None = None


class GetAssetsResponseLinks(BaseModel):
    """The ``GetAssetsResponseLinks`` object."""

    first: GetAssetsResponseLinksFirst | None = None
    next: GetAssetsResponseLinksNext | None = None
    self_: GetAssetsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetsResponseLinksFirst(BaseModel):
    """The ``GetAssetsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAssetsResponseLinksNext(BaseModel):
    """The ``GetAssetsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAssetsResponseLinksSelf(BaseModel):
    """The ``GetAssetsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
