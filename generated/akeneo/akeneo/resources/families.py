"""The ``families`` resource."""

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
    from ..models.family import Family
    from ..models.get_families_response import GetFamiliesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult
    from .families_variants import (
        AsyncFamiliesVariantsResource,
        FamiliesVariantsResource,
    )

__all__ = ["FamiliesResource", "AsyncFamiliesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Family]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[Family]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.family import Family
    from ..models.get_families_response import GetFamiliesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/families",
            params=(
                Param("search", "query", json=True),
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetFamiliesResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_families",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Family,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/families",
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
            operation_id="post_families",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/families",
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
            operation_id="patch_families",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/families/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", Family),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_families__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/families/{code}",
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
            operation_id="patch_families__code_",
        ),
    )


class FamiliesResource:
    """Operations of the ``families`` resource.

    Reached as ``client.families``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return FamiliesResourceWithRawResponse(self)

    @cached_property
    def variants(self) -> FamiliesVariantsResource:
        """Nested resource: ``client.families.variants``."""
        from .families_variants import FamiliesVariantsResource

        return FamiliesVariantsResource(self._client)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Family]:
        """Get list of families

        This endpoint allows you to get a list of families. Families are paginated and sorted by code.

        Args:
            search: Filter families, for more details see the <a href="/documentation/filter.html#filter-families">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/families``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
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
        body: Family | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new family

        This endpoint allows you to create a new family.

        ``POST /api/rest/v1/families``
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
        body: Iterable[Family],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several families

        This endpoint allows you to update and/or create several families at once.

        ``PATCH /api/rest/v1/families``
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
    ) -> Family:
        """Get a family

        This endpoint allows you to get the information about a given family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/families/{code}``
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
        body: Family | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a family

        This endpoint allows you to update a given family. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no family exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/families/{code}``
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


class AsyncFamiliesResource:
    """Operations of the ``families`` resource.

    Reached as ``client.families``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncFamiliesResourceWithRawResponse(self)

    @cached_property
    def variants(self) -> AsyncFamiliesVariantsResource:
        """Nested resource: ``client.families.variants``."""
        from .families_variants import AsyncFamiliesVariantsResource

        return AsyncFamiliesVariantsResource(self._client)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Family]:
        """Get list of families

        This endpoint allows you to get a list of families. Families are paginated and sorted by code.

        Args:
            search: Filter families, for more details see the <a href="/documentation/filter.html#filter-families">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/families``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
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
        body: Family | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new family

        This endpoint allows you to create a new family.

        ``POST /api/rest/v1/families``
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
        body: Iterable[Family],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several families

        This endpoint allows you to update and/or create several families at once.

        ``PATCH /api/rest/v1/families``
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
    ) -> Family:
        """Get a family

        This endpoint allows you to get the information about a given family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/families/{code}``
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
        body: Family | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a family

        This endpoint allows you to update a given family. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no family exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/families/{code}``
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


class FamiliesResourceWithRawResponse:
    """``client.families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: FamiliesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncFamiliesResourceWithRawResponse:
    """``client.families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFamiliesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
