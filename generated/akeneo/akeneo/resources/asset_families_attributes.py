"""The ``attributes`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
    Body,
    Client,
    NOT_GIVEN,
    NotGiven,
    Operation,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.asset_attribute import AssetAttribute
    from .asset_families_attributes_options import (
        AsyncAssetFamiliesAttributesOptionsResource,
        AssetFamiliesAttributesOptionsResource,
    )

__all__ = ["AssetFamiliesAttributesResource", "AsyncAssetFamiliesAttributesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[AssetAttribute]]
    get: Operation[AssetAttribute]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.asset_attribute import AssetAttribute

    return _Operations(
        list=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes",
            params=(Param("asset_family_code", "path"),),
            responses={
                "200": Response("json", builtins.list[AssetAttribute]),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_families__code__attributes",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", AssetAttribute),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_family_attributes__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("code", "path"),
            ),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_asset_family_attributes__code_",
        ),
    )


class AssetFamiliesAttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AssetFamiliesAttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AssetFamiliesAttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> AssetFamiliesAttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .asset_families_attributes_options import (
            AssetFamiliesAttributesOptionsResource,
        )

        return AssetFamiliesAttributesOptionsResource(self._client)

    def list(
        self,
        asset_family_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AssetAttribute]:
        """Get the list of attributes of a given asset family

        This endpoint allows you to get the list of attributes of a given asset family.

        Args:
            asset_family_code: Code of the asset family

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes``
        """
        return self._client.request(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetAttribute:
        """Get an attribute of a given asset family

        This endpoint allows you to get the information about a given attribute for a given asset family.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "asset_family_code": asset_family_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        asset_family_code: str,
        code: str,
        *,
        body: AssetAttribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute of a given asset family

        This endpoint allows you to update a given attribute for a given asset family. Note that if the attribute does not already exist for the given asset family, it creates it.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "asset_family_code": asset_family_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAssetFamiliesAttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAssetFamiliesAttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAssetFamiliesAttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> AsyncAssetFamiliesAttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .asset_families_attributes_options import (
            AsyncAssetFamiliesAttributesOptionsResource,
        )

        return AsyncAssetFamiliesAttributesOptionsResource(self._client)

    async def list(
        self,
        asset_family_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AssetAttribute]:
        """Get the list of attributes of a given asset family

        This endpoint allows you to get the list of attributes of a given asset family.

        Args:
            asset_family_code: Code of the asset family

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes``
        """
        return await self._client.request(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetAttribute:
        """Get an attribute of a given asset family

        This endpoint allows you to get the information about a given attribute for a given asset family.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "asset_family_code": asset_family_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        asset_family_code: str,
        code: str,
        *,
        body: AssetAttribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute of a given asset family

        This endpoint allows you to update a given attribute for a given asset family. Note that if the attribute does not already exist for the given asset family, it creates it.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "asset_family_code": asset_family_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AssetFamiliesAttributesResourceWithRawResponse:
    """``client.asset_families.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AssetFamiliesAttributesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAssetFamiliesAttributesResourceWithRawResponse:
    """``client.asset_families.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAssetFamiliesAttributesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
