"""``with_raw_response`` and ``with_streaming_response`` of hand-written resources.

Generated resources print one wrapper per method; a hand-written resource gets
the same views built from its declared operations: ``resource.with_raw_response``
answers each operation's name with that operation wrapped by
:func:`~clientsmith.raw.to_raw_response_wrapper` (or the async or streaming
twin), and each nested resource's name with that resource's view. The wrappers
are the generated clients' own, so both kinds of client send the same request
and return the same response objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from .decorators import endpoints_of

if TYPE_CHECKING:
    from .resource import Resource

__all__ = ["ResponseView"]

ViewKind = Literal["raw", "streaming"]

_ATTRIBUTE = {"raw": "with_raw_response", "streaming": "with_streaming_response"}


def _wrapper(kind: ViewKind, is_async: bool) -> Callable[[Any], Any]:
    # Imported on first use: plain resource calls never load the view modules.
    if kind == "raw":
        from ..raw import async_to_raw_response_wrapper, to_raw_response_wrapper

        return async_to_raw_response_wrapper if is_async else to_raw_response_wrapper
    from ..streaming_response import (
        async_to_streamed_response_wrapper,
        to_streamed_response_wrapper,
    )

    return (
        async_to_streamed_response_wrapper if is_async else to_streamed_response_wrapper
    )


class ResponseView:
    """A resource's operations returning responses instead of parsed values.

    ``client.pets.with_raw_response.fetch(42)`` sends what
    ``client.pets.fetch(42)`` sends and returns a
    :class:`~clientsmith.raw.RawResponse` (status, headers, ``.parse()``);
    ``with client.pets.with_streaming_response.fetch(42) as response:`` reads
    the body on demand. Nested resources are reached through the view
    (``client.teams("t1").with_raw_response.channels.list()``).
    """

    __slots__ = ("_kind", "_resource")

    def __init__(self, resource: Resource, kind: ViewKind) -> None:
        self._resource = resource
        self._kind = kind

    def __getattr__(self, name: str) -> Any:
        from ..client import AsyncClient

        resource = self._resource
        if name in endpoints_of(type(resource)):
            is_async = isinstance(resource.client, AsyncClient)
            return _wrapper(self._kind, is_async)(getattr(resource, name))
        value = getattr(resource, name)  # AttributeError for an unknown name
        # A nested resource offers the same view of itself; asking it (rather
        # than testing for Resource) keeps this module below resource.py.
        nested = getattr(value, _ATTRIBUTE[self._kind], None)
        if isinstance(nested, ResponseView):
            return nested
        raise AttributeError(
            f"{type(resource).__name__}.{name} is not an operation: "
            f"{_ATTRIBUTE[self._kind]} wraps the resource's declared operations "
            "and reaches its nested resources"
        )

    def __dir__(self) -> list[str]:
        return sorted(endpoints_of(type(self._resource)))

    def __repr__(self) -> str:
        return f"<{_ATTRIBUTE[self._kind]} of {self._resource!r}>"
