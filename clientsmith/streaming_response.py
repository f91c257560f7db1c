"""Streamed responses: ``with resource.with_streaming_response.method(...) as response``.

The request is sent when the ``with`` block is entered; the response's headers
are there, its body is not read yet. The block reads it as it likes --
:meth:`StreamedResponse.read`, ``text()``, ``json()``, ``iter_bytes()``,
``iter_text()``, ``iter_lines()`` or ``parse()`` (the value the method returns,
validated like a normal call) -- always under the client's
:class:`~clientsmith.ResponseLimits`. Leaving the block closes the response and
releases its connection, also after an exception. A status error raises the
package's typed error when the block is entered, its body (capped) read for the
message. How a wrapper reaches the call: see :mod:`clientsmith.raw`.
"""

from __future__ import annotations

import codecs
import functools
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

import httpx

from ._limits import DEFAULT_RESPONSE_LIMITS, ResponseLimits
from ._read import aiter_body, aiter_lines, aread_body, iter_body, iter_lines, read_body
from .raw import PlainT, acapture, capture
from .streaming import guard_async, guard_sync

if TYPE_CHECKING:
    from .client import AsyncClient, Client

__all__ = [
    "AsyncStreamedResponse",
    "AsyncStreamedResponseManager",
    "StreamedResponse",
    "StreamedResponseManager",
    "async_to_streamed_response_wrapper",
    "to_streamed_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")


def _text_decoder(response: httpx.Response) -> codecs.IncrementalDecoder:
    # as httpx: the declared charset or utf-8, undecodable bytes replaced
    return codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")


class _Base(Generic[T]):
    """What the sync and async streamed responses share: no I/O here."""

    __slots__ = ("http_response", "limits", "_parser", "_parsed", "_reads_body")

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[], T],
        limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS,
        *,
        reads_body: bool = True,
    ) -> None:
        self.http_response = http_response
        self.limits = limits
        self._parser = parser
        self._parsed: list[T] = []
        # False for streamed operations: parse() hands their stream over unread.
        self._reads_body = reads_body

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (available before the body is read)."""
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        """The URL of the request that got this response."""
        return self.http_response.request.url

    @property
    def is_closed(self) -> bool:
        """Whether the response (and its connection) has been released."""
        return self.http_response.is_closed

    def _value(self) -> T:
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def _text(self) -> str:
        content = self.http_response.content
        return _text_decoder(self.http_response).decode(content, final=True)

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<{type(self).__name__} [{self.status_code}] "
            f"{request.method} {request.url.path}>"
        )


class StreamedResponse(_Base[T]):
    """A response whose body is read on demand, within a ``with`` block."""

    __slots__ = ()

    def read(self) -> bytes:
        """The whole body (read once, under ``max_body_size``; later calls reuse it)."""
        return read_body(self.http_response, self.limits)

    def text(self) -> str:
        """The whole body decoded as text (its charset, else UTF-8)."""
        self.read()
        return self._text()

    def json(self) -> Any:
        """The whole body decoded as JSON (not validated: see :meth:`parse`)."""
        return json.loads(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as it arrives, decoded from any content-encoding."""
        response = self.http_response
        return guard_sync(iter_body(response, self.limits, chunk_size), response)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text pieces as they arrive."""
        decoder = _text_decoder(self.http_response)
        for chunk in self.iter_bytes(chunk_size):
            text = decoder.decode(chunk)
            if text:
                yield text
        rest = decoder.decode(b"", final=True)
        if rest:
            yield rest

    def iter_lines(self) -> Iterator[str]:
        """The body as text lines as they arrive (each under ``max_line_size``)."""
        response = self.http_response
        return guard_sync(iter_lines(response, self.limits), response)

    def parse(self) -> T:
        """What the method returns, validated as a normal call would.

        Reads the whole body first, except for streamed operations, whose
        stream (download, NDJSON items, events) reads it as it is iterated.
        """
        if self._reads_body and not self._parsed:
            self.read()
        return self._value()

    def close(self) -> None:
        """Release the connection (leaving the ``with`` block does it)."""
        self.http_response.close()


class AsyncStreamedResponse(_Base[T]):
    """Async twin of :class:`StreamedResponse` (``async with``, ``await``, ``async for``)."""

    __slots__ = ()

    async def read(self) -> bytes:
        """The whole body (read once, under ``max_body_size``; later calls reuse it)."""
        return await aread_body(self.http_response, self.limits)

    async def text(self) -> str:
        """The whole body decoded as text (its charset, else UTF-8)."""
        await self.read()
        return self._text()

    async def json(self) -> Any:
        """The whole body decoded as JSON (not validated: see :meth:`parse`)."""
        return json.loads(await self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as it arrives (``async for``)."""
        response = self.http_response
        return guard_async(aiter_body(response, self.limits, chunk_size), response)

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text pieces as they arrive (``async for``)."""
        decoder = _text_decoder(self.http_response)
        async for chunk in self.iter_bytes(chunk_size):
            text = decoder.decode(chunk)
            if text:
                yield text
        rest = decoder.decode(b"", final=True)
        if rest:
            yield rest

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text lines as they arrive (``async for``)."""
        response = self.http_response
        return guard_async(aiter_lines(response, self.limits), response)

    async def parse(self) -> T:
        """Async twin of :meth:`StreamedResponse.parse`."""
        if self._reads_body and not self._parsed:
            await self.read()
        return self._value()

    async def close(self) -> None:
        """Release the connection (leaving the ``async with`` block does it)."""
        await self.http_response.aclose()


class StreamedResponseManager(Generic[T]):
    """``with manager as response``: sends on entry, closes the response on exit."""

    __slots__ = ("_open", "_response")

    def __init__(self, open_response: Callable[[], StreamedResponse[T]]) -> None:
        self._open = open_response
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._open()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseManager(Generic[T]):
    """``async with manager as response``: async twin of :class:`StreamedResponseManager`."""

    __slots__ = ("_open", "_response")

    def __init__(
        self, open_response: Callable[[], Awaitable[AsyncStreamedResponse[T]]]
    ) -> None:
        self._open = open_response
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._open()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _open_sync(
    func: Callable[..., Any], args: Any, kwargs: Any
) -> StreamedResponse[Any]:
    call = capture(func, args, kwargs)
    client: Client = call.client  # type: ignore[assignment]
    return client._streamed(call)


async def _open_async(
    func: Callable[..., Any], args: Any, kwargs: Any
) -> AsyncStreamedResponse[Any]:
    call = await acapture(func, args, kwargs)
    client: AsyncClient = call.client  # type: ignore[assignment]
    return await client._streamed(call)


def to_streamed_response_wrapper(
    func: Callable[P, T],
) -> Callable[P, StreamedResponseManager[T]]:
    """Wrap a resource method: ``with wrapped(...) as response`` streams its response."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseManager[T]:
        return StreamedResponseManager(
            functools.partial(_open_sync, func, args, kwargs)
        )

    return wrapped


@overload
def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamedResponseManager[T]]: ...
@overload
def async_to_streamed_response_wrapper(
    func: Callable[P, PlainT],
) -> Callable[P, AsyncStreamedResponseManager[PlainT]]: ...
def async_to_streamed_response_wrapper(
    func: Callable[P, Any],
) -> Callable[P, AsyncStreamedResponseManager[Any]]:
    """Async twin of :func:`to_streamed_response_wrapper` (``async with wrapped(...)``).

    Takes coroutine methods and the plain methods of paginated and streamed
    operations, like :func:`~clientsmith.raw.async_to_raw_response_wrapper`.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseManager[Any]:
        return AsyncStreamedResponseManager(
            functools.partial(_open_async, func, args, kwargs)
        )

    return wrapped
