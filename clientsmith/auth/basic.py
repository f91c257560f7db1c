"""HTTP Basic and Bearer authentication."""

from __future__ import annotations

import base64
from collections.abc import Callable, Generator, Iterable

import httpx

from ._base import BaseAuth
from ._secret import Secret

__all__ = ["BasicAuth", "BearerAuth"]


class BasicAuth(BaseAuth):
    """HTTP Basic authentication (RFC 7617).

    >>> auth = BasicAuth("alice", "s3cret")
    """

    def __init__(
        self,
        username: str,
        password: str,
        *,
        allowed_origins: Iterable[str] | None = None,
    ) -> None:
        super().__init__(allowed_origins=allowed_origins)
        self.username = username
        self._password = Secret(password)

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._may_authenticate(request):
            raw = f"{self.username}:{self._password.reveal()}".encode()
            request.headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
        yield request

    def _repr_fields(self) -> str:
        return f"username={self.username!r}, password=***"


class BearerAuth(BaseAuth):
    """``Authorization: Bearer <token>``.

    ``token`` is a string, or a callable returning the current token; the callable
    is called for every request, so it can read a token that another component
    keeps fresh.
    """

    def __init__(
        self,
        token: str | Callable[[], str],
        *,
        scheme: str = "Bearer",
        header: str = "Authorization",
        allowed_origins: Iterable[str] | None = None,
    ) -> None:
        super().__init__(allowed_origins=allowed_origins)
        self._token: Secret | Callable[[], str] = (
            Secret(token) if isinstance(token, str) else token
        )
        self.scheme = scheme
        self.header = header

    def _current_token(self) -> str:
        if isinstance(self._token, Secret):
            return self._token.reveal()
        return self._token()

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._may_authenticate(request):
            token = self._current_token()
            request.headers[self.header] = (
                f"{self.scheme} {token}" if self.scheme else token
            )
        yield request

    def _repr_fields(self) -> str:
        return f"token=***, scheme={self.scheme!r}"
