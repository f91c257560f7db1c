"""The Akeneo PIM REST API clients: ``Akeneo`` and ``AsyncAkeneo``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

import clientsmith
from clientsmith import NOT_GIVEN, NotGiven, auth
from clientsmith._types import TimeoutTypes
from clientsmith.client import Hooks
from clientsmith.servers import select_base_url
from clientsmith.settings import float_setting, resolve_url, setting, with_user_agent

if TYPE_CHECKING:
    from .resources.system import AsyncSystemResource, SystemResource
    from .resources.pam_asset_categories import (
        AsyncPamAssetCategoriesResource,
        PamAssetCategoriesResource,
    )
    from .resources.asset_families import (
        AsyncAssetFamiliesResource,
        AssetFamiliesResource,
    )
    from .resources.asset_families_assets import (
        AsyncAssetFamiliesAssetsResource,
        AssetFamiliesAssetsResource,
    )
    from .resources.asset_families_attributes import (
        AsyncAssetFamiliesAttributesResource,
        AssetFamiliesAttributesResource,
    )
    from .resources.asset_families_attributes_options import (
        AsyncAssetFamiliesAttributesOptionsResource,
        AssetFamiliesAttributesOptionsResource,
    )
    from .resources.asset_media_files import (
        AsyncAssetMediaFilesResource,
        AssetMediaFilesResource,
    )
    from .resources.pam_asset_tags import (
        AsyncPamAssetTagsResource,
        PamAssetTagsResource,
    )
    from .resources.pam_assets import AsyncPamAssetsResource, PamAssetsResource
    from .resources.pam_assets_reference_files import (
        AsyncPamAssetsReferenceFilesResource,
        PamAssetsReferenceFilesResource,
    )
    from .resources.pam_assets_variation_files import (
        AsyncPamAssetsVariationFilesResource,
        PamAssetsVariationFilesResource,
    )
    from .resources.association_types import (
        AsyncAssociationTypesResource,
        AssociationTypesResource,
    )
    from .resources.attribute_groups import (
        AsyncAttributeGroupsResource,
        AttributeGroupsResource,
    )
    from .resources.attributes import AsyncAttributesResource, AttributesResource
    from .resources.attributes_options import (
        AsyncAttributesOptionsResource,
        AttributesOptionsResource,
    )
    from .resources.catalogs import AsyncCatalogsResource, CatalogsResource
    from .resources.catalogs_products import (
        AsyncCatalogsProductsResource,
        CatalogsProductsResource,
    )
    from .resources.catalogs_product_mapping_schema import (
        AsyncCatalogsProductMappingSchemaResource,
        CatalogsProductMappingSchemaResource,
    )
    from .resources.categories import AsyncCategoriesResource, CategoriesResource
    from .resources.channels import AsyncChannelsResource, ChannelsResource
    from .resources.currencies import AsyncCurrenciesResource, CurrenciesResource
    from .resources.families import AsyncFamiliesResource, FamiliesResource
    from .resources.families_variants import (
        AsyncFamiliesVariantsResource,
        FamiliesVariantsResource,
    )
    from .resources.locales import AsyncLocalesResource, LocalesResource
    from .resources.measure_families import (
        AsyncMeasureFamiliesResource,
        MeasureFamiliesResource,
    )
    from .resources.measurement_families import (
        AsyncMeasurementFamiliesResource,
        MeasurementFamiliesResource,
    )
    from .resources.media_files import AsyncMediaFilesResource, MediaFilesResource
    from .resources.product_models import (
        AsyncProductModelsResource,
        ProductModelsResource,
    )
    from .resources.products import AsyncProductsResource, ProductsResource
    from .resources.products_uuid import AsyncProductsUuidResource, ProductsUuidResource
    from .resources.published_products import (
        AsyncPublishedProductsResource,
        PublishedProductsResource,
    )
    from .resources.reference_entities import (
        AsyncReferenceEntitiesResource,
        ReferenceEntitiesResource,
    )
    from .resources.reference_entity_media_files import (
        AsyncReferenceEntityMediaFilesResource,
        ReferenceEntityMediaFilesResource,
    )
    from .resources.reference_entities_attributes import (
        AsyncReferenceEntitiesAttributesResource,
        ReferenceEntitiesAttributesResource,
    )
    from .resources.reference_entities_attributes_options import (
        AsyncReferenceEntitiesAttributesOptionsResource,
        ReferenceEntitiesAttributesOptionsResource,
    )
    from .resources.reference_entities_records import (
        AsyncReferenceEntitiesRecordsResource,
        ReferenceEntitiesRecordsResource,
    )

__all__ = ["Akeneo", "AsyncAkeneo", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = ""
"""The first server of the spec."""

SERVERS: dict[str, Any] = {}
"""The spec's servers by environment name (``environment=``); the first is the default."""


def _auth(
    given: Mapping[str, httpx.Auth] | httpx.Auth | None,
    base_url: str,
    env_file: str | os.PathLike[str] | None,
    username: str | None,
    password: str | None,
    client_id: str | None,
    client_secret: str | None,
    token: str | None,
    leeway: float | None,
) -> Mapping[str, httpx.Auth] | httpx.Auth:
    """The user's ``auth=`` if given, else the schemes whose credentials were found."""
    if given is not None:
        return given
    schemes: dict[str, httpx.Auth] = {}
    username = setting(username, "AKENEO_USERNAME", env_file)
    password = setting(password, "AKENEO_PASSWORD", env_file)
    client_id = setting(client_id, "AKENEO_CLIENT_ID", env_file)
    client_secret = setting(client_secret, "AKENEO_CLIENT_SECRET", env_file)
    if username and password:
        schemes["connection"] = auth.OAuth2Password(
            resolve_url(base_url, "/api/oauth/v1/token"),
            username,
            password,
            client_id=client_id,
            client_secret=client_secret,
            client_auth="basic",
            body_format="json",
            leeway=120.0 if leeway is None else leeway,
            allowed_origins=(base_url,),
        )
    token = setting(token, "AKENEO_TOKEN", env_file)
    if token:
        schemes["app_token"] = auth.BearerAuth(token, allowed_origins=(base_url,))
    return schemes


class Akeneo(clientsmith.Client):
    """Synchronous client for the Akeneo PIM REST API.

    Resources are attributes (``client.system``),
    created on first access. Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``AKENEO_USERNAME``, ``AKENEO_PASSWORD``, ``AKENEO_CLIENT_ID``, ``AKENEO_CLIENT_SECRET``, ``AKENEO_TOKEN``, ``AKENEO_BASE_URL``)
        and then from ``env_file`` when it exists.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``AKENEO_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``AKENEO_TOKEN_REFRESH_LEEWAY``, else 120 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=None,
            variables=None,
            env_prefix="AKENEO_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                username,
                password,
                client_id,
                client_secret,
                token,
                float_setting(
                    token_refresh_leeway, "AKENEO_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "akeneo", "1.0.0"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "AKENEO_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def system(self) -> SystemResource:
        """The ``system`` operations."""
        from .resources.system import SystemResource

        return SystemResource(self)

    @cached_property
    def pam_asset_categories(self) -> PamAssetCategoriesResource:
        """The ``pam_asset_categories`` operations."""
        from .resources.pam_asset_categories import PamAssetCategoriesResource

        return PamAssetCategoriesResource(self)

    @cached_property
    def asset_families(self) -> AssetFamiliesResource:
        """The ``asset_families`` operations."""
        from .resources.asset_families import AssetFamiliesResource

        return AssetFamiliesResource(self)

    @cached_property
    def asset_media_files(self) -> AssetMediaFilesResource:
        """The ``asset_media_files`` operations."""
        from .resources.asset_media_files import AssetMediaFilesResource

        return AssetMediaFilesResource(self)

    @cached_property
    def pam_asset_tags(self) -> PamAssetTagsResource:
        """The ``pam_asset_tags`` operations."""
        from .resources.pam_asset_tags import PamAssetTagsResource

        return PamAssetTagsResource(self)

    @cached_property
    def pam_assets(self) -> PamAssetsResource:
        """The ``pam_assets`` operations."""
        from .resources.pam_assets import PamAssetsResource

        return PamAssetsResource(self)

    @cached_property
    def association_types(self) -> AssociationTypesResource:
        """The ``association_types`` operations."""
        from .resources.association_types import AssociationTypesResource

        return AssociationTypesResource(self)

    @cached_property
    def attribute_groups(self) -> AttributeGroupsResource:
        """The ``attribute_groups`` operations."""
        from .resources.attribute_groups import AttributeGroupsResource

        return AttributeGroupsResource(self)

    @cached_property
    def attributes(self) -> AttributesResource:
        """The ``attributes`` operations."""
        from .resources.attributes import AttributesResource

        return AttributesResource(self)

    @cached_property
    def catalogs(self) -> CatalogsResource:
        """The ``catalogs`` operations."""
        from .resources.catalogs import CatalogsResource

        return CatalogsResource(self)

    @cached_property
    def categories(self) -> CategoriesResource:
        """The ``categories`` operations."""
        from .resources.categories import CategoriesResource

        return CategoriesResource(self)

    @cached_property
    def channels(self) -> ChannelsResource:
        """The ``channels`` operations."""
        from .resources.channels import ChannelsResource

        return ChannelsResource(self)

    @cached_property
    def currencies(self) -> CurrenciesResource:
        """The ``currencies`` operations."""
        from .resources.currencies import CurrenciesResource

        return CurrenciesResource(self)

    @cached_property
    def families(self) -> FamiliesResource:
        """The ``families`` operations."""
        from .resources.families import FamiliesResource

        return FamiliesResource(self)

    @cached_property
    def locales(self) -> LocalesResource:
        """The ``locales`` operations."""
        from .resources.locales import LocalesResource

        return LocalesResource(self)

    @cached_property
    def measure_families(self) -> MeasureFamiliesResource:
        """The ``measure_families`` operations."""
        from .resources.measure_families import MeasureFamiliesResource

        return MeasureFamiliesResource(self)

    @cached_property
    def measurement_families(self) -> MeasurementFamiliesResource:
        """The ``measurement_families`` operations."""
        from .resources.measurement_families import MeasurementFamiliesResource

        return MeasurementFamiliesResource(self)

    @cached_property
    def media_files(self) -> MediaFilesResource:
        """The ``media_files`` operations."""
        from .resources.media_files import MediaFilesResource

        return MediaFilesResource(self)

    @cached_property
    def product_models(self) -> ProductModelsResource:
        """The ``product_models`` operations."""
        from .resources.product_models import ProductModelsResource

        return ProductModelsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        """The ``products`` operations."""
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def products_uuid(self) -> ProductsUuidResource:
        """The ``products_uuid`` operations."""
        from .resources.products_uuid import ProductsUuidResource

        return ProductsUuidResource(self)

    @cached_property
    def published_products(self) -> PublishedProductsResource:
        """The ``published_products`` operations."""
        from .resources.published_products import PublishedProductsResource

        return PublishedProductsResource(self)

    @cached_property
    def reference_entities(self) -> ReferenceEntitiesResource:
        """The ``reference_entities`` operations."""
        from .resources.reference_entities import ReferenceEntitiesResource

        return ReferenceEntitiesResource(self)

    @cached_property
    def reference_entity_media_files(self) -> ReferenceEntityMediaFilesResource:
        """The ``reference_entity_media_files`` operations."""
        from .resources.reference_entity_media_files import (
            ReferenceEntityMediaFilesResource,
        )

        return ReferenceEntityMediaFilesResource(self)


class AsyncAkeneo(clientsmith.AsyncClient):
    """Asynchronous client for the Akeneo PIM REST API.

    Resources are attributes (``client.system``),
    created on first access. Use as a context manager, or call ``aclose()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``AKENEO_USERNAME``, ``AKENEO_PASSWORD``, ``AKENEO_CLIENT_ID``, ``AKENEO_CLIENT_SECRET``, ``AKENEO_TOKEN``, ``AKENEO_BASE_URL``)
        and then from ``env_file`` when it exists.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``AKENEO_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``AKENEO_TOKEN_REFRESH_LEEWAY``, else 120 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=None,
            variables=None,
            env_prefix="AKENEO_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                username,
                password,
                client_id,
                client_secret,
                token,
                float_setting(
                    token_refresh_leeway, "AKENEO_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "akeneo", "1.0.0"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "AKENEO_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def system(self) -> AsyncSystemResource:
        """The ``system`` operations."""
        from .resources.system import AsyncSystemResource

        return AsyncSystemResource(self)

    @cached_property
    def pam_asset_categories(self) -> AsyncPamAssetCategoriesResource:
        """The ``pam_asset_categories`` operations."""
        from .resources.pam_asset_categories import AsyncPamAssetCategoriesResource

        return AsyncPamAssetCategoriesResource(self)

    @cached_property
    def asset_families(self) -> AsyncAssetFamiliesResource:
        """The ``asset_families`` operations."""
        from .resources.asset_families import AsyncAssetFamiliesResource

        return AsyncAssetFamiliesResource(self)

    @cached_property
    def asset_media_files(self) -> AsyncAssetMediaFilesResource:
        """The ``asset_media_files`` operations."""
        from .resources.asset_media_files import AsyncAssetMediaFilesResource

        return AsyncAssetMediaFilesResource(self)

    @cached_property
    def pam_asset_tags(self) -> AsyncPamAssetTagsResource:
        """The ``pam_asset_tags`` operations."""
        from .resources.pam_asset_tags import AsyncPamAssetTagsResource

        return AsyncPamAssetTagsResource(self)

    @cached_property
    def pam_assets(self) -> AsyncPamAssetsResource:
        """The ``pam_assets`` operations."""
        from .resources.pam_assets import AsyncPamAssetsResource

        return AsyncPamAssetsResource(self)

    @cached_property
    def association_types(self) -> AsyncAssociationTypesResource:
        """The ``association_types`` operations."""
        from .resources.association_types import AsyncAssociationTypesResource

        return AsyncAssociationTypesResource(self)

    @cached_property
    def attribute_groups(self) -> AsyncAttributeGroupsResource:
        """The ``attribute_groups`` operations."""
        from .resources.attribute_groups import AsyncAttributeGroupsResource

        return AsyncAttributeGroupsResource(self)

    @cached_property
    def attributes(self) -> AsyncAttributesResource:
        """The ``attributes`` operations."""
        from .resources.attributes import AsyncAttributesResource

        return AsyncAttributesResource(self)

    @cached_property
    def catalogs(self) -> AsyncCatalogsResource:
        """The ``catalogs`` operations."""
        from .resources.catalogs import AsyncCatalogsResource

        return AsyncCatalogsResource(self)

    @cached_property
    def categories(self) -> AsyncCategoriesResource:
        """The ``categories`` operations."""
        from .resources.categories import AsyncCategoriesResource

        return AsyncCategoriesResource(self)

    @cached_property
    def channels(self) -> AsyncChannelsResource:
        """The ``channels`` operations."""
        from .resources.channels import AsyncChannelsResource

        return AsyncChannelsResource(self)

    @cached_property
    def currencies(self) -> AsyncCurrenciesResource:
        """The ``currencies`` operations."""
        from .resources.currencies import AsyncCurrenciesResource

        return AsyncCurrenciesResource(self)

    @cached_property
    def families(self) -> AsyncFamiliesResource:
        """The ``families`` operations."""
        from .resources.families import AsyncFamiliesResource

        return AsyncFamiliesResource(self)

    @cached_property
    def locales(self) -> AsyncLocalesResource:
        """The ``locales`` operations."""
        from .resources.locales import AsyncLocalesResource

        return AsyncLocalesResource(self)

    @cached_property
    def measure_families(self) -> AsyncMeasureFamiliesResource:
        """The ``measure_families`` operations."""
        from .resources.measure_families import AsyncMeasureFamiliesResource

        return AsyncMeasureFamiliesResource(self)

    @cached_property
    def measurement_families(self) -> AsyncMeasurementFamiliesResource:
        """The ``measurement_families`` operations."""
        from .resources.measurement_families import AsyncMeasurementFamiliesResource

        return AsyncMeasurementFamiliesResource(self)

    @cached_property
    def media_files(self) -> AsyncMediaFilesResource:
        """The ``media_files`` operations."""
        from .resources.media_files import AsyncMediaFilesResource

        return AsyncMediaFilesResource(self)

    @cached_property
    def product_models(self) -> AsyncProductModelsResource:
        """The ``product_models`` operations."""
        from .resources.product_models import AsyncProductModelsResource

        return AsyncProductModelsResource(self)

    @cached_property
    def products(self) -> AsyncProductsResource:
        """The ``products`` operations."""
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self)

    @cached_property
    def products_uuid(self) -> AsyncProductsUuidResource:
        """The ``products_uuid`` operations."""
        from .resources.products_uuid import AsyncProductsUuidResource

        return AsyncProductsUuidResource(self)

    @cached_property
    def published_products(self) -> AsyncPublishedProductsResource:
        """The ``published_products`` operations."""
        from .resources.published_products import AsyncPublishedProductsResource

        return AsyncPublishedProductsResource(self)

    @cached_property
    def reference_entities(self) -> AsyncReferenceEntitiesResource:
        """The ``reference_entities`` operations."""
        from .resources.reference_entities import AsyncReferenceEntitiesResource

        return AsyncReferenceEntitiesResource(self)

    @cached_property
    def reference_entity_media_files(self) -> AsyncReferenceEntityMediaFilesResource:
        """The ``reference_entity_media_files`` operations."""
        from .resources.reference_entity_media_files import (
            AsyncReferenceEntityMediaFilesResource,
        )

        return AsyncReferenceEntityMediaFilesResource(self)
