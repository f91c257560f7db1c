"""The ``regions`` resource: VPN regions (a plain list, not paged)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import AsyncClient, Client, NOT_GIVEN, NotGiven, Operation, Response
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.vpn_region import VpnRegion

__all__ = ["RegionsResource", "AsyncRegionsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[VpnRegion]]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.vpn_region import VpnRegion

    return _Operations(
        list=Operation(
            method="GET",
            path="/regions",
            responses={
                "200": Response("json", builtins.list[VpnRegion]),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="regionsList",
        ),
    )


class RegionsResource:
    """VPN regions (a plain list, not paged).

    Reached as ``client.regions``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RegionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return RegionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[VpnRegion]:
        """List the VPN regions.

        ``GET /regions``
        """
        return self._client.request(
            _operations().list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncRegionsResource:
    """VPN regions (a plain list, not paged).

    Reached as ``client.regions``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRegionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncRegionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[VpnRegion]:
        """List the VPN regions.

        ``GET /regions``
        """
        return await self._client.request(
            _operations().list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RegionsResourceWithRawResponse:
    """``client.regions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: RegionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncRegionsResourceWithRawResponse:
    """``client.regions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncRegionsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
