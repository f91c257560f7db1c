"""The ``auth`` resource."""

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

__all__ = ["SettingsAuthResource", "AsyncSettingsAuthResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_trusted_devices_allowed: Operation[bool]
    set_trusted_devices_allowed: Operation[bool]
    get_two_factor_auth: Operation[bool]
    set_two_factor_auth: Operation[bool]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse

    return _Operations(
        get_trusted_devices_allowed=Operation(
            method="GET",
            path="/settings/auth/trusted-devices-allowed",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsAuthGetTrustedDevicesAllowed",
        ),
        set_trusted_devices_allowed=Operation(
            method="PUT",
            path="/settings/auth/trusted-devices-allowed",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsAuthSetTrustedDevicesAllowed",
        ),
        get_two_factor_auth=Operation(
            method="GET",
            path="/settings/auth/two-factor-auth",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsAuthGetTwoFactorAuth",
        ),
        set_two_factor_auth=Operation(
            method="PUT",
            path="/settings/auth/two-factor-auth",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsAuthSetTwoFactorAuth",
        ),
    )


class SettingsAuthResource:
    """Operations of the ``auth`` resource.

    Reached as ``client.auth``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsAuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SettingsAuthResourceWithRawResponse(self)

    def get_trusted_devices_allowed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether trusted devices are allowed.

        ``GET /settings/auth/trusted-devices-allowed``
        """
        return self._client.request(
            _operations().get_trusted_devices_allowed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_trusted_devices_allowed(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether trusted devices are allowed.

        ``PUT /settings/auth/trusted-devices-allowed``
        """
        return self._client.request(
            _operations().set_trusted_devices_allowed,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_two_factor_auth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether two-factor authentication is required.

        ``GET /settings/auth/two-factor-auth``
        """
        return self._client.request(
            _operations().get_two_factor_auth,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_two_factor_auth(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether two-factor authentication is required.

        ``PUT /settings/auth/two-factor-auth``
        """
        return self._client.request(
            _operations().set_two_factor_auth,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsAuthResource:
    """Operations of the ``auth`` resource.

    Reached as ``client.auth``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsAuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSettingsAuthResourceWithRawResponse(self)

    async def get_trusted_devices_allowed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether trusted devices are allowed.

        ``GET /settings/auth/trusted-devices-allowed``
        """
        return await self._client.request(
            _operations().get_trusted_devices_allowed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_trusted_devices_allowed(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether trusted devices are allowed.

        ``PUT /settings/auth/trusted-devices-allowed``
        """
        return await self._client.request(
            _operations().set_trusted_devices_allowed,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_two_factor_auth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether two-factor authentication is required.

        ``GET /settings/auth/two-factor-auth``
        """
        return await self._client.request(
            _operations().get_two_factor_auth,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_two_factor_auth(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether two-factor authentication is required.

        ``PUT /settings/auth/two-factor-auth``
        """
        return await self._client.request(
            _operations().set_two_factor_auth,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsAuthResourceWithRawResponse:
    """``client.settings.auth.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SettingsAuthResource) -> None:
        self.get_trusted_devices_allowed = to_raw_response_wrapper(
            resource.get_trusted_devices_allowed
        )
        self.set_trusted_devices_allowed = to_raw_response_wrapper(
            resource.set_trusted_devices_allowed
        )
        self.get_two_factor_auth = to_raw_response_wrapper(resource.get_two_factor_auth)
        self.set_two_factor_auth = to_raw_response_wrapper(resource.set_two_factor_auth)


class AsyncSettingsAuthResourceWithRawResponse:
    """``client.settings.auth.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSettingsAuthResource) -> None:
        self.get_trusted_devices_allowed = async_to_raw_response_wrapper(
            resource.get_trusted_devices_allowed
        )
        self.set_trusted_devices_allowed = async_to_raw_response_wrapper(
            resource.set_trusted_devices_allowed
        )
        self.get_two_factor_auth = async_to_raw_response_wrapper(
            resource.get_two_factor_auth
        )
        self.set_two_factor_auth = async_to_raw_response_wrapper(
            resource.set_two_factor_auth
        )
