"""Streamed responses: binary downloads, NDJSON lines and Server-Sent Events.

The SSE and NDJSON decoders are pure functions over lines; the response
wrappers only add context management and file writing around ``httpx``.
"""

from __future__ import annotations

import os
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._limits import DEFAULT_RESPONSE_LIMITS, ResponseLimits
from ._plan import plan_for
from ._read import aiter_body, aiter_lines, iter_body, iter_lines
from ._response import adapter_for, parse_line, transport_error
from .operation import Operation

if TYPE_CHECKING:
    from .client import AsyncClient, Client

__all__ = [
    "AsyncBinaryResponse",
    "BinaryResponse",
    "ServerSentEvent",
    "aiter_sse",
    "aiter_sse_items",
    "iter_sse",
    "iter_sse_items",
]


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One ``text/event-stream`` event (WHATWG HTML, 9.2)."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """``data`` decoded as JSON."""
        import json

        return json.loads(self.data)


class _SSEDecoder:
    """Line-by-line SSE state machine; :meth:`feed` returns a finished event or None."""

    __slots__ = ("_event", "_data", "_id", "_retry", "_last_id")

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None
        self._last_id: str | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        line = line.rstrip("\r\n")
        if not line:
            if (
                not self._data
                and not self._event
                and self._id is None
                and self._retry is None
            ):
                return None
            event = ServerSentEvent(
                event=self._event or "message",
                data="\n".join(self._data),
                id=self._last_id,
                retry=self._retry,
            )
            self._event, self._data, self._id, self._retry = "", [], None, None
            return event
        if line.startswith(":"):
            return None  # comment / keep-alive
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._id = value
                self._last_id = value
        elif name == "retry":
            if value.isdigit():
                self._retry = int(value)
        return None


def iter_sse(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    """Decode SSE lines into events (an event ends at a blank line)."""
    decoder = _SSEDecoder()
    for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    event = decoder.feed("")  # a stream may end without the final blank line
    if event is not None:
        yield event


async def aiter_sse(lines: AsyncIterable[str]) -> AsyncIterator[ServerSentEvent]:
    """Async twin of :func:`iter_sse`."""
    decoder = _SSEDecoder()
    async for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    event = decoder.feed("")
    if event is not None:
        yield event


class _EventData:
    """Reads one event's ``data`` as the operation's declared item type.

    ``str`` keeps the text as sent; any other type is validated from JSON like
    an NDJSON line (a mismatch is an ``APIResponseValidationError`` under
    ``strict_validation``, else logged). Events without data (a named
    keep-alive, say) carry nothing to read and are skipped.
    """

    __slots__ = ("annotation", "adapter", "label", "strict")

    def __init__(self, operation: Operation[Any], strict: bool) -> None:
        declared = operation.responses.get("2XX") or operation.responses.get("200")
        self.annotation = declared.type if declared is not None else None
        self.adapter = (
            adapter_for(self.annotation) if self.annotation not in (None, str) else None
        )
        self.label = plan_for(operation).label
        self.strict = strict

    def read(self, event: ServerSentEvent, response: httpx.Response) -> Any:
        if self.annotation is str:
            return event.data
        return parse_line(
            self.annotation, self.adapter, event.data, self.label, self.strict, response
        )


class _LineItems:
    """Reads NDJSON lines as the operation's declared ``200``/``2XX`` type."""

    __slots__ = ("annotation", "adapter", "label", "strict")

    def __init__(self, operation: Operation[Any], strict: bool) -> None:
        declared = operation.responses.get("200") or operation.responses.get("2XX")
        self.annotation = declared.type if declared is not None else None
        self.adapter = (
            adapter_for(self.annotation) if self.annotation is not None else None
        )
        self.label = plan_for(operation).label
        self.strict = strict

    def read(self, line: str, response: httpx.Response) -> Any:
        return parse_line(
            self.annotation, self.adapter, line, self.label, self.strict, response
        )


def ndjson_items(
    streamed: BinaryResponse, operation: Operation[Any], strict: bool
) -> Iterator[Any]:
    """The items of an open NDJSON response; closes it when done (or closed early)."""
    reader = _LineItems(operation, strict)
    with streamed:
        for line in streamed.iter_lines():
            if line.strip():
                yield reader.read(line, streamed.http_response)


async def andjson_items(
    streamed: AsyncBinaryResponse, operation: Operation[Any], strict: bool
) -> AsyncGenerator[Any, None]:
    """Async twin of :func:`ndjson_items`."""
    reader = _LineItems(operation, strict)
    async with streamed:
        async for line in streamed.iter_lines():
            if line.strip():
                yield reader.read(line, streamed.http_response)


def sse_events(streamed: BinaryResponse) -> Iterator[ServerSentEvent]:
    """The events of an open ``text/event-stream`` response; closes it when done."""
    with streamed:
        yield from iter_sse(streamed.iter_lines())


async def asse_events(
    streamed: AsyncBinaryResponse,
) -> AsyncGenerator[ServerSentEvent, None]:
    """Async twin of :func:`sse_events`."""
    async with streamed:
        async for event in aiter_sse(streamed.iter_lines()):
            yield event


def iter_sse_items(
    client: Client, operation: Operation[Any], arguments: Mapping[str, Any]
) -> Iterator[Any]:
    """Send ``operation`` and yield each event's data, read as its ``Response`` type.

    For ``Response("sse", Model)``: what a declared ``Iterator[Model]`` with
    ``response="sse"`` returns. ``arguments`` are ``client.stream``'s.
    """
    reader = _EventData(operation, client.strict_validation)
    with client.stream(operation, **arguments) as streamed:
        for event in iter_sse(streamed.iter_lines()):
            if event.data:
                yield reader.read(event, streamed.http_response)


async def aiter_sse_items(
    client: AsyncClient, operation: Operation[Any], arguments: Mapping[str, Any]
) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_sse_items`."""
    reader = _EventData(operation, client.strict_validation)
    async with await client.stream(operation, **arguments) as streamed:
        async for event in aiter_sse(streamed.iter_lines()):
            if event.data:
                yield reader.read(event, streamed.http_response)


T_co = TypeVar("T_co", covariant=True)


def guard_sync(items: Iterator[T_co], response: httpx.Response) -> Iterator[T_co]:
    """Re-raise transport failures while reading a body as the runtime's errors."""
    try:
        yield from items
    except httpx.TransportError as exc:
        raise transport_error(exc, response.request) from exc


async def guard_async(
    items: AsyncIterator[T_co], response: httpx.Response
) -> AsyncIterator[T_co]:
    """Async twin of :func:`guard_sync`."""
    try:
        async for item in items:
            yield item
    except httpx.TransportError as exc:
        raise transport_error(exc, response.request) from exc


class BinaryResponse:
    """A streamed download. Use as a context manager; the body is read lazily.

    The body is decoded under the client's :class:`~clientsmith.ResponseLimits`:
    the decompression-ratio cap for bytes, and the line cap for lines.
    """

    def __init__(
        self, response: httpx.Response, limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS
    ) -> None:
        self.http_response = response
        self.limits = limits

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, decoded from any content-encoding."""
        return guard_sync(
            iter_body(self.http_response, self.limits, chunk_size), self.http_response
        )

    def iter_lines(self) -> Iterator[str]:
        """The body as text lines."""
        return guard_sync(
            iter_lines(self.http_response, self.limits), self.http_response
        )

    def read(self) -> bytes:
        """The whole body (loads it into memory)."""
        return b"".join(self.iter_bytes())

    def write_to(
        self, path: str | os.PathLike[str], chunk_size: int = 64 * 1024
    ) -> int:
        """Stream the body into a file; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as handle:
            for chunk in self.iter_bytes(chunk_size):
                handle.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<BinaryResponse [{self.status_code}]>"


class AsyncBinaryResponse:
    """Async twin of :class:`BinaryResponse`."""

    def __init__(
        self, response: httpx.Response, limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS
    ) -> None:
        self.http_response = response
        self.limits = limits

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks (``async for``)."""
        return guard_async(
            aiter_body(self.http_response, self.limits, chunk_size), self.http_response
        )

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text lines (``async for``)."""
        return guard_async(
            aiter_lines(self.http_response, self.limits), self.http_response
        )

    async def read(self) -> bytes:
        """The whole body (loads it into memory)."""
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def write_to(
        self, path: str | os.PathLike[str], chunk_size: int = 64 * 1024
    ) -> int:
        """Stream the body into a file; returns the number of bytes written."""
        written = 0
        # Local file writes are fast and short; not worth a thread hop per chunk.
        with open(path, "wb") as handle:
            async for chunk in self.iter_bytes(chunk_size):
                handle.write(chunk)
                written += len(chunk)
        return written

    async def aclose(self) -> None:
        await self.http_response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncBinaryResponse [{self.status_code}]>"
