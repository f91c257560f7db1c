"""Models: GetMediaFilesItem, GetMediaFilesItemLinks, GetMediaFilesItemLinksDownload, GetMediaFilesItemLinksSelf, GetMediaFilesResponse, GetMediaFilesResponseEmbedded, GetMediaFilesResponseLinks, GetMediaFilesResponseLinksFirst, GetMediaFilesResponseLinksNext, GetMediaFilesResponseLinksPrevious, GetMediaFilesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetMediaFilesItem",
    "GetMediaFilesItemLinks",
    "GetMediaFilesItemLinksDownload",
    "GetMediaFilesItemLinksSelf",
    "GetMediaFilesResponse",
    "GetMediaFilesResponseEmbedded",
    "GetMediaFilesResponseLinks",
    "GetMediaFilesResponseLinksFirst",
    "GetMediaFilesResponseLinksNext",
    "GetMediaFilesResponseLinksPrevious",
    "GetMediaFilesResponseLinksSelf",
]


class GetMediaFilesItem(BaseModel):
    """The ``GetMediaFilesItem`` object."""

    links: GetMediaFilesItemLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    code: str | None = None
    """Media file code"""

    extension: str | None = None
    """Extension of the media file"""

    mime_type: str | None = None
    """Mime type of the media file"""

    original_filename: str | None = None
    """Original filename of the media file"""

    size: int | None = None
    """Size of the media file"""


class GetMediaFilesItemLinks(BaseModel):
    """The ``GetMediaFilesItemLinks`` object."""

    download: GetMediaFilesItemLinksDownload | None = None
    self_: GetMediaFilesItemLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetMediaFilesItemLinksDownload(BaseModel):
    """The ``GetMediaFilesItemLinksDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the media file"""


class GetMediaFilesItemLinksSelf(BaseModel):
    """The ``GetMediaFilesItemLinksSelf`` object."""

    href: str | None = None
    """URI to get the metadata of the media file"""


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

    items: list[GetMediaFilesItem] | None = None


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
