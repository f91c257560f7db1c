"""The ``dns`` resource."""

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
    from ..models.dns_servers import DnsServers
    from ..models.dns_zones import DnsZones
    from ..models.error_response import ErrorResponse

__all__ = ["SettingsDnsResource", "AsyncSettingsDnsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_custom_servers: Operation[DnsServers]
    set_custom_servers: Operation[DnsServers]
    get_default_suffix: Operation[str]
    set_default_suffix: Operation[str]
    get_proxy_enabled: Operation[bool]
    set_proxy_enabled: Operation[bool]
    get_zones: Operation[DnsZones]
    set_zones: Operation[DnsZones]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.dns_servers import DnsServers
    from ..models.dns_zones import DnsZones
    from ..models.error_response import ErrorResponse

    return _Operations(
        get_custom_servers=Operation(
            method="GET",
            path="/settings/dns/custom-servers",
            responses={
                "200": Response("json", DnsServers),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsGetCustomServers",
        ),
        set_custom_servers=Operation(
            method="PUT",
            path="/settings/dns/custom-servers",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", DnsServers),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsSetCustomServers",
        ),
        get_default_suffix=Operation(
            method="GET",
            path="/settings/dns/default-suffix",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsGetDefaultSuffix",
        ),
        set_default_suffix=Operation(
            method="PUT",
            path="/settings/dns/default-suffix",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsSetDefaultSuffix",
        ),
        get_proxy_enabled=Operation(
            method="GET",
            path="/settings/dns/proxy-enabled",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsGetProxyEnabled",
        ),
        set_proxy_enabled=Operation(
            method="PUT",
            path="/settings/dns/proxy-enabled",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsSetProxyEnabled",
        ),
        get_zones=Operation(
            method="GET",
            path="/settings/dns/zones",
            responses={
                "200": Response("json", DnsZones),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsGetZones",
        ),
        set_zones=Operation(
            method="PUT",
            path="/settings/dns/zones",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", DnsZones),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsDnsSetZones",
        ),
    )


class SettingsDnsResource:
    """Operations of the ``dns`` resource.

    Reached as ``client.dns``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsDnsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SettingsDnsResourceWithRawResponse(self)

    def get_custom_servers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsServers:
        """Get the custom DNS servers.

        ``GET /settings/dns/custom-servers``
        """
        return self._client.request(
            _operations().get_custom_servers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_custom_servers(
        self,
        *,
        body: DnsServers | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsServers:
        """Set the custom DNS servers.

        ``PUT /settings/dns/custom-servers``
        """
        return self._client.request(
            _operations().set_custom_servers,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_default_suffix(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the default DNS suffix.

        ``GET /settings/dns/default-suffix``
        """
        return self._client.request(
            _operations().get_default_suffix,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_default_suffix(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the default DNS suffix.

        ``PUT /settings/dns/default-suffix``
        """
        return self._client.request(
            _operations().set_default_suffix,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_proxy_enabled(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether the DNS proxy is enabled.

        ``GET /settings/dns/proxy-enabled``
        """
        return self._client.request(
            _operations().get_proxy_enabled,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_proxy_enabled(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether the DNS proxy is enabled.

        ``PUT /settings/dns/proxy-enabled``
        """
        return self._client.request(
            _operations().set_proxy_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_zones(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsZones:
        """Get the DNS zones.

        ``GET /settings/dns/zones``
        """
        return self._client.request(
            _operations().get_zones,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_zones(
        self,
        *,
        body: DnsZones | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsZones:
        """Set the DNS zones.

        ``PUT /settings/dns/zones``
        """
        return self._client.request(
            _operations().set_zones,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsDnsResource:
    """Operations of the ``dns`` resource.

    Reached as ``client.dns``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsDnsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSettingsDnsResourceWithRawResponse(self)

    async def get_custom_servers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsServers:
        """Get the custom DNS servers.

        ``GET /settings/dns/custom-servers``
        """
        return await self._client.request(
            _operations().get_custom_servers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_custom_servers(
        self,
        *,
        body: DnsServers | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsServers:
        """Set the custom DNS servers.

        ``PUT /settings/dns/custom-servers``
        """
        return await self._client.request(
            _operations().set_custom_servers,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_default_suffix(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get the default DNS suffix.

        ``GET /settings/dns/default-suffix``
        """
        return await self._client.request(
            _operations().get_default_suffix,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_default_suffix(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set the default DNS suffix.

        ``PUT /settings/dns/default-suffix``
        """
        return await self._client.request(
            _operations().set_default_suffix,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_proxy_enabled(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether the DNS proxy is enabled.

        ``GET /settings/dns/proxy-enabled``
        """
        return await self._client.request(
            _operations().get_proxy_enabled,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_proxy_enabled(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether the DNS proxy is enabled.

        ``PUT /settings/dns/proxy-enabled``
        """
        return await self._client.request(
            _operations().set_proxy_enabled,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_zones(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsZones:
        """Get the DNS zones.

        ``GET /settings/dns/zones``
        """
        return await self._client.request(
            _operations().get_zones,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_zones(
        self,
        *,
        body: DnsZones | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsZones:
        """Set the DNS zones.

        ``PUT /settings/dns/zones``
        """
        return await self._client.request(
            _operations().set_zones,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsDnsResourceWithRawResponse:
    """``client.settings.dns.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SettingsDnsResource) -> None:
        self.get_custom_servers = to_raw_response_wrapper(resource.get_custom_servers)
        self.set_custom_servers = to_raw_response_wrapper(resource.set_custom_servers)
        self.get_default_suffix = to_raw_response_wrapper(resource.get_default_suffix)
        self.set_default_suffix = to_raw_response_wrapper(resource.set_default_suffix)
        self.get_proxy_enabled = to_raw_response_wrapper(resource.get_proxy_enabled)
        self.set_proxy_enabled = to_raw_response_wrapper(resource.set_proxy_enabled)
        self.get_zones = to_raw_response_wrapper(resource.get_zones)
        self.set_zones = to_raw_response_wrapper(resource.set_zones)


class AsyncSettingsDnsResourceWithRawResponse:
    """``client.settings.dns.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSettingsDnsResource) -> None:
        self.get_custom_servers = async_to_raw_response_wrapper(
            resource.get_custom_servers
        )
        self.set_custom_servers = async_to_raw_response_wrapper(
            resource.set_custom_servers
        )
        self.get_default_suffix = async_to_raw_response_wrapper(
            resource.get_default_suffix
        )
        self.set_default_suffix = async_to_raw_response_wrapper(
            resource.set_default_suffix
        )
        self.get_proxy_enabled = async_to_raw_response_wrapper(
            resource.get_proxy_enabled
        )
        self.set_proxy_enabled = async_to_raw_response_wrapper(
            resource.set_proxy_enabled
        )
        self.get_zones = async_to_raw_response_wrapper(resource.get_zones)
        self.set_zones = async_to_raw_response_wrapper(resource.set_zones)
