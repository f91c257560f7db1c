"""Editing a request's ``Cookie`` header without dropping the client's cookies."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = ["merge_cookie_header"]


def merge_cookie_header(request: httpx.Request, cookies: Mapping[str, str]) -> None:
    """Add ``cookies`` to ``request``, replacing same-named cookies already there.

    The client may have put stale copies of our cookies in the header from its own
    jar; ours are authoritative, the client's other cookies are kept.
    """
    if not cookies:
        return
    kept = [
        pair.strip()
        for pair in request.headers.get("Cookie", "").split(";")
        if pair.strip() and pair.split("=", 1)[0].strip() not in cookies
    ]
    kept.extend(f"{name}={value}" for name, value in cookies.items())
    request.headers["Cookie"] = "; ".join(kept)
