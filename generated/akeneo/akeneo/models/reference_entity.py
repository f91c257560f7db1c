"""Models: ReferenceEntity, ReferenceEntityLinks, ReferenceEntityLinksImageDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "ReferenceEntity",
    "ReferenceEntityLinks",
    "ReferenceEntityLinksImageDownload",
]


class ReferenceEntity(BaseModel):
    """The ``ReferenceEntity`` object."""

    code: str
    """Reference entity code"""

    links: ReferenceEntityLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    image: str | None = None
    """Code of the reference entity image"""

    labels: dict[str, str] | None = None
    """Reference entity labels for each locale"""


class ReferenceEntityLinks(BaseModel):
    """The ``ReferenceEntityLinks`` object."""

    image_download: ReferenceEntityLinksImageDownload | None = None


class ReferenceEntityLinksImageDownload(BaseModel):
    """The ``ReferenceEntityLinksImageDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the reference entity image file"""
