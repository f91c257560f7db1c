"""Raw response access: ``resource.with_raw_response.method(...)``.

How a wrapper reaches the response without changing the generated method: it
calls the method with :data:`CAPTURE` set. Each runtime entry point a generated
method calls (``request``, ``paginate``, ``stream``, ``stream_lines``,
``stream_events``) then sends nothing and returns a :class:`PendingCall` --
which operation, with which arguments. The wrapper resets the flag (so hooks
and token requests are ordinary calls) and has the client send it in the mode
it wants: here raw (:class:`RawResponse`), in
:mod:`clientsmith.streaming_response` streamed. Status errors still raise.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, overload

import httpx

from ._limits import DEFAULT_RESPONSE_LIMITS, ResponseLimits
from ._options import check_keywords
from ._read import read_body

if TYPE_CHECKING:
    from .client import AsyncClient, Client
    from .operation import Operation

__all__ = [
    "CAPTURE",
    "PendingCall",
    "RawResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")
PlainT = TypeVar("PlainT", bound="AsyncIterable[Any]")
"""What an async resource's plain (not ``async def``) methods return: pages and
streamed items. Bounded so that a coroutine method matches only the
``Awaitable`` overload: were both to match, a method with ``Any`` in its
signature (``dict[str, Any]`` bodies) would make mypy infer ``Any``."""

CallKind = Literal["request", "paginate", "stream", "stream_lines", "stream_events"]

CAPTURE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "clientsmith_capture", default=False
)
"""Set by the wrappers while they call a method: the client returns a :class:`PendingCall`."""

BODY_KINDS = frozenset({"request", "paginate"})
"""Call kinds whose value is read from the whole body (the others stream it)."""


@dataclass(frozen=True, slots=True)
class PendingCall:
    """A call captured before anything was sent: what the client will send."""

    client: Client | AsyncClient
    kind: CallKind
    operation: Operation[Any]
    arguments: Mapping[str, Any]
    """The keyword arguments of the client method, ``operation`` aside."""

    @property
    def reads_body(self) -> bool:
        """Whether the value is parsed from the whole body (request, paginate)."""
        return self.kind in BODY_KINDS


def pending(
    client: Client | AsyncClient,
    kind: CallKind,
    operation: Operation[Any],
    options: Mapping[str, Any],
    **extra: Any,
) -> Any:
    """The :class:`PendingCall` of a client method: its operation and keyword arguments.

    Called first thing in the method, with the method's ``**options`` (and
    ``max_items`` for ``paginate`` in ``extra``). A misspelt keyword fails
    here, when the method is called, not when the call is sent (a lazy
    stream's first item, a wrapper's send).
    """
    check_keywords(options)
    return PendingCall(
        client, kind, operation, {**options, **extra} if extra else options
    )


def _not_captured(func: Callable[..., Any], result: object) -> TypeError:
    if inspect.iscoroutine(result):
        result.close()  # never awaited: no "coroutine was never awaited" warning
    name = getattr(func, "__qualname__", repr(func))
    return TypeError(f"{name} did not go through the client's request methods")


def capture(func: Callable[..., Any], args: Any, kwargs: Any) -> PendingCall:
    """Call ``func`` with :data:`CAPTURE` set; the call it would have sent."""
    token = CAPTURE.set(True)
    try:
        result = func(*args, **kwargs)
    finally:
        CAPTURE.reset(token)
    if not isinstance(result, PendingCall):
        raise _not_captured(func, result)
    return result


async def acapture(func: Callable[..., Any], args: Any, kwargs: Any) -> PendingCall:
    """Async twin of :func:`capture`: awaits ``func``'s result when it is awaitable.

    Async resources' paginated and line/event methods are plain functions (their
    values are iterated with ``async for``); the others are coroutines.
    """
    token = CAPTURE.set(True)
    try:
        result = func(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
    finally:
        CAPTURE.reset(token)
    if not isinstance(result, PendingCall):
        raise _not_captured(func, result)
    return result


class RawResponse(Generic[T]):
    """The HTTP response of one call, with ``parse()`` for the typed value.

    For a paginated operation it is the first page's response, and ``parse()``
    returns the page iterator (which goes on to the next pages). For a streamed
    operation (a download, NDJSON lines, Server-Sent Events) the body is not
    loaded: ``parse()`` returns the stream, which reads it; until then the
    response holds its connection (:meth:`close` or :meth:`aclose` releases it).
    """

    __slots__ = ("http_response", "_parser", "_parsed", "_limits")

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[], T],
        limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS,
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: list[T] = []
        self._limits = limits

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body bytes (a streamed body is read here, under the response limits)."""
        response = self.http_response
        try:
            return response.content
        except httpx.ResponseNotRead:
            if isinstance(response.stream, httpx.AsyncByteStream):
                raise RuntimeError(
                    "the body of an async streamed operation is read through parse()"
                ) from None
            return read_body(response, self._limits)

    def parse(self) -> T:
        """The value the call would have returned (parsed once, then cached)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def close(self) -> None:
        """Release the connection of a streamed body that will not be read."""
        self.http_response.close()

    async def aclose(self) -> None:
        """Async twin of :meth:`close`, for a response of an async client."""
        await self.http_response.aclose()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a resource method so it returns :class:`RawResponse` instead of ``T``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        call = capture(func, args, kwargs)
        client: Client = call.client  # type: ignore[assignment]
        return client._raw(call)

    return wrapped


@overload
def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]: ...
@overload
def async_to_raw_response_wrapper(
    func: Callable[P, PlainT],
) -> Callable[P, Awaitable[RawResponse[PlainT]]]: ...
def async_to_raw_response_wrapper(
    func: Callable[P, Any],
) -> Callable[P, Awaitable[RawResponse[Any]]]:
    """Async twin of :func:`to_raw_response_wrapper` (``await wrapped(...)``).

    Takes coroutine methods (``RawResponse[Pet]``) and the plain methods of
    paginated and streamed operations (``RawResponse[AsyncPage[Pet]]``).
    """

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
        call = await acapture(func, args, kwargs)
        client: AsyncClient = call.client  # type: ignore[assignment]
        return await client._raw(call)

    return wrapped
