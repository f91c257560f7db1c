"""Models: AssetList, AssetListLinks, AssetListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = ["AssetList", "AssetListLinks", "AssetListLinksSelf"]


class AssetList(BaseModel):
    """The ``AssetList`` object."""

    code: str
    """Code of the asset"""

    links: AssetListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    created: str | None = None
    """Date of creation"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, list[ProductValue]] | None = None
    """Asset attributes values, see the <a href='/concepts/asset-manager.html#focus-on-the-asset-values'>Focus on the asset values</a> section for more details."""


class AssetListLinks(BaseModel):
    """The ``AssetListLinks`` object."""

    self_: AssetListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssetListLinksSelf(BaseModel):
    """The ``AssetListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
