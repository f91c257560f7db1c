"""The ``events`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from clientsmith import AsyncClient, Client, NOT_GIVEN, NotGiven, Operation, Response
from clientsmith._types import TimeoutTypes

__all__ = ["EventsResource", "AsyncEventsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    stream_events: Operation[str]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""

    return _Operations(
        stream_events=Operation(
            method="GET",
            path="/events",
            responses={
                "200": Response("sse", str),
            },
            operation_id="streamEvents",
        ),
    )


class EventsResource:
    """Operations of the ``events`` resource.

    Reached as ``client.events``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def stream_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /events

        ``GET /events``
        """
        return self._client.request(
            _operations().stream_events,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncEventsResource:
    """Operations of the ``events`` resource.

    Reached as ``client.events``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def stream_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /events

        ``GET /events``
        """
        return await self._client.request(
            _operations().stream_events,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
