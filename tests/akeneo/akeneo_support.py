"""Helpers shared by the Akeneo tests (talk to the fake's control endpoints)."""

from __future__ import annotations

from typing import Any

import httpx


def seen(url: str) -> dict[str, Any]:
    """What the fake saw since its last reset."""
    data: dict[str, Any] = httpx.get(url + "/_seen").json()
    return data


def control(url: str, action: str) -> None:
    """reset, expire_access, expire_all or rate_limit_next."""
    httpx.post(url + "/_control", json={"action": action}).raise_for_status()
