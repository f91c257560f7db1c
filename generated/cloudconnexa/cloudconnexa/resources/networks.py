"""The ``networks`` resource: Networks (sites) and everything attached to them."""

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
    from ..models.network import Network
    from ..models.network_create_request import NetworkCreateRequest
    from ..models.network_page import NetworkPage
    from .networks_connectors import (
        AsyncNetworksConnectorsResource,
        NetworksConnectorsResource,
    )
    from .networks_routes import AsyncNetworksRoutesResource, NetworksRoutesResource
    from .networks_ip_services import (
        AsyncNetworksIpServicesResource,
        NetworksIpServicesResource,
    )
    from .networks_applications import (
        AsyncNetworksApplicationsResource,
        NetworksApplicationsResource,
    )

__all__ = ["NetworksResource", "AsyncNetworksResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Network]
    create: Operation[Network]
    get: Operation[Network]
    update: Operation[Network]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.network import Network
    from ..models.network_create_request import NetworkCreateRequest
    from ..models.network_page import NetworkPage

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/networks",
            params=(
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", NetworkPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=Network,
        ),
        create=Operation(
            method="POST",
            path="/networks",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Network),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksCreate",
        ),
        get=Operation(
            method="GET",
            path="/networks/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", Network),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksGet",
        ),
        update=Operation(
            method="PUT",
            path="/networks/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Network),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/networks/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksDelete",
        ),
    )


class NetworksResource:
    """Networks (sites) and everything attached to them.

    Reached as ``client.networks``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NetworksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return NetworksResourceWithRawResponse(self)

    @cached_property
    def connectors(self) -> NetworksConnectorsResource:
        """Nested resource: ``client.networks.connectors``."""
        from .networks_connectors import NetworksConnectorsResource

        return NetworksConnectorsResource(self._client)

    @cached_property
    def routes(self) -> NetworksRoutesResource:
        """Nested resource: ``client.networks.routes``."""
        from .networks_routes import NetworksRoutesResource

        return NetworksRoutesResource(self._client)

    @cached_property
    def ip_services(self) -> NetworksIpServicesResource:
        """Nested resource: ``client.networks.ip_services``."""
        from .networks_ip_services import NetworksIpServicesResource

        return NetworksIpServicesResource(self._client)

    @cached_property
    def applications(self) -> NetworksApplicationsResource:
        """Nested resource: ``client.networks.applications``."""
        from .networks_applications import NetworksApplicationsResource

        return NetworksApplicationsResource(self._client)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Network]:
        """List networks, a page at a time.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks``
        """
        return self._client.paginate(
            _operations().list,
            query={
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
        body: NetworkCreateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Network:
        """Create a network.

        ``POST /networks``
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
    ) -> Network:
        """Get a network.

        ``GET /networks/{id}``
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
        body: Network | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Network:
        """Replace a network (full update).

        ``PUT /networks/{id}``
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
        """Delete a network.

        ``DELETE /networks/{id}``
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


class AsyncNetworksResource:
    """Networks (sites) and everything attached to them.

    Reached as ``client.networks``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNetworksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncNetworksResourceWithRawResponse(self)

    @cached_property
    def connectors(self) -> AsyncNetworksConnectorsResource:
        """Nested resource: ``client.networks.connectors``."""
        from .networks_connectors import AsyncNetworksConnectorsResource

        return AsyncNetworksConnectorsResource(self._client)

    @cached_property
    def routes(self) -> AsyncNetworksRoutesResource:
        """Nested resource: ``client.networks.routes``."""
        from .networks_routes import AsyncNetworksRoutesResource

        return AsyncNetworksRoutesResource(self._client)

    @cached_property
    def ip_services(self) -> AsyncNetworksIpServicesResource:
        """Nested resource: ``client.networks.ip_services``."""
        from .networks_ip_services import AsyncNetworksIpServicesResource

        return AsyncNetworksIpServicesResource(self._client)

    @cached_property
    def applications(self) -> AsyncNetworksApplicationsResource:
        """Nested resource: ``client.networks.applications``."""
        from .networks_applications import AsyncNetworksApplicationsResource

        return AsyncNetworksApplicationsResource(self._client)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Network]:
        """List networks, a page at a time.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks``
        """
        return self._client.paginate(
            _operations().list,
            query={
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
        body: NetworkCreateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Network:
        """Create a network.

        ``POST /networks``
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
    ) -> Network:
        """Get a network.

        ``GET /networks/{id}``
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
        body: Network | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Network:
        """Replace a network (full update).

        ``PUT /networks/{id}``
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
        """Delete a network.

        ``DELETE /networks/{id}``
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


class NetworksResourceWithRawResponse:
    """``client.networks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: NetworksResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncNetworksResourceWithRawResponse:
    """``client.networks.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNetworksResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
