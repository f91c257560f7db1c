"""The ``catalogs`` resource."""

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
    from ..models.app_catalog import AppCatalog
    from ..models.get_app_catalogs_response import GetAppCatalogsResponse
    from ..models.patch_app_catalog_response import PatchAppCatalogResponse
    from ..models.post_app_catalog_body import PostAppCatalogBody
    from ..models.post_app_catalog_response import PostAppCatalogResponse
    from .catalogs_products import (
        AsyncCatalogsProductsResource,
        CatalogsProductsResource,
    )
    from .catalogs_product_mapping_schema import (
        AsyncCatalogsProductMappingSchemaResource,
        CatalogsProductMappingSchemaResource,
    )

__all__ = ["CatalogsResource", "AsyncCatalogsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[AppCatalog]
    create: Operation[PostAppCatalogResponse]
    get: Operation[AppCatalog]
    delete: Operation[None]
    update: Operation[PatchAppCatalogResponse]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.app_catalog import AppCatalog
    from ..models.get_app_catalogs_response import GetAppCatalogsResponse
    from ..models.patch_app_catalog_response import PatchAppCatalogResponse
    from ..models.post_app_catalog_body import PostAppCatalogBody
    from ..models.post_app_catalog_response import PostAppCatalogResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/catalogs",
            params=(Param("limit", "query"),),
            responses={
                "200": Response("json", GetAppCatalogsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalogs",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=AppCatalog,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/catalogs",
            body=Body("application/json", "json"),
            responses={
                "201": Response("json", PostAppCatalogResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="post_app_catalog",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", AppCatalog),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalog",
        ),
        delete=Operation(
            method="DELETE",
            path="/api/rest/v1/catalogs/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="delete_app_catalog",
        ),
        update=Operation(
            method="PATCH",
            path="/api/rest/v1/catalogs/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", PatchAppCatalogResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="patch_app_catalog",
        ),
    )


class CatalogsResource:
    """Operations of the ``catalogs`` resource.

    Reached as ``client.catalogs``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return CatalogsResourceWithRawResponse(self)

    @cached_property
    def products(self) -> CatalogsProductsResource:
        """Nested resource: ``client.catalogs.products``."""
        from .catalogs_products import CatalogsProductsResource

        return CatalogsProductsResource(self._client)

    @cached_property
    def product_mapping_schema(self) -> CatalogsProductMappingSchemaResource:
        """Nested resource: ``client.catalogs.product_mapping_schema``."""
        from .catalogs_product_mapping_schema import (
            CatalogsProductMappingSchemaResource,
        )

        return CatalogsProductMappingSchemaResource(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AppCatalog]:
        """Get the list of owned catalogs

        This endpoint allows you to get the list of catalogs you owned.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section

        ``GET /api/rest/v1/catalogs``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
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
        body: PostAppCatalogBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PostAppCatalogResponse:
        """Create a new catalog

        This endpoint allows you to create a new catalog.

        ``POST /api/rest/v1/catalogs``
        """
        return self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppCatalog:
        """Get a catalog

        This endpoint allows you to get the information about a catalog.

        Args:
            id: Catalog ID

        ``GET /api/rest/v1/catalogs/{id}``
        """
        return self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a catalog

        This endpoint allows you to delete a catalog.

        Args:
            id: Catalog ID

        ``DELETE /api/rest/v1/catalogs/{id}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: str,
        *,
        body: PostAppCatalogBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PatchAppCatalogResponse:
        """Update a catalog

        This endpoint allows you to update a catalog.

        Args:
            id: Catalog ID

        ``PATCH /api/rest/v1/catalogs/{id}``
        """
        return self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCatalogsResource:
    """Operations of the ``catalogs`` resource.

    Reached as ``client.catalogs``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncCatalogsResourceWithRawResponse(self)

    @cached_property
    def products(self) -> AsyncCatalogsProductsResource:
        """Nested resource: ``client.catalogs.products``."""
        from .catalogs_products import AsyncCatalogsProductsResource

        return AsyncCatalogsProductsResource(self._client)

    @cached_property
    def product_mapping_schema(self) -> AsyncCatalogsProductMappingSchemaResource:
        """Nested resource: ``client.catalogs.product_mapping_schema``."""
        from .catalogs_product_mapping_schema import (
            AsyncCatalogsProductMappingSchemaResource,
        )

        return AsyncCatalogsProductMappingSchemaResource(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AppCatalog]:
        """Get the list of owned catalogs

        This endpoint allows you to get the list of catalogs you owned.

        Args:
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section

        ``GET /api/rest/v1/catalogs``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "limit": limit,
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
        body: PostAppCatalogBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PostAppCatalogResponse:
        """Create a new catalog

        This endpoint allows you to create a new catalog.

        ``POST /api/rest/v1/catalogs``
        """
        return await self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppCatalog:
        """Get a catalog

        This endpoint allows you to get the information about a catalog.

        Args:
            id: Catalog ID

        ``GET /api/rest/v1/catalogs/{id}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a catalog

        This endpoint allows you to delete a catalog.

        Args:
            id: Catalog ID

        ``DELETE /api/rest/v1/catalogs/{id}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: str,
        *,
        body: PostAppCatalogBody | dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PatchAppCatalogResponse:
        """Update a catalog

        This endpoint allows you to update a catalog.

        Args:
            id: Catalog ID

        ``PATCH /api/rest/v1/catalogs/{id}``
        """
        return await self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CatalogsResourceWithRawResponse:
    """``client.catalogs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: CatalogsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncCatalogsResourceWithRawResponse:
    """``client.catalogs.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCatalogsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
