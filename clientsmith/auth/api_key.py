"""API keys in a header, query parameter or cookie, with rotation across keys."""

from __future__ import annotations

import threading
from collections.abc import Collection, Generator, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._redact import hide_in_logs, register_sensitive_names
from ._base import BaseAuth, is_replayable
from ._cookie_header import merge_cookie_header
from ._secret import Secret
from .errors import InvalidAPIKeyError

if TYPE_CHECKING:
    from ..client import AsyncClient, Client
    from ..operation import Operation

__all__ = ["APIKeyAuth", "KeyRing"]

KeyLocation = Literal["header", "query", "cookie"]


class KeyRing:
    """The rotation policy for several keys, free of I/O.

    The ring points at the current key. When a request made with key ``i`` is
    rejected, :meth:`rotate_from` moves to the next key — only if ``i`` is still
    current, so many concurrent rejections of one key rotate once, not many times.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one API key is required")
        self._keys = [Secret(k) for k in keys]
        self._current = 0
        # Held only for a few assignments, never across I/O: safe in async code too.
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def current_index(self) -> int:
        """Index of the key new requests start with."""
        return self._current

    def key(self, index: int) -> str:
        """The key at ``index``."""
        return self._keys[index].reveal()

    def rotate_from(self, index: int) -> int:
        """Record that key ``index`` was rejected; return the key to try next."""
        with self._lock:
            if self._current == index:
                self._current = (index + 1) % len(self._keys)
            return self._current


class APIKeyAuth(BaseAuth):
    """Send an API key as a header, query parameter or cookie.

    With several keys, a response whose status is in ``rotate_on`` (401 and 403 by
    default; add 429 to rotate on rate limits) makes the flow switch to the next key
    and resend the request, trying each key at most once per request. Later
    requests start with the key that worked.
    """

    def __init__(
        self,
        keys: str | Sequence[str],
        *,
        name: str,
        location: KeyLocation = "header",
        prefix: str | None = None,
        rotate_on: Collection[int] = (401, 403),
        allowed_origins: Iterable[str] | None = None,
    ) -> None:
        super().__init__(allowed_origins=allowed_origins)
        if location not in ("header", "query", "cookie"):
            raise ValueError(
                f"location must be header, query or cookie, not {location!r}"
            )
        key_list = [keys] if isinstance(keys, str) else list(keys)
        self._ring = KeyRing(key_list)
        # Logs, reprs and cross-origin redirects treat this name as a credential,
        # whatever it is called ("key", "Ocp-Apim-Subscription-Key"...).
        register_sensitive_names(name)
        hide_in_logs(*key_list)  # httpx logs request URLs; retries log headers
        self.name = name
        self.location: KeyLocation = location
        self.prefix = prefix
        self.rotate_on = frozenset(rotate_on)

    @property
    def active_key_index(self) -> int:
        """Index (into the configured keys) of the key currently in use."""
        return self._ring.current_index

    def apply(self, request: httpx.Request, key: str) -> None:
        """Put ``key`` on ``request`` at the configured location."""
        if self.location == "header":
            request.headers[self.name] = f"{self.prefix} {key}" if self.prefix else key
        elif self.location == "query":
            request.url = request.url.copy_set_param(self.name, key)
        else:
            merge_cookie_header(request, {self.name: key})

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._may_authenticate(request):
            yield request
            return
        index = self._ring.current_index
        tried = {index}
        while True:
            self.apply(request, self._ring.key(index))
            response = yield request
            if response.status_code not in self.rotate_on:
                return
            # Rotate even when this request cannot be resent: the next one benefits.
            index = self._ring.rotate_from(index)
            if index in tried or not is_replayable(request):
                return  # all keys rejected, or a streamed body: caller sees the answer
            tried.add(index)

    def validate(
        self,
        client: httpx.Client | Client,
        url: str | httpx.URL,
        *,
        method: str = "GET",
    ) -> httpx.Response:
        """Check at start-up that some key works, by sending one request.

        ``client`` is an ``httpx.Client`` or a clientsmith :class:`~clientsmith.Client`
        (generated or hand-written); with the latter, ``url`` is a path under
        its base URL and the probe goes out like any call of that client (its
        headers, hooks, timeout and logging; no retries), with this auth.
        Rotates through the keys as needed; raises :class:`InvalidAPIKeyError` when
        the server rejected all of them. Other statuses are returned unchanged (a
        404 on the probe URL says nothing about the key).
        """
        if isinstance(client, httpx.Client):
            response = client.request(method, url, auth=self)
        else:
            from ..errors import APIStatusError
            from ..raw import to_raw_response_wrapper

            probe = _probe_operation(client, url, method)
            request = client.with_options(auth=self, retry=None).request
            try:
                response = to_raw_response_wrapper(request)(probe).http_response
            except APIStatusError as exc:
                response = exc.response
        self._check_validation(response)
        return response

    async def avalidate(
        self,
        client: httpx.AsyncClient | AsyncClient,
        url: str | httpx.URL,
        *,
        method: str = "GET",
    ) -> httpx.Response:
        """Async variant of :meth:`validate` (an ``httpx.AsyncClient`` or ``AsyncClient``)."""
        if isinstance(client, httpx.AsyncClient):
            response = await client.request(method, url, auth=self)
        else:
            from ..errors import APIStatusError
            from ..raw import async_to_raw_response_wrapper

            probe = _probe_operation(client, url, method)
            request = client.with_options(auth=self, retry=None).request
            try:
                raw = await async_to_raw_response_wrapper(request)(probe)
                response = raw.http_response
            except APIStatusError as exc:
                response = exc.response
        self._check_validation(response)
        return response

    def _check_validation(self, response: httpx.Response) -> None:
        if response.status_code in self.rotate_on:
            raise InvalidAPIKeyError(
                f"all {len(self._ring)} API key(s) were rejected "
                f"(HTTP {response.status_code})",
                response=response,
            )

    def _repr_fields(self) -> str:
        return (
            f"keys=<{len(self._ring)} hidden>, name={self.name!r}, "
            f"location={self.location!r}"
        )


def _probe_operation(client: Any, url: str | httpx.URL, method: str) -> Operation[Any]:
    """The one-off operation :meth:`APIKeyAuth.validate` sends through a clientsmith client.

    ``url`` must be a path under the client's base URL (or that URL in full):
    the probe is one of the client's calls, and its credentials stay on its origin.
    """
    from .._base_client import BaseClient
    from ..operation import Operation, Response

    if not isinstance(client, BaseClient):
        raise TypeError(
            "APIKeyAuth.validate(client, url): client is an httpx client or a "
            f"clientsmith Client/AsyncClient, not {type(client).__name__}"
        )
    text = str(url)
    base = str(client.base_url).rstrip("/")
    if text.startswith(base + "/") or text == base:
        text = text[len(base) :]
    elif "://" in text:
        raise ValueError(
            "APIKeyAuth.validate(client, url): give a path under the client's "
            f"base URL {base!r}, not another URL"
        )
    if "{" in text or "}" in text:
        raise ValueError(
            "APIKeyAuth.validate(client, url): the probe path takes no "
            "{parameters}; give a concrete path"
        )
    return Operation(
        method=method.upper(),
        path="/" + text.lstrip("/"),
        responses={"2XX": Response("empty")},
        operation_id="APIKeyAuth.validate",
    )
