"""The ``attributes`` resource."""

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
    from ..models.attribute import Attribute
    from ..models.get_attributes_response import GetAttributesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult
    from .attributes_options import (
        AsyncAttributesOptionsResource,
        AttributesOptionsResource,
    )

__all__ = ["AttributesResource", "AsyncAttributesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Attribute]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[Attribute]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.attribute import Attribute
    from ..models.get_attributes_response import GetAttributesResponse
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/attributes",
            params=(
                Param("search", "query", json=True),
                Param("limit", "query"),
                Param("with_count", "query"),
                Param("with_table_select_options", "query"),
            ),
            responses={
                "200": Response("json", GetAttributesResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_attributes",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Attribute,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/attributes",
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
            operation_id="post_attributes",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/attributes",
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
            operation_id="patch_attributes",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/attributes/{code}",
            params=(
                Param("code", "path"),
                Param("with_table_select_options", "query"),
            ),
            responses={
                "200": Response("json", Attribute),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_attributes__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/attributes/{code}",
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
            operation_id="patch_attributes__code_",
        ),
    )


class AttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> AttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .attributes_options import AttributesOptionsResource

        return AttributesOptionsResource(self._client)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        with_table_select_options: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Attribute]:
        """Get list of attributes

        This endpoint allows you to get a list of attributes. Attributes are paginated and sorted by code.

        Args:
            search: Filter attributes, for more details see the <a href="/documentation/filter.html#filter-attributes">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_table_select_options: Return the options of 'select' column types (of a table attribute) in the response. (Only available since the 7.0 version)

        ``GET /api/rest/v1/attributes``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "limit": limit,
                "with_count": with_count,
                "with_table_select_options": with_table_select_options,
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
        body: Attribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new attribute

        This endpoint allows you to create a new attribute.

        ``POST /api/rest/v1/attributes``
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
        body: Iterable[Attribute],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several attributes

        This endpoint allows you to update and/or create several attributes at once.

        ``PATCH /api/rest/v1/attributes``
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
        with_table_select_options: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Attribute:
        """Get an attribute

        This endpoint allows you to get the information about a given attribute.

        Args:
            code: Code of the resource
            with_table_select_options: Return the options of 'select' column types (of a table attribute) in the response. (Only available since the 7.0 version)

        ``GET /api/rest/v1/attributes/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_table_select_options": with_table_select_options,
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
        body: Attribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute

        This endpoint allows you to update a given attribute. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no attribute exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/attributes/{code}``
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


class AsyncAttributesResource:
    """Operations of the ``attributes`` resource.

    Reached as ``client.attributes``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAttributesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAttributesResourceWithRawResponse(self)

    @cached_property
    def options(self) -> AsyncAttributesOptionsResource:
        """Nested resource: ``client.attributes.options``."""
        from .attributes_options import AsyncAttributesOptionsResource

        return AsyncAttributesOptionsResource(self._client)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        with_table_select_options: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Attribute]:
        """Get list of attributes

        This endpoint allows you to get a list of attributes. Attributes are paginated and sorted by code.

        Args:
            search: Filter attributes, for more details see the <a href="/documentation/filter.html#filter-attributes">Filters</a> section.
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_table_select_options: Return the options of 'select' column types (of a table attribute) in the response. (Only available since the 7.0 version)

        ``GET /api/rest/v1/attributes``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "limit": limit,
                "with_count": with_count,
                "with_table_select_options": with_table_select_options,
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
        body: Attribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new attribute

        This endpoint allows you to create a new attribute.

        ``POST /api/rest/v1/attributes``
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
        body: Iterable[Attribute],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several attributes

        This endpoint allows you to update and/or create several attributes at once.

        ``PATCH /api/rest/v1/attributes``
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
        with_table_select_options: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Attribute:
        """Get an attribute

        This endpoint allows you to get the information about a given attribute.

        Args:
            code: Code of the resource
            with_table_select_options: Return the options of 'select' column types (of a table attribute) in the response. (Only available since the 7.0 version)

        ``GET /api/rest/v1/attributes/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_table_select_options": with_table_select_options,
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
        body: Attribute | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute

        This endpoint allows you to update a given attribute. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no attribute exists for the given code, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/attributes/{code}``
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


class AttributesResourceWithRawResponse:
    """``client.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AttributesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAttributesResourceWithRawResponse:
    """``client.attributes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAttributesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
