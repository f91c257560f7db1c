"""Models: GetMediaFilesResponse, GetMediaFilesResponseEmbedded, GetMediaFilesResponseLinks, GetMediaFilesResponseLinksFirst, GetMediaFilesResponseLinksNext, GetMediaFilesResponseLinksPrevious, GetMediaFilesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .media_file import MediaFile

__all__ = [
    "GetMediaFilesResponse",
    "GetMediaFilesResponseEmbedded",
    "GetMediaFilesResponseLinks",
    "GetMediaFilesResponseLinksFirst",
    "GetMediaFilesResponseLinksNext",
    "GetMediaFilesResponseLinksPrevious",
    "GetMediaFilesResponseLinksSelf",
]


class GetMediaFilesResponse(BaseModel):
    """MediaFiles"""

    links: GetMediaFilesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetMediaFilesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetMediaFilesResponseEmbedded(BaseModel):
    """The ``GetMediaFilesResponseEmbedded`` object."""

    items: list[MediaFile] | None = None


class GetMediaFilesResponseLinks(BaseModel):
    """The ``GetMediaFilesResponseLinks`` object."""

    first: GetMediaFilesResponseLinksFirst | None = None
    next: GetMediaFilesResponseLinksNext | None = None
    previous: GetMediaFilesResponseLinksPrevious | None = None
    self_: GetMediaFilesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetMediaFilesResponseLinksFirst(BaseModel):
    """The ``GetMediaFilesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetMediaFilesResponseLinksNext(BaseModel):
    """The ``GetMediaFilesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetMediaFilesResponseLinksPrevious(BaseModel):
    """The ``GetMediaFilesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetMediaFilesResponseLinksSelf(BaseModel):
    """The ``GetMediaFilesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
