"""The ``published_products`` resource."""

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
    from ..models.get_published_products_response import GetPublishedProductsResponse
    from ..models.pagination_type import PaginationType
    from ..models.published_product import PublishedProduct
    from ..models.search_filters import SearchFilters

__all__ = ["PublishedProductsResource", "AsyncPublishedProductsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[PublishedProduct]
    get: Operation[PublishedProduct]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_published_products_response import GetPublishedProductsResponse
    from ..models.pagination_type import PaginationType
    from ..models.published_product import PublishedProduct
    from ..models.search_filters import SearchFilters

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/published-products",
            params=(
                Param("search", "query", json=True),
                Param("scope", "query"),
                Param("locales", "query"),
                Param("attributes", "query"),
                Param("pagination_type", "query"),
                Param("limit", "query"),
                Param("with_count", "query"),
                Param("search_locale", "query"),
                Param("search_scope", "query"),
            ),
            responses={
                "200": Response("json", GetPublishedProductsResponse),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_published_products",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=PublishedProduct,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/published-products/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", PublishedProduct),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_published_products__code_",
        ),
    )


class PublishedProductsResource:
    """Operations of the ``published_products`` resource.

    Reached as ``client.published_products``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PublishedProductsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return PublishedProductsResourceWithRawResponse(self)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        attributes: str | NotGiven = NOT_GIVEN,
        pagination_type: PaginationType | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        search_locale: str | NotGiven = NOT_GIVEN,
        search_scope: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PublishedProduct]:
        """Get list of published products

        This endpoint allows you to get a list of published products. Published products are paginated and they can be filtered.

        Args:
            search: Filter published products, for more details see the <a href="/documentation/filter.html">Filters</a> section
            scope: Filter published product values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#filter-published-product-values">Filter on published product values</a> section
            locales: Filter published product values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#filter-published-product-values">Filter on published product values</a> section
            attributes: Filter published product values to only return those concerning the given attributes, for more details see the <a href="/documentation/filter.html#filter-product-values">Filter on product values</a> section
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            search_locale: Default locale of the `search` conditions that need one
            search_scope: Default channel of the `search` conditions that need one

        ``GET /api/rest/v1/published-products``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
                "search_locale": search_locale,
                "search_scope": search_scope,
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
    ) -> PublishedProduct:
        """Get a published product

        This endpoint allows you to get the information about a given published product.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/published-products/{code}``
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


class AsyncPublishedProductsResource:
    """Operations of the ``published_products`` resource.

    Reached as ``client.published_products``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPublishedProductsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncPublishedProductsResourceWithRawResponse(self)

    def list(
        self,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        attributes: str | NotGiven = NOT_GIVEN,
        pagination_type: PaginationType | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        search_locale: str | NotGiven = NOT_GIVEN,
        search_scope: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[PublishedProduct]:
        """Get list of published products

        This endpoint allows you to get a list of published products. Published products are paginated and they can be filtered.

        Args:
            search: Filter published products, for more details see the <a href="/documentation/filter.html">Filters</a> section
            scope: Filter published product values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#filter-published-product-values">Filter on published product values</a> section
            locales: Filter published product values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#filter-published-product-values">Filter on published product values</a> section
            attributes: Filter published product values to only return those concerning the given attributes, for more details see the <a href="/documentation/filter.html#filter-product-values">Filter on product values</a> section
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            search_locale: Default locale of the `search` conditions that need one
            search_scope: Default channel of the `search` conditions that need one

        ``GET /api/rest/v1/published-products``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
                "search_locale": search_locale,
                "search_scope": search_scope,
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
    ) -> PublishedProduct:
        """Get a published product

        This endpoint allows you to get the information about a given published product.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/published-products/{code}``
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


class PublishedProductsResourceWithRawResponse:
    """``client.published_products.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: PublishedProductsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPublishedProductsResourceWithRawResponse:
    """``client.published_products.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncPublishedProductsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
