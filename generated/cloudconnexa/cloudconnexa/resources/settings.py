"""The ``settings`` resource: Organisation-wide settings. Each is a singleton: the getter returns the value,
the setter takes the new value and returns it. Text settings are sent and read
as text/plain, booleans and numbers as bare JSON values (as the Go SDK does)."""

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
    from ..models.error_response import ErrorResponse
    from .settings_auth import AsyncSettingsAuthResource, SettingsAuthResource
    from .settings_dns import AsyncSettingsDnsResource, SettingsDnsResource
    from .settings_user import AsyncSettingsUserResource, SettingsUserResource
    from .settings_wpc import AsyncSettingsWpcResource, SettingsWpcResource

__all__ = ["SettingsResource", "AsyncSettingsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_user_connection_timeout: Operation[int]
    set_user_connection_timeout: Operation[int]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse

    return _Operations(
        get_user_connection_timeout=Operation(
            method="GET",
            path="/settings/users/connection-timeout",
            responses={
                "200": Response("json", int),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsGetUserConnectionTimeout",
        ),
        set_user_connection_timeout=Operation(
            method="PUT",
            path="/settings/users/connection-timeout",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", int),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsSetUserConnectionTimeout",
        ),
    )


class SettingsResource:
    """Organisation-wide settings. Each is a singleton: the getter returns the value,
    the setter takes the new value and returns it. Text settings are sent and read
    as text/plain, booleans and numbers as bare JSON values (as the Go SDK does).

    Reached as ``client.settings``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SettingsResourceWithRawResponse(self)

    @cached_property
    def auth(self) -> SettingsAuthResource:
        """Nested resource: ``client.settings.auth``."""
        from .settings_auth import SettingsAuthResource

        return SettingsAuthResource(self._client)

    @cached_property
    def dns(self) -> SettingsDnsResource:
        """Nested resource: ``client.settings.dns``."""
        from .settings_dns import SettingsDnsResource

        return SettingsDnsResource(self._client)

    @cached_property
    def user(self) -> SettingsUserResource:
        """Nested resource: ``client.settings.user``."""
        from .settings_user import SettingsUserResource

        return SettingsUserResource(self._client)

    @cached_property
    def wpc(self) -> SettingsWpcResource:
        """Nested resource: ``client.settings.wpc``."""
        from .settings_wpc import SettingsWpcResource

        return SettingsWpcResource(self._client)

    def get_user_connection_timeout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Get the user connection timeout (seconds).

        ``GET /settings/users/connection-timeout``
        """
        return self._client.request(
            _operations().get_user_connection_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_user_connection_timeout(
        self,
        *,
        body: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Set the user connection timeout (seconds).

        ``PUT /settings/users/connection-timeout``
        """
        return self._client.request(
            _operations().set_user_connection_timeout,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsResource:
    """Organisation-wide settings. Each is a singleton: the getter returns the value,
    the setter takes the new value and returns it. Text settings are sent and read
    as text/plain, booleans and numbers as bare JSON values (as the Go SDK does).

    Reached as ``client.settings``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSettingsResourceWithRawResponse(self)

    @cached_property
    def auth(self) -> AsyncSettingsAuthResource:
        """Nested resource: ``client.settings.auth``."""
        from .settings_auth import AsyncSettingsAuthResource

        return AsyncSettingsAuthResource(self._client)

    @cached_property
    def dns(self) -> AsyncSettingsDnsResource:
        """Nested resource: ``client.settings.dns``."""
        from .settings_dns import AsyncSettingsDnsResource

        return AsyncSettingsDnsResource(self._client)

    @cached_property
    def user(self) -> AsyncSettingsUserResource:
        """Nested resource: ``client.settings.user``."""
        from .settings_user import AsyncSettingsUserResource

        return AsyncSettingsUserResource(self._client)

    @cached_property
    def wpc(self) -> AsyncSettingsWpcResource:
        """Nested resource: ``client.settings.wpc``."""
        from .settings_wpc import AsyncSettingsWpcResource

        return AsyncSettingsWpcResource(self._client)

    async def get_user_connection_timeout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Get the user connection timeout (seconds).

        ``GET /settings/users/connection-timeout``
        """
        return await self._client.request(
            _operations().get_user_connection_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_user_connection_timeout(
        self,
        *,
        body: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Set the user connection timeout (seconds).

        ``PUT /settings/users/connection-timeout``
        """
        return await self._client.request(
            _operations().set_user_connection_timeout,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsResourceWithRawResponse:
    """``client.settings.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SettingsResource) -> None:
        self.get_user_connection_timeout = to_raw_response_wrapper(
            resource.get_user_connection_timeout
        )
        self.set_user_connection_timeout = to_raw_response_wrapper(
            resource.set_user_connection_timeout
        )


class AsyncSettingsResourceWithRawResponse:
    """``client.settings.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.get_user_connection_timeout = async_to_raw_response_wrapper(
            resource.get_user_connection_timeout
        )
        self.set_user_connection_timeout = async_to_raw_response_wrapper(
            resource.set_user_connection_timeout
        )
