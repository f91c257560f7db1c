"""Models: PatchAssetFamilyCodeBody, PatchAssetFamilyCodeBodyNamingConvention, PatchAssetFamilyCodeBodyProductLinkRulesItem, PatchAssetFamilyCodeBodyProductLinkRulesItemAssignAssetsToItem, PatchAssetFamilyCodeBodyProductLinkRulesItemProductSelectionsItem, PatchAssetFamilyCodeBodyTransformationsItem, PatchAssetFamilyCodeBodyTransformationsItemOperationsItem, PatchAssetFamilyCodeBodyTransformationsItemSource, PatchAssetFamilyCodeBodyTransformationsItemTarget."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = [
    "PatchAssetFamilyCodeBody",
    "PatchAssetFamilyCodeBodyNamingConvention",
    "PatchAssetFamilyCodeBodyProductLinkRulesItem",
    "PatchAssetFamilyCodeBodyProductLinkRulesItemAssignAssetsToItem",
    "PatchAssetFamilyCodeBodyProductLinkRulesItemProductSelectionsItem",
    "PatchAssetFamilyCodeBodyTransformationsItem",
    "PatchAssetFamilyCodeBodyTransformationsItemOperationsItem",
    "PatchAssetFamilyCodeBodyTransformationsItemSource",
    "PatchAssetFamilyCodeBodyTransformationsItemTarget",
]


class PatchAssetFamilyCodeBody(BaseModel):
    """The ``PatchAssetFamilyCodeBody`` object."""

    code: str
    """Asset family code"""

    attribute_as_main_media: str | None = None
    """Attribute code that is used as the main media of the asset family."""

    labels: dict[str, str] | None = None
    """Asset family labels for each locale"""

    naming_convention: PatchAssetFamilyCodeBodyNamingConvention | None = None
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    product_link_rules: list[PatchAssetFamilyCodeBodyProductLinkRulesItem] | None = None
    """The rules that will be run after the asset creation, in order to automatically link the assets of this family to a set of products. To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-product-link-rule'>here</a>."""

    transformations: list[PatchAssetFamilyCodeBodyTransformationsItem] | None = None
    """The transformations to perform on source files in order to generate new files into your asset attributes (only available since v4.0). To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-transformations'>here</a>."""


class PatchAssetFamilyCodeBodyNamingConvention(BaseModel):
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    abort_asset_creation_on_error: bool | None = None
    """Whether the asset should be created if the naming convention failed to apply. More details <a href='/concepts/asset-manager.html#abort-asset-creation-on-error'>here</a>."""

    pattern: str | None = None
    """The regular expression that should be applied on the source. More details <a href='/concepts/asset-manager.html#pattern'>here</a>."""

    source: dict[str, Any] | None = None
    """The string on which the naming convention should be applied. More details <a href='/concepts/asset-manager.html#source'>here</a>."""


class PatchAssetFamilyCodeBodyProductLinkRulesItem(BaseModel):
    """The ``PatchAssetFamilyCodeBodyProductLinkRulesItem`` object."""

    assign_assets_to: (
        list[PatchAssetFamilyCodeBodyProductLinkRulesItemAssignAssetsToItem] | None
    ) = None
    """The product value in which your assets will be assigned. More details <a href='/concepts/asset-manager.html#product-value-assignment'>here</a>."""

    product_selections: (
        list[PatchAssetFamilyCodeBodyProductLinkRulesItemProductSelectionsItem] | None
    ) = None
    """The product selection to which the assets of the asset family to be automatically linked. More details <a href='/concepts/asset-manager.html#product-selection'>here</a>."""


class PatchAssetFamilyCodeBodyProductLinkRulesItemAssignAssetsToItem(BaseModel):
    """The ``PatchAssetFamilyCodeBodyProductLinkRulesItemAssignAssetsToItem`` object."""

    attribute: str
    mode: str
    channel: str | None = None
    locale: str | None = None


class PatchAssetFamilyCodeBodyProductLinkRulesItemProductSelectionsItem(BaseModel):
    """The ``PatchAssetFamilyCodeBodyProductLinkRulesItemProductSelectionsItem`` object."""

    field: str
    operator: str
    value: str
    channel: str | None = None
    locale: str | None = None


class PatchAssetFamilyCodeBodyTransformationsItem(BaseModel):
    """The ``PatchAssetFamilyCodeBodyTransformationsItem`` object."""

    label: str
    """The name of the transformation"""

    operations: list[PatchAssetFamilyCodeBodyTransformationsItemOperationsItem]
    """The transformations that should be applied to your source file to generate the target file. More details <a href='/concepts/asset-manager.html#transformation-operations'>here</a>."""

    source: PatchAssetFamilyCodeBodyTransformationsItemSource
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    target: PatchAssetFamilyCodeBodyTransformationsItemTarget
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    filename_prefix: str | None = None
    """The prefix that will be prepended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""

    filename_suffix: str | None = None
    """The suffix that will be appended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""


class PatchAssetFamilyCodeBodyTransformationsItemOperationsItem(BaseModel):
    """The ``PatchAssetFamilyCodeBodyTransformationsItemOperationsItem`` object."""

    type: str | None = None
    parameters: dict[str, Any] | None = None


class PatchAssetFamilyCodeBodyTransformationsItemSource(BaseModel):
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None


class PatchAssetFamilyCodeBodyTransformationsItemTarget(BaseModel):
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None
