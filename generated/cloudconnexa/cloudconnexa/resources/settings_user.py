"""The ``user`` resource."""

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

__all__ = ["SettingsUserResource", "AsyncSettingsUserResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_connect_auth: Operation[str]
    set_connect_auth: Operation[str]
    get_device_allowance: Operation[int]
    set_device_allowance: Operation[int]
    get_device_allowance_force_update: Operation[bool]
    set_device_allowance_force_update: Operation[bool]
    get_device_enforcement: Operation[str]
    set_device_enforcement: Operation[str]
    get_profile_distribution: Operation[str]
    set_profile_distribution: Operation[str]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse

    return _Operations(
        get_connect_auth=Operation(
            method="GET",
            path="/settings/user/connect-auth",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserGetConnectAuth",
        ),
        set_connect_auth=Operation(
            method="PUT",
            path="/settings/user/connect-auth",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserSetConnectAuth",
        ),
        get_device_allowance=Operation(
            method="GET",
            path="/settings/user/device-allowance",
            responses={
                "200": Response("json", int),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserGetDeviceAllowance",
        ),
        set_device_allowance=Operation(
            method="PUT",
            path="/settings/user/device-allowance",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", int),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserSetDeviceAllowance",
        ),
        get_device_allowance_force_update=Operation(
            method="GET",
            path="/settings/user/device-allowance-force-update",
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserGetDeviceAllowanceForceUpdate",
        ),
        set_device_allowance_force_update=Operation(
            method="PUT",
            path="/settings/user/device-allowance-force-update",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", bool),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserSetDeviceAllowanceForceUpdate",
        ),
        get_device_enforcement=Operation(
            method="GET",
            path="/settings/user/device-enforcement",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserGetDeviceEnforcement",
        ),
        set_device_enforcement=Operation(
            method="PUT",
            path="/settings/user/device-enforcement",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserSetDeviceEnforcement",
        ),
        get_profile_distribution=Operation(
            method="GET",
            path="/settings/user/profile-distribution",
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserGetProfileDistribution",
        ),
        set_profile_distribution=Operation(
            method="PUT",
            path="/settings/user/profile-distribution",
            body=Body("text/plain", "text"),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="settingsUserSetProfileDistribution",
        ),
    )


class SettingsUserResource:
    """Operations of the ``user`` resource.

    Reached as ``client.user``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SettingsUserResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SettingsUserResourceWithRawResponse(self)

    def get_connect_auth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get when users must authenticate to connect (NO_AUTH, ON_PRIOR_AUTH or EVERY_TIME).

        ``GET /settings/user/connect-auth``
        """
        return self._client.request(
            _operations().get_connect_auth,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_connect_auth(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set when users must authenticate to connect (NO_AUTH, ON_PRIOR_AUTH or EVERY_TIME).

        ``PUT /settings/user/connect-auth``
        """
        return self._client.request(
            _operations().set_connect_auth,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_device_allowance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Get the number of devices per user.

        ``GET /settings/user/device-allowance``
        """
        return self._client.request(
            _operations().get_device_allowance,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_device_allowance(
        self,
        *,
        body: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Set the number of devices per user.

        ``PUT /settings/user/device-allowance``
        """
        return self._client.request(
            _operations().set_device_allowance,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_device_allowance_force_update(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether a device allowance change applies to existing users.

        ``GET /settings/user/device-allowance-force-update``
        """
        return self._client.request(
            _operations().get_device_allowance_force_update,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_device_allowance_force_update(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether a device allowance change applies to existing users.

        ``PUT /settings/user/device-allowance-force-update``
        """
        return self._client.request(
            _operations().set_device_allowance_force_update,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_device_enforcement(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get device enforcement (OFF, LEARN_AND_ENFORCE or ENFORCE).

        ``GET /settings/user/device-enforcement``
        """
        return self._client.request(
            _operations().get_device_enforcement,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_device_enforcement(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set device enforcement (OFF, LEARN_AND_ENFORCE or ENFORCE).

        ``PUT /settings/user/device-enforcement``
        """
        return self._client.request(
            _operations().set_device_enforcement,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_profile_distribution(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get profile distribution (AUTOMATIC or MANUAL).

        ``GET /settings/user/profile-distribution``
        """
        return self._client.request(
            _operations().get_profile_distribution,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_profile_distribution(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set profile distribution (AUTOMATIC or MANUAL).

        ``PUT /settings/user/profile-distribution``
        """
        return self._client.request(
            _operations().set_profile_distribution,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsUserResource:
    """Operations of the ``user`` resource.

    Reached as ``client.user``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSettingsUserResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSettingsUserResourceWithRawResponse(self)

    async def get_connect_auth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get when users must authenticate to connect (NO_AUTH, ON_PRIOR_AUTH or EVERY_TIME).

        ``GET /settings/user/connect-auth``
        """
        return await self._client.request(
            _operations().get_connect_auth,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_connect_auth(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set when users must authenticate to connect (NO_AUTH, ON_PRIOR_AUTH or EVERY_TIME).

        ``PUT /settings/user/connect-auth``
        """
        return await self._client.request(
            _operations().set_connect_auth,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_device_allowance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Get the number of devices per user.

        ``GET /settings/user/device-allowance``
        """
        return await self._client.request(
            _operations().get_device_allowance,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_device_allowance(
        self,
        *,
        body: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> int:
        """Set the number of devices per user.

        ``PUT /settings/user/device-allowance``
        """
        return await self._client.request(
            _operations().set_device_allowance,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_device_allowance_force_update(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Get whether a device allowance change applies to existing users.

        ``GET /settings/user/device-allowance-force-update``
        """
        return await self._client.request(
            _operations().get_device_allowance_force_update,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_device_allowance_force_update(
        self,
        *,
        body: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set whether a device allowance change applies to existing users.

        ``PUT /settings/user/device-allowance-force-update``
        """
        return await self._client.request(
            _operations().set_device_allowance_force_update,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_device_enforcement(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get device enforcement (OFF, LEARN_AND_ENFORCE or ENFORCE).

        ``GET /settings/user/device-enforcement``
        """
        return await self._client.request(
            _operations().get_device_enforcement,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_device_enforcement(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set device enforcement (OFF, LEARN_AND_ENFORCE or ENFORCE).

        ``PUT /settings/user/device-enforcement``
        """
        return await self._client.request(
            _operations().set_device_enforcement,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_profile_distribution(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Get profile distribution (AUTOMATIC or MANUAL).

        ``GET /settings/user/profile-distribution``
        """
        return await self._client.request(
            _operations().get_profile_distribution,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_profile_distribution(
        self,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Set profile distribution (AUTOMATIC or MANUAL).

        ``PUT /settings/user/profile-distribution``
        """
        return await self._client.request(
            _operations().set_profile_distribution,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsUserResourceWithRawResponse:
    """``client.settings.user.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SettingsUserResource) -> None:
        self.get_connect_auth = to_raw_response_wrapper(resource.get_connect_auth)
        self.set_connect_auth = to_raw_response_wrapper(resource.set_connect_auth)
        self.get_device_allowance = to_raw_response_wrapper(
            resource.get_device_allowance
        )
        self.set_device_allowance = to_raw_response_wrapper(
            resource.set_device_allowance
        )
        self.get_device_allowance_force_update = to_raw_response_wrapper(
            resource.get_device_allowance_force_update
        )
        self.set_device_allowance_force_update = to_raw_response_wrapper(
            resource.set_device_allowance_force_update
        )
        self.get_device_enforcement = to_raw_response_wrapper(
            resource.get_device_enforcement
        )
        self.set_device_enforcement = to_raw_response_wrapper(
            resource.set_device_enforcement
        )
        self.get_profile_distribution = to_raw_response_wrapper(
            resource.get_profile_distribution
        )
        self.set_profile_distribution = to_raw_response_wrapper(
            resource.set_profile_distribution
        )


class AsyncSettingsUserResourceWithRawResponse:
    """``client.settings.user.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSettingsUserResource) -> None:
        self.get_connect_auth = async_to_raw_response_wrapper(resource.get_connect_auth)
        self.set_connect_auth = async_to_raw_response_wrapper(resource.set_connect_auth)
        self.get_device_allowance = async_to_raw_response_wrapper(
            resource.get_device_allowance
        )
        self.set_device_allowance = async_to_raw_response_wrapper(
            resource.set_device_allowance
        )
        self.get_device_allowance_force_update = async_to_raw_response_wrapper(
            resource.get_device_allowance_force_update
        )
        self.set_device_allowance_force_update = async_to_raw_response_wrapper(
            resource.set_device_allowance_force_update
        )
        self.get_device_enforcement = async_to_raw_response_wrapper(
            resource.get_device_enforcement
        )
        self.set_device_enforcement = async_to_raw_response_wrapper(
            resource.set_device_enforcement
        )
        self.get_profile_distribution = async_to_raw_response_wrapper(
            resource.get_profile_distribution
        )
        self.set_profile_distribution = async_to_raw_response_wrapper(
            resource.set_profile_distribution
        )
