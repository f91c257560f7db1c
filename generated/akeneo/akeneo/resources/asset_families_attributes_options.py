"""The ``options`` resource."""

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
    from ..models.asset_attribute_option import AssetAttributeOption

__all__ = [
    "AssetFamiliesAttributesOptionsResource",
    "AsyncAssetFamiliesAttributesOptionsResource",
]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[AssetAttributeOption]]
    get: Operation[AssetAttributeOption]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.asset_attribute_option import AssetAttributeOption

    return _Operations(
        list=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options",
            params=(
                Param("asset_family_code", "path"),
                Param("attribute_code", "path"),
            ),
            responses={
                "200": Response("json", builtins.list[AssetAttributeOption]),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_family_attributes__attribute_code__options",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("attribute_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", AssetAttributeOption),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_attributes__attribute_code__options__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("attribute_code", "path"),
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
            operation_id="patch_asset_attributes__attribute_code__options__code_",
        ),
    )


class AssetFamiliesAttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AssetFamiliesAttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AssetFamiliesAttributesOptionsResourceWithRawResponse(self)

    def list(
        self,
        asset_family_code: str,
        attribute_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AssetAttributeOption]:
        """Get a list of attribute options of a given attribute for a given asset family

        This endpoint allows you to get a list of attribute options for a given asset family.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options``
        """
        return self._client.request(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetAttributeOption:
        """Get an attribute option for a given attribute of a given asset family

        This endpoint allows you to get the information about a given asset attribute option.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
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
        attribute_code: str,
        code: str,
        *,
        body: AssetAttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset attribute option for a given asset family

        This endpoint allows you to update a given option for a given attribute and a given asset family. Learn more about the <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if the option does not already exist for the given attribute of the given asset family, it creates it.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAssetFamiliesAttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAssetFamiliesAttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAssetFamiliesAttributesOptionsResourceWithRawResponse(self)

    async def list(
        self,
        asset_family_code: str,
        attribute_code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AssetAttributeOption]:
        """Get a list of attribute options of a given attribute for a given asset family

        This endpoint allows you to get a list of attribute options for a given asset family.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options``
        """
        return await self._client.request(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetAttributeOption:
        """Get an attribute option for a given attribute of a given asset family

        This endpoint allows you to get the information about a given asset attribute option.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
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
        attribute_code: str,
        code: str,
        *,
        body: AssetAttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset attribute option for a given asset family

        This endpoint allows you to update a given option for a given attribute and a given asset family. Learn more about the <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if the option does not already exist for the given attribute of the given asset family, it creates it.

        Args:
            asset_family_code: Code of the asset family
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AssetFamiliesAttributesOptionsResourceWithRawResponse:
    """``client.asset_families.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AssetFamiliesAttributesOptionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAssetFamiliesAttributesOptionsResourceWithRawResponse:
    """``client.asset_families.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAssetFamiliesAttributesOptionsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
