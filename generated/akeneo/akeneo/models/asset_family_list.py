"""Models: AssetFamilyList, AssetFamilyListLinks, AssetFamilyListLinksSelf, AssetFamilyListNamingConvention, AssetFamilyListProductLinkRulesItem, AssetFamilyListProductLinkRulesItemAssignAssetsToItem, AssetFamilyListProductLinkRulesItemProductSelectionsItem, AssetFamilyListTransformationsItem, AssetFamilyListTransformationsItemOperationsItem, AssetFamilyListTransformationsItemSource, AssetFamilyListTransformationsItemTarget."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "AssetFamilyList",
    "AssetFamilyListLinks",
    "AssetFamilyListLinksSelf",
    "AssetFamilyListNamingConvention",
    "AssetFamilyListProductLinkRulesItem",
    "AssetFamilyListProductLinkRulesItemAssignAssetsToItem",
    "AssetFamilyListProductLinkRulesItemProductSelectionsItem",
    "AssetFamilyListTransformationsItem",
    "AssetFamilyListTransformationsItemOperationsItem",
    "AssetFamilyListTransformationsItemSource",
    "AssetFamilyListTransformationsItemTarget",
]


class AssetFamilyList(BaseModel):
    """The ``AssetFamilyList`` object."""

    code: str
    """Asset family code"""

    links: AssetFamilyListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    attribute_as_main_media: str | None = None
    """Attribute code that is used as the main media of the asset family."""

    labels: dict[str, str] | None = None
    """Asset family labels for each locale"""

    naming_convention: AssetFamilyListNamingConvention | None = None
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    product_link_rules: list[AssetFamilyListProductLinkRulesItem] | None = None
    """The rules that will be run after the asset creation, in order to automatically link the assets of this family to a set of products. To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-product-link-rule'>here</a>."""

    transformations: list[AssetFamilyListTransformationsItem] | None = None
    """The transformations to perform on source files in order to generate new files into your asset attributes (only available since v4.0). To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-transformations'>here</a>."""


class AssetFamilyListLinks(BaseModel):
    """The ``AssetFamilyListLinks`` object."""

    self_: AssetFamilyListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssetFamilyListLinksSelf(BaseModel):
    """The ``AssetFamilyListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class AssetFamilyListNamingConvention(BaseModel):
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    abort_asset_creation_on_error: bool | None = None
    """Whether the asset should be created if the naming convention failed to apply. More details <a href='/concepts/asset-manager.html#abort-asset-creation-on-error'>here</a>."""

    pattern: str | None = None
    """The regular expression that should be applied on the source. More details <a href='/concepts/asset-manager.html#pattern'>here</a>."""

    source: dict[str, Any] | None = None
    """The string on which the naming convention should be applied. More details <a href='/concepts/asset-manager.html#source'>here</a>."""


class AssetFamilyListProductLinkRulesItem(BaseModel):
    """The ``AssetFamilyListProductLinkRulesItem`` object."""

    assign_assets_to: (
        list[AssetFamilyListProductLinkRulesItemAssignAssetsToItem] | None
    ) = None
    """The product value in which your assets will be assigned. More details <a href='/concepts/asset-manager.html#product-value-assignment'>here</a>."""

    product_selections: (
        list[AssetFamilyListProductLinkRulesItemProductSelectionsItem] | None
    ) = None
    """The product selection to which the assets of the asset family to be automatically linked. More details <a href='/concepts/asset-manager.html#product-selection'>here</a>."""


class AssetFamilyListProductLinkRulesItemAssignAssetsToItem(BaseModel):
    """The ``AssetFamilyListProductLinkRulesItemAssignAssetsToItem`` object."""

    attribute: str
    mode: str
    channel: str | None = None
    locale: str | None = None


class AssetFamilyListProductLinkRulesItemProductSelectionsItem(BaseModel):
    """The ``AssetFamilyListProductLinkRulesItemProductSelectionsItem`` object."""

    field: str
    operator: str
    value: str
    channel: str | None = None
    locale: str | None = None


class AssetFamilyListTransformationsItem(BaseModel):
    """The ``AssetFamilyListTransformationsItem`` object."""

    label: str
    """The name of the transformation"""

    operations: list[AssetFamilyListTransformationsItemOperationsItem]
    """The transformations that should be applied to your source file to generate the target file. More details <a href='/concepts/asset-manager.html#transformation-operations'>here</a>."""

    source: AssetFamilyListTransformationsItemSource
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    target: AssetFamilyListTransformationsItemTarget
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    filename_prefix: str | None = None
    """The prefix that will be prepended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""

    filename_suffix: str | None = None
    """The suffix that will be appended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""


class AssetFamilyListTransformationsItemOperationsItem(BaseModel):
    """The ``AssetFamilyListTransformationsItemOperationsItem`` object."""

    type: str | None = None
    parameters: dict[str, Any] | None = None


class AssetFamilyListTransformationsItemSource(BaseModel):
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None


class AssetFamilyListTransformationsItemTarget(BaseModel):
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None
