"""The ``pam_asset_tags`` resource."""

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
    from ..models.get_asset_tags_code_response import GetAssetTagsCodeResponse
    from ..models.get_asset_tags_item import GetAssetTagsItem, GetAssetTagsResponse
    from ..models.patch_asset_tags_code_body import PatchAssetTagsCodeBody

__all__ = ["PamAssetTagsResource", "AsyncPamAssetTagsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[GetAssetTagsItem]
    get: Operation[GetAssetTagsCodeResponse]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_asset_tags_code_response import GetAssetTagsCodeResponse
    from ..models.get_asset_tags_item import GetAssetTagsItem, GetAssetTagsResponse
    from ..models.patch_asset_tags_code_body import PatchAssetTagsCodeBody

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/asset-tags",
            params=(
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetAssetTagsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_tags",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=GetAssetTagsItem,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/asset-tags/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", GetAssetTagsCodeResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_asset_tags__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/asset-tags/{code}",
            params=(Param("code", "path"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_asset_tags__code_",
        ),
    )


class PamAssetTagsResource:
    """Operations of the ``pam_asset_tags`` resource.

    Reached as ``client.pam_asset_tags``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PamAssetTagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return PamAssetTagsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[GetAssetTagsItem]:
        """Get list of PAM asset tags

        This endpoint allows you to get a list of PAM asset tags. PAM asset tags are paginated.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/asset-tags``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
                "with_count": with_count,
            },
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
    ) -> GetAssetTagsCodeResponse:
        """Get a PAM asset tag

        This endpoint allows you to get the information about a given PAM asset tag.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/asset-tags/{code}``
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
        body: PatchAssetTagsCodeBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a PAM asset tag

        This endpoint allows you to update a given PAM asset tag. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no tag exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-tags/{code}``
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


class AsyncPamAssetTagsResource:
    """Operations of the ``pam_asset_tags`` resource.

    Reached as ``client.pam_asset_tags``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPamAssetTagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncPamAssetTagsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[GetAssetTagsItem]:
        """Get list of PAM asset tags

        This endpoint allows you to get a list of PAM asset tags. PAM asset tags are paginated.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/asset-tags``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
                "with_count": with_count,
            },
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
    ) -> GetAssetTagsCodeResponse:
        """Get a PAM asset tag

        This endpoint allows you to get the information about a given PAM asset tag.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/asset-tags/{code}``
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
        body: PatchAssetTagsCodeBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a PAM asset tag

        This endpoint allows you to update a given PAM asset tag. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no tag exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/asset-tags/{code}``
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


class PamAssetTagsResourceWithRawResponse:
    """``client.pam_asset_tags.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: PamAssetTagsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncPamAssetTagsResourceWithRawResponse:
    """``client.pam_asset_tags.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPamAssetTagsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
