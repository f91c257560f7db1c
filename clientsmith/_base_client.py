"""State and request preparation shared by :class:`Client` and :class:`AsyncClient`.

Everything here is synchronous and I/O-free: turning an operation plus
arguments into an ``httpx.Request``, choosing credentials, and the pure
redirect/next-link rules. Only the send loops differ between the two clients.
"""

from __future__ import annotations

import copy
import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._auth import select_auth
from ._body import EncodedBody, encode_body
from ._checks import check_count, check_timeout
from ._hooks import ObservedAuth
from ._limits import DEFAULT_RESPONSE_LIMITS, ResponseLimits
from ._logging import logger
from ._options import AdhocOptions, RequestOptions, TimeoutArg
from ._plan import OperationPlan
from ._redact import is_sensitive_name, redact_url
from ._types import NOT_GIVEN, NotGiven
from .operation import Operation, Response
from .retry import RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "BaseClient", "Prepared"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_REDIRECTS = 20
_DEFAULT_RETRY = RetryPolicy()
_PLAIN_CLIENTS = (httpx.Client, httpx.AsyncClient)

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)

AuthArg = Mapping[str, httpx.Auth] | httpx.Auth | None


def _unsendable_header(label: str, headers: Mapping[str, str]) -> str:
    """The error for a header httpx cannot encode, naming it but not its value
    (it may be a credential)."""
    for name, value in headers.items():
        for text, what in ((name, "name"), (str(value), "value")):
            try:
                text.encode("ascii")
            except UnicodeEncodeError as exc:
                return (
                    f"{label}: header {name!r} has a non-ASCII character in its "
                    f"{what} (position {exc.start}); HTTP headers carry ASCII only: "
                    "percent-encode the text or send it in the query or body"
                )
    return f"{label}: a request header cannot be encoded as ASCII"


@dataclass(slots=True, repr=False)  # no repr: it would show credentials
class Prepared:
    """One request ready to send, with what the send loop needs to know."""

    plan: OperationPlan
    request: httpx.Request
    auth: httpx.Auth | None
    retry: RetryPolicy | None
    body: EncodedBody | None
    has_idempotency_key: bool
    own_headers: Mapping[str, str] | None = None
    """Headers we set before auth ran; anything else auth added (see redirects)."""
    limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS
    """The caps the response is read under (the client's, or the call's)."""


_ADHOC: dict[tuple[str, Any], OperationPlan] = {}


def _adhoc_plan(method: str, cast_to: Any) -> OperationPlan:
    """Plans for the escape hatch, cached per (method, cast_to)."""
    key = (method, cast_to)
    try:
        return _ADHOC[key]
    except KeyError:
        pass
    except TypeError:  # unhashable cast_to: a one-off plan, never cached
        return OperationPlan(_adhoc_operation(method, cast_to))
    plan = OperationPlan(_adhoc_operation(method, cast_to))
    _ADHOC[key] = plan
    return plan


def _adhoc_operation(method: str, cast_to: Any) -> Operation[Any]:
    responses = {"2XX": Response("json", cast_to)} if cast_to is not None else {}
    return Operation(method, "", responses=responses)


def _idempotency_key() -> str:
    import uuid  # on first use: it costs milliseconds at import (it loads platform)

    return str(uuid.uuid4())


class _ResponseCookies(httpx.Cookies):
    """httpx's cookie store, minus its work on responses that set no cookie.

    For every response httpx wraps the response and its request in urllib and
    ``email`` compatibility objects for ``CookieJar.extract_cookies``, which then
    reads only the ``Set-Cookie`` and ``Set-Cookie2`` headers: several
    microseconds per call for nothing when an API sets no cookie (most do not).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def install_cookie_store(http: httpx.Client | httpx.AsyncClient) -> None:
    """Give a pool this package created the store above (same cookies, same jar)."""
    current = getattr(http, "_cookies", None)
    # ``_cookies`` is what httpx's ``cookies`` property returns; the public setter
    # would wrap our store in a plain one again.
    if type(current) is httpx.Cookies:
        store = _ResponseCookies()
        store.jar = current.jar
        http._cookies = store


def _names(
    headers: Mapping[str, str], extra: Mapping[str, str] | None, name: str
) -> bool:
    """Whether either mapping has header ``name`` (lower case), in any case."""
    return any(k.lower() == name for k in headers) or (
        extra is not None and any(k.lower() == name for k in extra)
    )


def _ensure_idempotency_key(policy: RetryPolicy, headers: dict[str, str]) -> bool:
    """Whether a non-idempotent request carries an idempotency key, adding one
    (in place) when the policy asks for it and the request may be retried."""
    key_header = policy.idempotency_header
    wanted = key_header.lower()
    if headers and any(k.lower() == wanted for k in headers):
        return True
    if policy.add_idempotency_key and policy.max_attempts > 1:
        # One key for all attempts, so the server can deduplicate them.
        headers[key_header] = _idempotency_key()
        return True
    return False


def _check_settings(
    timeout: TimeoutArg | NotGiven, max_retries: int | None, max_redirects: int | None
) -> None:
    """Refuse client settings that could not work, naming the setting."""
    if not isinstance(timeout, NotGiven):
        check_timeout("timeout", timeout)
    if max_retries is not None:
        check_count("max_retries", max_retries, 0)
    if max_redirects is not None:
        check_count("max_redirects", max_redirects, 0)


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """RFC 6454 origin equality: scheme, host and port."""
    return a.scheme == b.scheme and a.host == b.host and a.port == b.port


def strip_credentials(
    headers: httpx.Headers, keep: Iterable[str] | None = None
) -> dict[str, str]:
    """Headers safe to send to another origin.

    Drops credential-looking headers (Authorization, Cookie, API keys...) and,
    when ``keep`` is given, any header not in it (auth flows add headers we
    cannot recognise by name).
    """
    allowed = None if keep is None else {k.lower() for k in keep}
    out: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if is_sensitive_name(lowered) or lowered == "host":
            continue
        if allowed is not None and lowered not in allowed:
            continue
        out[name] = value
    return out


def redirect_method(method: str, status_code: int) -> str:
    """The method to follow a redirect with (RFC 9110 15.4, browser behaviour)."""
    if status_code == 303 and method != "HEAD":
        return "GET"
    if status_code in (301, 302) and method == "POST":
        return "GET"
    return method


class PoolCell(Generic[HttpT]):
    """The ``httpx`` client behind a clientsmith client, created on first use.

    Building an ``httpx.Client`` loads the CA bundle into an SSL context (tens of
    milliseconds), so a client that is constructed but not yet used -- at import
    time, in a CLI that only prints help -- costs nothing. A pool it creates gets
    the cookie store above. Copies made by ``with_options`` share the cell, hence
    the pool.
    """

    def __init__(
        self, factory: Callable[[], HttpT] | None, pool: HttpT | None = None
    ) -> None:
        self._factory: Callable[[], HttpT] | None = factory
        self._pool: HttpT | None = pool
        self._lock = threading.Lock()
        self._closed = False

    def get(self) -> HttpT:
        """The pool, created now if needed."""
        pool = self._pool
        if pool is not None:
            return pool
        with self._lock:
            if self._pool is None:
                if self._closed or self._factory is None:
                    raise RuntimeError(
                        "Cannot send a request, as the client has been closed."
                    )
                created = self._factory()
                install_cookie_store(created)
                self._pool = created
            return self._pool

    @property
    def created(self) -> HttpT | None:
        """The pool if it exists, without creating it."""
        return self._pool

    def shut(self) -> HttpT | None:
        """Allow no pool from now on; return the one to close, if it was created."""
        self._closed = True
        return self._pool


class BaseClient(Generic[HttpT]):
    """Configuration and request building shared by both clients."""

    _pool: PoolCell[HttpT]
    _owns_http: bool

    @property
    def _http(self) -> HttpT:
        return self._pool.get()

    def _use_pool(
        self,
        http_client: HttpT | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        pool_class: Callable[..., HttpT],
    ) -> None:
        """Adopt the caller's ``http_client``, or create our own on first use."""
        if http_client is not None:
            if transport is not None:
                raise ValueError("pass either http_client or transport, not both")
            self._pool = PoolCell(None, http_client)
            self._owns_http = False
            return
        timeout = self.timeout
        self._pool = PoolCell(lambda: pool_class(transport=transport, timeout=timeout))
        self._owns_http = True

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        timeout: TimeoutArg | NotGiven,
        headers: Mapping[str, str] | None,
        auth: AuthArg,
        retry: RetryPolicy | None | NotGiven,
        max_retries: int | None,
        follow_redirects: bool,
        max_redirects: int,
        http_timeout: httpx.Timeout | None,
        event_hooks: Mapping[str, Sequence[Callable[..., Any]]] | None,
        strict_validation: bool = False,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        self._base = str(self.base_url)
        _check_settings(timeout, max_retries, max_redirects)
        if isinstance(timeout, NotGiven):
            self.timeout = http_timeout if http_timeout is not None else DEFAULT_TIMEOUT
        else:
            self.timeout = (
                timeout
                if isinstance(timeout, httpx.Timeout)
                else httpx.Timeout(timeout)
            )
        self._headers: dict[str, str] = dict(headers or {})
        if isinstance(auth, httpx.Auth) or auth is None:
            self._default_auth: httpx.Auth | None = auth
            self._schemes: Mapping[str, httpx.Auth] = {}
        else:
            self._default_auth = None
            self._schemes = dict(auth)
        for scheme in (self._default_auth, *self._schemes.values()):
            # clientsmith's schemes pin credentials to the base URL's origin and
            # resolve relative token URLs against it (any httpx.Auth works too).
            bind = getattr(scheme, "bind_base_url", None)
            if callable(bind):
                bind(self.base_url)
        policy = _DEFAULT_RETRY if isinstance(retry, NotGiven) else retry
        if max_retries is not None:
            policy = (policy or _DEFAULT_RETRY).with_changes(
                max_attempts=max_retries + 1
            )
        self.retry: RetryPolicy | None = policy
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        # False: a response body that does not match its schema is kept and a
        # warning logged; True: it raises APIResponseValidationError.
        self.strict_validation = strict_validation
        # What a response may make us hold: body size, inflation, line length.
        self.response_limits: ResponseLimits = (
            DEFAULT_RESPONSE_LIMITS if response_limits is None else response_limits
        )
        hooks = event_hooks or {}
        self._request_hooks: list[Callable[..., Any]] = list(hooks.get("request", ()))
        self._response_hooks: list[Callable[..., Any]] = list(hooks.get("response", ()))
        # keyed by the security requirements, the only input of select_auth
        self._auth_cache: dict[object, httpx.Auth | None] = {}
        self._timeout_cache: tuple[object, dict[str, Any]] = (None, {})
        self._random: Callable[[], float] = random.random
        self._clock: Callable[[], float] = time.time

    # -- configuration ----------------------------------------------------------

    @property
    def http_client(self) -> HttpT:
        """The underlying ``httpx`` client (shared by copies from ``with_options``).

        The client's own pool is created on the first request or the first read
        of this property; a ``http_client`` passed in is returned as it is.
        """
        return self._http

    def _copy_with(
        self,
        *,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        auth: AuthArg | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        base_url: str | httpx.URL | None = None,
        strict_validation: bool | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> Any:
        _check_settings(timeout, max_retries, None)
        clone = copy.copy(self)
        clone._owns_http = False  # the original owns (and closes) the pool
        # Generated clients cache resources (bound to ``self``) with
        # cached_property; the copy must build its own.
        for klass in type(self).__mro__:
            for name, attr in vars(klass).items():
                if isinstance(attr, functools.cached_property):
                    clone.__dict__.pop(name, None)
        if not isinstance(timeout, NotGiven):
            clone.timeout = (
                timeout
                if isinstance(timeout, httpx.Timeout)
                else httpx.Timeout(timeout)
            )
        if headers is not None:
            clone._headers = {**self._headers, **headers}
        if not isinstance(auth, NotGiven):
            if isinstance(auth, httpx.Auth) or auth is None:
                clone._default_auth, clone._schemes = auth, {}
            else:
                clone._default_auth, clone._schemes = None, dict(auth)
            clone._auth_cache = {}
        if not isinstance(retry, NotGiven):
            clone.retry = retry
        if max_retries is not None:
            clone.retry = (clone.retry or _DEFAULT_RETRY).with_changes(
                max_attempts=max_retries + 1
            )
        if base_url is not None:
            clone.base_url = httpx.URL(str(base_url).rstrip("/"))
            clone._base = str(clone.base_url)
        if strict_validation is not None:
            clone.strict_validation = strict_validation
        if response_limits is not None:
            clone.response_limits = response_limits
        clone._request_hooks = list(self._request_hooks)
        clone._response_hooks = list(self._response_hooks)
        return clone

    def _observed(self, auth: httpx.Auth | None) -> httpx.Auth | None:
        """``auth`` wrapped so hooks and debug logs see each request on the wire.

        Token requests, logins and resends after a 401 are sent inside the auth
        flow; only a wrapper around it sees them with their final headers.
        Without hooks or debug logging there is nothing to observe: no wrapper,
        no per-request cost (auth schemes give their token requests and logins
        the client's ``User-Agent`` themselves).
        """
        if (
            not self._request_hooks
            and not self._response_hooks
            and not logger.isEnabledFor(logging.DEBUG)
        ):
            return auth
        return ObservedAuth(auth, self._request_hooks, self._response_hooks)

    def _auth_for(self, plan: OperationPlan) -> httpx.Auth | None:
        security = plan.operation.security
        try:
            return self._auth_cache[security]
        except KeyError:
            auth = select_auth(security, self._default_auth, self._schemes)
            self._auth_cache[security] = auth
            return auth

    # -- preparation ------------------------------------------------------------

    def _prepare(self, plan: OperationPlan, options: RequestOptions) -> Prepared:
        """The request for one call of ``plan``, with what the send loop needs."""
        # One unpacking (in field order) instead of twelve attribute lookups:
        # this runs on every call.
        (
            path,
            query,
            headers,
            cookies,
            body,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
            retry,
            limits,
            url,
        ) = options
        if url is None:
            url = self._url_for(plan, path, query, extra_query)
        hdrs = self._headers.copy() if self._headers else {}
        if headers or cookies:
            hdrs.update(plan.render_headers(headers, cookies))
        encoded: EncodedBody | None = None
        if not isinstance(body, NotGiven) or extra_body:
            encoded = encode_body(plan.operation.body, body, extra_body)
            if encoded.content_type is not None:
                hdrs["Content-Type"] = encoded.content_type
        if plan.accept is not None and not _names(hdrs, extra_headers, "accept"):
            hdrs["Accept"] = plan.accept  # several media types: ask for ours
        if extra_headers:
            hdrs.update(extra_headers)
        policy = self.retry if isinstance(retry, NotGiven) else retry
        # Keys only matter for non-idempotent methods: skip the scan on GETs.
        has_key = (
            _ensure_idempotency_key(policy, hdrs)
            if policy is not None and not plan.idempotent
            else False
        )
        try:
            request = self._build_request(plan.method, url, hdrs, encoded, timeout)
        except UnicodeEncodeError:
            raise ValueError(_unsendable_header(plan.label, hdrs)) from None
        return Prepared(
            plan=plan,
            request=request,
            auth=self._auth_for(plan),
            retry=policy,
            body=encoded,
            has_idempotency_key=has_key,
            own_headers=hdrs,
            limits=self.response_limits if limits is None else limits,
        )

    def _url_for(
        self,
        plan: OperationPlan,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        extra_query: Mapping[str, object] | None,
    ) -> str:
        """The operation's URL: base, rendered path, then the query string."""
        url = self._base + plan.render_path(path)
        if query or extra_query or plan.fixed_query:
            qs = plan.render_query(query, extra_query, path)
            if qs:
                url = f"{url}?{qs}"
        return url

    def _prepare_adhoc(
        self,
        method: str,
        path: str,
        cast_to: Any,
        options: AdhocOptions,
        body: object,
    ) -> Prepared:
        """The escape hatch's request (``client.get(path)``...), origin-guarded."""
        plan = _adhoc_plan(method, cast_to)
        url = path if "://" in path else self._base + "/" + path.lstrip("/")
        params = options.get("params")
        if params:
            qs = plan.render_query(params, None)
            if qs:
                url += ("&" if "?" in url else "?") + qs
        request_options = RequestOptions(
            body=body,
            extra_headers=options.get("headers"),
            timeout=options.get("timeout", NOT_GIVEN),
            url=url,
        )
        return self._guard_origin(self._prepare(plan, request_options))

    def _guard_origin(self, prepared: Prepared) -> Prepared:
        """Strip credentials from an escape-hatch request to another origin."""
        request = prepared.request
        if same_origin(request.url, self.base_url):
            return prepared
        for name in [n for n in request.headers if is_sensitive_name(n)]:
            del request.headers[name]
        prepared.auth = None
        return prepared

    def _build_request(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: EncodedBody | None,
        timeout: TimeoutArg | NotGiven,
    ) -> httpx.Request:
        """``http.build_request`` semantics, minus the merges that have nothing to do.

        ``build_request`` re-parses the URL for base-URL merging and merges
        client cookies and params; we always pass an absolute URL, so when the
        pool is a plain ``httpx`` client without cookies or params, building
        the ``Request`` directly gives the same request for less work.
        """
        http = self._http
        if isinstance(timeout, NotGiven):
            chosen: TimeoutArg = self.timeout
        else:
            check_timeout("timeout", timeout)  # a per-call value, unchecked so far
            chosen = timeout
        content = body.content if body is not None else None
        if type(http) in _PLAIN_CLIENTS and not http.params and not http.cookies:
            merged = httpx.Headers(http.headers)
            if headers:
                merged.update(headers)
            if chosen is self.timeout:
                extensions = self._timeout_ext
            else:
                extensions = {"timeout": httpx.Timeout(chosen).as_dict()}
            return httpx.Request(
                method,
                url,
                content=content,
                data=body.data if body is not None else None,
                files=body.files if body is not None else None,
                headers=merged,
                extensions=extensions,
            )
        return http.build_request(
            method,
            url,
            content=content,
            data=body.data if body is not None else None,
            files=body.files if body is not None else None,
            headers=headers or None,
            # Reusing the pool's own Timeout object avoids building one per call.
            timeout=httpx.USE_CLIENT_DEFAULT if chosen is http.timeout else chosen,
        )

    @property
    def _timeout_ext(self) -> dict[str, Any]:
        cached = self._timeout_cache
        if cached[0] is not self.timeout:
            cached = (self.timeout, {"timeout": self.timeout.as_dict()})
            self._timeout_cache = cached
        return cached[1]

    def _known_headers(self, prepared: Prepared) -> set[str]:
        names = {k.lower() for k in self._http.headers.keys()}
        names.update(k.lower() for k in prepared.own_headers or ())
        return names

    def _redirect(
        self, prepared: Prepared, response: httpx.Response
    ) -> Prepared | None:
        """The follow-up request for a redirect response, or ``None`` to stop."""
        if not self.follow_redirects or not response.has_redirect_location:
            return None
        request = prepared.request
        location = response.headers["location"]
        url = request.url.join(location)
        method = redirect_method(request.method, response.status_code)
        if same_origin(url, request.url):
            headers = dict(request.headers.items())
            headers.pop("Host", None)
            headers.pop("host", None)
            auth = prepared.auth
        else:
            headers = strip_credentials(request.headers, self._known_headers(prepared))
            auth = None
        content: Any = None
        if method != request.method:
            for name in list(headers):
                if name.lower() in (
                    "content-length",
                    "transfer-encoding",
                    "content-type",
                ):
                    del headers[name]
        elif prepared.body is not None:
            if not prepared.body.replayable:
                # A consumed stream cannot be sent again: surface the 307/308.
                return None
            content = request.read()
        new = self._http.build_request(
            method,
            url,
            headers=headers,
            content=content,
            extensions=request.extensions,
        )
        return Prepared(
            plan=prepared.plan,
            request=new,
            auth=auth,
            retry=prepared.retry,
            body=prepared.body,
            has_idempotency_key=prepared.has_idempotency_key,
            own_headers=prepared.own_headers,
            limits=prepared.limits,
        )

    def _next_page_request(self, prepared: Prepared, url: httpx.URL) -> Prepared:
        """A GET for a next link; credentials only when it stays on our origin."""
        request = prepared.request
        if same_origin(url, request.url):
            headers = dict(request.headers.items())
            for name in list(headers):
                if name.lower() in ("host", "content-length", "content-type"):
                    del headers[name]
            auth = prepared.auth
        else:
            headers = strip_credentials(request.headers, self._known_headers(prepared))
            auth = None
        new = self._http.build_request(
            request.method, url, headers=headers, extensions=request.extensions
        )
        return Prepared(
            plan=prepared.plan,
            request=new,
            auth=auth,
            retry=prepared.retry,
            body=None,
            has_idempotency_key=prepared.has_idempotency_key,
            own_headers=prepared.own_headers,
            limits=prepared.limits,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={redact_url(self.base_url)!r}>"
