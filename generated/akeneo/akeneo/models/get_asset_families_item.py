"""Models: GetAssetFamiliesItem, GetAssetFamiliesItemLinks, GetAssetFamiliesItemLinksSelf, GetAssetFamiliesItemNamingConvention, GetAssetFamiliesItemProductLinkRulesItem, GetAssetFamiliesItemProductLinkRulesItemAssignAssetsToItem, GetAssetFamiliesItemProductLinkRulesItemProductSelectionsItem, GetAssetFamiliesItemTransformationsItem, GetAssetFamiliesItemTransformationsItemOperationsItem, GetAssetFamiliesItemTransformationsItemSource, GetAssetFamiliesItemTransformationsItemTarget, GetAssetFamiliesResponse, GetAssetFamiliesResponseEmbedded, GetAssetFamiliesResponseLinks, GetAssetFamiliesResponseLinksFirst, GetAssetFamiliesResponseLinksNext, GetAssetFamiliesResponseLinksSelf."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAssetFamiliesItem",
    "GetAssetFamiliesItemLinks",
    "GetAssetFamiliesItemLinksSelf",
    "GetAssetFamiliesItemNamingConvention",
    "GetAssetFamiliesItemProductLinkRulesItem",
    "GetAssetFamiliesItemProductLinkRulesItemAssignAssetsToItem",
    "GetAssetFamiliesItemProductLinkRulesItemProductSelectionsItem",
    "GetAssetFamiliesItemTransformationsItem",
    "GetAssetFamiliesItemTransformationsItemOperationsItem",
    "GetAssetFamiliesItemTransformationsItemSource",
    "GetAssetFamiliesItemTransformationsItemTarget",
    "GetAssetFamiliesResponse",
    "GetAssetFamiliesResponseEmbedded",
    "GetAssetFamiliesResponseLinks",
    "GetAssetFamiliesResponseLinksFirst",
    "GetAssetFamiliesResponseLinksNext",
    "GetAssetFamiliesResponseLinksSelf",
]


class GetAssetFamiliesItem(BaseModel):
    """The ``GetAssetFamiliesItem`` object."""

    code: str
    """Asset family code"""

    links: GetAssetFamiliesItemLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    attribute_as_main_media: str | None = None
    """Attribute code that is used as the main media of the asset family."""

    labels: dict[str, str] | None = None
    """Asset family labels for each locale"""

    naming_convention: GetAssetFamiliesItemNamingConvention | None = None
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    product_link_rules: list[GetAssetFamiliesItemProductLinkRulesItem] | None = None
    """The rules that will be run after the asset creation, in order to automatically link the assets of this family to a set of products. To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-product-link-rule'>here</a>."""

    transformations: list[GetAssetFamiliesItemTransformationsItem] | None = None
    """The transformations to perform on source files in order to generate new files into your asset attributes (only available since v4.0). To understand the format of this property, see <a href='/concepts/asset-manager.html#focus-on-the-transformations'>here</a>."""


class GetAssetFamiliesItemLinks(BaseModel):
    """The ``GetAssetFamiliesItemLinks`` object."""

    self_: GetAssetFamiliesItemLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetFamiliesItemLinksSelf(BaseModel):
    """The ``GetAssetFamiliesItemLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class GetAssetFamiliesItemNamingConvention(BaseModel):
    """The naming convention ran over the asset code or the main media filename upon each asset creation, in order to automatically set several values in asset attributes. To learn more and see the format of this property, take a look at <a href='/concepts/asset-manager.html#focus-on-the-naming-convention'>here</a>."""

    abort_asset_creation_on_error: bool | None = None
    """Whether the asset should be created if the naming convention failed to apply. More details <a href='/concepts/asset-manager.html#abort-asset-creation-on-error'>here</a>."""

    pattern: str | None = None
    """The regular expression that should be applied on the source. More details <a href='/concepts/asset-manager.html#pattern'>here</a>."""

    source: dict[str, Any] | None = None
    """The string on which the naming convention should be applied. More details <a href='/concepts/asset-manager.html#source'>here</a>."""


class GetAssetFamiliesItemProductLinkRulesItem(BaseModel):
    """The ``GetAssetFamiliesItemProductLinkRulesItem`` object."""

    assign_assets_to: (
        list[GetAssetFamiliesItemProductLinkRulesItemAssignAssetsToItem] | None
    ) = None
    """The product value in which your assets will be assigned. More details <a href='/concepts/asset-manager.html#product-value-assignment'>here</a>."""

    product_selections: (
        list[GetAssetFamiliesItemProductLinkRulesItemProductSelectionsItem] | None
    ) = None
    """The product selection to which the assets of the asset family to be automatically linked. More details <a href='/concepts/asset-manager.html#product-selection'>here</a>."""


class GetAssetFamiliesItemProductLinkRulesItemAssignAssetsToItem(BaseModel):
    """The ``GetAssetFamiliesItemProductLinkRulesItemAssignAssetsToItem`` object."""

    attribute: str
    mode: str
    channel: str | None = None
    locale: str | None = None


class GetAssetFamiliesItemProductLinkRulesItemProductSelectionsItem(BaseModel):
    """The ``GetAssetFamiliesItemProductLinkRulesItemProductSelectionsItem`` object."""

    field: str
    operator: str
    value: str
    channel: str | None = None
    locale: str | None = None


class GetAssetFamiliesItemTransformationsItem(BaseModel):
    """The ``GetAssetFamiliesItemTransformationsItem`` object."""

    label: str
    """The name of the transformation"""

    operations: list[GetAssetFamiliesItemTransformationsItemOperationsItem]
    """The transformations that should be applied to your source file to generate the target file. More details <a href='/concepts/asset-manager.html#transformation-operations'>here</a>."""

    source: GetAssetFamiliesItemTransformationsItemSource
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    target: GetAssetFamiliesItemTransformationsItemTarget
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    filename_prefix: str | None = None
    """The prefix that will be prepended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""

    filename_suffix: str | None = None
    """The suffix that will be appended to the source filename to generate the target filename. More details <a href='/concepts/asset-manager.html#target-filename'>here</a>."""


class GetAssetFamiliesItemTransformationsItemOperationsItem(BaseModel):
    """The ``GetAssetFamiliesItemTransformationsItemOperationsItem`` object."""

    type: str | None = None
    parameters: dict[str, Any] | None = None


class GetAssetFamiliesItemTransformationsItemSource(BaseModel):
    """The attribute value in which is stored the media file you want to use as the source file for your transformation. More details <a href='/concepts/asset-manager.html#source-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None


class GetAssetFamiliesItemTransformationsItemTarget(BaseModel):
    """The attribute value in which the PIM will generate the new transformed file, aka the target file. More details <a href='/concepts/asset-manager.html#target-file'>here</a>."""

    attribute: str
    channel: str | None
    locale: str | None


class GetAssetFamiliesResponse(BaseModel):
    """Asset families"""

    links: GetAssetFamiliesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetAssetFamiliesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAssetFamiliesResponseEmbedded(BaseModel):
    """The ``GetAssetFamiliesResponseEmbedded`` object."""

    items: list[GetAssetFamiliesItem] | None = None


class GetAssetFamiliesResponseLinks(BaseModel):
    """The ``GetAssetFamiliesResponseLinks`` object."""

    first: GetAssetFamiliesResponseLinksFirst | None = None
    next: GetAssetFamiliesResponseLinksNext | None = None
    self_: GetAssetFamiliesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetFamiliesResponseLinksFirst(BaseModel):
    """The ``GetAssetFamiliesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAssetFamiliesResponseLinksNext(BaseModel):
    """The ``GetAssetFamiliesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAssetFamiliesResponseLinksSelf(BaseModel):
    """The ``GetAssetFamiliesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
