"""Models: AssetFamily, AssetFamilyNamingConvention, AssetFamilyProductLinkRulesItem, AssetFamilyProductLinkRulesItemAssignAssetsToItem, AssetFamilyProductLinkRulesItemProductSelectionsItem, AssetFamilyTransformationsItem, AssetFamilyTransformationsItemOperationsItem, AssetFamilyTransformationsItemSource, AssetFamilyTransformationsItemTarget."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = [
    "AssetFamily",
    "AssetFamilyNamingConvention",
    "AssetFamilyProductLinkRulesItem",
    "AssetFamilyProductLinkRulesItemAssignAssetsToItem",
    "AssetFamilyProductLinkRulesItemProductSelectionsItem",
    "AssetFamilyTransformationsItem",
    "AssetFamilyTransformationsItemOperationsItem",
    "AssetFamilyTransformationsItemSource",
    "AssetFamilyTransformationsItemTarget",
]


class AssetFamily(BaseModel):
    """The ``AssetFamily`` object."""

    code: str
    """Asset family code"""

    attribute_as_main_media: str | None = None
    """Attribute code that is used as the main media of the asset family."""

    labels: dict[str, str] | None = None
    """Asset family labels for each locale"""

    naming_convention: AssetFamilyNamingConvention | None = None
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    product_link_rules: list[AssetFamilyProductLinkRulesItem] | None = None
    """The rules that will be run after the asset creation, in order to automatically link the assets of this family to a set of products. To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-product-link-rule'>here</a>."""

    transformations: list[AssetFamilyTransformationsItem] | None = None
    """The transformations to perform on source files in order to generate new files into your asset attributes (only available since v4.0). To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-transformations'>here</a>."""


class AssetFamilyNamingConvention(BaseModel):
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    abort_asset_creation_on_error: bool | None = None
    """Whether the asset should be created if the naming convention failed to apply. More details <a href='/concepts/asset-manager.html#abort-asset-creation-on-error'>here</a>."""

    pattern: str | None = None
    """The regular expression that should be applied on the source. More details <a href='/concepts/asset-manager.html#pattern'>here</a>."""

    source: dict[str, Any] | None = None
    """The string on which the naming convention should be applied. More details <a href='/concepts/asset-manager.html#source'>here</a>."""


class AssetFamilyProductLinkRulesItem(BaseModel):
    """The ``AssetFamilyProductLinkRulesItem`` object."""

    assign_assets_to: list[AssetFamilyProductLinkRulesItemAssignAssetsToItem] | None = (
        None
    )
    """The product value in which your assets will be assigned. More details <a href='/concepts/asset-manager.html#product-value-assignment'>here</a>."""

    product_selections: (
        list[AssetFamilyProductLinkRulesItemProductSelectionsItem] | None
    ) = None
    """The product selection to which the assets of the asset family to be automatically linked. More details <a href='/concepts/asset-manager.html#product-selection'>here</a>."""


class AssetFamilyProductLinkRulesItemAssignAssetsToItem(BaseModel):
    """The ``AssetFamilyProductLinkRulesItemAssignAssetsToItem`` object."""

    attribute: str
    mode: str
    channel: str | None = None
    locale: str | None = None


class AssetFamilyProductLinkRulesItemProductSelectionsItem(BaseModel):
    """The ``AssetFamilyProductLinkRulesItemProductSelectionsItem`` object."""

    field: str
    operator: str
    value: str
    channel: str | None = None
    locale: str | None = None


class AssetFamilyTransformationsItem(BaseModel):
    """The ``AssetFamilyTransformationsItem`` object."""

    label: str
    """The name of the transformation"""

    operations: list[AssetFamilyTransformationsItemOperationsItem]
    """The transformations that should be applied to your source file to generate the target file. More details <a href='/concepts/asset-manager.html#transformation-operations'>here</a>."""

    source: AssetFamilyTransformationsItemSource
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    target: AssetFamilyTransformationsItemTarget
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    filename_prefix: str | None = None
    """The prefix that will be prepended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""

    filename_suffix: str | None = None
    """The suffix that will be appended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""


class AssetFamilyTransformationsItemOperationsItem(BaseModel):
    """The ``AssetFamilyTransformationsItemOperationsItem`` object."""

    type: str | None = None
    parameters: dict[str, Any] | None = None


class AssetFamilyTransformationsItemSource(BaseModel):
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None


class AssetFamilyTransformationsItemTarget(BaseModel):
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None
