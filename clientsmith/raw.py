"""Raw response access: ``resource.with_raw_response.method(...)``.

The wrappers set a context variable for the duration of one call; the client's
``request`` sees it and returns a :class:`RawResponse` (the HTTP response plus a
lazy ``parse()``) instead of the parsed value. Status errors still raise.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = [
    "RawResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

RAW_MODE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "clientsmith_raw_mode", default=False
)


class RawResponse(Generic[T]):
    """The HTTP response of one call, with ``parse()`` for the typed value."""

    __slots__ = ("http_response", "_parser", "_parsed")

    def __init__(self, http_response: httpx.Response, parser: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: list[T] = []

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
        """The raw body bytes."""
        return self.http_response.content

    def parse(self) -> T:
        """The value the call would have returned (parsed once, then cached)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a client method so it returns :class:`RawResponse` instead of ``T``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_MODE.set(True)
        try:
            result: Any = func(*args, **kwargs)
        finally:
            RAW_MODE.reset(token)
        if not isinstance(result, RawResponse):
            raise TypeError(f"{func.__qualname__} did not go through Client.request")
        return cast(RawResponse[T], result)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_MODE.set(True)
        try:
            result: Any = await func(*args, **kwargs)
        finally:
            RAW_MODE.reset(token)
        if not isinstance(result, RawResponse):
            raise TypeError(
                f"{func.__qualname__} did not go through AsyncClient.request"
            )
        return cast(RawResponse[T], result)

    return wrapped
