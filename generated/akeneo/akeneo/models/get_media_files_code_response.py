"""Models: GetMediaFilesCodeResponse, GetMediaFilesCodeResponseLinks, GetMediaFilesCodeResponseLinksDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetMediaFilesCodeResponse",
    "GetMediaFilesCodeResponseLinks",
    "GetMediaFilesCodeResponseLinksDownload",
]


class GetMediaFilesCodeResponse(BaseModel):
    """The ``GetMediaFilesCodeResponse`` object."""

    links: GetMediaFilesCodeResponseLinks | None = Field(
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


class GetMediaFilesCodeResponseLinks(BaseModel):
    """The ``GetMediaFilesCodeResponseLinks`` object."""

    download: GetMediaFilesCodeResponseLinksDownload | None = None


class GetMediaFilesCodeResponseLinksDownload(BaseModel):
    """The ``GetMediaFilesCodeResponseLinksDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the media file"""
