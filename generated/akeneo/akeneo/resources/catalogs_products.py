"""The ``products`` resource."""

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
from clientsmith.formats import DateOrStr
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponse,
    )
    from ..models.get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponse,
    )
    from ..models.get_app_catalog_products_response import GetAppCatalogProductsResponse

__all__ = ["CatalogsProductsResource", "AsyncCatalogsProductsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list_mapped: PagedOperation[str]
    list_uuids: PagedOperation[str]
    list: PagedOperation[str]
    get: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_app_catalog_mapped_products_response import (
        GetAppCatalogMappedProductsResponse,
    )
    from ..models.get_app_catalog_product_uuids_response import (
        GetAppCatalogProductUuidsResponse,
    )
    from ..models.get_app_catalog_products_response import GetAppCatalogProductsResponse

    return _Operations(
        list_mapped=PagedOperation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}/mapped-products",
            params=(
                Param("id", "path"),
                Param("limit", "query"),
                Param("updated_before", "query"),
                Param("updated_after", "query"),
            ),
            responses={
                "200": Response("json", GetAppCatalogMappedProductsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalog_mapped_products",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=str,
        ),
        list_uuids=PagedOperation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}/product-uuids",
            params=(
                Param("id", "path"),
                Param("limit", "query"),
                Param("updated_before", "query"),
                Param("updated_after", "query"),
            ),
            responses={
                "200": Response("json", GetAppCatalogProductUuidsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalog_product_uuids",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=str,
        ),
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}/products",
            params=(
                Param("id", "path"),
                Param("limit", "query"),
                Param("updated_before", "query"),
                Param("updated_after", "query"),
            ),
            responses={
                "200": Response("json", GetAppCatalogProductsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalog_products",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=str,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}/products/{uuid}",
            params=(
                Param("id", "path"),
                Param("uuid", "path"),
            ),
            responses={
                "200": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalog_products_uuid",
        ),
    )


class CatalogsProductsResource:
    """Operations of the ``products`` resource.

    Reached as ``client.products``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogsProductsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return CatalogsProductsResourceWithRawResponse(self)

    def list_mapped(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[str]:
        """Get the list of mapped products related to a catalog

        This endpoint allows you to get the list of products related to a catalog when the mapping is enabled. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/mapped-products``
        """
        return self._client.paginate(
            _operations().list_mapped,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_uuids(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[str]:
        """Get the list of product uuids

        This endpoint allows you to get the list of uuids of products contained in a catalog. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Id of the catalog
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/product-uuids``
        """
        return self._client.paginate(
            _operations().list_uuids,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[str]:
        """Get the list of products related to a catalog

        This endpoint allows you to get the list of products related to a catalog. Products are paginated and they can be filtered. In the Enterprise Edition, permissions based on your app settings are applied to the set of products you request. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/products``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        uuid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get a product related to a catalog

        This endpoint allows you to get a specific product related to a catalog. In the Enterprise Edition, permissions based on your app settings are applied on the product you request. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            uuid: Product UUID

        ``GET /api/rest/v1/catalogs/{id}/products/{uuid}``
        """
        return self._client.request(
            _operations().get,
            path={
                "id": id,
                "uuid": uuid,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCatalogsProductsResource:
    """Operations of the ``products`` resource.

    Reached as ``client.products``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogsProductsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncCatalogsProductsResourceWithRawResponse(self)

    def list_mapped(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[str]:
        """Get the list of mapped products related to a catalog

        This endpoint allows you to get the list of products related to a catalog when the mapping is enabled. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/mapped-products``
        """
        return self._client.paginate(
            _operations().list_mapped,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_uuids(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[str]:
        """Get the list of product uuids

        This endpoint allows you to get the list of uuids of products contained in a catalog. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Id of the catalog
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/product-uuids``
        """
        return self._client.paginate(
            _operations().list_uuids,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        updated_before: DateOrStr | NotGiven = NOT_GIVEN,
        updated_after: DateOrStr | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[str]:
        """Get the list of products related to a catalog

        This endpoint allows you to get the list of products related to a catalog. Products are paginated and they can be filtered. In the Enterprise Edition, permissions based on your app settings are applied to the set of products you request. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            updated_before: Filter products that have been updated BEFORE the provided date (Only available on Catalogs endpoints)
            updated_after: Filter products that have been updated AFTER the provided date (Only available on Catalogs endpoints)

        ``GET /api/rest/v1/catalogs/{id}/products``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "id": id,
            },
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        uuid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get a product related to a catalog

        This endpoint allows you to get a specific product related to a catalog. In the Enterprise Edition, permissions based on your app settings are applied on the product you request. Please, note that a disabled catalog can return an HTTP 200 with a payload containing an error message, for more details see the <a href="apps/catalogs.html#troubleshooting">App Catalog</a> section.

        Args:
            id: Catalog ID
            uuid: Product UUID

        ``GET /api/rest/v1/catalogs/{id}/products/{uuid}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "id": id,
                "uuid": uuid,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CatalogsProductsResourceWithRawResponse:
    """``client.catalogs.products.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: CatalogsProductsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncCatalogsProductsResourceWithRawResponse:
    """``client.catalogs.products.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCatalogsProductsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
