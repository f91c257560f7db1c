"""The ``events`` resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple

from clientsmith import AsyncClient, Client, NOT_GIVEN, NotGiven, Operation, Response
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper
from clientsmith.streaming import ServerSentEvent

__all__ = ["EventsResource", "AsyncEventsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    stream: Operation[ServerSentEvent]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""

    return _Operations(
        stream=Operation(
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

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return EventsResourceWithRawResponse(self)

    def stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[ServerSentEvent]:
        """GET /events

        ``GET /events``
        """
        return self._client.stream_events(
            _operations().stream,
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

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncEventsResourceWithRawResponse(self)

    def stream(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[ServerSentEvent]:
        """GET /events

        ``GET /events``
        """
        return self._client.stream_events(
            _operations().stream,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class EventsResourceWithRawResponse:
    """``client.events.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource


class AsyncEventsResourceWithRawResponse:
    """``client.events.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
