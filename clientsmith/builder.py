"""``ClientBuilder``: fluent, validated configuration for a client.

Each method returns a new builder (builders are immutable, so a shared base can
be specialised safely) and checks its own arguments at once; :meth:`build` and
:meth:`build_async` check what needs the whole picture and create the client::

    client = (
        ClientBuilder()
        .base_url("https://api.example.com/v1")
        .auth(BearerAuth("..."))
        .header("User-Agent", "my-app/1.0")
        .timeout(10, connect=2)
        .retries(3, initial_delay=0.2)
        .hook("response", log_response)
        .build(MyClient)
    )

Every problem raises :class:`ConfigurationError` (also a ``ValueError``).
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, overload

import httpx

from ._types import NOT_GIVEN, NotGiven
from .client import AsyncClient, Client
from .errors import ConfigurationError
from .retry import RetryPolicy

__all__ = ["HOOK_EVENTS", "ClientBuilder", "ConfigurationError"]

C = TypeVar("C", bound=Client)
AC = TypeVar("AC", bound=AsyncClient)

HOOK_EVENTS: tuple[str, ...] = ("request", "response")
"""The events :meth:`ClientBuilder.hook` accepts."""

_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def _positive(what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{what} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{what} must be positive and finite, got {value!r}")
    return float(value)


def _non_negative(what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{what} must be a number, got {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"{what} must be >= 0 and finite, got {value!r}")
    return float(value)


def _check_policy(policy: RetryPolicy) -> RetryPolicy:
    attempts = policy.max_attempts
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        raise ConfigurationError(
            f"retry max_attempts must be an int >= 1, got {attempts!r}"
        )
    _non_negative("retry initial_delay", policy.initial_delay)
    _non_negative("retry max_delay", policy.max_delay)
    _non_negative("retry max_retry_after", policy.max_retry_after)
    if policy.max_delay < policy.initial_delay:
        raise ConfigurationError(
            f"retry max_delay ({policy.max_delay}) is below initial_delay "
            f"({policy.initial_delay})"
        )
    multiplier = _non_negative("retry multiplier", policy.multiplier)
    if multiplier < 1:
        raise ConfigurationError(
            f"retry multiplier must be >= 1 (backoff grows), got {multiplier!r}"
        )
    jitter = _non_negative("retry jitter", policy.jitter)
    if jitter > 1:
        raise ConfigurationError(
            f"retry jitter is a fraction in [0, 1], got {jitter!r}"
        )
    bad = sorted(
        s
        for s in policy.statuses
        if isinstance(s, bool) or not isinstance(s, int) or not 100 <= s <= 599
    )
    if bad:
        raise ConfigurationError(f"retry statuses must be HTTP statuses, got {bad!r}")
    return policy


@dataclass(frozen=True, repr=False)
class ClientBuilder:
    """Collects and validates client options; see the module documentation."""

    _base_url: str | None = None
    _auth: httpx.Auth | None = None
    _schemes: Mapping[str, httpx.Auth] = field(default_factory=dict)
    _headers: Mapping[str, str] = field(default_factory=dict)
    _timeout: httpx.Timeout | None | NotGiven = NOT_GIVEN
    _retry: RetryPolicy | None | NotGiven = NOT_GIVEN
    _hooks: Mapping[str, tuple[Callable[..., Any], ...]] = field(default_factory=dict)
    _session: httpx.Client | httpx.AsyncClient | None = None
    _transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    _follow_redirects: bool | None = None
    _max_redirects: int | None = None

    # -- options ------------------------------------------------------------------

    def base_url(self, url: str | httpx.URL) -> ClientBuilder:
        """The absolute ``http(s)`` URL operation paths are appended to."""
        try:
            parsed = httpx.URL(str(url))
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(f"base URL {url!r} is not a URL: {exc}") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(
                f"base URL must be absolute http(s), like https://api.example.com/v1; "
                f"got {str(url)!r}"
            )
        if parsed.query or parsed.fragment:
            raise ConfigurationError(
                f"base URL must not carry a query or fragment: {str(url)!r}"
            )
        return replace(self, _base_url=str(parsed))

    def auth(
        self,
        auth: httpx.Auth | Mapping[str, httpx.Auth],
        *,
        scheme: str | None = None,
    ) -> ClientBuilder:
        """Credentials: for every secured operation, or for one security ``scheme``.

        Operations declared with ``security=[("ApiKey",)]`` use the auth given
        for scheme ``"ApiKey"`` (``auth(a, scheme="ApiKey")``, or a mapping of
        scheme names to auths); a default auth and per-scheme auths exclude
        each other.
        """
        if isinstance(auth, Mapping) and scheme is None:
            builder = self
            for name, value in auth.items():
                builder = builder.auth(value, scheme=name)
            return builder
        if not isinstance(auth, httpx.Auth):
            raise ConfigurationError(
                f"auth must be an httpx.Auth (e.g. clientsmith.auth.BearerAuth), "
                f"got {type(auth).__name__}"
            )
        if scheme is None:
            if self._schemes:
                raise ConfigurationError(
                    "auth(...) without scheme= after auth(..., scheme=...): "
                    "use one default auth or per-scheme auths, not both"
                )
            return replace(self, _auth=auth)
        if not scheme:
            raise ConfigurationError("auth scheme name must not be empty")
        if self._auth is not None:
            raise ConfigurationError(
                f"auth(..., scheme={scheme!r}) after a default auth(...): "
                "use one default auth or per-scheme auths, not both"
            )
        return replace(self, _schemes={**self._schemes, scheme: auth})

    def header(self, name: str, value: str) -> ClientBuilder:
        """A header sent with every request (a later value for the same name wins)."""
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise ConfigurationError(f"{name!r} is not a valid header name")
        if not isinstance(value, str):
            raise ConfigurationError(
                f"header {name!r}: value must be str, got {type(value).__name__}"
            )
        if any(c in value for c in "\r\n\0"):
            raise ConfigurationError(
                f"header {name!r}: value must not contain CR, LF or NUL"
            )
        kept = {k: v for k, v in self._headers.items() if k.lower() != name.lower()}
        return replace(self, _headers={**kept, name: value})

    def headers(self, headers: Mapping[str, str]) -> ClientBuilder:
        """Several headers at once; see :meth:`header`."""
        builder = self
        for name, value in headers.items():
            builder = builder.header(name, value)
        return builder

    def timeout(
        self,
        seconds: float | httpx.Timeout | None,
        *,
        connect: float | None = None,
        read: float | None = None,
        write: float | None = None,
        pool: float | None = None,
    ) -> ClientBuilder:
        """Default timeouts in seconds; ``None`` waits forever.

        ``seconds`` applies to each phase not given separately.
        """
        if isinstance(seconds, httpx.Timeout):
            if any(x is not None for x in (connect, read, write, pool)):
                raise ConfigurationError(
                    "pass an httpx.Timeout or per-phase seconds, not both"
                )
            for phase, value in seconds.as_dict().items():
                if value is not None:
                    _positive(f"timeout {phase}", value)
            return replace(self, _timeout=seconds)
        total = None if seconds is None else _positive("timeout", seconds)
        phases: dict[str, float | None] = {}
        for phase, value in (
            ("connect", connect),
            ("read", read),
            ("write", write),
            ("pool", pool),
        ):
            phases[phase] = (
                total if value is None else _positive(f"{phase} timeout", value)
            )
        return replace(self, _timeout=httpx.Timeout(total, **phases))

    def retries(
        self,
        max_retries: int,
        *,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        statuses: Iterable[int] | None = None,
        jitter: float | None = None,
        add_idempotency_key: bool | None = None,
    ) -> ClientBuilder:
        """Retry failed requests up to ``max_retries`` times (``0``: never).

        The other arguments change the defaults of
        :class:`~clientsmith.RetryPolicy` (exponential backoff with jitter,
        honouring ``Retry-After``; non-idempotent methods only with an
        idempotency key).
        """
        if (
            isinstance(max_retries, bool)
            or not isinstance(max_retries, int)
            or max_retries < 0
        ):
            raise ConfigurationError(
                f"max_retries must be an int >= 0, got {max_retries!r}"
            )
        if max_retries > 100:
            raise ConfigurationError(
                f"max_retries={max_retries} is not sane (at most 100)"
            )
        changes: dict[str, Any] = {"max_attempts": max_retries + 1}
        if initial_delay is not None:
            changes["initial_delay"] = initial_delay
        if max_delay is not None:
            changes["max_delay"] = max_delay
        if statuses is not None:
            changes["statuses"] = frozenset(statuses)
        if jitter is not None:
            changes["jitter"] = jitter
        if add_idempotency_key is not None:
            changes["add_idempotency_key"] = add_idempotency_key
        base = self._retry if isinstance(self._retry, RetryPolicy) else RetryPolicy()
        return replace(self, _retry=_check_policy(base.with_changes(**changes)))

    def retry_policy(self, policy: RetryPolicy | None) -> ClientBuilder:
        """A complete :class:`~clientsmith.RetryPolicy`, or ``None`` for no retries."""
        if policy is not None and not isinstance(policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy takes a RetryPolicy or None, got {type(policy).__name__}"
            )
        return replace(self, _retry=None if policy is None else _check_policy(policy))

    def hook(self, event: str, fn: Callable[..., Any]) -> ClientBuilder:
        """Call ``fn`` on every request sent (each attempt, token requests and
        logins, with final headers): ``"request"`` gets the ``httpx.Request``,
        ``"response"`` the ``httpx.Response``. Async clients accept coroutine
        functions too."""
        if event not in HOOK_EVENTS:
            raise ConfigurationError(
                f"unknown hook event {event!r}; expected one of {list(HOOK_EVENTS)}"
            )
        if not callable(fn):
            raise ConfigurationError(
                f"hook for {event!r} must be callable, got {type(fn).__name__}"
            )
        hooks = dict(self._hooks)
        hooks[event] = (*hooks.get(event, ()), fn)
        return replace(self, _hooks=hooks)

    def session(self, http_client: httpx.Client | httpx.AsyncClient) -> ClientBuilder:
        """Send through an existing ``httpx`` client (never closed by ours).

        ``build`` needs an ``httpx.Client``, ``build_async`` an ``httpx.AsyncClient``.
        """
        if not isinstance(http_client, (httpx.Client, httpx.AsyncClient)):
            raise ConfigurationError(
                "session must be an httpx.Client or httpx.AsyncClient, got "
                f"{type(http_client).__name__}"
            )
        if self._transport is not None:
            raise ConfigurationError("pass either session(...) or transport(...)")
        return replace(self, _session=http_client)

    def transport(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    ) -> ClientBuilder:
        """The ``httpx`` transport of a new connection pool (e.g. ``MockTransport``)."""
        if not isinstance(transport, (httpx.BaseTransport, httpx.AsyncBaseTransport)):
            raise ConfigurationError(
                f"transport must be an httpx transport, got {type(transport).__name__}"
            )
        if self._session is not None:
            raise ConfigurationError("pass either session(...) or transport(...)")
        return replace(self, _transport=transport)

    def redirects(
        self, follow: bool = True, *, max_redirects: int = 20
    ) -> ClientBuilder:
        """Whether and how many redirects to follow (credentials stay on origin)."""
        if (
            isinstance(max_redirects, bool)
            or not isinstance(max_redirects, int)
            or max_redirects < 0
        ):
            raise ConfigurationError(
                f"max_redirects must be an int >= 0, got {max_redirects!r}"
            )
        return replace(self, _follow_redirects=follow, _max_redirects=max_redirects)

    # -- building -----------------------------------------------------------------

    def _kwargs(self, client_class: type, is_async: bool) -> dict[str, Any]:
        if self._base_url is None:
            raise ConfigurationError("no base URL: call .base_url('https://...') first")
        kwargs: dict[str, Any] = {"base_url": self._base_url}
        if self._auth is not None:
            kwargs["auth"] = self._auth
        elif self._schemes:
            kwargs["auth"] = dict(self._schemes)
        if self._headers:
            kwargs["headers"] = dict(self._headers)
        if not isinstance(self._timeout, NotGiven):
            kwargs["timeout"] = self._timeout
        if not isinstance(self._retry, NotGiven):
            kwargs["retry"] = self._retry
        if self._hooks:
            if not is_async:
                for event, fns in self._hooks.items():
                    for fn in fns:
                        if inspect.iscoroutinefunction(fn):
                            raise ConfigurationError(
                                f"{event} hook {fn.__name__} is async: use build_async"
                            )
            kwargs["event_hooks"] = {k: list(v) for k, v in self._hooks.items()}
        if self._session is not None:
            wanted = httpx.AsyncClient if is_async else httpx.Client
            if not isinstance(self._session, wanted):
                raise ConfigurationError(
                    f"{'build_async' if is_async else 'build'} needs a session of "
                    f"type httpx.{wanted.__name__}, got "
                    f"{type(self._session).__name__}"
                )
            kwargs["http_client"] = self._session
        if self._transport is not None:
            wanted_t = httpx.AsyncBaseTransport if is_async else httpx.BaseTransport
            if not isinstance(self._transport, wanted_t):
                raise ConfigurationError(
                    f"{'build_async' if is_async else 'build'} needs an "
                    f"httpx.{wanted_t.__name__}, got {type(self._transport).__name__}"
                )
            kwargs["transport"] = self._transport
        if self._follow_redirects is not None:
            kwargs["follow_redirects"] = self._follow_redirects
            kwargs["max_redirects"] = self._max_redirects
        parameters = inspect.signature(client_class).parameters
        if not any(
            p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
        ):
            unknown = sorted(set(kwargs) - set(parameters))
            if unknown:
                raise ConfigurationError(
                    f"{client_class.__name__}() does not accept {unknown}: "
                    "configure it through its own constructor"
                )
        return kwargs

    @overload
    def build(self) -> Client: ...

    @overload
    def build(self, client_class: type[C]) -> C: ...

    def build(self, client_class: type[Client] = Client) -> Client:
        """Validate and create a synchronous client of ``client_class``."""
        if not (isinstance(client_class, type) and issubclass(client_class, Client)):
            raise ConfigurationError(
                f"build() makes clientsmith.Client subclasses; for "
                f"{getattr(client_class, '__name__', client_class)!r} use build_async"
                if isinstance(client_class, type)
                and issubclass(client_class, AsyncClient)
                else f"build() needs a clientsmith.Client subclass, got {client_class!r}"
            )
        return client_class(**self._kwargs(client_class, is_async=False))

    @overload
    def build_async(self) -> AsyncClient: ...

    @overload
    def build_async(self, client_class: type[AC]) -> AC: ...

    def build_async(self, client_class: type[AsyncClient] = AsyncClient) -> AsyncClient:
        """Validate and create an asynchronous client of ``client_class``."""
        if not (
            isinstance(client_class, type) and issubclass(client_class, AsyncClient)
        ):
            raise ConfigurationError(
                f"build_async() needs a clientsmith.AsyncClient subclass, got "
                f"{getattr(client_class, '__name__', client_class)!r}"
            )
        return client_class(**self._kwargs(client_class, is_async=True))

    def __repr__(self) -> str:  # no auth or header values: they may be secrets
        return (
            f"<ClientBuilder base_url={self._base_url!r} "
            f"headers={sorted(self._headers)} auth={'set' if self._auth or self._schemes else 'none'}>"
        )
