"""The ``product_mapping_schema`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
    Body,
    Client,
    NOT_GIVEN,
    NotGiven,
    Operation,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.get_app_catalogs_mapping_schema_product_response import (
        GetAppCatalogsMappingSchemaProductResponse,
    )
    from ..models.put_app_catalogs_mapping_schema_product_body import (
        PutAppCatalogsMappingSchemaProductBody,
    )

__all__ = [
    "CatalogsProductMappingSchemaResource",
    "AsyncCatalogsProductMappingSchemaResource",
]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get: Operation[GetAppCatalogsMappingSchemaProductResponse]
    replace: Operation[None]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_app_catalogs_mapping_schema_product_response import (
        GetAppCatalogsMappingSchemaProductResponse,
    )
    from ..models.put_app_catalogs_mapping_schema_product_body import (
        PutAppCatalogsMappingSchemaProductBody,
    )

    return _Operations(
        get=Operation(
            method="GET",
            path="/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", GetAppCatalogsMappingSchemaProductResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="get_app_catalogs_mapping_schema_product",
        ),
        replace=Operation(
            method="PUT",
            path="/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("app_token",),),
            operation_id="put_app_catalogs_mapping_schema_product",
        ),
        delete=Operation(
            method="DELETE",
            path="/api/rest/v1/catalogs/{id}/mapping-schemas/product",
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
            operation_id="delete_app_catalogs_mapping_schema_product",
        ),
    )


class CatalogsProductMappingSchemaResource:
    """Operations of the ``product_mapping_schema`` resource.

    Reached as ``client.product_mapping_schema``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogsProductMappingSchemaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return CatalogsProductMappingSchemaResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetAppCatalogsMappingSchemaProductResponse:
        """Get the product mapping schema related to a catalog

        This endpoint allows you to retrieve the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``GET /api/rest/v1/catalogs/{id}/mapping-schemas/product``
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

    def replace(
        self,
        id: str,
        *,
        body: PutAppCatalogsMappingSchemaProductBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create or update the product mapping schema related to a catalog

        This endpoint allows you to create or update the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``PUT /api/rest/v1/catalogs/{id}/mapping-schemas/product``
        """
        return self._client.request(
            _operations().replace,
            path={
                "id": id,
            },
            body=body,
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
        """Delete the product mapping schema related to a catalog

        This endpoint allows you to delete the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``DELETE /api/rest/v1/catalogs/{id}/mapping-schemas/product``
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


class AsyncCatalogsProductMappingSchemaResource:
    """Operations of the ``product_mapping_schema`` resource.

    Reached as ``client.product_mapping_schema``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogsProductMappingSchemaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncCatalogsProductMappingSchemaResourceWithRawResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetAppCatalogsMappingSchemaProductResponse:
        """Get the product mapping schema related to a catalog

        This endpoint allows you to retrieve the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``GET /api/rest/v1/catalogs/{id}/mapping-schemas/product``
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

    async def replace(
        self,
        id: str,
        *,
        body: PutAppCatalogsMappingSchemaProductBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create or update the product mapping schema related to a catalog

        This endpoint allows you to create or update the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``PUT /api/rest/v1/catalogs/{id}/mapping-schemas/product``
        """
        return await self._client.request(
            _operations().replace,
            path={
                "id": id,
            },
            body=body,
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
        """Delete the product mapping schema related to a catalog

        This endpoint allows you to delete the product mapping schema related to a catalog

        Args:
            id: Catalog ID

        ``DELETE /api/rest/v1/catalogs/{id}/mapping-schemas/product``
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


class CatalogsProductMappingSchemaResourceWithRawResponse:
    """``client.catalogs.product_mapping_schema.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: CatalogsProductMappingSchemaResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncCatalogsProductMappingSchemaResourceWithRawResponse:
    """``client.catalogs.product_mapping_schema.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCatalogsProductMappingSchemaResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.delete = async_to_raw_response_wrapper(resource.delete)
