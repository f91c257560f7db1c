"""Models: DeprecatedAssetTagList, DeprecatedAssetTagListLinks, DeprecatedAssetTagListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetTagList",
    "DeprecatedAssetTagListLinks",
    "DeprecatedAssetTagListLinksSelf",
]


class DeprecatedAssetTagList(BaseModel):
    """The ``DeprecatedAssetTagList`` object."""

    code: str
    """PAM asset tag code"""

    links: DeprecatedAssetTagListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class DeprecatedAssetTagListLinks(BaseModel):
    """The ``DeprecatedAssetTagListLinks`` object."""

    self_: DeprecatedAssetTagListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetTagListLinksSelf(BaseModel):
    """The ``DeprecatedAssetTagListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
