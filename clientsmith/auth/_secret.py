"""A string wrapper that keeps credentials out of reprs, logs and tracebacks."""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from .._redact import MASK, mask_values

__all__ = ["Secret", "redact"]


class Secret:
    """Holds one credential; only :meth:`reveal` returns the real value.

    ``repr()`` and ``str()`` print a mask, so an Auth object, a dataclass holding a
    token or a local variable shown in a traceback never prints the secret.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """Return the real value (only for putting it on the wire or on disk)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant-time, so comparing a presented token leaks nothing by timing.
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def redact(text: str, secrets: Iterable[Secret | str | None]) -> str:
    """Replace every occurrence of any of ``secrets`` in ``text`` with a mask.

    Used on text that came from a server (error bodies may echo the request) before
    it goes into an exception message or a log line
    (:func:`clientsmith._redact.mask_values` on the revealed values).
    """
    return mask_values(
        text, (s.reveal() if isinstance(s, Secret) else s for s in secrets)
    )
