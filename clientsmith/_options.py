"""The per-call options of one request, as one immutable value.

Every public call (``request``, ``paginate``, ``stream``, ``stream_lines``,
``stream_events``, sync and async) takes the same keyword arguments, declared
once as :class:`CallOptions` (``**options: Unpack[CallOptions]``); the
``get``/``post``... escape hatch takes :class:`AdhocOptions`. Each call builds
one :class:`RequestOptions` from them and hands it on; request preparation
(:meth:`~clientsmith._base_client.BaseClient._prepare`) reads only this value,
so a new per-call option is one field here, not another keyword threaded
through every method (Stainless-generated SDKs have ``FinalRequestOptions``
for the same reason).

It is a ``NamedTuple`` rather than a frozen dataclass for speed: both are
immutable, but a frozen dataclass's ``__init__`` sets each field through
``object.__setattr__`` (about 2.3 us for these twelve fields on CPython 3.11,
against 0.7 us for the tuple), and this value is built on every call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx
from typing_extensions import TypedDict

from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._limits import ResponseLimits
    from .retry import RetryPolicy

__all__ = [
    "AdhocBodyOptions",
    "AdhocOptions",
    "CallOptions",
    "RequestOptions",
    "TimeoutArg",
    "call_options",
    "check_keywords",
]

TimeoutArg = float | httpx.Timeout | None


class CallOptions(TypedDict, total=False):
    """The keyword arguments of every operation call, declared once.

    Generated methods pass them to ``request``, ``paginate``, ``stream``,
    ``stream_lines`` and ``stream_events`` (sync and async); a type checker
    checks each keyword against this declaration (PEP 692). The fields and their
    meaning are :class:`RequestOptions`'s, ``url`` aside.
    """

    path: Mapping[str, object] | None
    query: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    cookies: Mapping[str, object] | None
    body: object
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: TimeoutArg | NotGiven
    retry: RetryPolicy | None | NotGiven
    response_limits: ResponseLimits | None


class AdhocOptions(TypedDict, total=False):
    """The keyword arguments of the ``get`` / ``delete`` escape hatch.

    ``params`` is the query string (encoded as the spec's default form style),
    ``headers`` are sent as given, ``timeout`` as for operation calls.
    """

    params: Mapping[str, object] | None
    headers: Mapping[str, str] | None
    timeout: TimeoutArg | NotGiven


class AdhocBodyOptions(AdhocOptions, total=False):
    """:class:`AdhocOptions` plus a JSON ``body`` (``post`` / ``put`` / ``patch``)."""

    body: object


class RequestOptions(NamedTuple):
    """What one call asks for, besides the operation itself.

    Parameter mappings are keyed by wire name. ``NOT_GIVEN`` means "use the
    client's setting" for ``timeout`` and ``retry`` (``None`` there means no
    timeout / no retries), and "no body" for ``body``. ``url`` replaces the
    operation's path and query entirely (the ``client.get(url)`` escape hatch).
    """

    path: Mapping[str, object] | None = None
    query: Mapping[str, object] | None = None
    headers: Mapping[str, object] | None = None
    cookies: Mapping[str, object] | None = None
    body: object = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: TimeoutArg | NotGiven = NOT_GIVEN
    retry: RetryPolicy | None | NotGiven = NOT_GIVEN
    response_limits: ResponseLimits | None = None
    url: str | None = None

    def with_changes(self, **changes: Any) -> RequestOptions:
        """A copy with the given fields replaced (``ValueError`` for an unknown name)."""
        return self._replace(**changes)

    def __repr__(self) -> str:
        # Header, query and body values may be credentials: show which options
        # are set, never their values.
        default = _DEFAULT
        given = [
            name
            for name, value, unset in zip(self._fields, self, default, strict=True)
            if value is not unset
        ]
        return f"RequestOptions(set={given!r})"


_DEFAULT = RequestOptions()


_CALL_KEYWORDS = frozenset(CallOptions.__annotations__)


def call_options(options: Mapping[str, Any]) -> RequestOptions:
    """The :class:`RequestOptions` of a call's ``**options``.

    A keyword :class:`CallOptions` does not declare is a ``TypeError`` naming it,
    as a misspelt keyword argument is; ``url`` in particular (the escape
    hatch's, which skips the operation's path) cannot be passed this way.
    """
    if "url" in options:
        raise _unexpected(options)
    try:
        return RequestOptions(**options)
    except TypeError:  # no set check on every call: the constructor does it
        raise _unexpected(options) from None


def check_keywords(options: Mapping[str, Any]) -> None:
    """:func:`call_options`' ``TypeError`` for an undeclared keyword, now,
    for calls that build their options later (captured and lazy ones)."""
    if not _CALL_KEYWORDS.issuperset(options):
        raise _unexpected(options)


def _unexpected(options: Mapping[str, Any]) -> TypeError:
    unknown = ", ".join(repr(name) for name in sorted(set(options) - _CALL_KEYWORDS))
    known = ", ".join(sorted(_CALL_KEYWORDS))
    return TypeError(f"unexpected keyword argument {unknown}; a call takes: {known}")
