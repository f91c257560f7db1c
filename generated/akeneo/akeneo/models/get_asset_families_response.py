"""Models: GetAssetFamiliesResponse, GetAssetFamiliesResponseEmbedded, GetAssetFamiliesResponseLinks, GetAssetFamiliesResponseLinksFirst, GetAssetFamiliesResponseLinksNext, GetAssetFamiliesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .asset_family import AssetFamily

__all__ = [
    "GetAssetFamiliesResponse",
    "GetAssetFamiliesResponseEmbedded",
    "GetAssetFamiliesResponseLinks",
    "GetAssetFamiliesResponseLinksFirst",
    "GetAssetFamiliesResponseLinksNext",
    "GetAssetFamiliesResponseLinksSelf",
]


class GetAssetFamiliesResponse(BaseModel):
    """Asset families"""

    links: GetAssetFamiliesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAssetFamiliesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAssetFamiliesResponseEmbedded(BaseModel):
    """The ``GetAssetFamiliesResponseEmbedded`` object."""

    items: list[AssetFamily] | None = None


class GetAssetFamiliesResponseLinks(BaseModel):
    """The ``GetAssetFamiliesResponseLinks`` object."""

    first: GetAssetFamiliesResponseLinksFirst | None = None
    next: GetAssetFamiliesResponseLinksNext | None = None
    self_: GetAssetFamiliesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetFamiliesResponseLinksFirst(BaseModel):
    """The ``GetAssetFamiliesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAssetFamiliesResponseLinksNext(BaseModel):
    """The ``GetAssetFamiliesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAssetFamiliesResponseLinksSelf(BaseModel):
    """The ``GetAssetFamiliesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
