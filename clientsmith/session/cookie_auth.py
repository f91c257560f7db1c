"""Cookie sessions established by a form login.

:class:`CookieSessionAuth` posts credentials to a login URL, keeps the session
cookies it gets back (in its own jar, persisted through a credential store), sends
them with every request to the allowed origin, and when the server says the
session has expired — a 401, or a redirect to the login page — logs in again and
retries the request once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from .._store import CredentialStore
from ..auth._cookie_header import merge_cookie_header
from ..auth._flow import Send, Step, carry_user_agent
from ..auth._refreshing import RefreshingAuth
from ..auth._secret import Secret
from ..auth.errors import LoginError

__all__ = ["CookieSession", "CookieSessionAuth"]


@dataclass(frozen=True)
class CookieSession:
    """The cookies of one logged-in session (values hidden from ``repr``)."""

    cookies: Mapping[str, Secret] = field(default_factory=dict)
    created_at: float = 0.0

    def values(self) -> dict[str, str]:
        """Cookie name to real value."""
        return {name: value.reveal() for name, value in self.cookies.items()}


class CookieSessionAuth(RefreshingAuth[CookieSession]):
    """Log in with a form post and authenticate with the session cookies.

    ``credentials`` are the login form's fields (e.g. ``{"username": ..,
    "password": ..}``), sent form-encoded or as JSON (``body_format``). The login
    succeeded when ``login_succeeded(response)`` says so (default: status below 400,
    a cookie was set, and no redirect back to the login page). The session expired
    when ``session_expired(response)`` says so (default: 401, or a redirect to
    ``login_page_url``, which defaults to ``login_url``).
    """

    def __init__(
        self,
        login_url: str,
        credentials: Mapping[str, str],
        *,
        body_format: Literal["form", "json"] = "form",
        login_page_url: str | None = None,
        login_succeeded: Callable[[httpx.Response], bool] | None = None,
        session_expired: Callable[[httpx.Response], bool] | None = None,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        allowed_origins: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            store=store,
            store_key=store_key or f"cookies:{login_url}",
            allowed_origins=allowed_origins,
            clock=clock,
        )
        if body_format not in ("form", "json"):
            raise ValueError(f"unknown body_format {body_format!r}")
        self.login_url = login_url
        self.login_page_url = login_page_url or login_url
        self.body_format = body_format
        self._credentials = {name: Secret(value) for name, value in credentials.items()}
        self._login_succeeded = login_succeeded
        self._session_expired = session_expired

    @property
    def session(self) -> CookieSession | None:
        """The current session (``None`` before the first login)."""
        return self._credential

    # -- policy ---------------------------------------------------------------

    def _is_fresh(self, credential: CookieSession | None) -> bool:
        # Cookie lifetimes are the server's business: a session is used until the
        # server says it has expired.
        return credential is not None

    def _renew(
        self, request: httpx.Request, rejected: CookieSession | None
    ) -> Generator[Step, Any, CookieSession]:
        current = self._credential
        if current is not None and current is not rejected:
            return current  # fresh, or already renewed by a concurrent request
        return (yield from self._login(request))

    def _login(self, request: httpx.Request) -> Generator[Step, Any, CookieSession]:
        fields = {name: value.reveal() for name, value in self._credentials.items()}
        url = self._resolve(request, self.login_url)
        login = (
            httpx.Request("POST", url, json=fields)
            if self.body_format == "json"
            else httpx.Request("POST", url, data=fields)
        )
        carry_user_agent(request, login)
        response: httpx.Response = yield Send(login, read=True)
        cookies = _cookies_from(login, response)
        succeeded = (
            self._login_succeeded(response)
            if self._login_succeeded is not None
            else (
                response.status_code < 400
                and bool(cookies)
                and not self._points_to_login_page(login, response)
            )
        )
        if not succeeded:
            # No body in the message: login pages may echo the submitted form.
            raise LoginError(
                f"login at {url.copy_with(query=None)} failed (HTTP {response.status_code})",
                response=response,
            )
        return CookieSession(
            cookies={name: Secret(value) for name, value in cookies.items()},
            created_at=self._clock(),
        )

    def _apply(self, request: httpx.Request, credential: CookieSession) -> None:
        merge_cookie_header(request, credential.values())

    def _is_rejection(self, request: httpx.Request, response: httpx.Response) -> bool:
        if self._session_expired is not None:
            return self._session_expired(response)
        if response.status_code == 401:
            return True
        login_page = self._resolve(request, self.login_page_url)
        if _same_page(request.url, login_page):
            return False  # the request was for the login page itself
        return self._points_to_login_page(request, response)

    def _observe(
        self,
        request: httpx.Request,
        response: httpx.Response,
        credential: CookieSession,
    ) -> CookieSession | None:
        # Sliding sessions re-issue their cookie; keep the newest value.
        fresh = _cookies_from(request, response)
        current = credential.values()
        if not fresh or all(current.get(k) == v for k, v in fresh.items()):
            return None
        merged = {**current, **fresh}
        return CookieSession(
            cookies={name: Secret(value) for name, value in merged.items()},
            created_at=credential.created_at,
        )

    def _points_to_login_page(
        self, request: httpx.Request, response: httpx.Response
    ) -> bool:
        """True when ``request`` was redirected to the login page."""
        login_page = self._resolve(request, self.login_page_url)
        for hop in _redirect_chain(request, response):
            location = hop.headers.get("location")
            if hop.is_redirect and location is not None:
                if _same_page(hop.request.url.join(location), login_page):
                    return True
        return False

    def _dump(self, credential: CookieSession) -> Mapping[str, Any]:
        return {"cookies": credential.values(), "created_at": credential.created_at}

    def _restore(self, data: Mapping[str, Any]) -> CookieSession:
        cookies = data.get("cookies")
        created_at = data.get("created_at", 0.0)
        if not isinstance(cookies, dict) or not cookies:
            raise ValueError("stored session has no cookies")
        if not all(
            isinstance(k, str) and isinstance(v, str) for k, v in cookies.items()
        ):
            raise ValueError("stored cookies are not strings")
        if isinstance(created_at, bool) or not isinstance(created_at, (int, float)):
            raise ValueError("stored created_at is not a number")
        return CookieSession(
            cookies={k: Secret(v) for k, v in cookies.items()},
            created_at=float(created_at),
        )

    def _repr_fields(self) -> str:
        return f"login_url={self.login_url!r}, credentials=<{len(self._credentials)} hidden>"


def _cookies_from(request: httpx.Request, response: httpx.Response) -> dict[str, str]:
    """Cookies set by ``response`` and the redirects that led to it."""
    found: dict[str, str] = {}
    for hop in _redirect_chain(request, response):
        jar = httpx.Cookies()
        jar.extract_cookies(hop)
        for cookie in jar.jar:
            if cookie.value is not None:
                found[cookie.name] = cookie.value
    return found


def _redirect_chain(
    request: httpx.Request, response: httpx.Response
) -> list[httpx.Response]:
    """The responses from sending ``request`` up to ``response``, redirects included.

    ``response.history`` also holds earlier responses of the same auth flow (the
    rejected request, the login); the chain starts at the one for ``request``.
    """
    hops = [*response.history, response]
    for index in range(len(hops) - 1, -1, -1):
        if hops[index].request is request:
            return hops[index:]
    return [response]


def _same_page(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port, a.path.rstrip("/")) == (
        b.scheme,
        b.host,
        b.port,
        b.path.rstrip("/"),
    )
