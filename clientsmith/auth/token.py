"""The OAuth 2 token as the client keeps it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._secret import Secret

__all__ = ["Token"]


@dataclass(frozen=True)
class Token:
    """An access token, when it expires and the refresh token that renews it.

    ``expires_at`` is a Unix time (``None``: the server did not say, so the token is
    used until a 401). Secrets are :class:`Secret` so a ``repr`` shows no token.
    """

    access_token: Secret
    token_type: str = "Bearer"
    expires_at: float | None = None
    refresh_token: Secret | None = None
    scope: str | None = None
    issued_at: float | None = None

    @classmethod
    def from_response(
        cls,
        payload: Mapping[str, Any],
        *,
        now: float,
        previous_refresh_token: Secret | None = None,
    ) -> Token:
        """Build a token from a token endpoint's JSON answer.

        A refresh answer without a ``refresh_token`` keeps the previous one
        (RFC 6749 section 6); one with a new refresh token rotates it.
        """
        access = payload.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token response has no access_token")
        expires_in = payload.get("expires_in")
        expires_at: float | None = None
        if isinstance(expires_in, str) and expires_in.strip().isdigit():
            expires_in = int(expires_in)  # some servers send a string
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            expires_at = now + float(expires_in)
        refresh = payload.get("refresh_token")
        scope = payload.get("scope")
        return cls(
            access_token=Secret(access),
            token_type=str(payload.get("token_type") or "Bearer"),
            expires_at=expires_at,
            refresh_token=(
                Secret(refresh)
                if isinstance(refresh, str) and refresh
                else previous_refresh_token
            ),
            scope=scope if isinstance(scope, str) else None,
            issued_at=now,
        )

    def expires_within(self, seconds: float, *, now: float) -> bool:
        """True when the token is expired or expires in the next ``seconds``.

        The margin is capped at half the token's lifetime: with 30 s tokens and a
        60 s leeway, every token would otherwise count as expired on arrival.
        """
        if self.expires_at is None:
            return False
        if self.issued_at is not None:
            seconds = min(seconds, max(self.expires_at - self.issued_at, 0.0) / 2)
        return now >= self.expires_at - seconds

    def to_dict(self) -> dict[str, Any]:
        """The token as plain data, for a credential store."""
        return {
            "access_token": self.access_token.reveal(),
            "token_type": self.token_type,
            "expires_at": self.expires_at,
            "refresh_token": (
                self.refresh_token.reveal() if self.refresh_token is not None else None
            ),
            "scope": self.scope,
            "issued_at": self.issued_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Rebuild a token saved by :meth:`to_dict`; ``ValueError`` if malformed."""
        access = data.get("access_token")
        token_type = data.get("token_type", "Bearer")
        expires_at = data.get("expires_at")
        refresh = data.get("refresh_token")
        scope = data.get("scope")
        issued_at = data.get("issued_at")
        if not isinstance(access, str) or not access:
            raise ValueError("stored token has no access_token")
        if not isinstance(token_type, str):
            raise ValueError("stored token_type is not a string")
        for name, value in (("expires_at", expires_at), ("issued_at", issued_at)):
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
            ):
                raise ValueError(f"stored {name} is not a number")
        if refresh is not None and not isinstance(refresh, str):
            raise ValueError("stored refresh_token is not a string")
        if scope is not None and not isinstance(scope, str):
            raise ValueError("stored scope is not a string")
        return cls(
            access_token=Secret(access),
            token_type=token_type,
            expires_at=float(expires_at) if expires_at is not None else None,
            refresh_token=Secret(refresh) if refresh else None,
            scope=scope,
            issued_at=float(issued_at) if issued_at is not None else None,
        )
