"""Models of the Akeneo PIM REST API, loaded on first use.

Each model lives in its own module (mutually recursive models share one), so a
program imports only the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .akeneo_error import AkeneoError as AkeneoError
    from .app_catalog import AppCatalog as AppCatalog
    from .app_catalog_list import AppCatalogList as AppCatalogList
    from .app_catalog_list import AppCatalogListLinks as AppCatalogListLinks
    from .app_catalog_list import AppCatalogListLinksSelf as AppCatalogListLinksSelf
    from .asset import Asset as Asset
    from .asset_attribute import AssetAttribute as AssetAttribute
    from .asset_attribute import AssetAttributeMediaType as AssetAttributeMediaType
    from .asset_attribute import AssetAttributeType as AssetAttributeType
    from .asset_attribute import (
        AssetAttributeValidationRule as AssetAttributeValidationRule,
    )
    from .asset_attribute_list import AssetAttributeListItem as AssetAttributeListItem
    from .asset_attribute_list import (
        AssetAttributeListItemMediaType as AssetAttributeListItemMediaType,
    )
    from .asset_attribute_list import (
        AssetAttributeListItemType as AssetAttributeListItemType,
    )
    from .asset_attribute_list import (
        AssetAttributeListItemValidationRule as AssetAttributeListItemValidationRule,
    )
    from .asset_attribute_list import AssetAttributeList as AssetAttributeList
    from .asset_attribute_option import AssetAttributeOption as AssetAttributeOption
    from .asset_attribute_option_list import (
        AssetAttributeOptionListItem as AssetAttributeOptionListItem,
    )
    from .asset_attribute_option_list import (
        AssetAttributeOptionList as AssetAttributeOptionList,
    )
    from .asset_family import AssetFamily as AssetFamily
    from .asset_family import AssetFamilyNamingConvention as AssetFamilyNamingConvention
    from .asset_family import (
        AssetFamilyProductLinkRulesItem as AssetFamilyProductLinkRulesItem,
    )
    from .asset_family import (
        AssetFamilyProductLinkRulesItemAssignAssetsToItem as AssetFamilyProductLinkRulesItemAssignAssetsToItem,
    )
    from .asset_family import (
        AssetFamilyProductLinkRulesItemProductSelectionsItem as AssetFamilyProductLinkRulesItemProductSelectionsItem,
    )
    from .asset_family import (
        AssetFamilyTransformationsItem as AssetFamilyTransformationsItem,
    )
    from .asset_family import (
        AssetFamilyTransformationsItemOperationsItem as AssetFamilyTransformationsItemOperationsItem,
    )
    from .asset_family import (
        AssetFamilyTransformationsItemSource as AssetFamilyTransformationsItemSource,
    )
    from .asset_family import (
        AssetFamilyTransformationsItemTarget as AssetFamilyTransformationsItemTarget,
    )
    from .asset_family_item_list import AssetFamilyItemList as AssetFamilyItemList
    from .asset_family_item_list import (
        AssetFamilyItemListLinks as AssetFamilyItemListLinks,
    )
    from .asset_family_item_list import (
        AssetFamilyItemListLinksSelf as AssetFamilyItemListLinksSelf,
    )
    from .asset_family_list import AssetFamilyList as AssetFamilyList
    from .asset_family_list import AssetFamilyListLinks as AssetFamilyListLinks
    from .asset_family_list import AssetFamilyListLinksSelf as AssetFamilyListLinksSelf
    from .asset_family_list import (
        AssetFamilyListNamingConvention as AssetFamilyListNamingConvention,
    )
    from .asset_family_list import (
        AssetFamilyListProductLinkRulesItem as AssetFamilyListProductLinkRulesItem,
    )
    from .asset_family_list import (
        AssetFamilyListProductLinkRulesItemAssignAssetsToItem as AssetFamilyListProductLinkRulesItemAssignAssetsToItem,
    )
    from .asset_family_list import (
        AssetFamilyListProductLinkRulesItemProductSelectionsItem as AssetFamilyListProductLinkRulesItemProductSelectionsItem,
    )
    from .asset_family_list import (
        AssetFamilyListTransformationsItem as AssetFamilyListTransformationsItem,
    )
    from .asset_family_list import (
        AssetFamilyListTransformationsItemOperationsItem as AssetFamilyListTransformationsItemOperationsItem,
    )
    from .asset_family_list import (
        AssetFamilyListTransformationsItemSource as AssetFamilyListTransformationsItemSource,
    )
    from .asset_family_list import (
        AssetFamilyListTransformationsItemTarget as AssetFamilyListTransformationsItemTarget,
    )
    from .asset_item_list import AssetItemList as AssetItemList
    from .asset_item_list import AssetItemListLinks as AssetItemListLinks
    from .asset_item_list import AssetItemListLinksSelf as AssetItemListLinksSelf
    from .asset_list import AssetList as AssetList
    from .asset_list import AssetListLinks as AssetListLinks
    from .asset_list import AssetListLinksSelf as AssetListLinksSelf
    from .association import Association as Association
    from .association_type import AssociationType as AssociationType
    from .association_type_list import AssociationTypeList as AssociationTypeList
    from .association_type_list import (
        AssociationTypeListLinks as AssociationTypeListLinks,
    )
    from .association_type_list import (
        AssociationTypeListLinksSelf as AssociationTypeListLinksSelf,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponse as AssociationTypesGetListResponse,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseEmbedded as AssociationTypesGetListResponseEmbedded,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseLinks as AssociationTypesGetListResponseLinks,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseLinksFirst as AssociationTypesGetListResponseLinksFirst,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseLinksNext as AssociationTypesGetListResponseLinksNext,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseLinksPrevious as AssociationTypesGetListResponseLinksPrevious,
    )
    from .association_types_get_list_response import (
        AssociationTypesGetListResponseLinksSelf as AssociationTypesGetListResponseLinksSelf,
    )
    from .attribute import Attribute as Attribute
    from .attribute import (
        AttributeTableConfigurationItem as AttributeTableConfigurationItem,
    )
    from .attribute import (
        AttributeTableConfigurationItemDataType as AttributeTableConfigurationItemDataType,
    )
    from .attribute import (
        AttributeTableConfigurationItemValidations as AttributeTableConfigurationItemValidations,
    )
    from .attribute import AttributeType as AttributeType
    from .attribute_group import AttributeGroup as AttributeGroup
    from .attribute_group_list import AttributeGroupList as AttributeGroupList
    from .attribute_group_list import AttributeGroupListLinks as AttributeGroupListLinks
    from .attribute_group_list import (
        AttributeGroupListLinksSelf as AttributeGroupListLinksSelf,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponse as AttributeGroupsGetListResponse,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseEmbedded as AttributeGroupsGetListResponseEmbedded,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseLinks as AttributeGroupsGetListResponseLinks,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseLinksFirst as AttributeGroupsGetListResponseLinksFirst,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseLinksNext as AttributeGroupsGetListResponseLinksNext,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseLinksPrevious as AttributeGroupsGetListResponseLinksPrevious,
    )
    from .attribute_groups_get_list_response import (
        AttributeGroupsGetListResponseLinksSelf as AttributeGroupsGetListResponseLinksSelf,
    )
    from .attribute_list import AttributeList as AttributeList
    from .attribute_list import AttributeListLinks as AttributeListLinks
    from .attribute_list import AttributeListLinksSelf as AttributeListLinksSelf
    from .attribute_list import (
        AttributeListTableConfigurationItem as AttributeListTableConfigurationItem,
    )
    from .attribute_list import (
        AttributeListTableConfigurationItemDataType as AttributeListTableConfigurationItemDataType,
    )
    from .attribute_list import (
        AttributeListTableConfigurationItemValidations as AttributeListTableConfigurationItemValidations,
    )
    from .attribute_list import AttributeListType as AttributeListType
    from .attribute_option import AttributeOption as AttributeOption
    from .attribute_option_list import AttributeOptionList as AttributeOptionList
    from .attribute_option_list import (
        AttributeOptionListLinks as AttributeOptionListLinks,
    )
    from .attribute_option_list import (
        AttributeOptionListLinksSelf as AttributeOptionListLinksSelf,
    )
    from .category import Category as Category
    from .category_list import CategoryList as CategoryList
    from .category_list import CategoryListLinks as CategoryListLinks
    from .category_list import CategoryListLinksSelf as CategoryListLinksSelf
    from .channel import Channel as Channel
    from .channel_list import ChannelList as ChannelList
    from .channel_list import ChannelListLinks as ChannelListLinks
    from .channel_list import ChannelListLinksSelf as ChannelListLinksSelf
    from .currencies_get_list_response import (
        CurrenciesGetListResponse as CurrenciesGetListResponse,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseEmbedded as CurrenciesGetListResponseEmbedded,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseLinks as CurrenciesGetListResponseLinks,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseLinksFirst as CurrenciesGetListResponseLinksFirst,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseLinksNext as CurrenciesGetListResponseLinksNext,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseLinksPrevious as CurrenciesGetListResponseLinksPrevious,
    )
    from .currencies_get_list_response import (
        CurrenciesGetListResponseLinksSelf as CurrenciesGetListResponseLinksSelf,
    )
    from .currency import Currency as Currency
    from .currency_list import CurrencyList as CurrencyList
    from .currency_list import CurrencyListLinks as CurrencyListLinks
    from .currency_list import CurrencyListLinksSelf as CurrencyListLinksSelf
    from .deprecated_asset import DeprecatedAsset as DeprecatedAsset
    from .deprecated_asset import (
        DeprecatedAssetReferenceFilesItem as DeprecatedAssetReferenceFilesItem,
    )
    from .deprecated_asset import (
        DeprecatedAssetReferenceFilesItemLink as DeprecatedAssetReferenceFilesItemLink,
    )
    from .deprecated_asset import (
        DeprecatedAssetReferenceFilesItemLinkDownload as DeprecatedAssetReferenceFilesItemLinkDownload,
    )
    from .deprecated_asset import (
        DeprecatedAssetReferenceFilesItemLinkSelf as DeprecatedAssetReferenceFilesItemLinkSelf,
    )
    from .deprecated_asset import (
        DeprecatedAssetVariationFilesItem as DeprecatedAssetVariationFilesItem,
    )
    from .deprecated_asset import (
        DeprecatedAssetVariationFilesItemLink as DeprecatedAssetVariationFilesItemLink,
    )
    from .deprecated_asset import (
        DeprecatedAssetVariationFilesItemLinkDownload as DeprecatedAssetVariationFilesItemLinkDownload,
    )
    from .deprecated_asset import (
        DeprecatedAssetVariationFilesItemLinkSelf as DeprecatedAssetVariationFilesItemLinkSelf,
    )
    from .deprecated_asset_category import (
        DeprecatedAssetCategory as DeprecatedAssetCategory,
    )
    from .deprecated_asset_category_list import (
        DeprecatedAssetCategoryList as DeprecatedAssetCategoryList,
    )
    from .deprecated_asset_category_list import (
        DeprecatedAssetCategoryListLinks as DeprecatedAssetCategoryListLinks,
    )
    from .deprecated_asset_category_list import (
        DeprecatedAssetCategoryListLinksSelf as DeprecatedAssetCategoryListLinksSelf,
    )
    from .deprecated_asset_list import DeprecatedAssetList as DeprecatedAssetList
    from .deprecated_asset_list import (
        DeprecatedAssetListLinks as DeprecatedAssetListLinks,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListLinksSelf as DeprecatedAssetListLinksSelf,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListReferenceFilesItem as DeprecatedAssetListReferenceFilesItem,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListReferenceFilesItemLink as DeprecatedAssetListReferenceFilesItemLink,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListReferenceFilesItemLinkDownload as DeprecatedAssetListReferenceFilesItemLinkDownload,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListReferenceFilesItemLinkSelf as DeprecatedAssetListReferenceFilesItemLinkSelf,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListVariationFilesItem as DeprecatedAssetListVariationFilesItem,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListVariationFilesItemLink as DeprecatedAssetListVariationFilesItemLink,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListVariationFilesItemLinkDownload as DeprecatedAssetListVariationFilesItemLinkDownload,
    )
    from .deprecated_asset_list import (
        DeprecatedAssetListVariationFilesItemLinkSelf as DeprecatedAssetListVariationFilesItemLinkSelf,
    )
    from .deprecated_asset_reference_file import (
        DeprecatedAssetReferenceFile as DeprecatedAssetReferenceFile,
    )
    from .deprecated_asset_reference_file import (
        DeprecatedAssetReferenceFileLink as DeprecatedAssetReferenceFileLink,
    )
    from .deprecated_asset_reference_file import (
        DeprecatedAssetReferenceFileLinkDownload as DeprecatedAssetReferenceFileLinkDownload,
    )
    from .deprecated_asset_reference_file_upload_warning import (
        DeprecatedAssetReferenceFileUploadWarning as DeprecatedAssetReferenceFileUploadWarning,
    )
    from .deprecated_asset_reference_file_upload_warning import (
        DeprecatedAssetReferenceFileUploadWarningErrorsItem as DeprecatedAssetReferenceFileUploadWarningErrorsItem,
    )
    from .deprecated_asset_tag import DeprecatedAssetTag as DeprecatedAssetTag
    from .deprecated_asset_tag_list import (
        DeprecatedAssetTagList as DeprecatedAssetTagList,
    )
    from .deprecated_asset_tag_list import (
        DeprecatedAssetTagListLinks as DeprecatedAssetTagListLinks,
    )
    from .deprecated_asset_tag_list import (
        DeprecatedAssetTagListLinksSelf as DeprecatedAssetTagListLinksSelf,
    )
    from .deprecated_asset_variation_file import (
        DeprecatedAssetVariationFile as DeprecatedAssetVariationFile,
    )
    from .deprecated_asset_variation_file import (
        DeprecatedAssetVariationFileLink as DeprecatedAssetVariationFileLink,
    )
    from .deprecated_asset_variation_file import (
        DeprecatedAssetVariationFileLinkDownload as DeprecatedAssetVariationFileLinkDownload,
    )
    from .error_by_line import ErrorByLine as ErrorByLine
    from .error_by_line_product_uuid import (
        ErrorByLineProductUuid as ErrorByLineProductUuid,
    )
    from .error_by_object import ErrorByObjectItem as ErrorByObjectItem
    from .error_by_object import ErrorByObject as ErrorByObject
    from .error_detail import ErrorDetail as ErrorDetail
    from .family import Family as Family
    from .family_list import FamilyList as FamilyList
    from .family_list import FamilyListLinks as FamilyListLinks
    from .family_list import FamilyListLinksSelf as FamilyListLinksSelf
    from .family_variant import FamilyVariant as FamilyVariant
    from .family_variant import (
        FamilyVariantVariantAttributeSetsItem as FamilyVariantVariantAttributeSetsItem,
    )
    from .family_variant_list import FamilyVariantList as FamilyVariantList
    from .family_variant_list import FamilyVariantListLinks as FamilyVariantListLinks
    from .family_variant_list import (
        FamilyVariantListLinksSelf as FamilyVariantListLinksSelf,
    )
    from .family_variant_list import (
        FamilyVariantListVariantAttributeSetsItem as FamilyVariantListVariantAttributeSetsItem,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponse as GetAppCatalogMappedProductsResponse,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponseEmbedded as GetAppCatalogMappedProductsResponseEmbedded,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponseLinks as GetAppCatalogMappedProductsResponseLinks,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponseLinksFirst as GetAppCatalogMappedProductsResponseLinksFirst,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponseLinksNext as GetAppCatalogMappedProductsResponseLinksNext,
    )
    from .get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponseLinksSelf as GetAppCatalogMappedProductsResponseLinksSelf,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponse as GetAppCatalogProductUuidsResponse,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponseEmbedded as GetAppCatalogProductUuidsResponseEmbedded,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponseLinks as GetAppCatalogProductUuidsResponseLinks,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponseLinksFirst as GetAppCatalogProductUuidsResponseLinksFirst,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponseLinksNext as GetAppCatalogProductUuidsResponseLinksNext,
    )
    from .get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponseLinksSelf as GetAppCatalogProductUuidsResponseLinksSelf,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponse as GetAppCatalogProductsResponse,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponseEmbedded as GetAppCatalogProductsResponseEmbedded,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponseLinks as GetAppCatalogProductsResponseLinks,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponseLinksFirst as GetAppCatalogProductsResponseLinksFirst,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponseLinksNext as GetAppCatalogProductsResponseLinksNext,
    )
    from .get_app_catalog_products_response import (
        GetAppCatalogProductsResponseLinksSelf as GetAppCatalogProductsResponseLinksSelf,
    )
    from .get_app_catalogs_mapping_schema_product_response import (
        GetAppCatalogsMappingSchemaProductResponse as GetAppCatalogsMappingSchemaProductResponse,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponse as GetAppCatalogsResponse,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseEmbedded as GetAppCatalogsResponseEmbedded,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseLinks as GetAppCatalogsResponseLinks,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseLinksFirst as GetAppCatalogsResponseLinksFirst,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseLinksNext as GetAppCatalogsResponseLinksNext,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseLinksPrevious as GetAppCatalogsResponseLinksPrevious,
    )
    from .get_app_catalogs_response import (
        GetAppCatalogsResponseLinksSelf as GetAppCatalogsResponseLinksSelf,
    )
    from .get_asset_categories_code_response import (
        GetAssetCategoriesCodeResponse as GetAssetCategoriesCodeResponse,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesItem as GetAssetCategoriesItem,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesItemLinks as GetAssetCategoriesItemLinks,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesItemLinksSelf as GetAssetCategoriesItemLinksSelf,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponse as GetAssetCategoriesResponse,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseEmbedded as GetAssetCategoriesResponseEmbedded,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseLinks as GetAssetCategoriesResponseLinks,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseLinksFirst as GetAssetCategoriesResponseLinksFirst,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseLinksNext as GetAssetCategoriesResponseLinksNext,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseLinksPrevious as GetAssetCategoriesResponseLinksPrevious,
    )
    from .get_asset_categories_item import (
        GetAssetCategoriesResponseLinksSelf as GetAssetCategoriesResponseLinksSelf,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponse as GetAssetFamiliesResponse,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponseEmbedded as GetAssetFamiliesResponseEmbedded,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponseLinks as GetAssetFamiliesResponseLinks,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponseLinksFirst as GetAssetFamiliesResponseLinksFirst,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponseLinksNext as GetAssetFamiliesResponseLinksNext,
    )
    from .get_asset_families_response import (
        GetAssetFamiliesResponseLinksSelf as GetAssetFamiliesResponseLinksSelf,
    )
    from .get_asset_tags_code_response import (
        GetAssetTagsCodeResponse as GetAssetTagsCodeResponse,
    )
    from .get_asset_tags_item import GetAssetTagsItem as GetAssetTagsItem
    from .get_asset_tags_item import GetAssetTagsItemLinks as GetAssetTagsItemLinks
    from .get_asset_tags_item import (
        GetAssetTagsItemLinksSelf as GetAssetTagsItemLinksSelf,
    )
    from .get_asset_tags_item import GetAssetTagsResponse as GetAssetTagsResponse
    from .get_asset_tags_item import (
        GetAssetTagsResponseEmbedded as GetAssetTagsResponseEmbedded,
    )
    from .get_asset_tags_item import (
        GetAssetTagsResponseLinks as GetAssetTagsResponseLinks,
    )
    from .get_asset_tags_item import (
        GetAssetTagsResponseLinksFirst as GetAssetTagsResponseLinksFirst,
    )
    from .get_asset_tags_item import (
        GetAssetTagsResponseLinksNext as GetAssetTagsResponseLinksNext,
    )
    from .get_asset_tags_item import (
        GetAssetTagsResponseLinksPrevious as GetAssetTagsResponseLinksPrevious,
    )
    from .get_asset_tags_item import (
        GetAssetTagsResponseLinksSelf as GetAssetTagsResponseLinksSelf,
    )
    from .get_assets_response import GetAssetsResponse as GetAssetsResponse
    from .get_assets_response import (
        GetAssetsResponseEmbedded as GetAssetsResponseEmbedded,
    )
    from .get_assets_response import GetAssetsResponseLinks as GetAssetsResponseLinks
    from .get_assets_response import (
        GetAssetsResponseLinksFirst as GetAssetsResponseLinksFirst,
    )
    from .get_assets_response import (
        GetAssetsResponseLinksNext as GetAssetsResponseLinksNext,
    )
    from .get_assets_response import (
        GetAssetsResponseLinksSelf as GetAssetsResponseLinksSelf,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponse as GetAttributesAttributeCodeOptionsResponse,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseEmbedded as GetAttributesAttributeCodeOptionsResponseEmbedded,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseLinks as GetAttributesAttributeCodeOptionsResponseLinks,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseLinksFirst as GetAttributesAttributeCodeOptionsResponseLinksFirst,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseLinksNext as GetAttributesAttributeCodeOptionsResponseLinksNext,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseLinksPrevious as GetAttributesAttributeCodeOptionsResponseLinksPrevious,
    )
    from .get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponseLinksSelf as GetAttributesAttributeCodeOptionsResponseLinksSelf,
    )
    from .get_attributes_response import GetAttributesResponse as GetAttributesResponse
    from .get_attributes_response import (
        GetAttributesResponseEmbedded as GetAttributesResponseEmbedded,
    )
    from .get_attributes_response import (
        GetAttributesResponseLinks as GetAttributesResponseLinks,
    )
    from .get_attributes_response import (
        GetAttributesResponseLinksFirst as GetAttributesResponseLinksFirst,
    )
    from .get_attributes_response import (
        GetAttributesResponseLinksNext as GetAttributesResponseLinksNext,
    )
    from .get_attributes_response import (
        GetAttributesResponseLinksPrevious as GetAttributesResponseLinksPrevious,
    )
    from .get_attributes_response import (
        GetAttributesResponseLinksSelf as GetAttributesResponseLinksSelf,
    )
    from .get_categories_response import GetCategoriesResponse as GetCategoriesResponse
    from .get_categories_response import (
        GetCategoriesResponseEmbedded as GetCategoriesResponseEmbedded,
    )
    from .get_categories_response import (
        GetCategoriesResponseLinks as GetCategoriesResponseLinks,
    )
    from .get_categories_response import (
        GetCategoriesResponseLinksFirst as GetCategoriesResponseLinksFirst,
    )
    from .get_categories_response import (
        GetCategoriesResponseLinksNext as GetCategoriesResponseLinksNext,
    )
    from .get_categories_response import (
        GetCategoriesResponseLinksPrevious as GetCategoriesResponseLinksPrevious,
    )
    from .get_categories_response import (
        GetCategoriesResponseLinksSelf as GetCategoriesResponseLinksSelf,
    )
    from .get_channels_response import GetChannelsResponse as GetChannelsResponse
    from .get_channels_response import (
        GetChannelsResponseEmbedded as GetChannelsResponseEmbedded,
    )
    from .get_channels_response import (
        GetChannelsResponseLinks as GetChannelsResponseLinks,
    )
    from .get_channels_response import (
        GetChannelsResponseLinksFirst as GetChannelsResponseLinksFirst,
    )
    from .get_channels_response import (
        GetChannelsResponseLinksNext as GetChannelsResponseLinksNext,
    )
    from .get_channels_response import (
        GetChannelsResponseLinksPrevious as GetChannelsResponseLinksPrevious,
    )
    from .get_channels_response import (
        GetChannelsResponseLinksSelf as GetChannelsResponseLinksSelf,
    )
    from .get_endpoints_response import GetEndpointsResponse as GetEndpointsResponse
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponse as GetFamiliesFamilyCodeVariantsResponse,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseEmbedded as GetFamiliesFamilyCodeVariantsResponseEmbedded,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseLinks as GetFamiliesFamilyCodeVariantsResponseLinks,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseLinksFirst as GetFamiliesFamilyCodeVariantsResponseLinksFirst,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseLinksNext as GetFamiliesFamilyCodeVariantsResponseLinksNext,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseLinksPrevious as GetFamiliesFamilyCodeVariantsResponseLinksPrevious,
    )
    from .get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponseLinksSelf as GetFamiliesFamilyCodeVariantsResponseLinksSelf,
    )
    from .get_families_response import GetFamiliesResponse as GetFamiliesResponse
    from .get_families_response import (
        GetFamiliesResponseEmbedded as GetFamiliesResponseEmbedded,
    )
    from .get_families_response import (
        GetFamiliesResponseLinks as GetFamiliesResponseLinks,
    )
    from .get_families_response import (
        GetFamiliesResponseLinksFirst as GetFamiliesResponseLinksFirst,
    )
    from .get_families_response import (
        GetFamiliesResponseLinksNext as GetFamiliesResponseLinksNext,
    )
    from .get_families_response import (
        GetFamiliesResponseLinksPrevious as GetFamiliesResponseLinksPrevious,
    )
    from .get_families_response import (
        GetFamiliesResponseLinksSelf as GetFamiliesResponseLinksSelf,
    )
    from .get_locales_response import GetLocalesResponse as GetLocalesResponse
    from .get_locales_response import (
        GetLocalesResponseEmbedded as GetLocalesResponseEmbedded,
    )
    from .get_locales_response import GetLocalesResponseLinks as GetLocalesResponseLinks
    from .get_locales_response import (
        GetLocalesResponseLinksFirst as GetLocalesResponseLinksFirst,
    )
    from .get_locales_response import (
        GetLocalesResponseLinksNext as GetLocalesResponseLinksNext,
    )
    from .get_locales_response import (
        GetLocalesResponseLinksPrevious as GetLocalesResponseLinksPrevious,
    )
    from .get_locales_response import (
        GetLocalesResponseLinksSelf as GetLocalesResponseLinksSelf,
    )
    from .get_media_files_response import GetMediaFilesResponse as GetMediaFilesResponse
    from .get_media_files_response import (
        GetMediaFilesResponseEmbedded as GetMediaFilesResponseEmbedded,
    )
    from .get_media_files_response import (
        GetMediaFilesResponseLinks as GetMediaFilesResponseLinks,
    )
    from .get_media_files_response import (
        GetMediaFilesResponseLinksFirst as GetMediaFilesResponseLinksFirst,
    )
    from .get_media_files_response import (
        GetMediaFilesResponseLinksNext as GetMediaFilesResponseLinksNext,
    )
    from .get_media_files_response import (
        GetMediaFilesResponseLinksPrevious as GetMediaFilesResponseLinksPrevious,
    )
    from .get_media_files_response import (
        GetMediaFilesResponseLinksSelf as GetMediaFilesResponseLinksSelf,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponse as GetPamAssetsCodeResponse,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseReferenceFilesItem as GetPamAssetsCodeResponseReferenceFilesItem,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseReferenceFilesItemLink as GetPamAssetsCodeResponseReferenceFilesItemLink,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseReferenceFilesItemLinkDownload as GetPamAssetsCodeResponseReferenceFilesItemLinkDownload,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseReferenceFilesItemLinkSelf as GetPamAssetsCodeResponseReferenceFilesItemLinkSelf,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseVariationFilesItem as GetPamAssetsCodeResponseVariationFilesItem,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseVariationFilesItemLink as GetPamAssetsCodeResponseVariationFilesItemLink,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseVariationFilesItemLinkDownload as GetPamAssetsCodeResponseVariationFilesItemLinkDownload,
    )
    from .get_pam_assets_code_response import (
        GetPamAssetsCodeResponseVariationFilesItemLinkSelf as GetPamAssetsCodeResponseVariationFilesItemLinkSelf,
    )
    from .get_pam_assets_item import GetPamAssetsItem as GetPamAssetsItem
    from .get_pam_assets_item import GetPamAssetsItemLinks as GetPamAssetsItemLinks
    from .get_pam_assets_item import (
        GetPamAssetsItemLinksSelf as GetPamAssetsItemLinksSelf,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemReferenceFilesItem as GetPamAssetsItemReferenceFilesItem,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemReferenceFilesItemLink as GetPamAssetsItemReferenceFilesItemLink,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemReferenceFilesItemLinkDownload as GetPamAssetsItemReferenceFilesItemLinkDownload,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemReferenceFilesItemLinkSelf as GetPamAssetsItemReferenceFilesItemLinkSelf,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemVariationFilesItem as GetPamAssetsItemVariationFilesItem,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemVariationFilesItemLink as GetPamAssetsItemVariationFilesItemLink,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemVariationFilesItemLinkDownload as GetPamAssetsItemVariationFilesItemLinkDownload,
    )
    from .get_pam_assets_item import (
        GetPamAssetsItemVariationFilesItemLinkSelf as GetPamAssetsItemVariationFilesItemLinkSelf,
    )
    from .get_pam_assets_item import GetPamAssetsResponse as GetPamAssetsResponse
    from .get_pam_assets_item import (
        GetPamAssetsResponseEmbedded as GetPamAssetsResponseEmbedded,
    )
    from .get_pam_assets_item import (
        GetPamAssetsResponseLinks as GetPamAssetsResponseLinks,
    )
    from .get_pam_assets_item import (
        GetPamAssetsResponseLinksFirst as GetPamAssetsResponseLinksFirst,
    )
    from .get_pam_assets_item import (
        GetPamAssetsResponseLinksNext as GetPamAssetsResponseLinksNext,
    )
    from .get_pam_assets_item import (
        GetPamAssetsResponseLinksPrevious as GetPamAssetsResponseLinksPrevious,
    )
    from .get_pam_assets_item import (
        GetPamAssetsResponseLinksSelf as GetPamAssetsResponseLinksSelf,
    )
    from .get_product_models_response import (
        GetProductModelsResponse as GetProductModelsResponse,
    )
    from .get_product_models_response import (
        GetProductModelsResponseEmbedded as GetProductModelsResponseEmbedded,
    )
    from .get_product_models_response import (
        GetProductModelsResponseLinks as GetProductModelsResponseLinks,
    )
    from .get_product_models_response import (
        GetProductModelsResponseLinksFirst as GetProductModelsResponseLinksFirst,
    )
    from .get_product_models_response import (
        GetProductModelsResponseLinksNext as GetProductModelsResponseLinksNext,
    )
    from .get_product_models_response import (
        GetProductModelsResponseLinksPrevious as GetProductModelsResponseLinksPrevious,
    )
    from .get_product_models_response import (
        GetProductModelsResponseLinksSelf as GetProductModelsResponseLinksSelf,
    )
    from .get_products_response import GetProductsResponse as GetProductsResponse
    from .get_products_response import (
        GetProductsResponseEmbedded as GetProductsResponseEmbedded,
    )
    from .get_products_response import (
        GetProductsResponseLinks as GetProductsResponseLinks,
    )
    from .get_products_response import (
        GetProductsResponseLinksFirst as GetProductsResponseLinksFirst,
    )
    from .get_products_response import (
        GetProductsResponseLinksNext as GetProductsResponseLinksNext,
    )
    from .get_products_response import (
        GetProductsResponseLinksPrevious as GetProductsResponseLinksPrevious,
    )
    from .get_products_response import (
        GetProductsResponseLinksSelf as GetProductsResponseLinksSelf,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponse as GetProductsUuidResponse,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseEmbedded as GetProductsUuidResponseEmbedded,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseLinks as GetProductsUuidResponseLinks,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseLinksFirst as GetProductsUuidResponseLinksFirst,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseLinksNext as GetProductsUuidResponseLinksNext,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseLinksPrevious as GetProductsUuidResponseLinksPrevious,
    )
    from .get_products_uuid_response import (
        GetProductsUuidResponseLinksSelf as GetProductsUuidResponseLinksSelf,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponse as GetPublishedProductsResponse,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseEmbedded as GetPublishedProductsResponseEmbedded,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseLinks as GetPublishedProductsResponseLinks,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseLinksFirst as GetPublishedProductsResponseLinksFirst,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseLinksNext as GetPublishedProductsResponseLinksNext,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseLinksPrevious as GetPublishedProductsResponseLinksPrevious,
    )
    from .get_published_products_response import (
        GetPublishedProductsResponseLinksSelf as GetPublishedProductsResponseLinksSelf,
    )
    from .get_reference_entities_code_attributes_response_item import (
        GetReferenceEntitiesCodeAttributesResponseItem as GetReferenceEntitiesCodeAttributesResponseItem,
    )
    from .get_reference_entities_code_attributes_response_item import (
        GetReferenceEntitiesCodeAttributesResponseItemType as GetReferenceEntitiesCodeAttributesResponseItemType,
    )
    from .get_reference_entities_code_attributes_response_item import (
        GetReferenceEntitiesCodeAttributesResponseItemValidationRule as GetReferenceEntitiesCodeAttributesResponseItemValidationRule,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponse as GetReferenceEntitiesResponse,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponseEmbedded as GetReferenceEntitiesResponseEmbedded,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponseLinks as GetReferenceEntitiesResponseLinks,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponseLinksFirst as GetReferenceEntitiesResponseLinksFirst,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponseLinksNext as GetReferenceEntitiesResponseLinksNext,
    )
    from .get_reference_entities_response import (
        GetReferenceEntitiesResponseLinksSelf as GetReferenceEntitiesResponseLinksSelf,
    )
    from .get_reference_entity_attributes_attribute_code_options_response_item import (
        GetReferenceEntityAttributesAttributeCodeOptionsResponseItem as GetReferenceEntityAttributesAttributeCodeOptionsResponseItem,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponse as GetReferenceEntityRecordsResponse,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponseEmbedded as GetReferenceEntityRecordsResponseEmbedded,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponseLinks as GetReferenceEntityRecordsResponseLinks,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponseLinksFirst as GetReferenceEntityRecordsResponseLinksFirst,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponseLinksNext as GetReferenceEntityRecordsResponseLinksNext,
    )
    from .get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponseLinksSelf as GetReferenceEntityRecordsResponseLinksSelf,
    )
    from .get_reference_files_locale_code_response import (
        GetReferenceFilesLocaleCodeResponse as GetReferenceFilesLocaleCodeResponse,
    )
    from .get_reference_files_locale_code_response import (
        GetReferenceFilesLocaleCodeResponseLink as GetReferenceFilesLocaleCodeResponseLink,
    )
    from .get_reference_files_locale_code_response import (
        GetReferenceFilesLocaleCodeResponseLinkDownload as GetReferenceFilesLocaleCodeResponseLinkDownload,
    )
    from .get_system_information_response import (
        GetSystemInformationResponse as GetSystemInformationResponse,
    )
    from .get_variation_files_channel_code_locale_code_response import (
        GetVariationFilesChannelCodeLocaleCodeResponse as GetVariationFilesChannelCodeLocaleCodeResponse,
    )
    from .get_variation_files_channel_code_locale_code_response import (
        GetVariationFilesChannelCodeLocaleCodeResponseLink as GetVariationFilesChannelCodeLocaleCodeResponseLink,
    )
    from .get_variation_files_channel_code_locale_code_response import (
        GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload as GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload,
    )
    from .item_list import ItemList as ItemList
    from .item_list import ItemListLinks as ItemListLinks
    from .item_list import ItemListLinksSelf as ItemListLinksSelf
    from .locale import Locale as Locale
    from .locale_list import LocaleList as LocaleList
    from .locale_list import LocaleListLinks as LocaleListLinks
    from .locale_list import LocaleListLinksSelf as LocaleListLinksSelf
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponse as MeasureFamiliesGetListResponse,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseEmbedded as MeasureFamiliesGetListResponseEmbedded,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseLinks as MeasureFamiliesGetListResponseLinks,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseLinksFirst as MeasureFamiliesGetListResponseLinksFirst,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseLinksNext as MeasureFamiliesGetListResponseLinksNext,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseLinksPrevious as MeasureFamiliesGetListResponseLinksPrevious,
    )
    from .measure_families_get_list_response import (
        MeasureFamiliesGetListResponseLinksSelf as MeasureFamiliesGetListResponseLinksSelf,
    )
    from .measure_family import MeasureFamily as MeasureFamily
    from .measure_family import MeasureFamilyUnitsItem as MeasureFamilyUnitsItem
    from .measure_family_list import MeasureFamilyList as MeasureFamilyList
    from .measure_family_list import MeasureFamilyListLinks as MeasureFamilyListLinks
    from .measure_family_list import (
        MeasureFamilyListLinksSelf as MeasureFamilyListLinksSelf,
    )
    from .measure_family_list import (
        MeasureFamilyListUnitsItem as MeasureFamilyListUnitsItem,
    )
    from .measurement_family import MeasurementFamily as MeasurementFamily
    from .measurement_family_list import MeasurementFamilyList as MeasurementFamilyList
    from .media_file import MediaFile as MediaFile
    from .media_file import MediaFileLinks as MediaFileLinks
    from .media_file import MediaFileLinksDownload as MediaFileLinksDownload
    from .media_file_item_list import MediaFileItemList as MediaFileItemList
    from .media_file_item_list import MediaFileItemListLinks as MediaFileItemListLinks
    from .media_file_item_list import (
        MediaFileItemListLinksDownload as MediaFileItemListLinksDownload,
    )
    from .media_file_item_list import (
        MediaFileItemListLinksSelf as MediaFileItemListLinksSelf,
    )
    from .media_file_list import MediaFileList as MediaFileList
    from .media_file_list import MediaFileListLinks as MediaFileListLinks
    from .media_file_list import (
        MediaFileListLinksDownload as MediaFileListLinksDownload,
    )
    from .media_file_list import MediaFileListLinksSelf as MediaFileListLinksSelf
    from .page_links import PageLinks as PageLinks
    from .page_links import PageLinksLinks as PageLinksLinks
    from .page_links import PageLinksLinksFirst as PageLinksLinksFirst
    from .page_links import PageLinksLinksNext as PageLinksLinksNext
    from .page_links import PageLinksLinksPrevious as PageLinksLinksPrevious
    from .page_links import PageLinksLinksSelf as PageLinksLinksSelf
    from .pagination_type import PaginationType as PaginationType
    from .patch_app_catalog_response import (
        PatchAppCatalogResponse as PatchAppCatalogResponse,
    )
    from .patch_asset_categories_code_body import (
        PatchAssetCategoriesCodeBody as PatchAssetCategoriesCodeBody,
    )
    from .patch_asset_categories_item import (
        PatchAssetCategoriesItem as PatchAssetCategoriesItem,
    )
    from .patch_asset_tags_code_body import (
        PatchAssetTagsCodeBody as PatchAssetTagsCodeBody,
    )
    from .patch_assets_response_item import (
        PatchAssetsResponseItem as PatchAssetsResponseItem,
    )
    from .patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItem as PatchMeasurementFamiliesResponseItem,
    )
    from .patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItemErrorsItem as PatchMeasurementFamiliesResponseItemErrorsItem,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBody as PatchPamAssetsCodeBody,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyReferenceFilesItem as PatchPamAssetsCodeBodyReferenceFilesItem,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyReferenceFilesItemLink as PatchPamAssetsCodeBodyReferenceFilesItemLink,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload as PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf as PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyVariationFilesItem as PatchPamAssetsCodeBodyVariationFilesItem,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyVariationFilesItemLink as PatchPamAssetsCodeBodyVariationFilesItemLink,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyVariationFilesItemLinkDownload as PatchPamAssetsCodeBodyVariationFilesItemLinkDownload,
    )
    from .patch_pam_assets_code_body import (
        PatchPamAssetsCodeBodyVariationFilesItemLinkSelf as PatchPamAssetsCodeBodyVariationFilesItemLinkSelf,
    )
    from .patch_pam_assets_item import PatchPamAssetsItem as PatchPamAssetsItem
    from .patch_pam_assets_item import (
        PatchPamAssetsItemReferenceFilesItem as PatchPamAssetsItemReferenceFilesItem,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemReferenceFilesItemLink as PatchPamAssetsItemReferenceFilesItemLink,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemReferenceFilesItemLinkDownload as PatchPamAssetsItemReferenceFilesItemLinkDownload,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemReferenceFilesItemLinkSelf as PatchPamAssetsItemReferenceFilesItemLinkSelf,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemVariationFilesItem as PatchPamAssetsItemVariationFilesItem,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemVariationFilesItemLink as PatchPamAssetsItemVariationFilesItemLink,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemVariationFilesItemLinkDownload as PatchPamAssetsItemVariationFilesItemLinkDownload,
    )
    from .patch_pam_assets_item import (
        PatchPamAssetsItemVariationFilesItemLinkSelf as PatchPamAssetsItemVariationFilesItemLinkSelf,
    )
    from .patch_reference_entity_records_response_item import (
        PatchReferenceEntityRecordsResponseItem as PatchReferenceEntityRecordsResponseItem,
    )
    from .post_app_catalog_body import PostAppCatalogBody as PostAppCatalogBody
    from .post_app_catalog_response import (
        PostAppCatalogResponse as PostAppCatalogResponse,
    )
    from .post_asset_categories_body import (
        PostAssetCategoriesBody as PostAssetCategoriesBody,
    )
    from .post_asset_media_files_body import (
        PostAssetMediaFilesBody as PostAssetMediaFilesBody,
    )
    from .post_media_files_body import PostMediaFilesBody as PostMediaFilesBody
    from .post_pam_assets_body import PostPamAssetsBody as PostPamAssetsBody
    from .post_pam_assets_body import (
        PostPamAssetsBodyReferenceFilesItem as PostPamAssetsBodyReferenceFilesItem,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyReferenceFilesItemLink as PostPamAssetsBodyReferenceFilesItemLink,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyReferenceFilesItemLinkDownload as PostPamAssetsBodyReferenceFilesItemLinkDownload,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyReferenceFilesItemLinkSelf as PostPamAssetsBodyReferenceFilesItemLinkSelf,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyVariationFilesItem as PostPamAssetsBodyVariationFilesItem,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyVariationFilesItemLink as PostPamAssetsBodyVariationFilesItemLink,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyVariationFilesItemLinkDownload as PostPamAssetsBodyVariationFilesItemLinkDownload,
    )
    from .post_pam_assets_body import (
        PostPamAssetsBodyVariationFilesItemLinkSelf as PostPamAssetsBodyVariationFilesItemLinkSelf,
    )
    from .post_reference_entity_media_files_body import (
        PostReferenceEntityMediaFilesBody as PostReferenceEntityMediaFilesBody,
    )
    from .post_reference_files_locale_code_body import (
        PostReferenceFilesLocaleCodeBody as PostReferenceFilesLocaleCodeBody,
    )
    from .post_reference_files_locale_code_body import (
        PostReferenceFilesLocaleCodeResponse as PostReferenceFilesLocaleCodeResponse,
    )
    from .post_reference_files_locale_code_body import (
        PostReferenceFilesLocaleCodeResponseErrorsItem as PostReferenceFilesLocaleCodeResponseErrorsItem,
    )
    from .post_variation_files_channel_code_locale_code_body import (
        PostVariationFilesChannelCodeLocaleCodeBody as PostVariationFilesChannelCodeLocaleCodeBody,
    )
    from .product import Product as Product
    from .product import ProductCompletenessesItem as ProductCompletenessesItem
    from .product import ProductMetadata as ProductMetadata
    from .product import ProductMetadataWorkflowStatus as ProductMetadataWorkflowStatus
    from .product_examples import ProductExamples as ProductExamples
    from .product_list import ProductList as ProductList
    from .product_list import (
        ProductListCompletenessesItem as ProductListCompletenessesItem,
    )
    from .product_list import ProductListLinks as ProductListLinks
    from .product_list import ProductListLinksSelf as ProductListLinksSelf
    from .product_list import ProductListMetadata as ProductListMetadata
    from .product_list import (
        ProductListMetadataWorkflowStatus as ProductListMetadataWorkflowStatus,
    )
    from .product_model import ProductModel as ProductModel
    from .product_model import ProductModelMetadata as ProductModelMetadata
    from .product_model import (
        ProductModelMetadataWorkflowStatus as ProductModelMetadataWorkflowStatus,
    )
    from .product_model_list import ProductModelList as ProductModelList
    from .product_model_list import ProductModelListLinks as ProductModelListLinks
    from .product_model_list import (
        ProductModelListLinksSelf as ProductModelListLinksSelf,
    )
    from .product_model_list import ProductModelListMetadata as ProductModelListMetadata
    from .product_model_list import (
        ProductModelListMetadataWorkflowStatus as ProductModelListMetadataWorkflowStatus,
    )
    from .product_uuid import ProductUuid as ProductUuid
    from .product_uuid import (
        ProductUuidCompletenessesItem as ProductUuidCompletenessesItem,
    )
    from .product_uuid import ProductUuidMetadata as ProductUuidMetadata
    from .product_uuid import (
        ProductUuidMetadataWorkflowStatus as ProductUuidMetadataWorkflowStatus,
    )
    from .product_uuid_examples import ProductUuidExamples as ProductUuidExamples
    from .product_uuid_list import ProductUuidList as ProductUuidList
    from .product_uuid_list import (
        ProductUuidListCompletenessesItem as ProductUuidListCompletenessesItem,
    )
    from .product_uuid_list import ProductUuidListLinks as ProductUuidListLinks
    from .product_uuid_list import ProductUuidListLinksSelf as ProductUuidListLinksSelf
    from .product_uuid_list import ProductUuidListMetadata as ProductUuidListMetadata
    from .product_uuid_list import (
        ProductUuidListMetadataWorkflowStatus as ProductUuidListMetadataWorkflowStatus,
    )
    from .product_value import ProductValue as ProductValue
    from .published_product import PublishedProduct as PublishedProduct
    from .published_product_list import PublishedProductList as PublishedProductList
    from .published_product_list import (
        PublishedProductListLinks as PublishedProductListLinks,
    )
    from .published_product_list import (
        PublishedProductListLinksSelf as PublishedProductListLinksSelf,
    )
    from .put_app_catalogs_mapping_schema_product_body import (
        PutAppCatalogsMappingSchemaProductBody as PutAppCatalogsMappingSchemaProductBody,
    )
    from .quality_score import QualityScore as QualityScore
    from .quantified_association import QuantifiedAssociation as QuantifiedAssociation
    from .quantified_association import (
        QuantifiedAssociationProductModelsItem as QuantifiedAssociationProductModelsItem,
    )
    from .quantified_association import (
        QuantifiedAssociationProductsItem as QuantifiedAssociationProductsItem,
    )
    from .reference_entity import ReferenceEntity as ReferenceEntity
    from .reference_entity import ReferenceEntityLinks as ReferenceEntityLinks
    from .reference_entity import (
        ReferenceEntityLinksImageDownload as ReferenceEntityLinksImageDownload,
    )
    from .reference_entity_attribute import (
        ReferenceEntityAttribute as ReferenceEntityAttribute,
    )
    from .reference_entity_attribute import (
        ReferenceEntityAttributeType as ReferenceEntityAttributeType,
    )
    from .reference_entity_attribute import (
        ReferenceEntityAttributeValidationRule as ReferenceEntityAttributeValidationRule,
    )
    from .reference_entity_attribute_list import (
        ReferenceEntityAttributeListItem as ReferenceEntityAttributeListItem,
    )
    from .reference_entity_attribute_list import (
        ReferenceEntityAttributeListItemType as ReferenceEntityAttributeListItemType,
    )
    from .reference_entity_attribute_list import (
        ReferenceEntityAttributeListItemValidationRule as ReferenceEntityAttributeListItemValidationRule,
    )
    from .reference_entity_attribute_list import (
        ReferenceEntityAttributeList as ReferenceEntityAttributeList,
    )
    from .reference_entity_attribute_option import (
        ReferenceEntityAttributeOption as ReferenceEntityAttributeOption,
    )
    from .reference_entity_attribute_option_list import (
        ReferenceEntityAttributeOptionListItem as ReferenceEntityAttributeOptionListItem,
    )
    from .reference_entity_attribute_option_list import (
        ReferenceEntityAttributeOptionList as ReferenceEntityAttributeOptionList,
    )
    from .reference_entity_item_list import (
        ReferenceEntityItemList as ReferenceEntityItemList,
    )
    from .reference_entity_item_list import (
        ReferenceEntityItemListLinks as ReferenceEntityItemListLinks,
    )
    from .reference_entity_item_list import (
        ReferenceEntityItemListLinksImageDownload as ReferenceEntityItemListLinksImageDownload,
    )
    from .reference_entity_item_list import (
        ReferenceEntityItemListLinksSelf as ReferenceEntityItemListLinksSelf,
    )
    from .reference_entity_list import ReferenceEntityList as ReferenceEntityList
    from .reference_entity_list import (
        ReferenceEntityListLinks as ReferenceEntityListLinks,
    )
    from .reference_entity_list import (
        ReferenceEntityListLinksImageDownload as ReferenceEntityListLinksImageDownload,
    )
    from .reference_entity_list import (
        ReferenceEntityListLinksSelf as ReferenceEntityListLinksSelf,
    )
    from .reference_entity_record import ReferenceEntityRecord as ReferenceEntityRecord
    from .reference_entity_record_item_list import (
        ReferenceEntityRecordItemList as ReferenceEntityRecordItemList,
    )
    from .reference_entity_record_item_list import (
        ReferenceEntityRecordItemListLinks as ReferenceEntityRecordItemListLinks,
    )
    from .reference_entity_record_item_list import (
        ReferenceEntityRecordItemListLinksSelf as ReferenceEntityRecordItemListLinksSelf,
    )
    from .reference_entity_record_list import (
        ReferenceEntityRecordList as ReferenceEntityRecordList,
    )
    from .reference_entity_record_list import (
        ReferenceEntityRecordListLinks as ReferenceEntityRecordListLinks,
    )
    from .reference_entity_record_list import (
        ReferenceEntityRecordListLinksSelf as ReferenceEntityRecordListLinksSelf,
    )
    from .search_after_pagination import SearchAfterPagination as SearchAfterPagination
    from .search_after_pagination import (
        SearchAfterPaginationLinks as SearchAfterPaginationLinks,
    )
    from .search_after_pagination import (
        SearchAfterPaginationLinksFirst as SearchAfterPaginationLinksFirst,
    )
    from .search_after_pagination import (
        SearchAfterPaginationLinksNext as SearchAfterPaginationLinksNext,
    )
    from .search_after_pagination import (
        SearchAfterPaginationLinksSelf as SearchAfterPaginationLinksSelf,
    )
    from .search_filter import SearchFilter as SearchFilter
    from .search_filters import SearchFilters as SearchFilters
    from .upsert_result import UpsertResult as UpsertResult

_MODULE_OF: dict[str, str] = {
    "AkeneoError": "akeneo_error",
    "AppCatalog": "app_catalog",
    "AppCatalogList": "app_catalog_list",
    "AppCatalogListLinks": "app_catalog_list",
    "AppCatalogListLinksSelf": "app_catalog_list",
    "Asset": "asset",
    "AssetAttribute": "asset_attribute",
    "AssetAttributeMediaType": "asset_attribute",
    "AssetAttributeType": "asset_attribute",
    "AssetAttributeValidationRule": "asset_attribute",
    "AssetAttributeListItem": "asset_attribute_list",
    "AssetAttributeListItemMediaType": "asset_attribute_list",
    "AssetAttributeListItemType": "asset_attribute_list",
    "AssetAttributeListItemValidationRule": "asset_attribute_list",
    "AssetAttributeList": "asset_attribute_list",
    "AssetAttributeOption": "asset_attribute_option",
    "AssetAttributeOptionListItem": "asset_attribute_option_list",
    "AssetAttributeOptionList": "asset_attribute_option_list",
    "AssetFamily": "asset_family",
    "AssetFamilyNamingConvention": "asset_family",
    "AssetFamilyProductLinkRulesItem": "asset_family",
    "AssetFamilyProductLinkRulesItemAssignAssetsToItem": "asset_family",
    "AssetFamilyProductLinkRulesItemProductSelectionsItem": "asset_family",
    "AssetFamilyTransformationsItem": "asset_family",
    "AssetFamilyTransformationsItemOperationsItem": "asset_family",
    "AssetFamilyTransformationsItemSource": "asset_family",
    "AssetFamilyTransformationsItemTarget": "asset_family",
    "AssetFamilyItemList": "asset_family_item_list",
    "AssetFamilyItemListLinks": "asset_family_item_list",
    "AssetFamilyItemListLinksSelf": "asset_family_item_list",
    "AssetFamilyList": "asset_family_list",
    "AssetFamilyListLinks": "asset_family_list",
    "AssetFamilyListLinksSelf": "asset_family_list",
    "AssetFamilyListNamingConvention": "asset_family_list",
    "AssetFamilyListProductLinkRulesItem": "asset_family_list",
    "AssetFamilyListProductLinkRulesItemAssignAssetsToItem": "asset_family_list",
    "AssetFamilyListProductLinkRulesItemProductSelectionsItem": "asset_family_list",
    "AssetFamilyListTransformationsItem": "asset_family_list",
    "AssetFamilyListTransformationsItemOperationsItem": "asset_family_list",
    "AssetFamilyListTransformationsItemSource": "asset_family_list",
    "AssetFamilyListTransformationsItemTarget": "asset_family_list",
    "AssetItemList": "asset_item_list",
    "AssetItemListLinks": "asset_item_list",
    "AssetItemListLinksSelf": "asset_item_list",
    "AssetList": "asset_list",
    "AssetListLinks": "asset_list",
    "AssetListLinksSelf": "asset_list",
    "Association": "association",
    "AssociationType": "association_type",
    "AssociationTypeList": "association_type_list",
    "AssociationTypeListLinks": "association_type_list",
    "AssociationTypeListLinksSelf": "association_type_list",
    "AssociationTypesGetListResponse": "association_types_get_list_response",
    "AssociationTypesGetListResponseEmbedded": "association_types_get_list_response",
    "AssociationTypesGetListResponseLinks": "association_types_get_list_response",
    "AssociationTypesGetListResponseLinksFirst": "association_types_get_list_response",
    "AssociationTypesGetListResponseLinksNext": "association_types_get_list_response",
    "AssociationTypesGetListResponseLinksPrevious": "association_types_get_list_response",
    "AssociationTypesGetListResponseLinksSelf": "association_types_get_list_response",
    "Attribute": "attribute",
    "AttributeTableConfigurationItem": "attribute",
    "AttributeTableConfigurationItemDataType": "attribute",
    "AttributeTableConfigurationItemValidations": "attribute",
    "AttributeType": "attribute",
    "AttributeGroup": "attribute_group",
    "AttributeGroupList": "attribute_group_list",
    "AttributeGroupListLinks": "attribute_group_list",
    "AttributeGroupListLinksSelf": "attribute_group_list",
    "AttributeGroupsGetListResponse": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseEmbedded": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseLinks": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseLinksFirst": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseLinksNext": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseLinksPrevious": "attribute_groups_get_list_response",
    "AttributeGroupsGetListResponseLinksSelf": "attribute_groups_get_list_response",
    "AttributeList": "attribute_list",
    "AttributeListLinks": "attribute_list",
    "AttributeListLinksSelf": "attribute_list",
    "AttributeListTableConfigurationItem": "attribute_list",
    "AttributeListTableConfigurationItemDataType": "attribute_list",
    "AttributeListTableConfigurationItemValidations": "attribute_list",
    "AttributeListType": "attribute_list",
    "AttributeOption": "attribute_option",
    "AttributeOptionList": "attribute_option_list",
    "AttributeOptionListLinks": "attribute_option_list",
    "AttributeOptionListLinksSelf": "attribute_option_list",
    "Category": "category",
    "CategoryList": "category_list",
    "CategoryListLinks": "category_list",
    "CategoryListLinksSelf": "category_list",
    "Channel": "channel",
    "ChannelList": "channel_list",
    "ChannelListLinks": "channel_list",
    "ChannelListLinksSelf": "channel_list",
    "CurrenciesGetListResponse": "currencies_get_list_response",
    "CurrenciesGetListResponseEmbedded": "currencies_get_list_response",
    "CurrenciesGetListResponseLinks": "currencies_get_list_response",
    "CurrenciesGetListResponseLinksFirst": "currencies_get_list_response",
    "CurrenciesGetListResponseLinksNext": "currencies_get_list_response",
    "CurrenciesGetListResponseLinksPrevious": "currencies_get_list_response",
    "CurrenciesGetListResponseLinksSelf": "currencies_get_list_response",
    "Currency": "currency",
    "CurrencyList": "currency_list",
    "CurrencyListLinks": "currency_list",
    "CurrencyListLinksSelf": "currency_list",
    "DeprecatedAsset": "deprecated_asset",
    "DeprecatedAssetReferenceFilesItem": "deprecated_asset",
    "DeprecatedAssetReferenceFilesItemLink": "deprecated_asset",
    "DeprecatedAssetReferenceFilesItemLinkDownload": "deprecated_asset",
    "DeprecatedAssetReferenceFilesItemLinkSelf": "deprecated_asset",
    "DeprecatedAssetVariationFilesItem": "deprecated_asset",
    "DeprecatedAssetVariationFilesItemLink": "deprecated_asset",
    "DeprecatedAssetVariationFilesItemLinkDownload": "deprecated_asset",
    "DeprecatedAssetVariationFilesItemLinkSelf": "deprecated_asset",
    "DeprecatedAssetCategory": "deprecated_asset_category",
    "DeprecatedAssetCategoryList": "deprecated_asset_category_list",
    "DeprecatedAssetCategoryListLinks": "deprecated_asset_category_list",
    "DeprecatedAssetCategoryListLinksSelf": "deprecated_asset_category_list",
    "DeprecatedAssetList": "deprecated_asset_list",
    "DeprecatedAssetListLinks": "deprecated_asset_list",
    "DeprecatedAssetListLinksSelf": "deprecated_asset_list",
    "DeprecatedAssetListReferenceFilesItem": "deprecated_asset_list",
    "DeprecatedAssetListReferenceFilesItemLink": "deprecated_asset_list",
    "DeprecatedAssetListReferenceFilesItemLinkDownload": "deprecated_asset_list",
    "DeprecatedAssetListReferenceFilesItemLinkSelf": "deprecated_asset_list",
    "DeprecatedAssetListVariationFilesItem": "deprecated_asset_list",
    "DeprecatedAssetListVariationFilesItemLink": "deprecated_asset_list",
    "DeprecatedAssetListVariationFilesItemLinkDownload": "deprecated_asset_list",
    "DeprecatedAssetListVariationFilesItemLinkSelf": "deprecated_asset_list",
    "DeprecatedAssetReferenceFile": "deprecated_asset_reference_file",
    "DeprecatedAssetReferenceFileLink": "deprecated_asset_reference_file",
    "DeprecatedAssetReferenceFileLinkDownload": "deprecated_asset_reference_file",
    "DeprecatedAssetReferenceFileUploadWarning": "deprecated_asset_reference_file_upload_warning",
    "DeprecatedAssetReferenceFileUploadWarningErrorsItem": "deprecated_asset_reference_file_upload_warning",
    "DeprecatedAssetTag": "deprecated_asset_tag",
    "DeprecatedAssetTagList": "deprecated_asset_tag_list",
    "DeprecatedAssetTagListLinks": "deprecated_asset_tag_list",
    "DeprecatedAssetTagListLinksSelf": "deprecated_asset_tag_list",
    "DeprecatedAssetVariationFile": "deprecated_asset_variation_file",
    "DeprecatedAssetVariationFileLink": "deprecated_asset_variation_file",
    "DeprecatedAssetVariationFileLinkDownload": "deprecated_asset_variation_file",
    "ErrorByLine": "error_by_line",
    "ErrorByLineProductUuid": "error_by_line_product_uuid",
    "ErrorByObjectItem": "error_by_object",
    "ErrorByObject": "error_by_object",
    "ErrorDetail": "error_detail",
    "Family": "family",
    "FamilyList": "family_list",
    "FamilyListLinks": "family_list",
    "FamilyListLinksSelf": "family_list",
    "FamilyVariant": "family_variant",
    "FamilyVariantVariantAttributeSetsItem": "family_variant",
    "FamilyVariantList": "family_variant_list",
    "FamilyVariantListLinks": "family_variant_list",
    "FamilyVariantListLinksSelf": "family_variant_list",
    "FamilyVariantListVariantAttributeSetsItem": "family_variant_list",
    "GetAppCatalogMappedProductsResponse": "get_app_catalog_mapped_products_response",
    "GetAppCatalogMappedProductsResponseEmbedded": "get_app_catalog_mapped_products_response",
    "GetAppCatalogMappedProductsResponseLinks": "get_app_catalog_mapped_products_response",
    "GetAppCatalogMappedProductsResponseLinksFirst": "get_app_catalog_mapped_products_response",
    "GetAppCatalogMappedProductsResponseLinksNext": "get_app_catalog_mapped_products_response",
    "GetAppCatalogMappedProductsResponseLinksSelf": "get_app_catalog_mapped_products_response",
    "GetAppCatalogProductUuidsResponse": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductUuidsResponseEmbedded": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductUuidsResponseLinks": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductUuidsResponseLinksFirst": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductUuidsResponseLinksNext": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductUuidsResponseLinksSelf": "get_app_catalog_product_uuids_response",
    "GetAppCatalogProductsResponse": "get_app_catalog_products_response",
    "GetAppCatalogProductsResponseEmbedded": "get_app_catalog_products_response",
    "GetAppCatalogProductsResponseLinks": "get_app_catalog_products_response",
    "GetAppCatalogProductsResponseLinksFirst": "get_app_catalog_products_response",
    "GetAppCatalogProductsResponseLinksNext": "get_app_catalog_products_response",
    "GetAppCatalogProductsResponseLinksSelf": "get_app_catalog_products_response",
    "GetAppCatalogsMappingSchemaProductResponse": "get_app_catalogs_mapping_schema_product_response",
    "GetAppCatalogsResponse": "get_app_catalogs_response",
    "GetAppCatalogsResponseEmbedded": "get_app_catalogs_response",
    "GetAppCatalogsResponseLinks": "get_app_catalogs_response",
    "GetAppCatalogsResponseLinksFirst": "get_app_catalogs_response",
    "GetAppCatalogsResponseLinksNext": "get_app_catalogs_response",
    "GetAppCatalogsResponseLinksPrevious": "get_app_catalogs_response",
    "GetAppCatalogsResponseLinksSelf": "get_app_catalogs_response",
    "GetAssetCategoriesCodeResponse": "get_asset_categories_code_response",
    "GetAssetCategoriesItem": "get_asset_categories_item",
    "GetAssetCategoriesItemLinks": "get_asset_categories_item",
    "GetAssetCategoriesItemLinksSelf": "get_asset_categories_item",
    "GetAssetCategoriesResponse": "get_asset_categories_item",
    "GetAssetCategoriesResponseEmbedded": "get_asset_categories_item",
    "GetAssetCategoriesResponseLinks": "get_asset_categories_item",
    "GetAssetCategoriesResponseLinksFirst": "get_asset_categories_item",
    "GetAssetCategoriesResponseLinksNext": "get_asset_categories_item",
    "GetAssetCategoriesResponseLinksPrevious": "get_asset_categories_item",
    "GetAssetCategoriesResponseLinksSelf": "get_asset_categories_item",
    "GetAssetFamiliesResponse": "get_asset_families_response",
    "GetAssetFamiliesResponseEmbedded": "get_asset_families_response",
    "GetAssetFamiliesResponseLinks": "get_asset_families_response",
    "GetAssetFamiliesResponseLinksFirst": "get_asset_families_response",
    "GetAssetFamiliesResponseLinksNext": "get_asset_families_response",
    "GetAssetFamiliesResponseLinksSelf": "get_asset_families_response",
    "GetAssetTagsCodeResponse": "get_asset_tags_code_response",
    "GetAssetTagsItem": "get_asset_tags_item",
    "GetAssetTagsItemLinks": "get_asset_tags_item",
    "GetAssetTagsItemLinksSelf": "get_asset_tags_item",
    "GetAssetTagsResponse": "get_asset_tags_item",
    "GetAssetTagsResponseEmbedded": "get_asset_tags_item",
    "GetAssetTagsResponseLinks": "get_asset_tags_item",
    "GetAssetTagsResponseLinksFirst": "get_asset_tags_item",
    "GetAssetTagsResponseLinksNext": "get_asset_tags_item",
    "GetAssetTagsResponseLinksPrevious": "get_asset_tags_item",
    "GetAssetTagsResponseLinksSelf": "get_asset_tags_item",
    "GetAssetsResponse": "get_assets_response",
    "GetAssetsResponseEmbedded": "get_assets_response",
    "GetAssetsResponseLinks": "get_assets_response",
    "GetAssetsResponseLinksFirst": "get_assets_response",
    "GetAssetsResponseLinksNext": "get_assets_response",
    "GetAssetsResponseLinksSelf": "get_assets_response",
    "GetAttributesAttributeCodeOptionsResponse": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseEmbedded": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseLinks": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseLinksFirst": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseLinksNext": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseLinksPrevious": "get_attributes_attribute_code_options_response",
    "GetAttributesAttributeCodeOptionsResponseLinksSelf": "get_attributes_attribute_code_options_response",
    "GetAttributesResponse": "get_attributes_response",
    "GetAttributesResponseEmbedded": "get_attributes_response",
    "GetAttributesResponseLinks": "get_attributes_response",
    "GetAttributesResponseLinksFirst": "get_attributes_response",
    "GetAttributesResponseLinksNext": "get_attributes_response",
    "GetAttributesResponseLinksPrevious": "get_attributes_response",
    "GetAttributesResponseLinksSelf": "get_attributes_response",
    "GetCategoriesResponse": "get_categories_response",
    "GetCategoriesResponseEmbedded": "get_categories_response",
    "GetCategoriesResponseLinks": "get_categories_response",
    "GetCategoriesResponseLinksFirst": "get_categories_response",
    "GetCategoriesResponseLinksNext": "get_categories_response",
    "GetCategoriesResponseLinksPrevious": "get_categories_response",
    "GetCategoriesResponseLinksSelf": "get_categories_response",
    "GetChannelsResponse": "get_channels_response",
    "GetChannelsResponseEmbedded": "get_channels_response",
    "GetChannelsResponseLinks": "get_channels_response",
    "GetChannelsResponseLinksFirst": "get_channels_response",
    "GetChannelsResponseLinksNext": "get_channels_response",
    "GetChannelsResponseLinksPrevious": "get_channels_response",
    "GetChannelsResponseLinksSelf": "get_channels_response",
    "GetEndpointsResponse": "get_endpoints_response",
    "GetFamiliesFamilyCodeVariantsResponse": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseEmbedded": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseLinks": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseLinksFirst": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseLinksNext": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseLinksPrevious": "get_families_family_code_variants_response",
    "GetFamiliesFamilyCodeVariantsResponseLinksSelf": "get_families_family_code_variants_response",
    "GetFamiliesResponse": "get_families_response",
    "GetFamiliesResponseEmbedded": "get_families_response",
    "GetFamiliesResponseLinks": "get_families_response",
    "GetFamiliesResponseLinksFirst": "get_families_response",
    "GetFamiliesResponseLinksNext": "get_families_response",
    "GetFamiliesResponseLinksPrevious": "get_families_response",
    "GetFamiliesResponseLinksSelf": "get_families_response",
    "GetLocalesResponse": "get_locales_response",
    "GetLocalesResponseEmbedded": "get_locales_response",
    "GetLocalesResponseLinks": "get_locales_response",
    "GetLocalesResponseLinksFirst": "get_locales_response",
    "GetLocalesResponseLinksNext": "get_locales_response",
    "GetLocalesResponseLinksPrevious": "get_locales_response",
    "GetLocalesResponseLinksSelf": "get_locales_response",
    "GetMediaFilesResponse": "get_media_files_response",
    "GetMediaFilesResponseEmbedded": "get_media_files_response",
    "GetMediaFilesResponseLinks": "get_media_files_response",
    "GetMediaFilesResponseLinksFirst": "get_media_files_response",
    "GetMediaFilesResponseLinksNext": "get_media_files_response",
    "GetMediaFilesResponseLinksPrevious": "get_media_files_response",
    "GetMediaFilesResponseLinksSelf": "get_media_files_response",
    "GetPamAssetsCodeResponse": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseReferenceFilesItem": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseReferenceFilesItemLink": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseReferenceFilesItemLinkDownload": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseReferenceFilesItemLinkSelf": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseVariationFilesItem": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseVariationFilesItemLink": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseVariationFilesItemLinkDownload": "get_pam_assets_code_response",
    "GetPamAssetsCodeResponseVariationFilesItemLinkSelf": "get_pam_assets_code_response",
    "GetPamAssetsItem": "get_pam_assets_item",
    "GetPamAssetsItemLinks": "get_pam_assets_item",
    "GetPamAssetsItemLinksSelf": "get_pam_assets_item",
    "GetPamAssetsItemReferenceFilesItem": "get_pam_assets_item",
    "GetPamAssetsItemReferenceFilesItemLink": "get_pam_assets_item",
    "GetPamAssetsItemReferenceFilesItemLinkDownload": "get_pam_assets_item",
    "GetPamAssetsItemReferenceFilesItemLinkSelf": "get_pam_assets_item",
    "GetPamAssetsItemVariationFilesItem": "get_pam_assets_item",
    "GetPamAssetsItemVariationFilesItemLink": "get_pam_assets_item",
    "GetPamAssetsItemVariationFilesItemLinkDownload": "get_pam_assets_item",
    "GetPamAssetsItemVariationFilesItemLinkSelf": "get_pam_assets_item",
    "GetPamAssetsResponse": "get_pam_assets_item",
    "GetPamAssetsResponseEmbedded": "get_pam_assets_item",
    "GetPamAssetsResponseLinks": "get_pam_assets_item",
    "GetPamAssetsResponseLinksFirst": "get_pam_assets_item",
    "GetPamAssetsResponseLinksNext": "get_pam_assets_item",
    "GetPamAssetsResponseLinksPrevious": "get_pam_assets_item",
    "GetPamAssetsResponseLinksSelf": "get_pam_assets_item",
    "GetProductModelsResponse": "get_product_models_response",
    "GetProductModelsResponseEmbedded": "get_product_models_response",
    "GetProductModelsResponseLinks": "get_product_models_response",
    "GetProductModelsResponseLinksFirst": "get_product_models_response",
    "GetProductModelsResponseLinksNext": "get_product_models_response",
    "GetProductModelsResponseLinksPrevious": "get_product_models_response",
    "GetProductModelsResponseLinksSelf": "get_product_models_response",
    "GetProductsResponse": "get_products_response",
    "GetProductsResponseEmbedded": "get_products_response",
    "GetProductsResponseLinks": "get_products_response",
    "GetProductsResponseLinksFirst": "get_products_response",
    "GetProductsResponseLinksNext": "get_products_response",
    "GetProductsResponseLinksPrevious": "get_products_response",
    "GetProductsResponseLinksSelf": "get_products_response",
    "GetProductsUuidResponse": "get_products_uuid_response",
    "GetProductsUuidResponseEmbedded": "get_products_uuid_response",
    "GetProductsUuidResponseLinks": "get_products_uuid_response",
    "GetProductsUuidResponseLinksFirst": "get_products_uuid_response",
    "GetProductsUuidResponseLinksNext": "get_products_uuid_response",
    "GetProductsUuidResponseLinksPrevious": "get_products_uuid_response",
    "GetProductsUuidResponseLinksSelf": "get_products_uuid_response",
    "GetPublishedProductsResponse": "get_published_products_response",
    "GetPublishedProductsResponseEmbedded": "get_published_products_response",
    "GetPublishedProductsResponseLinks": "get_published_products_response",
    "GetPublishedProductsResponseLinksFirst": "get_published_products_response",
    "GetPublishedProductsResponseLinksNext": "get_published_products_response",
    "GetPublishedProductsResponseLinksPrevious": "get_published_products_response",
    "GetPublishedProductsResponseLinksSelf": "get_published_products_response",
    "GetReferenceEntitiesCodeAttributesResponseItem": "get_reference_entities_code_attributes_response_item",
    "GetReferenceEntitiesCodeAttributesResponseItemType": "get_reference_entities_code_attributes_response_item",
    "GetReferenceEntitiesCodeAttributesResponseItemValidationRule": "get_reference_entities_code_attributes_response_item",
    "GetReferenceEntitiesResponse": "get_reference_entities_response",
    "GetReferenceEntitiesResponseEmbedded": "get_reference_entities_response",
    "GetReferenceEntitiesResponseLinks": "get_reference_entities_response",
    "GetReferenceEntitiesResponseLinksFirst": "get_reference_entities_response",
    "GetReferenceEntitiesResponseLinksNext": "get_reference_entities_response",
    "GetReferenceEntitiesResponseLinksSelf": "get_reference_entities_response",
    "GetReferenceEntityAttributesAttributeCodeOptionsResponseItem": "get_reference_entity_attributes_attribute_code_options_response_item",
    "GetReferenceEntityRecordsResponse": "get_reference_entity_records_response",
    "GetReferenceEntityRecordsResponseEmbedded": "get_reference_entity_records_response",
    "GetReferenceEntityRecordsResponseLinks": "get_reference_entity_records_response",
    "GetReferenceEntityRecordsResponseLinksFirst": "get_reference_entity_records_response",
    "GetReferenceEntityRecordsResponseLinksNext": "get_reference_entity_records_response",
    "GetReferenceEntityRecordsResponseLinksSelf": "get_reference_entity_records_response",
    "GetReferenceFilesLocaleCodeResponse": "get_reference_files_locale_code_response",
    "GetReferenceFilesLocaleCodeResponseLink": "get_reference_files_locale_code_response",
    "GetReferenceFilesLocaleCodeResponseLinkDownload": "get_reference_files_locale_code_response",
    "GetSystemInformationResponse": "get_system_information_response",
    "GetVariationFilesChannelCodeLocaleCodeResponse": "get_variation_files_channel_code_locale_code_response",
    "GetVariationFilesChannelCodeLocaleCodeResponseLink": "get_variation_files_channel_code_locale_code_response",
    "GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload": "get_variation_files_channel_code_locale_code_response",
    "ItemList": "item_list",
    "ItemListLinks": "item_list",
    "ItemListLinksSelf": "item_list",
    "Locale": "locale",
    "LocaleList": "locale_list",
    "LocaleListLinks": "locale_list",
    "LocaleListLinksSelf": "locale_list",
    "MeasureFamiliesGetListResponse": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseEmbedded": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseLinks": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseLinksFirst": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseLinksNext": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseLinksPrevious": "measure_families_get_list_response",
    "MeasureFamiliesGetListResponseLinksSelf": "measure_families_get_list_response",
    "MeasureFamily": "measure_family",
    "MeasureFamilyUnitsItem": "measure_family",
    "MeasureFamilyList": "measure_family_list",
    "MeasureFamilyListLinks": "measure_family_list",
    "MeasureFamilyListLinksSelf": "measure_family_list",
    "MeasureFamilyListUnitsItem": "measure_family_list",
    "MeasurementFamily": "measurement_family",
    "MeasurementFamilyList": "measurement_family_list",
    "MediaFile": "media_file",
    "MediaFileLinks": "media_file",
    "MediaFileLinksDownload": "media_file",
    "MediaFileItemList": "media_file_item_list",
    "MediaFileItemListLinks": "media_file_item_list",
    "MediaFileItemListLinksDownload": "media_file_item_list",
    "MediaFileItemListLinksSelf": "media_file_item_list",
    "MediaFileList": "media_file_list",
    "MediaFileListLinks": "media_file_list",
    "MediaFileListLinksDownload": "media_file_list",
    "MediaFileListLinksSelf": "media_file_list",
    "PageLinks": "page_links",
    "PageLinksLinks": "page_links",
    "PageLinksLinksFirst": "page_links",
    "PageLinksLinksNext": "page_links",
    "PageLinksLinksPrevious": "page_links",
    "PageLinksLinksSelf": "page_links",
    "PaginationType": "pagination_type",
    "PatchAppCatalogResponse": "patch_app_catalog_response",
    "PatchAssetCategoriesCodeBody": "patch_asset_categories_code_body",
    "PatchAssetCategoriesItem": "patch_asset_categories_item",
    "PatchAssetTagsCodeBody": "patch_asset_tags_code_body",
    "PatchAssetsResponseItem": "patch_assets_response_item",
    "PatchMeasurementFamiliesResponseItem": "patch_measurement_families_response_item",
    "PatchMeasurementFamiliesResponseItemErrorsItem": "patch_measurement_families_response_item",
    "PatchPamAssetsCodeBody": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyReferenceFilesItem": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyReferenceFilesItemLink": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyVariationFilesItem": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyVariationFilesItemLink": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyVariationFilesItemLinkDownload": "patch_pam_assets_code_body",
    "PatchPamAssetsCodeBodyVariationFilesItemLinkSelf": "patch_pam_assets_code_body",
    "PatchPamAssetsItem": "patch_pam_assets_item",
    "PatchPamAssetsItemReferenceFilesItem": "patch_pam_assets_item",
    "PatchPamAssetsItemReferenceFilesItemLink": "patch_pam_assets_item",
    "PatchPamAssetsItemReferenceFilesItemLinkDownload": "patch_pam_assets_item",
    "PatchPamAssetsItemReferenceFilesItemLinkSelf": "patch_pam_assets_item",
    "PatchPamAssetsItemVariationFilesItem": "patch_pam_assets_item",
    "PatchPamAssetsItemVariationFilesItemLink": "patch_pam_assets_item",
    "PatchPamAssetsItemVariationFilesItemLinkDownload": "patch_pam_assets_item",
    "PatchPamAssetsItemVariationFilesItemLinkSelf": "patch_pam_assets_item",
    "PatchReferenceEntityRecordsResponseItem": "patch_reference_entity_records_response_item",
    "PostAppCatalogBody": "post_app_catalog_body",
    "PostAppCatalogResponse": "post_app_catalog_response",
    "PostAssetCategoriesBody": "post_asset_categories_body",
    "PostAssetMediaFilesBody": "post_asset_media_files_body",
    "PostMediaFilesBody": "post_media_files_body",
    "PostPamAssetsBody": "post_pam_assets_body",
    "PostPamAssetsBodyReferenceFilesItem": "post_pam_assets_body",
    "PostPamAssetsBodyReferenceFilesItemLink": "post_pam_assets_body",
    "PostPamAssetsBodyReferenceFilesItemLinkDownload": "post_pam_assets_body",
    "PostPamAssetsBodyReferenceFilesItemLinkSelf": "post_pam_assets_body",
    "PostPamAssetsBodyVariationFilesItem": "post_pam_assets_body",
    "PostPamAssetsBodyVariationFilesItemLink": "post_pam_assets_body",
    "PostPamAssetsBodyVariationFilesItemLinkDownload": "post_pam_assets_body",
    "PostPamAssetsBodyVariationFilesItemLinkSelf": "post_pam_assets_body",
    "PostReferenceEntityMediaFilesBody": "post_reference_entity_media_files_body",
    "PostReferenceFilesLocaleCodeBody": "post_reference_files_locale_code_body",
    "PostReferenceFilesLocaleCodeResponse": "post_reference_files_locale_code_body",
    "PostReferenceFilesLocaleCodeResponseErrorsItem": "post_reference_files_locale_code_body",
    "PostVariationFilesChannelCodeLocaleCodeBody": "post_variation_files_channel_code_locale_code_body",
    "Product": "product",
    "ProductCompletenessesItem": "product",
    "ProductMetadata": "product",
    "ProductMetadataWorkflowStatus": "product",
    "ProductExamples": "product_examples",
    "ProductList": "product_list",
    "ProductListCompletenessesItem": "product_list",
    "ProductListLinks": "product_list",
    "ProductListLinksSelf": "product_list",
    "ProductListMetadata": "product_list",
    "ProductListMetadataWorkflowStatus": "product_list",
    "ProductModel": "product_model",
    "ProductModelMetadata": "product_model",
    "ProductModelMetadataWorkflowStatus": "product_model",
    "ProductModelList": "product_model_list",
    "ProductModelListLinks": "product_model_list",
    "ProductModelListLinksSelf": "product_model_list",
    "ProductModelListMetadata": "product_model_list",
    "ProductModelListMetadataWorkflowStatus": "product_model_list",
    "ProductUuid": "product_uuid",
    "ProductUuidCompletenessesItem": "product_uuid",
    "ProductUuidMetadata": "product_uuid",
    "ProductUuidMetadataWorkflowStatus": "product_uuid",
    "ProductUuidExamples": "product_uuid_examples",
    "ProductUuidList": "product_uuid_list",
    "ProductUuidListCompletenessesItem": "product_uuid_list",
    "ProductUuidListLinks": "product_uuid_list",
    "ProductUuidListLinksSelf": "product_uuid_list",
    "ProductUuidListMetadata": "product_uuid_list",
    "ProductUuidListMetadataWorkflowStatus": "product_uuid_list",
    "ProductValue": "product_value",
    "PublishedProduct": "published_product",
    "PublishedProductList": "published_product_list",
    "PublishedProductListLinks": "published_product_list",
    "PublishedProductListLinksSelf": "published_product_list",
    "PutAppCatalogsMappingSchemaProductBody": "put_app_catalogs_mapping_schema_product_body",
    "QualityScore": "quality_score",
    "QuantifiedAssociation": "quantified_association",
    "QuantifiedAssociationProductModelsItem": "quantified_association",
    "QuantifiedAssociationProductsItem": "quantified_association",
    "ReferenceEntity": "reference_entity",
    "ReferenceEntityLinks": "reference_entity",
    "ReferenceEntityLinksImageDownload": "reference_entity",
    "ReferenceEntityAttribute": "reference_entity_attribute",
    "ReferenceEntityAttributeType": "reference_entity_attribute",
    "ReferenceEntityAttributeValidationRule": "reference_entity_attribute",
    "ReferenceEntityAttributeListItem": "reference_entity_attribute_list",
    "ReferenceEntityAttributeListItemType": "reference_entity_attribute_list",
    "ReferenceEntityAttributeListItemValidationRule": "reference_entity_attribute_list",
    "ReferenceEntityAttributeList": "reference_entity_attribute_list",
    "ReferenceEntityAttributeOption": "reference_entity_attribute_option",
    "ReferenceEntityAttributeOptionListItem": "reference_entity_attribute_option_list",
    "ReferenceEntityAttributeOptionList": "reference_entity_attribute_option_list",
    "ReferenceEntityItemList": "reference_entity_item_list",
    "ReferenceEntityItemListLinks": "reference_entity_item_list",
    "ReferenceEntityItemListLinksImageDownload": "reference_entity_item_list",
    "ReferenceEntityItemListLinksSelf": "reference_entity_item_list",
    "ReferenceEntityList": "reference_entity_list",
    "ReferenceEntityListLinks": "reference_entity_list",
    "ReferenceEntityListLinksImageDownload": "reference_entity_list",
    "ReferenceEntityListLinksSelf": "reference_entity_list",
    "ReferenceEntityRecord": "reference_entity_record",
    "ReferenceEntityRecordItemList": "reference_entity_record_item_list",
    "ReferenceEntityRecordItemListLinks": "reference_entity_record_item_list",
    "ReferenceEntityRecordItemListLinksSelf": "reference_entity_record_item_list",
    "ReferenceEntityRecordList": "reference_entity_record_list",
    "ReferenceEntityRecordListLinks": "reference_entity_record_list",
    "ReferenceEntityRecordListLinksSelf": "reference_entity_record_list",
    "SearchAfterPagination": "search_after_pagination",
    "SearchAfterPaginationLinks": "search_after_pagination",
    "SearchAfterPaginationLinksFirst": "search_after_pagination",
    "SearchAfterPaginationLinksNext": "search_after_pagination",
    "SearchAfterPaginationLinksSelf": "search_after_pagination",
    "SearchFilter": "search_filter",
    "SearchFilters": "search_filters",
    "UpsertResult": "upsert_result",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
