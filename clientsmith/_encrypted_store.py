"""A credential store in one file encrypted with Fernet (``clientsmith[crypto]``).

The file is written atomically (temporary file in the same directory, then
``os.replace``) with mode 0600 and contains only ciphertext. A file that was
tampered with, truncated, or encrypted with another key is ignored with a
:class:`~clientsmith.errors.CredentialStoreWarning` — the Auth logs in
again and the next save replaces the file.

Public as :mod:`clientsmith.session.encrypted_file` (and re-exported by
:mod:`clientsmith.auth`); defined here, outside both packages, so that
``auth`` (which keeps tokens in stores) and ``session`` (whose cookie login
is an ``auth`` scheme) do not import each other.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CredentialStoreWarning
from .settings import setting

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

__all__ = ["DEFAULT_KEY_ENV", "EncryptedFileStore", "generate_key"]

DEFAULT_KEY_ENV = "CLIENTSMITH_STORE_KEY"


def generate_key() -> str:
    """A new random Fernet key (keep it in a secret manager or environment variable)."""
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


class EncryptedFileStore:
    """Keeps credentials in ``path``, encrypted with a Fernet key.

    The key is ``key`` if given, else the environment variable ``key_env``
    (optionally read from a ``.env`` file at ``dotenv_path``). A missing or
    malformed key is a configuration error and raises ``ValueError`` at once.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        key: str | bytes | None = None,
        key_env: str = DEFAULT_KEY_ENV,
        dotenv_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.path = Path(path)
        if key is None:
            key = setting(None, key_env, dotenv_path)
            if key is None:
                raise ValueError(
                    f"no encryption key: pass key= or set the {key_env} environment variable"
                )
        self._fernet = _make_fernet(key)
        self._lock = threading.Lock()

    def load(self, key: str) -> Mapping[str, Any] | None:
        """The data stored under ``key``, or ``None`` (with a warning if unreadable)."""
        with self._lock, self._file_lock(exclusive=False):
            entry = self._read_all().get(key)
        return entry if isinstance(entry, dict) else None

    def save(self, key: str, data: Mapping[str, Any]) -> None:
        """Store ``data`` under ``key`` (rewrites the file atomically)."""
        with self._lock, self._file_lock(exclusive=True):
            entries = self._read_all(quiet=True)
            entries[key] = dict(data)
            self._write_all(entries)

    def delete(self, key: str) -> None:
        """Remove ``key`` from the file."""
        with self._lock, self._file_lock(exclusive=True):
            entries = self._read_all(quiet=True)
            if entries.pop(key, None) is not None:
                self._write_all(entries)

    @contextlib.contextmanager
    def _file_lock(self, *, exclusive: bool) -> Iterator[None]:
        """Serialise read-modify-write across processes (``flock``).

        Two processes saving different keys would otherwise each rewrite the
        file from what they read and lose the other's update. The data file is
        replaced on every write, so the lock is taken on its directory (no lock
        file to leave behind; stores sharing a directory share the lock).
        Without ``fcntl`` (Windows) only threads of one process are serialised.
        """
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield
        finally:
            os.close(fd)  # releases the lock

    def _read_all(self, *, quiet: bool = False) -> dict[str, Any]:
        from cryptography.fernet import InvalidToken

        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            return self._unusable(f"cannot read it ({exc.strerror})", quiet)
        try:
            plaintext = self._fernet.decrypt(blob)
        except InvalidToken:
            return self._unusable(
                "it is corrupted, truncated or encrypted with another key", quiet
            )
        try:
            entries = json.loads(plaintext)
        except ValueError:
            return self._unusable("its content is not valid JSON", quiet)
        if not isinstance(entries, dict):
            return self._unusable("its content has the wrong shape", quiet)
        return entries

    def _unusable(self, why: str, quiet: bool) -> dict[str, Any]:
        if not quiet:
            warnings.warn(
                f"ignoring credential file {self.path}: {why}; authenticating again",
                CredentialStoreWarning,
                stacklevel=4,
            )
        return {}

    def _write_all(self, entries: Mapping[str, Any]) -> None:
        blob = self._fernet.encrypt(json.dumps(entries).encode())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600, so no window where another user can read it.
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise

    def __repr__(self) -> str:
        return f"EncryptedFileStore({str(self.path)!r}, key=***)"


def _make_fernet(key: str | bytes) -> Fernet:
    from cryptography.fernet import Fernet

    try:
        return Fernet(key)
    except (ValueError, TypeError):
        # Do not echo the key: it is the secret protecting the file.
        raise ValueError(
            "the encryption key is not a valid Fernet key "
            "(32 url-safe base64-encoded bytes; see generate_key())"
        ) from None
