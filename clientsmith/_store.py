"""Where tokens and cookies are kept between requests (and between runs).

A store maps a key (one per Auth, e.g. ``"oauth2:<token url>:<client id>"``) to
plain JSON-able data. :class:`MemoryStore` is the default; see
:class:`~clientsmith.session.encrypted_file.EncryptedFileStore` for a file.

Public as :mod:`clientsmith.session.store` (and re-exported by
:mod:`clientsmith.auth`); defined here, outside both packages, so that
``auth`` and ``session`` do not import each other.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from .errors import CredentialStoreWarning

__all__ = ["CredentialStore", "CredentialStoreWarning", "MemoryStore"]


@runtime_checkable
class CredentialStore(Protocol):
    """Keeps credential state by key.

    ``load`` returns ``None`` when nothing (usable) is stored; it must not raise for
    bad data — warn with :class:`CredentialStoreWarning` and return ``None``.
    Methods may be called from worker threads.
    """

    def load(self, key: str) -> Mapping[str, Any] | None:
        """Return the data saved under ``key``, or ``None``."""
        ...

    def save(self, key: str, data: Mapping[str, Any]) -> None:
        """Replace the data saved under ``key``."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key`` (no error if absent)."""
        ...


class MemoryStore:
    """A process-local store (the default): nothing is written anywhere."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def load(self, key: str) -> Mapping[str, Any] | None:
        """Return a copy of the data under ``key``."""
        with self._lock:
            data = self._data.get(key)
            return copy.deepcopy(data) if data is not None else None

    def save(self, key: str, data: Mapping[str, Any]) -> None:
        """Keep a copy of ``data`` under ``key``."""
        with self._lock:
            self._data[key] = copy.deepcopy(dict(data))

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with self._lock:
            self._data.pop(key, None)

    def __repr__(self) -> str:
        return f"MemoryStore(<{len(self._data)} entries>)"
