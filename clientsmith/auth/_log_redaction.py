"""Keeping secrets that travel in URLs out of httpx's request log.

httpx logs every request URL at INFO (``HTTP Request: GET https://...``). An API key
in the query string, or a client secret sent as a query parameter, would land in
that log line; schemes that put a secret in the URL register it here, and a filter
on the ``httpx`` logger masks it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from urllib.parse import quote, quote_plus

from ._secret import redact

__all__ = ["hide_in_http_logs", "hide_in_logs"]


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
                record.msg = redact(text, longest_first)
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
                masked.append(redact(text, ordered))
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
