"""Redaction of credentials in logs, reprs and exception messages.

Everything the runtime prints about a request goes through these helpers, so a
token can only leak if someone prints the raw ``httpx`` objects themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote_plus

import httpx

__all__ = [
    "REDACTED",
    "is_sensitive_name",
    "redact_body",
    "redact_headers",
    "redact_text",
    "redact_url",
]

REDACTED = "[REDACTED]"

# Exact names (lower-case) that always carry secrets.
_SENSITIVE_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "apikey",
        "api_key",
        "x-auth-token",
        "x-access-token",
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "password",
        "passwd",
        "client_secret",
        "secret",
        "private_key",
    }
)
# Anything that looks like a key/token/secret name, e.g. ``X-Shop-Api-Key``.
_SENSITIVE_PATTERN = re.compile(
    r"(api[-_]?key|token|secret|password|passwd|authorization|cookie|credential)",
    re.IGNORECASE,
)


def is_sensitive_name(name: str) -> bool:
    """Whether a header, query or body field name carries credentials."""
    lowered = name.lower()
    return lowered in _SENSITIVE_NAMES or bool(_SENSITIVE_PATTERN.search(lowered))


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | httpx.Headers,
) -> dict[str, str]:
    """Return a plain dict copy of ``headers`` with credential values replaced."""
    items: Iterable[tuple[str, str]]
    if isinstance(headers, httpx.Headers):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    return {k: (REDACTED if is_sensitive_name(k) else v) for k, v in items}


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` as text with credential query values and userinfo hidden."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if not parsed.query:
        return str(parsed)
    if not any(is_sensitive_name(k) for k in parsed.params.keys()):
        return str(parsed)
    # Rewrite the raw query so the rest keeps its exact encoding and the
    # marker stays readable (re-encoding would print %5BREDACTED%5D).
    parts = []
    for pair in parsed.query.decode("ascii").split("&"):
        name = pair.partition("=")[0]
        parts.append(
            f"{name}={REDACTED}" if is_sensitive_name(unquote_plus(name)) else pair
        )
    return str(parsed.copy_with(query=None)) + "?" + "&".join(parts)


def redact_body(value: Any) -> Any:
    """Return a copy of a decoded JSON/form body with credential fields hidden."""
    if isinstance(value, Mapping):
        return {
            k: (
                REDACTED
                if isinstance(k, str) and is_sensitive_name(k)
                else redact_body(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact_body(v) for v in value]
    return value


# ``"token": "abc"``, ``token=abc``, ``Authorization: Bearer abc`` in free text.
_TEXT_PATTERNS = (
    re.compile(
        r'("(?:[A-Za-z0-9_-]*(?:api[-_]?key|token|secret|password|passwd|credential)[A-Za-z0-9_-]*)"\s*:\s*)"(?:[^"\\]|\\.)*"',
        re.IGNORECASE,
    ),
    re.compile(
        r"((?:[A-Za-z0-9_-]*(?:api[-_]?key|token|secret|password|passwd|credential)[A-Za-z0-9_-]*)=)[^&\s\"']+",
        re.IGNORECASE,
    ),
    re.compile(r"((?:authorization|cookie|set-cookie)\s*:\s*)[^\r\n]+", re.IGNORECASE),
    re.compile(r"(\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE),
)


def redact_text(text: str) -> str:
    """Hide credential-looking values in free text such as a response excerpt."""
    for pattern in _TEXT_PATTERNS:
        text = pattern.sub(
            lambda m: (
                m.group(1)
                + (f'"{REDACTED}"' if m.group(0).rstrip().endswith('"') else REDACTED)
            ),
            text,
        )
    return text
