"""The base class every clientsmith Auth shares: origin policy and a safe repr."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from ._origin import OriginPolicy

__all__ = ["BaseAuth", "is_replayable"]


class BaseAuth(httpx.Auth):
    """An ``httpx.Auth`` that only sends credentials to allowed origins.

    ``allowed_origins`` lists origins such as ``"https://api.example.com"``; when it
    is ``None`` the origin of the first request is pinned (see :meth:`bind_base_url`).
    """

    def __init__(self, *, allowed_origins: Iterable[str] | None = None) -> None:
        self._origin_policy = OriginPolicy(allowed_origins)
        self._base_url: httpx.URL | None = None

    def bind_base_url(self, base_url: httpx.URL | str) -> None:
        """Tell the Auth the client's base URL.

        Credentials are pinned to its origin (unless ``allowed_origins`` was
        given), and relative token or login URLs resolve against it. A client
        with a base URL should call this when it takes the Auth, so neither
        depends on which request happens to go first.
        """
        self._base_url = httpx.URL(base_url)
        self._origin_policy.bind(base_url)

    def _resolve(self, request: httpx.Request, url: str) -> httpx.URL:
        """``url`` made absolute: against the bound base URL, else the request's."""
        return (self._base_url or request.url).join(url)

    def _may_authenticate(self, request: httpx.Request) -> bool:
        return self._origin_policy.allows(request.url)

    def __repr__(self) -> str:
        # Subclasses list only non-secret fields; secrets are masked by design.
        return f"{type(self).__name__}({self._repr_fields()})"

    def _repr_fields(self) -> str:
        return ""


def is_replayable(request: httpx.Request) -> bool:
    """True when ``request`` can be sent a second time (its body is in memory).

    A streaming upload can be read only once, so schemes that retry after a 401
    return the 401 instead of retrying such a request.
    """
    return isinstance(request.stream, httpx.ByteStream)
