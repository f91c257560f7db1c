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
    from ..models.network_connector import NetworkConnector
    from ..models.network_connector_page import NetworkConnectorPage

__all__ = ["NetworksConnectorsResource", "AsyncNetworksConnectorsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[NetworkConnector]
    create: Operation[NetworkConnector]
    get: Operation[NetworkConnector]
    update: Operation[NetworkConnector]
    delete: Operation[None]
    profile: Operation[str]
    encrypted_profile: Operation[str]
    start_ipsec: Operation[None]
    stop_ipsec: Operation[None]
    activate: Operation[None]
    suspend: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.network_connector import NetworkConnector
    from ..models.network_connector_page import NetworkConnectorPage

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/networks/connectors",
            params=(
                Param("networkId", "query"),
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", NetworkConnectorPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=NetworkConnector,
        ),
        create=Operation(
            method="POST",
            path="/networks/connectors",
            params=(Param("networkId", "query"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", NetworkConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsCreate",
        ),
        get=Operation(
            method="GET",
            path="/networks/connectors/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", NetworkConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsGet",
        ),
        update=Operation(
            method="PUT",
            path="/networks/connectors/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", NetworkConnector),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/networks/connectors/{id}",
            params=(
                Param("id", "path"),
                Param("networkId", "query"),
            ),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsDelete",
        ),
        profile=Operation(
            method="POST",
            path="/networks/connectors/{id}/profile",
            params=(Param("id", "path"),),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsProfile",
        ),
        encrypted_profile=Operation(
            method="POST",
            path="/networks/connectors/{id}/profile/encrypt",
            params=(Param("id", "path"),),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsEncryptedProfile",
        ),
        start_ipsec=Operation(
            method="POST",
            path="/networks/connectors/{id}/ipsec/start",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsStartIpsec",
        ),
        stop_ipsec=Operation(
            method="POST",
            path="/networks/connectors/{id}/ipsec/stop",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsStopIpsec",
        ),
        activate=Operation(
            method="PUT",
            path="/networks/connectors/{id}/activate",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsActivate",
        ),
        suspend=Operation(
            method="PUT",
            path="/networks/connectors/{id}/suspend",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksConnectorsSuspend",
        ),
    )


class NetworksConnectorsResource:
    """Operations of the ``connectors`` resource.

    Reached as ``client.connectors``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NetworksConnectorsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return NetworksConnectorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        network_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[NetworkConnector]:
        """List network connectors (optionally of one network).

        Args:
            network_id: The network the connector belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/connectors``
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
        body: NetworkConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> NetworkConnector:
        """Add a connector to a network.

        Args:
            network_id: The network the connector belongs to.

        ``POST /networks/connectors``
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
    ) -> NetworkConnector:
        """Get a network connector.

        ``GET /networks/connectors/{id}``
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
        body: NetworkConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> NetworkConnector:
        """Replace a network connector.

        ``PUT /networks/connectors/{id}``
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
        network_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a network connector.

        Args:
            network_id: The network the connector belongs to.

        ``DELETE /networks/connectors/{id}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "networkId": network_id,
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

        ``POST /networks/connectors/{id}/profile``
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

        ``POST /networks/connectors/{id}/profile/encrypt``
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

    def start_ipsec(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Start the IPsec tunnel of the connector.

        ``POST /networks/connectors/{id}/ipsec/start``
        """
        return self._client.request(
            _operations().start_ipsec,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stop_ipsec(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Stop the IPsec tunnel of the connector.

        ``POST /networks/connectors/{id}/ipsec/stop``
        """
        return self._client.request(
            _operations().stop_ipsec,
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

        ``PUT /networks/connectors/{id}/activate``
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

        ``PUT /networks/connectors/{id}/suspend``
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


class AsyncNetworksConnectorsResource:
    """Operations of the ``connectors`` resource.

    Reached as ``client.connectors``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNetworksConnectorsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncNetworksConnectorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        network_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[NetworkConnector]:
        """List network connectors (optionally of one network).

        Args:
            network_id: The network the connector belongs to.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/connectors``
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
        body: NetworkConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> NetworkConnector:
        """Add a connector to a network.

        Args:
            network_id: The network the connector belongs to.

        ``POST /networks/connectors``
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
    ) -> NetworkConnector:
        """Get a network connector.

        ``GET /networks/connectors/{id}``
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
        body: NetworkConnector | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> NetworkConnector:
        """Replace a network connector.

        ``PUT /networks/connectors/{id}``
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
        network_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a network connector.

        Args:
            network_id: The network the connector belongs to.

        ``DELETE /networks/connectors/{id}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "networkId": network_id,
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

        ``POST /networks/connectors/{id}/profile``
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

        ``POST /networks/connectors/{id}/profile/encrypt``
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

    async def start_ipsec(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Start the IPsec tunnel of the connector.

        ``POST /networks/connectors/{id}/ipsec/start``
        """
        return await self._client.request(
            _operations().start_ipsec,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def stop_ipsec(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Stop the IPsec tunnel of the connector.

        ``POST /networks/connectors/{id}/ipsec/stop``
        """
        return await self._client.request(
            _operations().stop_ipsec,
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

        ``PUT /networks/connectors/{id}/activate``
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

        ``PUT /networks/connectors/{id}/suspend``
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


class NetworksConnectorsResourceWithRawResponse:
    """``client.networks.connectors.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: NetworksConnectorsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.profile = to_raw_response_wrapper(resource.profile)
        self.encrypted_profile = to_raw_response_wrapper(resource.encrypted_profile)
        self.start_ipsec = to_raw_response_wrapper(resource.start_ipsec)
        self.stop_ipsec = to_raw_response_wrapper(resource.stop_ipsec)
        self.activate = to_raw_response_wrapper(resource.activate)
        self.suspend = to_raw_response_wrapper(resource.suspend)


class AsyncNetworksConnectorsResourceWithRawResponse:
    """``client.networks.connectors.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNetworksConnectorsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.profile = async_to_raw_response_wrapper(resource.profile)
        self.encrypted_profile = async_to_raw_response_wrapper(
            resource.encrypted_profile
        )
        self.start_ipsec = async_to_raw_response_wrapper(resource.start_ipsec)
        self.stop_ipsec = async_to_raw_response_wrapper(resource.stop_ipsec)
        self.activate = async_to_raw_response_wrapper(resource.activate)
        self.suspend = async_to_raw_response_wrapper(resource.suspend)
