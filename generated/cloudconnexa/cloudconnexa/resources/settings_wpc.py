"""The ``wpc`` resource."""

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
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.domain_routing_subnet import DomainRoutingSubnet
    from ..models.error_response import ErrorResponse
    from ..models.wpc_subnet import WpcSubnet

__all__ = ["SettingsWpcResource", "AsyncSettingsWpcResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_client_options: Operation[list[str]]
    set_client_options: Operation[list[str]]
    get_default_region: Operation[str]
    set_default_region: Operation[str]
    get_domain_routing_subnet: Operation[DomainRoutingSubnet]
    set_domain_routing_subnet: Operation[DomainRoutingSubnet]
    get_ip_allocation_mode: Operation[str]
    set_ip_allocation_mode: Operation[str]
    get_routes_advanced_configuration_enabled: Operation[bool]
    set_routes_advanced_configuration_enabled: Operation[bool]
    get_snat: Operation[bool]
    set_snat: Operation[bool]
    get_subnet: Operation[WpcSubnet]
    set_subnet: Operation[WpcSubnet]
    get_topology: Operation[str]
    set_topology: Operation[str]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.domain_routing_subnet import DomainRoutingSubnet
    from ..models.error_response import ErrorResponse
    from ..models.wpc_subnet import WpcSubnet

    return _Operations(
        get_client_options=Operation(
            method="GET",
            path="/settings/wpc/client-options",
            responses={
                "200": Response("json", list[str]),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetClientOptions",
        ),
        set_client_options=Operation(
            method="PUT",
            path="/settings/wpc/client-options",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", list[str]),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetClientOptions",
        ),
        get_default_region=Operation(
            method="GET",
            path="/settings/wpc/default-region",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetDefaultRegion",
        ),
        set_default_region=Operation(
            method="PUT",
            path="/settings/wpc/default-region",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetDefaultRegion",
        ),
        get_domain_routing_subnet=Operation(
            method="GET",
            path="/settings/wpc/domain-routing-subnet",
            responses={
                "200": Response("json", DomainRoutingSubnet),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetDomainRoutingSubnet",
        ),
        set_domain_routing_subnet=Operation(
            method="PUT",
            path="/settings/wpc/domain-routing-subnet",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", DomainRoutingSubnet),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetDomainRoutingSubnet",
        ),
        get_ip_allocation_mode=Operation(
            method="GET",
            path="/settings/wpc/ip-allocation-mode",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetIpAllocationMode",
        ),
        set_ip_allocation_mode=Operation(
            method="PUT",
            path="/settings/wpc/ip-allocation-mode",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetIpAllocationMode",
        ),
        get_routes_advanced_configuration_enabled=Operation(
            method="GET",
            path="/settings/wpc/routes-advanced-configuration-enabled",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetRoutesAdvancedConfigurationEnabled",
        ),
        set_routes_advanced_configuration_enabled=Operation(
            method="PUT",
            path="/settings/wpc/routes-advanced-configuration-enabled",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetRoutesAdvancedConfigurationEnabled",
        ),
        get_snat=Operation(
            method="GET",
            path="/settings/wpc/snat",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetSnat",
        ),
        set_snat=Operation(
            method="PUT",
            path="/settings/wpc/snat",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetSnat",
        ),
        get_subnet=Operation(
            method="GET",
            path="/settings/wpc/subnet",
            responses={
                "200": Response("json", WpcSubnet),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetSubnet",
        ),
        set_subnet=Operation(
            method="PUT",
            path="/settings/wpc/subnet",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", WpcSubnet),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetSubnet",
        ),
        get_topology=Operation(
            method="GET",
            path="/settings/wpc/topology",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcGetTopology",
        ),
        set_topology=Operation(
            method="PUT",
            path="/settings/wpc/topology",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsWpcSetTopology",
        ),
    )


class SettingsWpcResource:
    """Operations of the ``wpc`` resource.

    Reached as ``client.wpc``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsWpcResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SettingsWpcResourceWithRawResponse(self)

    def get_client_options(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Get the OpenVPN client options.

        ``GET /settings/wpc/client-options``
        """
        return self._client.request(
            _operations().get_client_options,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_client_options(
        self,
        *,
        body: list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Set the OpenVPN client options.

        ``PUT /settings/wpc/client-options``
        """
        return self._client.request(
            _operations().set_client_options,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_default_region(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the default VPN region.

        ``GET /settings/wpc/default-region``
        """
        return self._client.request(
            _operations().get_default_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_default_region(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the default VPN region.

        ``PUT /settings/wpc/default-region``
        """
        return self._client.request(
            _operations().set_default_region,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_domain_routing_subnet(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DomainRoutingSubnet:
        """Get the domain routing subnet.

        ``GET /settings/wpc/domain-routing-subnet``
        """
        return self._client.request(
            _operations().get_domain_routing_subnet,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_domain_routing_subnet(
        self,
        *,
        body: DomainRoutingSubnet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DomainRoutingSubnet:
        """Set the domain routing subnet.

        ``PUT /settings/wpc/domain-routing-subnet``
        """
        return self._client.request(
            _operations().set_domain_routing_subnet,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_ip_allocation_mode(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the IP allocation mode (BOTH or IP_V4_ONLY).

        ``GET /settings/wpc/ip-allocation-mode``
        """
        return self._client.request(
            _operations().get_ip_allocation_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_ip_allocation_mode(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the IP allocation mode (BOTH or IP_V4_ONLY).

        ``PUT /settings/wpc/ip-allocation-mode``
        """
        return self._client.request(
            _operations().set_ip_allocation_mode,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_routes_advanced_configuration_enabled(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether advanced route configuration is enabled.

        ``GET /settings/wpc/routes-advanced-configuration-enabled``
        """
        return self._client.request(
            _operations().get_routes_advanced_configuration_enabled,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_routes_advanced_configuration_enabled(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether advanced route configuration is enabled.

        ``PUT /settings/wpc/routes-advanced-configuration-enabled``
        """
        return self._client.request(
            _operations().set_routes_advanced_configuration_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_snat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether SNAT is enabled.

        ``GET /settings/wpc/snat``
        """
        return self._client.request(
            _operations().get_snat,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_snat(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether SNAT is enabled.

        ``PUT /settings/wpc/snat``
        """
        return self._client.request(
            _operations().set_snat,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_subnet(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> WpcSubnet:
        """Get the WPC subnets.

        ``GET /settings/wpc/subnet``
        """
        return self._client.request(
            _operations().get_subnet,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_subnet(
        self,
        *,
        body: WpcSubnet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> WpcSubnet:
        """Set the WPC subnets.

        ``PUT /settings/wpc/subnet``
        """
        return self._client.request(
            _operations().set_subnet,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_topology(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the topology (FULL_MESH or CUSTOM).

        ``GET /settings/wpc/topology``
        """
        return self._client.request(
            _operations().get_topology,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_topology(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the topology (FULL_MESH or CUSTOM).

        ``PUT /settings/wpc/topology``
        """
        return self._client.request(
            _operations().set_topology,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsWpcResource:
    """Operations of the ``wpc`` resource.

    Reached as ``client.wpc``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsWpcResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSettingsWpcResourceWithRawResponse(self)

    async def get_client_options(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Get the OpenVPN client options.

        ``GET /settings/wpc/client-options``
        """
        return await self._client.request(
            _operations().get_client_options,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_client_options(
        self,
        *,
        body: list[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Set the OpenVPN client options.

        ``PUT /settings/wpc/client-options``
        """
        return await self._client.request(
            _operations().set_client_options,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_default_region(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the default VPN region.

        ``GET /settings/wpc/default-region``
        """
        return await self._client.request(
            _operations().get_default_region,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_default_region(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the default VPN region.

        ``PUT /settings/wpc/default-region``
        """
        return await self._client.request(
            _operations().set_default_region,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_domain_routing_subnet(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DomainRoutingSubnet:
        """Get the domain routing subnet.

        ``GET /settings/wpc/domain-routing-subnet``
        """
        return await self._client.request(
            _operations().get_domain_routing_subnet,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_domain_routing_subnet(
        self,
        *,
        body: DomainRoutingSubnet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DomainRoutingSubnet:
        """Set the domain routing subnet.

        ``PUT /settings/wpc/domain-routing-subnet``
        """
        return await self._client.request(
            _operations().set_domain_routing_subnet,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_ip_allocation_mode(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the IP allocation mode (BOTH or IP_V4_ONLY).

        ``GET /settings/wpc/ip-allocation-mode``
        """
        return await self._client.request(
            _operations().get_ip_allocation_mode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_ip_allocation_mode(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the IP allocation mode (BOTH or IP_V4_ONLY).

        ``PUT /settings/wpc/ip-allocation-mode``
        """
        return await self._client.request(
            _operations().set_ip_allocation_mode,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_routes_advanced_configuration_enabled(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether advanced route configuration is enabled.

        ``GET /settings/wpc/routes-advanced-configuration-enabled``
        """
        return await self._client.request(
            _operations().get_routes_advanced_configuration_enabled,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_routes_advanced_configuration_enabled(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether advanced route configuration is enabled.

        ``PUT /settings/wpc/routes-advanced-configuration-enabled``
        """
        return await self._client.request(
            _operations().set_routes_advanced_configuration_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_snat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether SNAT is enabled.

        ``GET /settings/wpc/snat``
        """
        return await self._client.request(
            _operations().get_snat,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_snat(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether SNAT is enabled.

        ``PUT /settings/wpc/snat``
        """
        return await self._client.request(
            _operations().set_snat,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_subnet(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> WpcSubnet:
        """Get the WPC subnets.

        ``GET /settings/wpc/subnet``
        """
        return await self._client.request(
            _operations().get_subnet,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_subnet(
        self,
        *,
        body: WpcSubnet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> WpcSubnet:
        """Set the WPC subnets.

        ``PUT /settings/wpc/subnet``
        """
        return await self._client.request(
            _operations().set_subnet,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_topology(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the topology (FULL_MESH or CUSTOM).

        ``GET /settings/wpc/topology``
        """
        return await self._client.request(
            _operations().get_topology,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_topology(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the topology (FULL_MESH or CUSTOM).

        ``PUT /settings/wpc/topology``
        """
        return await self._client.request(
            _operations().set_topology,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsWpcResourceWithRawResponse:
    """``client.settings.wpc.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SettingsWpcResource) -> None:
        self.get_client_options = to_raw_response_wrapper(resource.get_client_options)
        self.set_client_options = to_raw_response_wrapper(resource.set_client_options)
        self.get_default_region = to_raw_response_wrapper(resource.get_default_region)
        self.set_default_region = to_raw_response_wrapper(resource.set_default_region)
        self.get_domain_routing_subnet = to_raw_response_wrapper(
            resource.get_domain_routing_subnet
        )
        self.set_domain_routing_subnet = to_raw_response_wrapper(
            resource.set_domain_routing_subnet
        )
        self.get_ip_allocation_mode = to_raw_response_wrapper(
            resource.get_ip_allocation_mode
        )
        self.set_ip_allocation_mode = to_raw_response_wrapper(
            resource.set_ip_allocation_mode
        )
        self.get_routes_advanced_configuration_enabled = to_raw_response_wrapper(
            resource.get_routes_advanced_configuration_enabled
        )
        self.set_routes_advanced_configuration_enabled = to_raw_response_wrapper(
            resource.set_routes_advanced_configuration_enabled
        )
        self.get_snat = to_raw_response_wrapper(resource.get_snat)
        self.set_snat = to_raw_response_wrapper(resource.set_snat)
        self.get_subnet = to_raw_response_wrapper(resource.get_subnet)
        self.set_subnet = to_raw_response_wrapper(resource.set_subnet)
        self.get_topology = to_raw_response_wrapper(resource.get_topology)
        self.set_topology = to_raw_response_wrapper(resource.set_topology)


class AsyncSettingsWpcResourceWithRawResponse:
    """``client.settings.wpc.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSettingsWpcResource) -> None:
        self.get_client_options = async_to_raw_response_wrapper(
            resource.get_client_options
        )
        self.set_client_options = async_to_raw_response_wrapper(
            resource.set_client_options
        )
        self.get_default_region = async_to_raw_response_wrapper(
            resource.get_default_region
        )
        self.set_default_region = async_to_raw_response_wrapper(
            resource.set_default_region
        )
        self.get_domain_routing_subnet = async_to_raw_response_wrapper(
            resource.get_domain_routing_subnet
        )
        self.set_domain_routing_subnet = async_to_raw_response_wrapper(
            resource.set_domain_routing_subnet
        )
        self.get_ip_allocation_mode = async_to_raw_response_wrapper(
            resource.get_ip_allocation_mode
        )
        self.set_ip_allocation_mode = async_to_raw_response_wrapper(
            resource.set_ip_allocation_mode
        )
        self.get_routes_advanced_configuration_enabled = async_to_raw_response_wrapper(
            resource.get_routes_advanced_configuration_enabled
        )
        self.set_routes_advanced_configuration_enabled = async_to_raw_response_wrapper(
            resource.set_routes_advanced_configuration_enabled
        )
        self.get_snat = async_to_raw_response_wrapper(resource.get_snat)
        self.set_snat = async_to_raw_response_wrapper(resource.set_snat)
        self.get_subnet = async_to_raw_response_wrapper(resource.get_subnet)
        self.set_subnet = async_to_raw_response_wrapper(resource.set_subnet)
        self.get_topology = async_to_raw_response_wrapper(resource.get_topology)
        self.set_topology = async_to_raw_response_wrapper(resource.set_topology)
