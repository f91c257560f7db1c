"""The ``connectors`` resource."""

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
    from ..models.host_connector import HostConnector
    from ..models.host_connector_page import HostConnectorPage

__all__ = ["HostsConnectorsResource", "AsyncHostsConnectorsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[HostConnector]
    create: Operation[HostConnector]
    get: Operation[HostConnector]
    update: Operation[HostConnector]
    delete: Operation[None]
    profile: Operation[str]
    encrypted_profile: Operation[str]
    activate: Operation[None]
    suspend: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.host_connector import HostConnector
    from ..models.host_connector_page import HostConnectorPage

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/hosts/connectors",
            params=(
                Param("hostId", "query"),
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", HostConnectorPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=HostConnector,
        ),
        create=Operation(
            method="POST",
            path="/hosts/connectors",
            params=(Param("hostId", "query"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", HostConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsCreate",
        ),
        get=Operation(
            method="GET",
            path="/hosts/connectors/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", HostConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsGet",
        ),
        update=Operation(
            method="PUT",
            path="/hosts/connectors/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", HostConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/hosts/connectors/{id}",
            params=(
                Param("id", "path"),
                Param("hostId", "query"),
            ),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsDelete",
        ),
        profile=Operation(
            method="POST",
            path="/hosts/connectors/{id}/profile",
            params=(Param("id", "path"),),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsProfile",
        ),
        encrypted_profile=Operation(
            method="POST",
            path="/hosts/connectors/{id}/profile/encrypt",
            params=(Param("id", "path"),),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsEncryptedProfile",
        ),
        activate=Operation(
            method="PUT",
            path="/hosts/connectors/{id}/activate",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsActivate",
        ),
        suspend=Operation(
            method="PUT",
            path="/hosts/connectors/{id}/suspend",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="hostsConnectorsSuspend",
        ),
    )


class HostsConnectorsResource:
    """Operations of the ``connectors`` resource.

    Reached as ``client.connectors``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HostsConnectorsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return HostsConnectorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        host_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[HostConnector]:
        """List host connectors (optionally of one host).

        Args:
            host_id: The host the connector belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /hosts/connectors``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "hostId": host_id,
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
        host_id: str,
        body: HostConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HostConnector:
        """Add a connector to a host.

        Args:
            host_id: The host the connector belongs to.

        ``POST /hosts/connectors``
        """
        return self._client.request(
            _operations().create,
            query={
                "hostId": host_id,
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
    ) -> HostConnector:
        """Get a host connector.

        ``GET /hosts/connectors/{id}``
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
        body: HostConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HostConnector:
        """Replace a host connector.

        ``PUT /hosts/connectors/{id}``
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
        host_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a host connector.

        Args:
            host_id: The host the connector belongs to.

        ``DELETE /hosts/connectors/{id}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "hostId": host_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def profile(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an OpenVPN profile (.ovpn text) for the connector.

        ``POST /hosts/connectors/{id}/profile``
        """
        return self._client.request(
            _operations().profile,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def encrypted_profile(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an encrypted connector token (text).

        ``POST /hosts/connectors/{id}/profile/encrypt``
        """
        return self._client.request(
            _operations().encrypted_profile,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def activate(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Activate the connector.

        ``PUT /hosts/connectors/{id}/activate``
        """
        return self._client.request(
            _operations().activate,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def suspend(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Suspend the connector.

        ``PUT /hosts/connectors/{id}/suspend``
        """
        return self._client.request(
            _operations().suspend,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncHostsConnectorsResource:
    """Operations of the ``connectors`` resource.

    Reached as ``client.connectors``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHostsConnectorsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncHostsConnectorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        host_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[HostConnector]:
        """List host connectors (optionally of one host).

        Args:
            host_id: The host the connector belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /hosts/connectors``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "hostId": host_id,
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
        host_id: str,
        body: HostConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HostConnector:
        """Add a connector to a host.

        Args:
            host_id: The host the connector belongs to.

        ``POST /hosts/connectors``
        """
        return await self._client.request(
            _operations().create,
            query={
                "hostId": host_id,
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
    ) -> HostConnector:
        """Get a host connector.

        ``GET /hosts/connectors/{id}``
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
        body: HostConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> HostConnector:
        """Replace a host connector.

        ``PUT /hosts/connectors/{id}``
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
        host_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a host connector.

        Args:
            host_id: The host the connector belongs to.

        ``DELETE /hosts/connectors/{id}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "hostId": host_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def profile(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an OpenVPN profile (.ovpn text) for the connector.

        ``POST /hosts/connectors/{id}/profile``
        """
        return await self._client.request(
            _operations().profile,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def encrypted_profile(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an encrypted connector token (text).

        ``POST /hosts/connectors/{id}/profile/encrypt``
        """
        return await self._client.request(
            _operations().encrypted_profile,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def activate(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Activate the connector.

        ``PUT /hosts/connectors/{id}/activate``
        """
        return await self._client.request(
            _operations().activate,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def suspend(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Suspend the connector.

        ``PUT /hosts/connectors/{id}/suspend``
        """
        return await self._client.request(
            _operations().suspend,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class HostsConnectorsResourceWithRawResponse:
    """``client.hosts.connectors.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: HostsConnectorsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.profile = to_raw_response_wrapper(resource.profile)
        self.encrypted_profile = to_raw_response_wrapper(resource.encrypted_profile)
        self.activate = to_raw_response_wrapper(resource.activate)
        self.suspend = to_raw_response_wrapper(resource.suspend)


class AsyncHostsConnectorsResourceWithRawResponse:
    """``client.hosts.connectors.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncHostsConnectorsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.profile = async_to_raw_response_wrapper(resource.profile)
        self.encrypted_profile = async_to_raw_response_wrapper(
            resource.encrypted_profile
        )
        self.activate = async_to_raw_response_wrapper(resource.activate)
        self.suspend = async_to_raw_response_wrapper(resource.suspend)
