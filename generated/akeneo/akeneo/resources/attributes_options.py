"""The ``options`` resource."""

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
    from ..models.attribute_option import AttributeOption
    from ..models.get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponse,
    )
    from ..models.upsert_result import UpsertResult

__all__ = ["AttributesOptionsResource", "AsyncAttributesOptionsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[AttributeOption]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[AttributeOption]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.attribute_option import AttributeOption
    from ..models.get_attributes_attribute_code_options_response import (
        GetAttributesAttributeCodeOptionsResponse,
    )
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/attributes/{attribute_code}/options",
            params=(
                Param("attribute_code", "path"),
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetAttributesAttributeCodeOptionsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_attributes__attribute_code__options",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=AttributeOption,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/attributes/{attribute_code}/options",
            params=(Param("attribute_code", "path"),),
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
            operation_id="post_attributes__attribute_code__options",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/attributes/{attribute_code}/options",
            params=(Param("attribute_code", "path"),),
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
            operation_id="patch_attributes__attribute_code__options",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/attributes/{attribute_code}/options/{code}",
            params=(
                Param("attribute_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", AttributeOption),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_attributes__attribute_code__options__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/attributes/{attribute_code}/options/{code}",
            params=(
                Param("attribute_code", "path"),
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
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_attributes__attribute_code__options__code_",
        ),
    )


class AttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AttributesOptionsResourceWithRawResponse(self)

    def list(
        self,
        attribute_code: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AttributeOption]:
        """Get list of attribute options

        This endpoint allows you to get a list of attribute options. Attribute options are paginated and sorted by code.

        Args:
            attribute_code: Code of the attribute
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/attributes/{attribute_code}/options``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "attribute_code": attribute_code,
            },
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

    def create(
        self,
        attribute_code: str,
        *,
        body: AttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new attribute option

        This endpoint allows you to create a new attribute option.

        Args:
            attribute_code: Code of the attribute

        ``POST /api/rest/v1/attributes/{attribute_code}/options``
        """
        return self._client.request(
            _operations().create,
            path={
                "attribute_code": attribute_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        attribute_code: str,
        *,
        body: Iterable[AttributeOption],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several attribute options

        This endpoint allows you to update several attribute options at once.

        Args:
            attribute_code: Code of the attribute

        ``PATCH /api/rest/v1/attributes/{attribute_code}/options``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            path={
                "attribute_code": attribute_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AttributeOption:
        """Get an attribute option

        This endpoint allows you to get the information about a given attribute option.

        Args:
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
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
        attribute_code: str,
        code: str,
        *,
        body: AttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute option

        This endpoint allows you to update a given attribute option. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no attribute option exists for the given code, it creates it.

        Args:
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/attributes/{attribute_code}/options/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAttributesOptionsResource:
    """Operations of the ``options`` resource.

    Reached as ``client.options``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAttributesOptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAttributesOptionsResourceWithRawResponse(self)

    def list(
        self,
        attribute_code: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AttributeOption]:
        """Get list of attribute options

        This endpoint allows you to get a list of attribute options. Attribute options are paginated and sorted by code.

        Args:
            attribute_code: Code of the attribute
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/attributes/{attribute_code}/options``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "attribute_code": attribute_code,
            },
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

    async def create(
        self,
        attribute_code: str,
        *,
        body: AttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new attribute option

        This endpoint allows you to create a new attribute option.

        Args:
            attribute_code: Code of the attribute

        ``POST /api/rest/v1/attributes/{attribute_code}/options``
        """
        return await self._client.request(
            _operations().create,
            path={
                "attribute_code": attribute_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        attribute_code: str,
        *,
        body: Iterable[AttributeOption],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several attribute options

        This endpoint allows you to update several attribute options at once.

        Args:
            attribute_code: Code of the attribute

        ``PATCH /api/rest/v1/attributes/{attribute_code}/options``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            path={
                "attribute_code": attribute_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        attribute_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AttributeOption:
        """Get an attribute option

        This endpoint allows you to get the information about a given attribute option.

        Args:
            attribute_code: Code of the attribute
            code: Code of the resource

        ``GET /api/rest/v1/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
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
        attribute_code: str,
        code: str,
        *,
        body: AttributeOption | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create an attribute option

        This endpoint allows you to update a given attribute option. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no attribute option exists for the given code, it creates it.

        Args:
            attribute_code: Code of the attribute
            code: Code of the resource

        ``PATCH /api/rest/v1/attributes/{attribute_code}/options/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "attribute_code": attribute_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AttributesOptionsResourceWithRawResponse:
    """``client.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AttributesOptionsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncAttributesOptionsResourceWithRawResponse:
    """``client.attributes.options.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAttributesOptionsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
