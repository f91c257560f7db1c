"""Token policy: pure decisions about when to use, refresh or re-acquire a token."""

from __future__ import annotations

import enum

from .errors import TokenRequestError
from .token import Token

__all__ = ["Action", "decide", "refresh_failure_allows_login"]


class Action(enum.Enum):
    """What to do before sending a request."""

    USE = "use"
    REFRESH = "refresh"
    LOGIN = "login"


def decide(
    token: Token | None,
    *,
    now: float,
    leeway: float,
    rejected: Token | None = None,
) -> Action:
    """Decide how to get a usable token.

    ``rejected`` is the token a request was just refused with (a 401). If the
    current token is a different one, someone else already renewed it: use that
    instead of renewing again.
    """
    if token is None:
        return Action.LOGIN
    if rejected is not None:
        if token.access_token != rejected.access_token:
            return Action.USE
    elif not token.expires_within(leeway, now=now):
        return Action.USE
    return Action.REFRESH if token.refresh_token is not None else Action.LOGIN


def refresh_failure_allows_login(error: TokenRequestError) -> bool:
    """Whether a failed refresh should fall back to a full login.

    A 4xx answer means the refresh token is expired, revoked or already rotated
    (``invalid_grant``, or e.g. Akeneo's 422); a 5xx or a network error says nothing
    about the credentials, so it is reported rather than papered over.
    """
    return 400 <= error.status_code < 500
