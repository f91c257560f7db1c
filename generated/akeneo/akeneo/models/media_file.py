"""Models: MediaFile, MediaFileLinks, MediaFileLinksDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["MediaFile", "MediaFileLinks", "MediaFileLinksDownload"]


class MediaFile(BaseModel):
    """The ``MediaFile`` object."""

    links: MediaFileLinks | None = Field(
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


class MediaFileLinks(BaseModel):
    """The ``MediaFileLinks`` object."""

    download: MediaFileLinksDownload | None = None


class MediaFileLinksDownload(BaseModel):
    """The ``MediaFileLinksDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the media file"""
