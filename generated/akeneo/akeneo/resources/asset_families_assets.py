"""The ``assets`` resource."""

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
    PagedOperation,
    Pagination,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.asset import Asset
    from ..models.get_assets_response import GetAssetsResponse
    from ..models.patch_assets_response_item import PatchAssetsResponseItem
    from ..models.search_filters import SearchFilters

__all__ = ["AssetFamiliesAssetsResource", "AsyncAssetFamiliesAssetsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Asset]
    upsert_many: Operation[builtins.list[PatchAssetsResponseItem]]
    get: Operation[Asset]
    delete: Operation[None]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.asset import Asset
    from ..models.get_assets_response import GetAssetsResponse
    from ..models.patch_assets_response_item import PatchAssetsResponseItem
    from ..models.search_filters import SearchFilters

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/assets",
            params=(
                Param("asset_family_code", "path"),
                Param("search", "query", json=True),
                Param("channel", "query"),
                Param("locales", "query"),
            ),
            responses={
                "200": Response("json", GetAssetsResponse),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_assets",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Asset,
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-families/{asset_family_code}/assets",
            params=(Param("asset_family_code", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", builtins.list[PatchAssetsResponseItem]),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "413": AkeneoError,
                "415": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_assets",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", Asset),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_assets__code_",
        ),
        delete=Operation(
            method="DELETE",
            path="/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            params=(
                Param("asset_family_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="delete_assets__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
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
                "400": AkeneoError,
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_asset__code_",
        ),
    )


class AssetFamiliesAssetsResource:
    """Operations of the ``assets`` resource.

    Reached as ``client.assets``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AssetFamiliesAssetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AssetFamiliesAssetsResourceWithRawResponse(self)

    def list(
        self,
        asset_family_code: str,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        channel: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Asset]:
        """Get the list of the assets of a given asset family

        This endpoint allows you to get a list of assets of a given asset family. Assets are paginated. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            search: Filter assets, for more details see the <a href="/documentation/filter.html#filter-assets">Asset filters</a> section
            channel: Filter asset values to return scopable asset attributes for the given channel as well as the non localizable/non scopable asset attributes, for more details see the <a href="/documentation/filter.html#asset-values-by-channel">Filter asset values by channel</a> section
            locales: Filter asset values to return localizable attributes for the given locales as well as the non localizable/non scopable asset attributes, for more details see the <a href="/documentation/filter.html#asset-values-by-locale">Filter asset values by locale</a> section

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
            },
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        asset_family_code: str,
        *,
        body: builtins.list[Asset],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchAssetsResponseItem]:
        """Update/create several assets

        This endpoint allows you to update and/or create several assets of one given asset family at once. Learn more about the <a href="/documentation/update.html#patch-asset-attribute-values">Update behavior</a>. Note that if the asset does not already exist for the given asset family, it creates it. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets``
        """
        return self._client.request(
            _operations().upsert_many,
            path={
                "asset_family_code": asset_family_code,
            },
            body=body,
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
    ) -> Asset:
        """Get an asset of a given asset family

        This endpoint allows you to get the information about a given asset for a given asset family. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
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

    def delete(
        self,
        asset_family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an asset

        This endpoint allows you to delete a given asset. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
        """
        return self._client.request(
            _operations().delete,
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
        body: Asset | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset

        This endpoint allows you to update a given asset of a given asset family. Learn more about the <a href="/documentation/update.html#patch-asset-attribute-values">Update behavior</a>. Note that if the asset does not already exist for the given asset family, it creates it. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
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


class AsyncAssetFamiliesAssetsResource:
    """Operations of the ``assets`` resource.

    Reached as ``client.assets``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAssetFamiliesAssetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAssetFamiliesAssetsResourceWithRawResponse(self)

    def list(
        self,
        asset_family_code: str,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        channel: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Asset]:
        """Get the list of the assets of a given asset family

        This endpoint allows you to get a list of assets of a given asset family. Assets are paginated. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            search: Filter assets, for more details see the <a href="/documentation/filter.html#filter-assets">Asset filters</a> section
            channel: Filter asset values to return scopable asset attributes for the given channel as well as the non localizable/non scopable asset attributes, for more details see the <a href="/documentation/filter.html#asset-values-by-channel">Filter asset values by channel</a> section
            locales: Filter asset values to return localizable attributes for the given locales as well as the non localizable/non scopable asset attributes, for more details see the <a href="/documentation/filter.html#asset-values-by-locale">Filter asset values by locale</a> section

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "asset_family_code": asset_family_code,
            },
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert_many(
        self,
        asset_family_code: str,
        *,
        body: builtins.list[Asset],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchAssetsResponseItem]:
        """Update/create several assets

        This endpoint allows you to update and/or create several assets of one given asset family at once. Learn more about the <a href="/documentation/update.html#patch-asset-attribute-values">Update behavior</a>. Note that if the asset does not already exist for the given asset family, it creates it. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets``
        """
        return await self._client.request(
            _operations().upsert_many,
            path={
                "asset_family_code": asset_family_code,
            },
            body=body,
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
    ) -> Asset:
        """Get an asset of a given asset family

        This endpoint allows you to get the information about a given asset for a given asset family. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
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

    async def delete(
        self,
        asset_family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an asset

        This endpoint allows you to delete a given asset. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
        """
        return await self._client.request(
            _operations().delete,
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
        body: Asset | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset

        This endpoint allows you to update a given asset of a given asset family. Learn more about the <a href="/documentation/update.html#patch-asset-attribute-values">Update behavior</a>. Note that if the asset does not already exist for the given asset family, it creates it. This endpoint is case sensitive on the asset family code.

        Args:
            asset_family_code: Code of the asset family
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}``
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


class AssetFamiliesAssetsResourceWithRawResponse:
    """``client.asset_families.assets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AssetFamiliesAssetsResource) -> None:
        self.upsert_many = to_raw_response_wrapper(resource.upsert_many)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAssetFamiliesAssetsResourceWithRawResponse:
    """``client.asset_families.assets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAssetFamiliesAssetsResource) -> None:
        self.upsert_many = async_to_raw_response_wrapper(resource.upsert_many)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
