"""Models: AssetItemList, AssetItemListLinks, AssetItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["AssetItemList", "AssetItemListLinks", "AssetItemListLinksSelf"]


class AssetItemList(BaseModel):
    """The ``AssetItemList`` object."""

    links: AssetItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class AssetItemListLinks(BaseModel):
    """The ``AssetItemListLinks`` object."""

    self_: AssetItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssetItemListLinksSelf(BaseModel):
    """The ``AssetItemListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
