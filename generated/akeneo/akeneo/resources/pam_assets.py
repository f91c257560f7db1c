"""The ``pam_assets`` resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
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
    from ..models.get_pam_assets_code_response import GetPamAssetsCodeResponse
    from ..models.get_pam_assets_item import GetPamAssetsItem, GetPamAssetsResponse
    from ..models.pagination_type import PaginationType
    from ..models.patch_pam_assets_code_body import PatchPamAssetsCodeBody
    from ..models.patch_pam_assets_item import PatchPamAssetsItem
    from ..models.post_pam_assets_body import PostPamAssetsBody
    from ..models.upsert_result import UpsertResult
    from .pam_assets_reference_files import (
        AsyncPamAssetsReferenceFilesResource,
        PamAssetsReferenceFilesResource,
    )
    from .pam_assets_variation_files import (
        AsyncPamAssetsVariationFilesResource,
        PamAssetsVariationFilesResource,
    )

__all__ = ["PamAssetsResource", "AsyncPamAssetsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[GetPamAssetsItem]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[GetPamAssetsCodeResponse]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_pam_assets_code_response import GetPamAssetsCodeResponse
    from ..models.get_pam_assets_item import GetPamAssetsItem, GetPamAssetsResponse
    from ..models.pagination_type import PaginationType
    from ..models.patch_pam_assets_code_body import PatchPamAssetsCodeBody
    from ..models.patch_pam_assets_item import PatchPamAssetsItem
    from ..models.post_pam_assets_body import PostPamAssetsBody
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/assets",
            params=(
                Param("pagination_type", "query"),
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetPamAssetsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_pam_assets",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=GetPamAssetsItem,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/assets",
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
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
            operation_id="post_pam_assets",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/assets",
            body=Body("application/vnd.akeneo.collection+json", "ndjson"),
            responses={
                "200": Response("ndjson", UpsertResult),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "413": AkeneoError,
                "415": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_pam_assets",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/assets/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", GetPamAssetsCodeResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_pam_assets__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/assets/{code}",
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
            operation_id="patch_pam_assets__code_",
        ),
    )


class PamAssetsResource:
    """Operations of the ``pam_assets`` resource.

    Reached as ``client.pam_assets``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PamAssetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return PamAssetsResourceWithRawResponse(self)

    @cached_property
    def reference_files(self) -> PamAssetsReferenceFilesResource:
        """Nested resource: ``client.pam_assets.reference_files``."""
        from .pam_assets_reference_files import PamAssetsReferenceFilesResource

        return PamAssetsReferenceFilesResource(self._client)

    @cached_property
    def variation_files(self) -> PamAssetsVariationFilesResource:
        """Nested resource: ``client.pam_assets.variation_files``."""
        from .pam_assets_variation_files import PamAssetsVariationFilesResource

        return PamAssetsVariationFilesResource(self._client)

    def list(
        self,
        *,
        pagination_type: PaginationType | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[GetPamAssetsItem]:
        """Get list of PAM assets

        This endpoint allows you to get a list of PAM assets. PAM assets are paginated.

        Args:
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/assets``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        body: PostPamAssetsBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new PAM asset

        This endpoint allows you to create a new PAM asset.

        ``POST /api/rest/v1/assets``
        """
        return self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        *,
        body: Iterable[PatchPamAssetsItem],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several PAM assets

        This endpoint allows you to update several PAM assets at once.

        ``PATCH /api/rest/v1/assets``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            body=body,
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
    ) -> GetPamAssetsCodeResponse:
        """Get a PAM asset

        This endpoint allows you to get the information about a given PAM asset.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/assets/{code}``
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
        body: PatchPamAssetsCodeBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a PAM asset

        This endpoint allows you to update a given PAM asset. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no asset exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/assets/{code}``
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


class AsyncPamAssetsResource:
    """Operations of the ``pam_assets`` resource.

    Reached as ``client.pam_assets``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPamAssetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncPamAssetsResourceWithRawResponse(self)

    @cached_property
    def reference_files(self) -> AsyncPamAssetsReferenceFilesResource:
        """Nested resource: ``client.pam_assets.reference_files``."""
        from .pam_assets_reference_files import AsyncPamAssetsReferenceFilesResource

        return AsyncPamAssetsReferenceFilesResource(self._client)

    @cached_property
    def variation_files(self) -> AsyncPamAssetsVariationFilesResource:
        """Nested resource: ``client.pam_assets.variation_files``."""
        from .pam_assets_variation_files import AsyncPamAssetsVariationFilesResource

        return AsyncPamAssetsVariationFilesResource(self._client)

    def list(
        self,
        *,
        pagination_type: PaginationType | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[GetPamAssetsItem]:
        """Get list of PAM assets

        This endpoint allows you to get a list of PAM assets. PAM assets are paginated.

        Args:
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/assets``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        body: PostPamAssetsBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new PAM asset

        This endpoint allows you to create a new PAM asset.

        ``POST /api/rest/v1/assets``
        """
        return await self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        *,
        body: Iterable[PatchPamAssetsItem],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several PAM assets

        This endpoint allows you to update several PAM assets at once.

        ``PATCH /api/rest/v1/assets``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            body=body,
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
    ) -> GetPamAssetsCodeResponse:
        """Get a PAM asset

        This endpoint allows you to get the information about a given PAM asset.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/assets/{code}``
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
        body: PatchPamAssetsCodeBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a PAM asset

        This endpoint allows you to update a given PAM asset. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no asset exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/assets/{code}``
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


class PamAssetsResourceWithRawResponse:
    """``client.pam_assets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: PamAssetsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncPamAssetsResourceWithRawResponse:
    """``client.pam_assets.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPamAssetsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
