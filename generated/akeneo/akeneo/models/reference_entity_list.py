"""Models: ReferenceEntityList, ReferenceEntityListLinks, ReferenceEntityListLinksImageDownload, ReferenceEntityListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "ReferenceEntityList",
    "ReferenceEntityListLinks",
    "ReferenceEntityListLinksImageDownload",
    "ReferenceEntityListLinksSelf",
]


class ReferenceEntityList(BaseModel):
    """The ``ReferenceEntityList`` object."""

    code: str
    """Reference entity code"""

    links: ReferenceEntityListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    image: str | None = None
    """Code of the reference entity image"""

    labels: dict[str, str] | None = None
    """Reference entity labels for each locale"""


class ReferenceEntityListLinks(BaseModel):
    """The ``ReferenceEntityListLinks`` object."""

    image_download: ReferenceEntityListLinksImageDownload | None = None
    self_: ReferenceEntityListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ReferenceEntityListLinksImageDownload(BaseModel):
    """The ``ReferenceEntityListLinksImageDownload`` object."""

    href: str | None = None
    """URI to download the binaries of the reference entity image file"""


class ReferenceEntityListLinksSelf(BaseModel):
    """The ``ReferenceEntityListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
