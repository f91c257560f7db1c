"""Models: AssetFamilyItemList, AssetFamilyItemListLinks, AssetFamilyItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "AssetFamilyItemList",
    "AssetFamilyItemListLinks",
    "AssetFamilyItemListLinksSelf",
]


class AssetFamilyItemList(BaseModel):
    """The ``AssetFamilyItemList`` object."""

    links: AssetFamilyItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class AssetFamilyItemListLinks(BaseModel):
    """The ``AssetFamilyItemListLinks`` object."""

    self_: AssetFamilyItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssetFamilyItemListLinksSelf(BaseModel):
    """The ``AssetFamilyItemListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
