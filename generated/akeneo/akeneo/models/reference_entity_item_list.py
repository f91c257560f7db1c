"""Models: ReferenceEntityItemList, ReferenceEntityItemListLinks, ReferenceEntityItemListLinksImageDownload, ReferenceEntityItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "ReferenceEntityItemList",
    "ReferenceEntityItemListLinks",
    "ReferenceEntityItemListLinksImageDownload",
    "ReferenceEntityItemListLinksSelf",
]


class ReferenceEntityItemList(BaseModel):
    """The ``ReferenceEntityItemList`` object."""

    links: ReferenceEntityItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class ReferenceEntityItemListLinks(BaseModel):
    """The ``ReferenceEntityItemListLinks`` object."""

    image_download: ReferenceEntityItemListLinksImageDownload | None = None
    self_: ReferenceEntityItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ReferenceEntityItemListLinksImageDownload(BaseModel):
    """The ``ReferenceEntityItemListLinksImageDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the reference entity image file"""


class ReferenceEntityItemListLinksSelf(BaseModel):
    """The ``ReferenceEntityItemListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
