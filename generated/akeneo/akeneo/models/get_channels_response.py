"""Models: GetChannelsResponse, GetChannelsResponseEmbedded, GetChannelsResponseLinks, GetChannelsResponseLinksFirst, GetChannelsResponseLinksNext, GetChannelsResponseLinksPrevious, GetChannelsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .channel import Channel

__all__ = [
    "GetChannelsResponse",
    "GetChannelsResponseEmbedded",
    "GetChannelsResponseLinks",
    "GetChannelsResponseLinksFirst",
    "GetChannelsResponseLinksNext",
    "GetChannelsResponseLinksPrevious",
    "GetChannelsResponseLinksSelf",
]


class GetChannelsResponse(BaseModel):
    """Channels"""

    links: GetChannelsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetChannelsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetChannelsResponseEmbedded(BaseModel):
    """The ``GetChannelsResponseEmbedded`` object."""

    items: list[Channel] | None = None


class GetChannelsResponseLinks(BaseModel):
    """The ``GetChannelsResponseLinks`` object."""

    first: GetChannelsResponseLinksFirst | None = None
    next: GetChannelsResponseLinksNext | None = None
    previous: GetChannelsResponseLinksPrevious | None = None
    self_: GetChannelsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetChannelsResponseLinksFirst(BaseModel):
    """The ``GetChannelsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetChannelsResponseLinksNext(BaseModel):
    """The ``GetChannelsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetChannelsResponseLinksPrevious(BaseModel):
    """The ``GetChannelsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetChannelsResponseLinksSelf(BaseModel):
    """The ``GetChannelsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
