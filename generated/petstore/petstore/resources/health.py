"""The ``health`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple

from clientsmith import AsyncClient, Client, NOT_GIVEN, NotGiven, Operation, Response
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

__all__ = ["HealthResource", "AsyncHealthResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get: Operation[str]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""

    return _Operations(
        get=Operation(
            method="GET",
            path="/health",
            responses={
                "200": Response("text"),
            },
            security=(),
            operation_id="health",
        ),
    )


class HealthResource:
    """Operations of the ``health`` resource.

    Reached as ``client.health``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return HealthResourceWithRawResponse(self)

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /health

        ``GET /health``
        """
        return self._client.request(
            _operations().get,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncHealthResource:
    """Operations of the ``health`` resource.

    Reached as ``client.health``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncHealthResourceWithRawResponse(self)

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /health

        ``GET /health``
        """
        return await self._client.request(
            _operations().get,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class HealthResourceWithRawResponse:
    """``client.health.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: HealthResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncHealthResourceWithRawResponse:
    """``client.health.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncHealthResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
