"""Models: MediaFileItemList, MediaFileItemListLinks, MediaFileItemListLinksDownload, MediaFileItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "MediaFileItemList",
    "MediaFileItemListLinks",
    "MediaFileItemListLinksDownload",
    "MediaFileItemListLinksSelf",
]


class MediaFileItemList(BaseModel):
    """The ``MediaFileItemList`` object."""

    links: MediaFileItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class MediaFileItemListLinks(BaseModel):
    """The ``MediaFileItemListLinks`` object."""

    download: MediaFileItemListLinksDownload | None = None
    self_: MediaFileItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class MediaFileItemListLinksDownload(BaseModel):
    """The ``MediaFileItemListLinksDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the media file"""


class MediaFileItemListLinksSelf(BaseModel):
    """The ``MediaFileItemListLinksSelf`` object."""

    href: str | None = None
    """URI to get the metadata of the media file"""
