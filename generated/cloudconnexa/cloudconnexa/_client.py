"""The CloudConnexa clients: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx

import clientsmith
from clientsmith import NOT_GIVEN, NotGiven, auth
from clientsmith._types import TimeoutTypes
from clientsmith.client import Hooks
from clientsmith.servers import Server, ServerVariable, select_base_url
from clientsmith.settings import float_setting, resolve_url, setting, with_user_agent

if TYPE_CHECKING:
    from .resources.networks import AsyncNetworksResource, NetworksResource
    from .resources.networks_connectors import (
        AsyncNetworksConnectorsResource,
        NetworksConnectorsResource,
    )
    from .resources.networks_routes import (
        AsyncNetworksRoutesResource,
        NetworksRoutesResource,
    )
    from .resources.networks_ip_services import (
        AsyncNetworksIpServicesResource,
        NetworksIpServicesResource,
    )
    from .resources.networks_applications import (
        AsyncNetworksApplicationsResource,
        NetworksApplicationsResource,
    )
    from .resources.hosts import AsyncHostsResource, HostsResource
    from .resources.hosts_connectors import (
        AsyncHostsConnectorsResource,
        HostsConnectorsResource,
    )
    from .resources.hosts_ip_services import (
        AsyncHostsIpServicesResource,
        HostsIpServicesResource,
    )
    from .resources.hosts_applications import (
        AsyncHostsApplicationsResource,
        HostsApplicationsResource,
    )
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.user_groups import AsyncUserGroupsResource, UserGroupsResource
    from .resources.devices import AsyncDevicesResource, DevicesResource
    from .resources.dns_records import AsyncDnsRecordsResource, DnsRecordsResource
    from .resources.access_groups import AsyncAccessGroupsResource, AccessGroupsResource
    from .resources.location_contexts import (
        AsyncLocationContextsResource,
        LocationContextsResource,
    )
    from .resources.regions import AsyncRegionsResource, RegionsResource
    from .resources.sessions import AsyncSessionsResource, SessionsResource
    from .resources.settings import AsyncSettingsResource, SettingsResource
    from .resources.settings_auth import AsyncSettingsAuthResource, SettingsAuthResource
    from .resources.settings_dns import AsyncSettingsDnsResource, SettingsDnsResource
    from .resources.settings_user import AsyncSettingsUserResource, SettingsUserResource
    from .resources.settings_wpc import AsyncSettingsWpcResource, SettingsWpcResource

__all__ = ["Client", "AsyncClient", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://{cloud_id}.api.openvpn.com/api/v1"
"""The first server of the spec; variables: ``cloud_id``."""

SERVER_VARIABLES: dict[str, str] = {
    "cloud_id": "",
}
"""Defaults of the server URL's variables; override with ``server_variables=``."""

SERVERS: dict[str, Server] = {
    "default": Server(
        "https://{cloud_id}.api.openvpn.com/api/v1",
        {
            "cloud_id": ServerVariable(""),
        },
    ),
}
"""The spec's servers by environment name (``environment=``); the first is the default."""

Environment = Literal["default"]
"""The names ``environment=`` accepts."""


def _auth(
    given: Mapping[str, httpx.Auth] | httpx.Auth | None,
    base_url: str,
    env_file: str | os.PathLike[str] | None,
    client_id: str | None,
    client_secret: str | None,
    leeway: float | None,
) -> Mapping[str, httpx.Auth] | httpx.Auth:
    """The user's ``auth=`` if given, else the schemes whose credentials were found."""
    if given is not None:
        return given
    schemes: dict[str, httpx.Auth] = {}
    client_id = setting(client_id, "CLOUDCONNEXA_CLIENT_ID", env_file)
    client_secret = setting(client_secret, "CLOUDCONNEXA_CLIENT_SECRET", env_file)
    if client_id and client_secret:
        schemes["oauth"] = auth.OAuth2ClientCredentials(
            resolve_url(base_url, "/api/v1/oauth/token"),
            client_id,
            client_secret,
            client_auth="query",
            body_format="query",
            leeway=30.0 if leeway is None else leeway,
            allowed_origins=(base_url,),
        )
    return schemes


class Client(clientsmith.Client):
    """Synchronous client for the CloudConnexa API.

    Resources are attributes (``client.networks``),
    created on first access. Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        server_variables: Mapping[str, str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``CLOUDCONNEXA_CLIENT_ID``, ``CLOUDCONNEXA_CLIENT_SECRET``, ``CLOUDCONNEXA_BASE_URL``, ``CLOUDCONNEXA_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``default``;
        default the first) and ``server_variables`` fill its URL's variables, checked
        against the spec; ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``CLOUDCONNEXA_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``CLOUDCONNEXA_TOKEN_REFRESH_LEEWAY``, else 30 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=server_variables,
            env_prefix="CLOUDCONNEXA_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                client_id,
                client_secret,
                float_setting(
                    token_refresh_leeway, "CLOUDCONNEXA_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "cloudconnexa", "1.2.3"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "CLOUDCONNEXA_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def networks(self) -> NetworksResource:
        """Networks (sites) and everything attached to them."""
        from .resources.networks import NetworksResource

        return NetworksResource(self)

    @cached_property
    def hosts(self) -> HostsResource:
        """Hosts and their connectors, applications and IP services."""
        from .resources.hosts import HostsResource

        return HostsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Users of the organisation."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def user_groups(self) -> UserGroupsResource:
        """User groups."""
        from .resources.user_groups import UserGroupsResource

        return UserGroupsResource(self)

    @cached_property
    def devices(self) -> DevicesResource:
        """Devices of users; the user is a query parameter."""
        from .resources.devices import DevicesResource

        return DevicesResource(self)

    @cached_property
    def dns_records(self) -> DnsRecordsResource:
        """DNS records served to connected clients."""
        from .resources.dns_records import DnsRecordsResource

        return DnsRecordsResource(self)

    @cached_property
    def access_groups(self) -> AccessGroupsResource:
        """Access groups (who may reach what)."""
        from .resources.access_groups import AccessGroupsResource

        return AccessGroupsResource(self)

    @cached_property
    def location_contexts(self) -> LocationContextsResource:
        """Location context policies."""
        from .resources.location_contexts import LocationContextsResource

        return LocationContextsResource(self)

    @cached_property
    def regions(self) -> RegionsResource:
        """VPN regions (a plain list, not paged)."""
        from .resources.regions import RegionsResource

        return RegionsResource(self)

    @cached_property
    def sessions(self) -> SessionsResource:
        """OpenVPN sessions, read in batches with a cursor."""
        from .resources.sessions import SessionsResource

        return SessionsResource(self)

    @cached_property
    def settings(self) -> SettingsResource:
        """Organisation-wide settings. Each is a singleton: the getter returns the value,
        the setter takes the new value and returns it. Text settings are sent and read
        as text/plain, booleans and numbers as bare JSON values (as the Go SDK does)."""
        from .resources.settings import SettingsResource

        return SettingsResource(self)


class AsyncClient(clientsmith.AsyncClient):
    """Asynchronous client for the CloudConnexa API.

    Resources are attributes (``client.networks``),
    created on first access. Use as a context manager, or call ``aclose()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        server_variables: Mapping[str, str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``CLOUDCONNEXA_CLIENT_ID``, ``CLOUDCONNEXA_CLIENT_SECRET``, ``CLOUDCONNEXA_BASE_URL``, ``CLOUDCONNEXA_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``default``;
        default the first) and ``server_variables`` fill its URL's variables, checked
        against the spec; ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``CLOUDCONNEXA_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``CLOUDCONNEXA_TOKEN_REFRESH_LEEWAY``, else 30 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=server_variables,
            env_prefix="CLOUDCONNEXA_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                client_id,
                client_secret,
                float_setting(
                    token_refresh_leeway, "CLOUDCONNEXA_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "cloudconnexa", "1.2.3"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "CLOUDCONNEXA_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def networks(self) -> AsyncNetworksResource:
        """Networks (sites) and everything attached to them."""
        from .resources.networks import AsyncNetworksResource

        return AsyncNetworksResource(self)

    @cached_property
    def hosts(self) -> AsyncHostsResource:
        """Hosts and their connectors, applications and IP services."""
        from .resources.hosts import AsyncHostsResource

        return AsyncHostsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Users of the organisation."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResource:
        """User groups."""
        from .resources.user_groups import AsyncUserGroupsResource

        return AsyncUserGroupsResource(self)

    @cached_property
    def devices(self) -> AsyncDevicesResource:
        """Devices of users; the user is a query parameter."""
        from .resources.devices import AsyncDevicesResource

        return AsyncDevicesResource(self)

    @cached_property
    def dns_records(self) -> AsyncDnsRecordsResource:
        """DNS records served to connected clients."""
        from .resources.dns_records import AsyncDnsRecordsResource

        return AsyncDnsRecordsResource(self)

    @cached_property
    def access_groups(self) -> AsyncAccessGroupsResource:
        """Access groups (who may reach what)."""
        from .resources.access_groups import AsyncAccessGroupsResource

        return AsyncAccessGroupsResource(self)

    @cached_property
    def location_contexts(self) -> AsyncLocationContextsResource:
        """Location context policies."""
        from .resources.location_contexts import AsyncLocationContextsResource

        return AsyncLocationContextsResource(self)

    @cached_property
    def regions(self) -> AsyncRegionsResource:
        """VPN regions (a plain list, not paged)."""
        from .resources.regions import AsyncRegionsResource

        return AsyncRegionsResource(self)

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """OpenVPN sessions, read in batches with a cursor."""
        from .resources.sessions import AsyncSessionsResource

        return AsyncSessionsResource(self)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        """Organisation-wide settings. Each is a singleton: the getter returns the value,
        the setter takes the new value and returns it. Text settings are sent and read
        as text/plain, booleans and numbers as bare JSON values (as the Go SDK does)."""
        from .resources.settings import AsyncSettingsResource

        return AsyncSettingsResource(self)
