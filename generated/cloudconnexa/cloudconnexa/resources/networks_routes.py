"""The ``routes`` resource."""

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
    from ..models.error_response import ErrorResponse
    from ..models.route import Route
    from ..models.route_page import RoutePage
    from ..models.route_request import RouteRequest

__all__ = ["NetworksRoutesResource", "AsyncNetworksRoutesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Route]
    create: Operation[Route]
    get: Operation[Route]
    update: Operation[Route]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.route import Route
    from ..models.route_page import RoutePage
    from ..models.route_request import RouteRequest

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/networks/routes",
            params=(
                Param("networkId", "query"),
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", RoutePage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksRoutesList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=Route,
        ),
        create=Operation(
            method="POST",
            path="/networks/routes",
            params=(Param("networkId", "query"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("json", Route),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksRoutesCreate",
        ),
        get=Operation(
            method="GET",
            path="/networks/routes/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", Route),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksRoutesGet",
        ),
        update=Operation(
            method="PUT",
            path="/networks/routes/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Route),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksRoutesUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/networks/routes/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksRoutesDelete",
        ),
    )


class NetworksRoutesResource:
    """Operations of the ``routes`` resource.

    Reached as ``client.routes``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NetworksRoutesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return NetworksRoutesResourceWithRawResponse(self)

    def list(
        self,
        *,
        network_id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Route]:
        """List the routes of a network.

        Args:
            network_id: The network the route belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/routes``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "networkId": network_id,
                "page": page,
                "size": size,
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
        network_id: str,
        body: RouteRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Route:
        """Add a route to a network.

        Args:
            network_id: The network the route belongs to.

        ``POST /networks/routes``
        """
        return self._client.request(
            _operations().create,
            query={
                "networkId": network_id,
            },
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
    ) -> Route:
        """Get a route.

        ``GET /networks/routes/{id}``
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

    def update(
        self,
        id: str,
        *,
        body: RouteRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Route:
        """Replace a route.

        ``PUT /networks/routes/{id}``
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

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a route.

        ``DELETE /networks/routes/{id}``
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


class AsyncNetworksRoutesResource:
    """Operations of the ``routes`` resource.

    Reached as ``client.routes``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNetworksRoutesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncNetworksRoutesResourceWithRawResponse(self)

    def list(
        self,
        *,
        network_id: str,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Route]:
        """List the routes of a network.

        Args:
            network_id: The network the route belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/routes``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "networkId": network_id,
                "page": page,
                "size": size,
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
        network_id: str,
        body: RouteRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Route:
        """Add a route to a network.

        Args:
            network_id: The network the route belongs to.

        ``POST /networks/routes``
        """
        return await self._client.request(
            _operations().create,
            query={
                "networkId": network_id,
            },
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
    ) -> Route:
        """Get a route.

        ``GET /networks/routes/{id}``
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

    async def update(
        self,
        id: str,
        *,
        body: RouteRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Route:
        """Replace a route.

        ``PUT /networks/routes/{id}``
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

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a route.

        ``DELETE /networks/routes/{id}``
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


class NetworksRoutesResourceWithRawResponse:
    """``client.networks.routes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: NetworksRoutesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncNetworksRoutesResourceWithRawResponse:
    """``client.networks.routes.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNetworksRoutesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
