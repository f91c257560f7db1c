"""The ``devices`` resource: Devices of users; the user is a query parameter."""

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
    from ..models.device import Device
    from ..models.device_create_request import DeviceCreateRequest
    from ..models.device_page import DevicePage
    from ..models.device_update_request import DeviceUpdateRequest
    from ..models.error_response import ErrorResponse

__all__ = ["DevicesResource", "AsyncDevicesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Device]
    create: Operation[Device]
    get: Operation[Device]
    update: Operation[Device]
    delete: Operation[None]
    profile: Operation[str]
    revoke_profile: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.device import Device
    from ..models.device_create_request import DeviceCreateRequest
    from ..models.device_page import DevicePage
    from ..models.device_update_request import DeviceUpdateRequest
    from ..models.error_response import ErrorResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/devices",
            params=(
                Param("userId", "query"),
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", DevicePage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=Device,
        ),
        create=Operation(
            method="POST",
            path="/devices",
            params=(Param("userId", "query"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Device),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesCreate",
        ),
        get=Operation(
            method="GET",
            path="/devices/{id}",
            params=(
                Param("id", "path"),
                Param("userId", "query"),
            ),
            responses={
                "200": Response("json", Device),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesGet",
        ),
        update=Operation(
            method="PUT",
            path="/devices/{id}",
            params=(
                Param("id", "path"),
                Param("userId", "query"),
            ),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Device),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/devices/{id}",
            params=(
                Param("id", "path"),
                Param("userId", "query"),
            ),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesDelete",
        ),
        profile=Operation(
            method="POST",
            path="/devices/{id}/profile",
            params=(
                Param("id", "path"),
                Param("userId", "query"),
                Param("regionId", "query"),
            ),
            responses={
                "200": Response("text"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesProfile",
        ),
        revoke_profile=Operation(
            method="DELETE",
            path="/devices/{id}/profile",
            params=(
                Param("id", "path"),
                Param("userId", "query"),
            ),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="devicesRevokeProfile",
        ),
    )


class DevicesResource:
    """Devices of users; the user is a query parameter.

    Reached as ``client.devices``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DevicesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return DevicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Device]:
        """List devices (optionally of one user).

        Args:
            user_id: The user who owns the device.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /devices``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "userId": user_id,
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
        user_id: str,
        body: DeviceCreateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Register a device for a user.

        Args:
            user_id: The user who owns the device.

        ``POST /devices``
        """
        return self._client.request(
            _operations().create,
            query={
                "userId": user_id,
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Get a device.

        Args:
            user_id: The user who owns the device.

        ``GET /devices/{id}``
        """
        return self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        body: DeviceUpdateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Update a device's name and description.

        Args:
            user_id: The user who owns the device.

        ``PUT /devices/{id}``
        """
        return self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a device.

        Args:
            user_id: The user who owns the device.

        ``DELETE /devices/{id}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        region_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an OpenVPN profile (.ovpn text) for the device.

        Args:
            user_id: The user who owns the device.
            region_id: The VPN region the profile connects to.

        ``POST /devices/{id}/profile``
        """
        return self._client.request(
            _operations().profile,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
                "regionId": region_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def revoke_profile(
        self,
        id: str,
        *,
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke the device's profile.

        Args:
            user_id: The user who owns the device.

        ``DELETE /devices/{id}/profile``
        """
        return self._client.request(
            _operations().revoke_profile,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDevicesResource:
    """Devices of users; the user is a query parameter.

    Reached as ``client.devices``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDevicesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncDevicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Device]:
        """List devices (optionally of one user).

        Args:
            user_id: The user who owns the device.
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /devices``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "userId": user_id,
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
        user_id: str,
        body: DeviceCreateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Register a device for a user.

        Args:
            user_id: The user who owns the device.

        ``POST /devices``
        """
        return await self._client.request(
            _operations().create,
            query={
                "userId": user_id,
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Get a device.

        Args:
            user_id: The user who owns the device.

        ``GET /devices/{id}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        body: DeviceUpdateRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Update a device's name and description.

        Args:
            user_id: The user who owns the device.

        ``PUT /devices/{id}``
        """
        return await self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a device.

        Args:
            user_id: The user who owns the device.

        ``DELETE /devices/{id}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
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
        user_id: str,
        region_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate an OpenVPN profile (.ovpn text) for the device.

        Args:
            user_id: The user who owns the device.
            region_id: The VPN region the profile connects to.

        ``POST /devices/{id}/profile``
        """
        return await self._client.request(
            _operations().profile,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
                "regionId": region_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def revoke_profile(
        self,
        id: str,
        *,
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke the device's profile.

        Args:
            user_id: The user who owns the device.

        ``DELETE /devices/{id}/profile``
        """
        return await self._client.request(
            _operations().revoke_profile,
            path={
                "id": id,
            },
            query={
                "userId": user_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DevicesResourceWithRawResponse:
    """``client.devices.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: DevicesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.profile = to_raw_response_wrapper(resource.profile)
        self.revoke_profile = to_raw_response_wrapper(resource.revoke_profile)


class AsyncDevicesResourceWithRawResponse:
    """``client.devices.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDevicesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.profile = async_to_raw_response_wrapper(resource.profile)
        self.revoke_profile = async_to_raw_response_wrapper(resource.revoke_profile)
