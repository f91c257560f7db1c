"""Models: GetAssetTagsItem, GetAssetTagsItemLinks, GetAssetTagsItemLinksSelf, GetAssetTagsResponse, GetAssetTagsResponseEmbedded, GetAssetTagsResponseLinks, GetAssetTagsResponseLinksFirst, GetAssetTagsResponseLinksNext, GetAssetTagsResponseLinksPrevious, GetAssetTagsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAssetTagsItem",
    "GetAssetTagsItemLinks",
    "GetAssetTagsItemLinksSelf",
    "GetAssetTagsResponse",
    "GetAssetTagsResponseEmbedded",
    "GetAssetTagsResponseLinks",
    "GetAssetTagsResponseLinksFirst",
    "GetAssetTagsResponseLinksNext",
    "GetAssetTagsResponseLinksPrevious",
    "GetAssetTagsResponseLinksSelf",
]


class GetAssetTagsItem(BaseModel):
    """The ``GetAssetTagsItem`` object."""

    code: str
    """PAM asset tag code"""

    links: GetAssetTagsItemLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class GetAssetTagsItemLinks(BaseModel):
    """The ``GetAssetTagsItemLinks`` object."""

    self_: GetAssetTagsItemLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetTagsItemLinksSelf(BaseModel):
    """The ``GetAssetTagsItemLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class GetAssetTagsResponse(BaseModel):
    """PAM Asset Tags"""

    links: GetAssetTagsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetAssetTagsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAssetTagsResponseEmbedded(BaseModel):
    """The ``GetAssetTagsResponseEmbedded`` object."""

    items: list[GetAssetTagsItem] | None = None


class GetAssetTagsResponseLinks(BaseModel):
    """The ``GetAssetTagsResponseLinks`` object."""

    first: GetAssetTagsResponseLinksFirst | None = None
    next: GetAssetTagsResponseLinksNext | None = None
    previous: GetAssetTagsResponseLinksPrevious | None = None
    self_: GetAssetTagsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetTagsResponseLinksFirst(BaseModel):
    """The ``GetAssetTagsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAssetTagsResponseLinksNext(BaseModel):
    """The ``GetAssetTagsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAssetTagsResponseLinksPrevious(BaseModel):
    """The ``GetAssetTagsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetAssetTagsResponseLinksSelf(BaseModel):
    """The ``GetAssetTagsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
