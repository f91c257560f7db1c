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
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, overload

import httpx

from ._checks import check_count, positive
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


def _refuse_async_hooks(hooks: Mapping[str, tuple[Callable[..., Any], ...]]) -> None:
    """A synchronous client cannot await a coroutine-function hook."""
    for event, fns in hooks.items():
        for fn in fns:
            if inspect.iscoroutinefunction(fn):
                raise ConfigurationError(
                    f"{event} hook {fn.__name__} is async: use build_async"
                )


def _refuse_unknown_arguments(client_class: type, kwargs: Mapping[str, Any]) -> None:
    """A client class with its own constructor may not take every setting."""
    parameters = inspect.signature(client_class).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return
    unknown = sorted(set(kwargs) - set(parameters))
    if unknown:
        raise ConfigurationError(
            f"{client_class.__name__}() does not accept {unknown}: "
            "configure it through its own constructor"
        )


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
                    positive(f"timeout {phase}", value)
            return replace(self, _timeout=seconds)
        total = None if seconds is None else positive("timeout", seconds)
        phases: dict[str, float | None] = {}
        for phase, value in (
            ("connect", connect),
            ("read", read),
            ("write", write),
            ("pool", pool),
        ):
            phases[phase] = (
                total if value is None else positive(f"{phase} timeout", value)
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
        check_count("max_retries", max_retries, 0)
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
        return replace(self, _retry=base.with_changes(**changes))

    def retry_policy(self, policy: RetryPolicy | None) -> ClientBuilder:
        """A complete :class:`~clientsmith.RetryPolicy`, or ``None`` for no retries."""
        if policy is not None and not isinstance(policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy takes a RetryPolicy or None, got {type(policy).__name__}"
            )
        return replace(self, _retry=policy)

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
        check_count("max_redirects", max_redirects, 0)
        return replace(self, _follow_redirects=follow, _max_redirects=max_redirects)

    # -- building -----------------------------------------------------------------

    def _kwargs(self, client_class: type, is_async: bool) -> dict[str, Any]:
        """The constructor arguments of ``client_class``, checked for the flavour
        (sync or async) being built."""
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
                _refuse_async_hooks(self._hooks)
            kwargs["event_hooks"] = {k: list(v) for k, v in self._hooks.items()}
        kwargs.update(self._pool_kwargs(is_async))
        if self._follow_redirects is not None:
            kwargs["follow_redirects"] = self._follow_redirects
            kwargs["max_redirects"] = self._max_redirects
        _refuse_unknown_arguments(client_class, kwargs)
        return kwargs

    def _pool_kwargs(self, is_async: bool) -> dict[str, Any]:
        """``http_client`` or ``transport``, if given, of the right flavour."""
        build = "build_async" if is_async else "build"
        if self._session is not None:
            wanted = httpx.AsyncClient if is_async else httpx.Client
            if not isinstance(self._session, wanted):
                raise ConfigurationError(
                    f"{build} needs a session of type httpx.{wanted.__name__}, "
                    f"got {type(self._session).__name__}"
                )
            return {"http_client": self._session}
        if self._transport is not None:
            wanted_t = httpx.AsyncBaseTransport if is_async else httpx.BaseTransport
            if not isinstance(self._transport, wanted_t):
                raise ConfigurationError(
                    f"{build} needs an httpx.{wanted_t.__name__}, "
                    f"got {type(self._transport).__name__}"
                )
            return {"transport": self._transport}
        return {}

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
