"""Models: MediaFileList, MediaFileListLinks, MediaFileListLinksDownload, MediaFileListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "MediaFileList",
    "MediaFileListLinks",
    "MediaFileListLinksDownload",
    "MediaFileListLinksSelf",
]


class MediaFileList(BaseModel):
    """The ``MediaFileList`` object."""

    links: MediaFileListLinks | None = Field(
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


class MediaFileListLinks(BaseModel):
    """The ``MediaFileListLinks`` object."""

    download: MediaFileListLinksDownload | None = None
    self_: MediaFileListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class MediaFileListLinksDownload(BaseModel):
    """The ``MediaFileListLinksDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the media file"""


class MediaFileListLinksSelf(BaseModel):
    """The ``MediaFileListLinksSelf`` object."""

    href: str | None = None
    """URI to get the metadata of the media file"""
