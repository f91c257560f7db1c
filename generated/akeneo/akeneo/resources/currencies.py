"""The ``currencies`` resource."""

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
    from ..models.currencies_get_list_response import CurrenciesGetListResponse
    from ..models.currency import Currency

__all__ = ["CurrenciesResource", "AsyncCurrenciesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Currency]
    get: Operation[Currency]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.currencies_get_list_response import CurrenciesGetListResponse
    from ..models.currency import Currency

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/currencies",
            params=(
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", CurrenciesGetListResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="currencies_get_list",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=Currency,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/currencies/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", Currency),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="currencies_get",
        ),
    )


class CurrenciesResource:
    """Operations of the ``currencies`` resource.

    Reached as ``client.currencies``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CurrenciesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return CurrenciesResourceWithRawResponse(self)

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
    ) -> SyncPage[Currency]:
        """Get a list of currencies

        This endpoint allows you to get a list of currencies. Currencies are paginated and sorted by code.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/currencies``
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
    ) -> Currency:
        """Get a currency

        This endpoint allows you to get the information about a given currency.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/currencies/{code}``
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


class AsyncCurrenciesResource:
    """Operations of the ``currencies`` resource.

    Reached as ``client.currencies``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCurrenciesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncCurrenciesResourceWithRawResponse(self)

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
    ) -> AsyncPage[Currency]:
        """Get a list of currencies

        This endpoint allows you to get a list of currencies. Currencies are paginated and sorted by code.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/currencies``
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
    ) -> Currency:
        """Get a currency

        This endpoint allows you to get the information about a given currency.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/currencies/{code}``
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


class CurrenciesResourceWithRawResponse:
    """``client.currencies.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: CurrenciesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncCurrenciesResourceWithRawResponse:
    """``client.currencies.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCurrenciesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
