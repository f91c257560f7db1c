"""Redaction of credentials in logs, reprs and exception messages.

Everything the runtime prints about a request goes through these helpers, so a
token can only leak if someone prints the raw ``httpx`` objects themselves.
This is the runtime's one redaction module: by name (headers, query
parameters, body fields whose names say "credential"), by value
(:func:`mask_values`, used for server text that may echo a secret) and in the
``httpx``/``clientsmith`` logs (:func:`hide_in_logs`: httpx logs every request
URL at INFO, and a secret in a query string would land there).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus

import httpx

__all__ = [
    "MASK",
    "REDACTED",
    "hide_in_http_logs",
    "hide_in_logs",
    "mask_values",
    "is_sensitive_name",
    "register_sensitive_names",
    "redact_body",
    "redact_headers",
    "redact_text",
    "redact_url",
    "redact_urls",
]

REDACTED = "[REDACTED]"
MASK = "**********"
"""What a secret found by value (not by name) is replaced with."""

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


# Names that carry credentials without looking like it (``key``,
# ``Ocp-Apim-Subscription-Key``...), registered by the auth classes that send them
# and by generated clients for their security schemes. Process-wide on purpose:
# redacting one more name in another client's log costs nothing, missing one
# leaks a secret. Replaced, never mutated, so readers need no lock.
_registered: frozenset[str] = frozenset()


def register_sensitive_names(*names: str) -> None:
    """Treat ``names`` (any case) as credential names in every redaction.

    Also makes the runtime drop such headers on cross-origin redirects.
    """
    global _registered
    new = {n.lower() for n in names if n} - _registered
    if new:
        _registered = _registered | new


def is_sensitive_name(name: str) -> bool:
    """Whether a header, query or body field name carries credentials."""
    lowered = name.lower()
    return (
        lowered in _SENSITIVE_NAMES
        or lowered in _registered
        or bool(_SENSITIVE_PATTERN.search(lowered))
    )


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


_URL_IN_TEXT = re.compile(r"https?://[^\s'\"<>()\[\]{}|\\^`]+", re.IGNORECASE)


def redact_urls(text: str) -> str:
    """Every http(s) URL in ``text`` through :func:`redact_url` (userinfo, credentials).

    For messages that quote a URL the user gave (a spec's address in a
    diagnostic): a URL that does not parse loses everything after its host.
    """

    def one(match: re.Match[str]) -> str:
        url = match.group(0)
        try:
            return redact_url(url)
        except (httpx.InvalidURL, UnicodeError, ValueError):
            scheme, _, rest = url.partition("://")
            host = rest.split("/", 1)[0].rpartition("@")[2]
            return f"{scheme}://{host}/{REDACTED}"

    return _URL_IN_TEXT.sub(one, text)


# -- by value --------------------------------------------------------------------


def mask_values(text: str, values: Iterable[str | None]) -> str:
    """Replace every occurrence of any of ``values`` in ``text`` with :data:`MASK`.

    Used on text that came from a server (error bodies may echo the request) before
    it goes into an exception message or a log line.
    """
    for value in values:
        # Very short values would mask half the message and protect nothing.
        if value and len(value) >= 4:
            text = text.replace(value, MASK)
    return text


# -- in the httpx and clientsmith logs -------------------------------------------


class _SecretFilter(logging.Filter):
    """Masks registered secrets in the arguments of ``httpx`` log records."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()

    def add(self, values: set[str]) -> None:
        with self._lock:
            self._secrets = self._secrets | values

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        if not secrets:
            return True
        if isinstance(record.args, Mapping):
            # logging unwraps a lone mapping argument (``log("%s", headers)``)
            # into ``record.args``: mask the rendered message instead.
            text = record.getMessage()
            if any(secret in text for secret in secrets):
                longest_first: list[str] = sorted(secrets, key=len, reverse=True)
                record.msg = mask_values(text, longest_first)
                record.args = None
            return True
        if not isinstance(record.args, tuple):
            return True
        masked: list[object] = []
        changed = False
        for arg in record.args:
            text = arg if isinstance(arg, str) else str(arg)
            if any(secret in text for secret in secrets):
                # Longest first, so a secret is not half-masked by a shorter form.
                ordered: list[str] = sorted(secrets, key=len, reverse=True)
                masked.append(mask_values(text, ordered))
                changed = True
            else:
                masked.append(arg)
        if changed:
            record.args = tuple(masked)
        return True


_filter = _SecretFilter()
_installed = False
_install_lock = threading.Lock()


def hide_in_logs(*values: str) -> None:
    """Mask ``values`` (raw and URL-encoded) in the ``httpx`` and ``clientsmith`` logs.

    The clientsmith logger redacts by name already; masking by value also covers
    a credential under a name nobody registered (a header set by a signing hook).
    """
    global _installed
    forms = {
        form
        for value in values
        if value
        for form in (value, quote(value, safe=""), quote_plus(value, safe=""))
    }
    _filter.add(forms)
    with _install_lock:
        if not _installed:
            logging.getLogger("httpx").addFilter(_filter)
            logging.getLogger("clientsmith").addFilter(_filter)
            _installed = True


hide_in_http_logs = hide_in_logs
"""The former name of :func:`hide_in_logs`."""
