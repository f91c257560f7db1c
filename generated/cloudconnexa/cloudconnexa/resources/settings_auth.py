"""The ``auth`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
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
