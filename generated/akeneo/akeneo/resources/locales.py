"""The ``locales`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
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
    from ..models.get_locales_response import GetLocalesResponse
    from ..models.locale import Locale
    from ..models.search_filters import SearchFilters

__all__ = ["LocalesResource", "AsyncLocalesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Locale]
    get: Operation[Locale]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_locales_response import GetLocalesResponse
    from ..models.locale import Locale
    from ..models.search_filters import SearchFilters

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/locales",
            params=(
                Param("search", "query", json=True),
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetLocalesResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_locales",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Locale,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/locales/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", Locale),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_locales__code_",
        ),
    )


class LocalesResource:
    """Operations of the ``locales`` resource.

    Reached as ``client.locales``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LocalesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return LocalesResourceWithRawResponse(self)

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
    ) -> SyncPage[Locale]:
        """Get a list of locales

        This endpoint allows you to get a list of locales. Locales are paginated and sorted by code.

        Args:
            search: Filter locales, for more details see the <a href="/documentation/filter.html">Filters</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/locales``
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

    def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Locale:
        """Get a locale

        This endpoint allows you to get the information about a given locale.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/locales/{code}``
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


class AsyncLocalesResource:
    """Operations of the ``locales`` resource.

    Reached as ``client.locales``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLocalesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncLocalesResourceWithRawResponse(self)

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
    ) -> AsyncPage[Locale]:
        """Get a list of locales

        This endpoint allows you to get a list of locales. Locales are paginated and sorted by code.

        Args:
            search: Filter locales, for more details see the <a href="/documentation/filter.html">Filters</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/locales``
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

    async def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Locale:
        """Get a locale

        This endpoint allows you to get the information about a given locale.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/locales/{code}``
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


class LocalesResourceWithRawResponse:
    """``client.locales.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: LocalesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncLocalesResourceWithRawResponse:
    """``client.locales.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncLocalesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
