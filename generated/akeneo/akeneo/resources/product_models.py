"""The ``product_models`` resource."""

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
    from ..models.get_product_models_response import GetProductModelsResponse
    from ..models.pagination_type import PaginationType
    from ..models.product_model import ProductModel
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

__all__ = ["ProductModelsResource", "AsyncProductModelsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[ProductModel]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[ProductModel]
    delete: Operation[None]
    upsert: Operation[None]
    get_draft: Operation[ProductModel]
    submit_proposal: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_product_models_response import GetProductModelsResponse
    from ..models.pagination_type import PaginationType
    from ..models.product_model import ProductModel
    from ..models.search_filters import SearchFilters
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/product-models",
            params=(
                Param("search", "query", json=True),
                Param("scope", "query"),
                Param("locales", "query"),
                Param("attributes", "query"),
                Param("pagination_type", "query"),
                Param("limit", "query"),
                Param("with_count", "query"),
                Param("with_quality_scores", "query"),
                Param("search_locale", "query"),
                Param("search_scope", "query"),
            ),
            responses={
                "200": Response("json", GetProductModelsResponse),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_product_models",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=ProductModel,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/product-models",
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="post_product_models",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/product-models",
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
            operation_id="patch_product_models",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/product-models/{code}",
            params=(
                Param("code", "path"),
                Param("with_quality_scores", "query"),
            ),
            responses={
                "200": Response("json", ProductModel),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_product_models__code_",
        ),
        delete=Operation(
            method="DELETE",
            path="/api/rest/v1/product-models/{code}",
            params=(Param("code", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="delete_product_models__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/product-models/{code}",
            params=(Param("code", "path"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_product_models__code_",
        ),
        get_draft=Operation(
            method="GET",
            path="/api/rest/v1/product-models/{code}/draft",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", ProductModel),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_product_model_draft__code_",
        ),
        submit_proposal=Operation(
            method="POST",
            path="/api/rest/v1/product-models/{code}/proposal",
            params=(Param("code", "path"),),
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
            security=(("connection",),),
            operation_id="post_product_model_proposal",
        ),
    )


class ProductModelsResource:
    """Operations of the ``product_models`` resource.

    Reached as ``client.product_models``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProductModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ProductModelsResourceWithRawResponse(self)

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
        with_quality_scores: bool | NotGiven = NOT_GIVEN,
        search_locale: str | NotGiven = NOT_GIVEN,
        search_scope: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProductModel]:
        """Get list of product models

        This endpoint allows you to get a list of product models. Product models are paginated. In the Enterprise Edition, since the 2.0, permissions based on your user groups are applied to the set of products you request.

        Args:
            search: Filter product models, for more details see the <a href="/documentation/filter.html">Filters</a> section
            scope: Filter product values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#via-channel">Filter product values via channel</a> section
            locales: Filter product values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#via-locale">Filter product values via locale</a> section
            attributes: Filter product values to only return those concerning the given attributes, for more details see the <a href="/documentation/filter.html#filter-product-values">Filter on product values</a> section and the <a href="/documentation/filter.html#filter-on-product-model-properties">Filter on product model properties</a> section
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_quality_scores: Return product model quality scores in the response. <strong>(Only available since the 6.0 version)</strong>
            search_locale: Default locale of the `search` conditions that need one
            search_scope: Default channel of the `search` conditions that need one

        ``GET /api/rest/v1/product-models``
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
                "with_quality_scores": with_quality_scores,
                "search_locale": search_locale,
                "search_scope": search_scope,
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
        body: ProductModel | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new product model

        This endpoint allows you to create a new product model. In the Enterprise Edition, since the v2.3, permissions based on your user groups are applied to the product model you try to create.

        ``POST /api/rest/v1/product-models``
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
        body: Iterable[ProductModel],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several product models

        This endpoint allows you to update and/or create several product models at once. Learn more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no product models exists for the given code, it creates it. In the Enterprise Edition, since the v2.3, permissions based on your user groups are applied to the product models you try to update. It may result in the creation of drafts if you only have edit rights through the product model's categories.

        ``PATCH /api/rest/v1/product-models``
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
        with_quality_scores: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ProductModel:
        """Get a product model

        This endpoint allows you to get the information about a given product model. In the Entreprise Edition, since the v2.0, permissions based on your user groups are applied to the product model you request.

        Args:
            code: Code of the resource
            with_quality_scores: Return product model quality scores in the response. <strong>(Only available since the 6.0 version)</strong>

        ``GET /api/rest/v1/product-models/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_quality_scores": with_quality_scores,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a product model

        This endpoint allows you to delete a given product model. All its children, product models and variant products, will be also deleted. In the Enterprise Edition, the permissions based on your connection user group are applied to the product model you try to delete.

        Args:
            code: Code of the resource

        ``DELETE /api/rest/v1/product-models/{code}``
        """
        return self._client.request(
            _operations().delete,
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
        body: ProductModel | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a product model

        This endpoint allows you to update a given product model. Learn more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no product model exists for the given code, it creates it. In the Enterprise Edition PIM since the 2.3, permissions based on your user groups are applied to the product model you try to update. It may result in the creation of a draft if you only have edit rights through the product model's categories.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/product-models/{code}``
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

    def get_draft(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ProductModel:
        """Get a draft

        This endpoint allows you to get the information about a given product model draft.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/product-models/{code}/draft``
        """
        return self._client.request(
            _operations().get_draft,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def submit_proposal(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Submit a draft for approval

        This endpoint allows you to submit a product model draft for approval.

        Args:
            code: Code of the resource

        ``POST /api/rest/v1/product-models/{code}/proposal``
        """
        return self._client.request(
            _operations().submit_proposal,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncProductModelsResource:
    """Operations of the ``product_models`` resource.

    Reached as ``client.product_models``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProductModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncProductModelsResourceWithRawResponse(self)

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
        with_quality_scores: bool | NotGiven = NOT_GIVEN,
        search_locale: str | NotGiven = NOT_GIVEN,
        search_scope: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ProductModel]:
        """Get list of product models

        This endpoint allows you to get a list of product models. Product models are paginated. In the Enterprise Edition, since the 2.0, permissions based on your user groups are applied to the set of products you request.

        Args:
            search: Filter product models, for more details see the <a href="/documentation/filter.html">Filters</a> section
            scope: Filter product values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#via-channel">Filter product values via channel</a> section
            locales: Filter product values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#via-locale">Filter product values via locale</a> section
            attributes: Filter product values to only return those concerning the given attributes, for more details see the <a href="/documentation/filter.html#filter-product-values">Filter on product values</a> section and the <a href="/documentation/filter.html#filter-on-product-model-properties">Filter on product model properties</a> section
            pagination_type: Pagination method type, see <a href="/documentation/pagination.html">Pagination</a> section
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way
            with_quality_scores: Return product model quality scores in the response. <strong>(Only available since the 6.0 version)</strong>
            search_locale: Default locale of the `search` conditions that need one
            search_scope: Default channel of the `search` conditions that need one

        ``GET /api/rest/v1/product-models``
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
                "with_quality_scores": with_quality_scores,
                "search_locale": search_locale,
                "search_scope": search_scope,
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
        body: ProductModel | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new product model

        This endpoint allows you to create a new product model. In the Enterprise Edition, since the v2.3, permissions based on your user groups are applied to the product model you try to create.

        ``POST /api/rest/v1/product-models``
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
        body: Iterable[ProductModel],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several product models

        This endpoint allows you to update and/or create several product models at once. Learn more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no product models exists for the given code, it creates it. In the Enterprise Edition, since the v2.3, permissions based on your user groups are applied to the product models you try to update. It may result in the creation of drafts if you only have edit rights through the product model's categories.

        ``PATCH /api/rest/v1/product-models``
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
        with_quality_scores: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ProductModel:
        """Get a product model

        This endpoint allows you to get the information about a given product model. In the Entreprise Edition, since the v2.0, permissions based on your user groups are applied to the product model you request.

        Args:
            code: Code of the resource
            with_quality_scores: Return product model quality scores in the response. <strong>(Only available since the 6.0 version)</strong>

        ``GET /api/rest/v1/product-models/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            query={
                "with_quality_scores": with_quality_scores,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a product model

        This endpoint allows you to delete a given product model. All its children, product models and variant products, will be also deleted. In the Enterprise Edition, the permissions based on your connection user group are applied to the product model you try to delete.

        Args:
            code: Code of the resource

        ``DELETE /api/rest/v1/product-models/{code}``
        """
        return await self._client.request(
            _operations().delete,
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
        body: ProductModel | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a product model

        This endpoint allows you to update a given product model. Learn more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no product model exists for the given code, it creates it. In the Enterprise Edition PIM since the 2.3, permissions based on your user groups are applied to the product model you try to update. It may result in the creation of a draft if you only have edit rights through the product model's categories.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/product-models/{code}``
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

    async def get_draft(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ProductModel:
        """Get a draft

        This endpoint allows you to get the information about a given product model draft.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/product-models/{code}/draft``
        """
        return await self._client.request(
            _operations().get_draft,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def submit_proposal(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Submit a draft for approval

        This endpoint allows you to submit a product model draft for approval.

        Args:
            code: Code of the resource

        ``POST /api/rest/v1/product-models/{code}/proposal``
        """
        return await self._client.request(
            _operations().submit_proposal,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ProductModelsResourceWithRawResponse:
    """``client.product_models.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ProductModelsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.get_draft = to_raw_response_wrapper(resource.get_draft)
        self.submit_proposal = to_raw_response_wrapper(resource.submit_proposal)


class AsyncProductModelsResourceWithRawResponse:
    """``client.product_models.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncProductModelsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.get_draft = async_to_raw_response_wrapper(resource.get_draft)
        self.submit_proposal = async_to_raw_response_wrapper(resource.submit_proposal)
