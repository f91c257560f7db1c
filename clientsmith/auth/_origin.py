"""Which origins may receive credentials.

An origin is (scheme, host, port). Credentials go only to the origins an Auth was
configured with; without configuration the first request's origin is pinned
(normally the client's base URL), so a later request to another host — an absolute
URL from a pagination ``next`` link, say — goes out without credentials.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

import httpx

__all__ = ["Origin", "OriginPolicy", "origin_of"]

logger = logging.getLogger("clientsmith.auth")

Origin = tuple[str, str, int]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL | str) -> Origin:
    """Return the normalized (scheme, host, port) origin of ``url``."""
    if not isinstance(url, httpx.URL):
        url = httpx.URL(url)
    scheme = url.scheme.lower()
    port = url.port
    if port is None:
        port = _DEFAULT_PORTS.get(scheme, 0)
    return (scheme, url.host.lower(), port)


class OriginPolicy:
    """Decides whether a request may carry this Auth's credentials."""

    def __init__(self, allowed_origins: Iterable[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._explicit = allowed_origins is not None
        self._origins: set[Origin] = (
            {origin_of(o) for o in allowed_origins}
            if allowed_origins is not None
            else set()
        )
        self._refused: set[Origin] = set()

    def bind(self, base_url: httpx.URL | str) -> None:
        """Pin to ``base_url``'s origin unless origins were configured explicitly."""
        with self._lock:
            if not self._explicit:
                self._origins = {origin_of(base_url)}

    def allows(self, url: httpx.URL) -> bool:
        """True when credentials may be attached to a request for ``url``."""
        origin = origin_of(url)
        # The common case needs no lock: the set is only ever added to or replaced.
        if origin in self._origins:
            return True
        with self._lock:
            if not self._origins and not self._explicit:
                # Trust on first use: the first request goes to the base URL.
                self._origins.add(origin)
            allowed = origin in self._origins
        if not allowed:
            with self._lock:
                first_time = origin not in self._refused
                self._refused.add(origin)
            # Warn once per origin: paging through another host must not flood logs.
            logger.log(
                logging.WARNING if first_time else logging.DEBUG,
                "not attaching credentials to a request for %s://%s:%d: origin not allowed",
                *origin,
            )
        return allowed
