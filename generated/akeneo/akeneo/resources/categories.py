"""The ``categories`` resource."""

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
from clientsmith.streaming import AsyncBinaryResponse, BinaryResponse

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.category import Category
    from ..models.get_categories_response import GetCategoriesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

__all__ = ["CategoriesResource", "AsyncCategoriesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Category]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[Category]
    upsert: Operation[None]
    download_media_file: Operation[bytes]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.category import Category
    from ..models.get_categories_response import GetCategoriesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/categories",
            params=(
                Param("search", "query", json=True),
                Param("limit", "query"),
                Param("with_count", "query"),
                Param("with_position", "query"),
                Param("with_enriched_attributes", "query"),
            ),
            responses={
                "200": Response("json", GetCategoriesResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_categories",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Category,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/categories",
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
            operation_id="post_categories",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/categories",
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
            operation_id="patch_categories",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/categories/{code}",
            params=(
                Param("code", "path"),
                Param("with_position", "query"),
                Param("with_enriched_attributes", "query"),
            ),
            responses={
                "200": Response("json", Category),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_categories__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/categories/{code}",
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
            operation_id="patch_categories__code_",
        ),
        download_media_file=Operation(
            method="GET",
            path="/api/rest/v1/category-media-files/{code}/download",
            params=(Param("code", "path"),),
            responses={
                "200": Response("binary"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_category_media_files__code__download",
        ),
    )


class CategoriesResource:
    """Operations of the ``categories`` resource.

    Reached as ``client.categories``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CategoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return CategoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        with_position: bool | NotGiven = NOT_GIVEN,
        with_enriched_attributes: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Category]:
        """Get list of categories

        This endpoint allows you to get a list of categories. Categories are paginated and sorted by `root/left`.

        Args:
            search: Filter categories, for more details see the <a href="/documentation/filter.html#filter-categories">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_position: Return information about category position into its category tree (only available since the 7.0 version)
            with_enriched_attributes: Return attribute values of the category (only available on SaaS platforms)

        ``GET /api/rest/v1/categories``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "limit": limit,
                "with_count": with_count,
                "with_position": with_position,
                "with_enriched_attributes": with_enriched_attributes,
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
        body: Category | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new category

        This endpoint allows you to create a new category.

        ``POST /api/rest/v1/categories``
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
        body: Iterable[Category],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several categories

        This endpoint allows you to update several categories at once.

        ``PATCH /api/rest/v1/categories``
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
        with_position: bool | NotGiven = NOT_GIVEN,
        with_enriched_attributes: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Category:
        """Get a category

        This endpoint allows you to get the information about a given category.

        Args:
            code: Code of the resource
            with_position: Return information about category position into its category tree (only available since the 7.0 version)
            with_enriched_attributes: Return attribute values of the category (only available on SaaS platforms)

        ``GET /api/rest/v1/categories/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_position": with_position,
                "with_enriched_attributes": with_enriched_attributes,
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
        body: Category | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a category

        This endpoint allows you to update a given category. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no category exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/categories/{code}``
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

    def download_media_file(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a category media file

        This endpoint allows you to download a given media file that is used as an attribute value of a enriched category.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/category-media-files/{code}/download``
        """
        return self._client.stream(
            _operations().download_media_file,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCategoriesResource:
    """Operations of the ``categories`` resource.

    Reached as ``client.categories``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCategoriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncCategoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        with_position: bool | NotGiven = NOT_GIVEN,
        with_enriched_attributes: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Category]:
        """Get list of categories

        This endpoint allows you to get a list of categories. Categories are paginated and sorted by `root/left`.

        Args:
            search: Filter categories, for more details see the <a href="/documentation/filter.html#filter-categories">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_position: Return information about category position into its category tree (only available since the 7.0 version)
            with_enriched_attributes: Return attribute values of the category (only available on SaaS platforms)

        ``GET /api/rest/v1/categories``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "limit": limit,
                "with_count": with_count,
                "with_position": with_position,
                "with_enriched_attributes": with_enriched_attributes,
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
        body: Category | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new category

        This endpoint allows you to create a new category.

        ``POST /api/rest/v1/categories``
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
        body: Iterable[Category],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several categories

        This endpoint allows you to update several categories at once.

        ``PATCH /api/rest/v1/categories``
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
        with_position: bool | NotGiven = NOT_GIVEN,
        with_enriched_attributes: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Category:
        """Get a category

        This endpoint allows you to get the information about a given category.

        Args:
            code: Code of the resource
            with_position: Return information about category position into its category tree (only available since the 7.0 version)
            with_enriched_attributes: Return attribute values of the category (only available on SaaS platforms)

        ``GET /api/rest/v1/categories/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_position": with_position,
                "with_enriched_attributes": with_enriched_attributes,
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
        body: Category | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a category

        This endpoint allows you to update a given category. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no category exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/categories/{code}``
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

    async def download_media_file(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a category media file

        This endpoint allows you to download a given media file that is used as an attribute value of a enriched category.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/category-media-files/{code}/download``
        """
        return await self._client.stream(
            _operations().download_media_file,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CategoriesResourceWithRawResponse:
    """``client.categories.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: CategoriesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncCategoriesResourceWithRawResponse:
    """``client.categories.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCategoriesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
