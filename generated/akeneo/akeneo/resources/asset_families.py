"""The ``asset_families`` resource."""

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
    from ..models.asset_family import AssetFamily
    from ..models.get_asset_families_response import GetAssetFamiliesResponse
    from .asset_families_assets import (
        AsyncAssetFamiliesAssetsResource,
        AssetFamiliesAssetsResource,
    )
    from .asset_families_attributes import (
        AsyncAssetFamiliesAttributesResource,
        AssetFamiliesAttributesResource,
    )

__all__ = ["AssetFamiliesResource", "AsyncAssetFamiliesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[AssetFamily]
    get: Operation[AssetFamily]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.asset_family import AssetFamily
    from ..models.get_asset_families_response import GetAssetFamiliesResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/asset-families",
            responses={
                "200": Response("json", GetAssetFamiliesResponse),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_families",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=AssetFamily,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/asset-families/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", AssetFamily),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_family__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-families/{code}",
            params=(Param("code", "path"),),
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
            operation_id="patch_asset_family__code_",
        ),
    )


class AssetFamiliesResource:
    """Operations of the ``asset_families`` resource.

    Reached as ``client.asset_families``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AssetFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AssetFamiliesResourceWithRawResponse(self)

    @cached_property
    def assets(self) -> AssetFamiliesAssetsResource:
        """Nested resource: ``client.asset_families.assets``."""
        from .asset_families_assets import AssetFamiliesAssetsResource

        return AssetFamiliesAssetsResource(self._client)

    @cached_property
    def attributes(self) -> AssetFamiliesAttributesResource:
        """Nested resource: ``client.asset_families.attributes``."""
        from .asset_families_attributes import AssetFamiliesAttributesResource

        return AssetFamiliesAttributesResource(self._client)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AssetFamily]:
        """Get list of asset families

        This endpoint allows you to get a list of asset families. Asset families are paginated.

        ``GET /api/rest/v1/asset-families``
        """
        return self._client.paginate(
            _operations().list,
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetFamily:
        """Get an asset family

        This endpoint allows you to get the information about a given asset family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        code: str,
        *,
        body: AssetFamily | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset family

        This endpoint allows you to update a given asset family. Note that if the asset family does not already exist, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAssetFamiliesResource:
    """Operations of the ``asset_families`` resource.

    Reached as ``client.asset_families``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAssetFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAssetFamiliesResourceWithRawResponse(self)

    @cached_property
    def assets(self) -> AsyncAssetFamiliesAssetsResource:
        """Nested resource: ``client.asset_families.assets``."""
        from .asset_families_assets import AsyncAssetFamiliesAssetsResource

        return AsyncAssetFamiliesAssetsResource(self._client)

    @cached_property
    def attributes(self) -> AsyncAssetFamiliesAttributesResource:
        """Nested resource: ``client.asset_families.attributes``."""
        from .asset_families_attributes import AsyncAssetFamiliesAttributesResource

        return AsyncAssetFamiliesAttributesResource(self._client)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AssetFamily]:
        """Get list of asset families

        This endpoint allows you to get a list of asset families. Asset families are paginated.

        ``GET /api/rest/v1/asset-families``
        """
        return self._client.paginate(
            _operations().list,
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AssetFamily:
        """Get an asset family

        This endpoint allows you to get the information about a given asset family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/asset-families/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        code: str,
        *,
        body: AssetFamily | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an asset family

        This endpoint allows you to update a given asset family. Note that if the asset family does not already exist, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-families/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AssetFamiliesResourceWithRawResponse:
    """``client.asset_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AssetFamiliesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAssetFamiliesResourceWithRawResponse:
    """``client.asset_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAssetFamiliesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
