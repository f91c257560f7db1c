"""The ``hosts`` resource: Hosts and their connectors, applications and IP services."""

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
    from ..models.host import Host
    from ..models.host_page import HostPage
    from .hosts_connectors import AsyncHostsConnectorsResource, HostsConnectorsResource
    from .hosts_ip_services import AsyncHostsIpServicesResource, HostsIpServicesResource
    from .hosts_applications import (
        AsyncHostsApplicationsResource,
        HostsApplicationsResource,
    )

__all__ = ["HostsResource", "AsyncHostsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Host]
    create: Operation[Host]
    get: Operation[Host]
    update: Operation[Host]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.host import Host
    from ..models.host_page import HostPage

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/hosts",
            params=(
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", HostPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=Host,
        ),
        create=Operation(
            method="POST",
            path="/hosts",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Host),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsCreate",
        ),
        get=Operation(
            method="GET",
            path="/hosts/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", Host),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsGet",
        ),
        update=Operation(
            method="PUT",
            path="/hosts/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Host),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/hosts/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsDelete",
        ),
    )


class HostsResource:
    """Hosts and their connectors, applications and IP services.

    Reached as ``client.hosts``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HostsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return HostsResourceWithRawResponse(self)

    @cached_property
    def connectors(self) -> HostsConnectorsResource:
        """Nested resource: ``client.hosts.connectors``."""
        from .hosts_connectors import HostsConnectorsResource

        return HostsConnectorsResource(self._client)

    @cached_property
    def ip_services(self) -> HostsIpServicesResource:
        """Nested resource: ``client.hosts.ip_services``."""
        from .hosts_ip_services import HostsIpServicesResource

        return HostsIpServicesResource(self._client)

    @cached_property
    def applications(self) -> HostsApplicationsResource:
        """Nested resource: ``client.hosts.applications``."""
        from .hosts_applications import HostsApplicationsResource

        return HostsApplicationsResource(self._client)

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
    ) -> SyncPage[Host]:
        """List hosts, a page at a time.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /hosts``
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
        body: Host | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Host:
        """Create a host.

        ``POST /hosts``
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
    ) -> Host:
        """Get a host.

        ``GET /hosts/{id}``
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
        body: Host | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Host:
        """Replace a host (full update).

        ``PUT /hosts/{id}``
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
        """Delete a host.

        ``DELETE /hosts/{id}``
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


class AsyncHostsResource:
    """Hosts and their connectors, applications and IP services.

    Reached as ``client.hosts``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHostsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncHostsResourceWithRawResponse(self)

    @cached_property
    def connectors(self) -> AsyncHostsConnectorsResource:
        """Nested resource: ``client.hosts.connectors``."""
        from .hosts_connectors import AsyncHostsConnectorsResource

        return AsyncHostsConnectorsResource(self._client)

    @cached_property
    def ip_services(self) -> AsyncHostsIpServicesResource:
        """Nested resource: ``client.hosts.ip_services``."""
        from .hosts_ip_services import AsyncHostsIpServicesResource

        return AsyncHostsIpServicesResource(self._client)

    @cached_property
    def applications(self) -> AsyncHostsApplicationsResource:
        """Nested resource: ``client.hosts.applications``."""
        from .hosts_applications import AsyncHostsApplicationsResource

        return AsyncHostsApplicationsResource(self._client)

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
    ) -> AsyncPage[Host]:
        """List hosts, a page at a time.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /hosts``
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
        body: Host | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Host:
        """Create a host.

        ``POST /hosts``
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
    ) -> Host:
        """Get a host.

        ``GET /hosts/{id}``
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
        body: Host | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Host:
        """Replace a host (full update).

        ``PUT /hosts/{id}``
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
        """Delete a host.

        ``DELETE /hosts/{id}``
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


class HostsResourceWithRawResponse:
    """``client.hosts.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: HostsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncHostsResourceWithRawResponse:
    """``client.hosts.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncHostsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
