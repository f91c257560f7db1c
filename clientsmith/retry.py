"""Retry policy: pure decisions about whether and when to try again.

Nothing here sleeps or sends. The client's send loops (one sync, one async)
ask :meth:`RetryPolicy.delay_after_response` or
:meth:`RetryPolicy.delay_after_error` for a delay, sleep it with an injectable
``sleep`` and send again. Randomness (jitter) and the clock are arguments, so
every rule is testable by hand.

A small module rather than tenacity/stamina: those wrap a callable and own the
sleeping, while the runtime needs a per-request decision that also reads the
response (``Retry-After``), and their per-call setup costs more than the whole
overhead budget of a mocked request.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from ._checks import check_count, non_negative
from .errors import ConfigurationError

__all__ = [
    "DEFAULT_RETRY_EXCEPTIONS",
    "DEFAULT_RETRY_STATUSES",
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "backoff_delay",
    "parse_retry_after",
]

DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset(
    {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}
)
# Connect failures and read timeouts, plus a connection dropped before the
# answer arrived: the request may or may not have been processed, which is why
# these are gated on idempotency like statuses are.
DEFAULT_RETRY_EXCEPTIONS: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.PoolTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to retry a request and how long to wait in between.

    ``max_attempts`` counts the first try (``1`` disables retries). The wait
    before attempt ``n + 1`` is ``min(max_delay, initial_delay * multiplier **
    (n - 1))`` reduced by up to ``jitter`` (a fraction, 1.0 = "full jitter"),
    unless the server sent ``Retry-After``/``Retry-After-Ms``, which wins up to
    ``max_retry_after`` seconds (a longer demand is not retried).

    Non-idempotent methods (POST, PATCH) are retried only when the request
    carries ``idempotency_header``; with ``add_idempotency_key`` the client adds
    a random key to such requests, the same on every attempt.

    A policy checks itself when built: ``max_attempts`` below 1, a negative or
    non-finite delay, ``max_delay`` below ``initial_delay``, a ``multiplier``
    below 1, a ``jitter`` outside [0, 1] or a status outside 100-599 raise
    :class:`~clientsmith.errors.ConfigurationError` (a ``ValueError``).
    """

    max_attempts: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    multiplier: float = 2.0
    jitter: float = 1.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    exceptions: tuple[type[BaseException], ...] = DEFAULT_RETRY_EXCEPTIONS
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    idempotency_header: str = "Idempotency-Key"
    add_idempotency_key: bool = False

    def __post_init__(self) -> None:
        _check_policy(self)

    def with_changes(self, **changes: Any) -> RetryPolicy:
        """Return a copy with some fields changed (checked like a new policy)."""
        return replace(self, **changes)

    def may_retry(self, method: str, has_idempotency_key: bool) -> bool:
        """Whether a request with this method may be retried at all."""
        return self.max_attempts > 1 and (
            method in self.idempotent_methods or has_idempotency_key
        )

    def delay_after_response(
        self,
        *,
        method: str,
        attempt: int,
        status_code: int,
        headers: Mapping[str, str],
        has_idempotency_key: bool,
        random: float,
        now: float,
    ) -> float | None:
        """Seconds to wait before retrying after a response, or ``None``.

        ``attempt`` is the number of the attempt that just finished (1-based),
        ``random`` a uniform number in [0, 1) and ``now`` the Unix time.
        """
        if status_code not in self.statuses or attempt >= self.max_attempts:
            return None
        if not self.may_retry(method, has_idempotency_key):
            return None
        retry_after = parse_retry_after(headers, now=now)
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None  # the server asked for longer than we are willing to wait
            return retry_after
        return backoff_delay(self, attempt, random)

    def delay_after_error(
        self,
        *,
        method: str,
        attempt: int,
        error: BaseException,
        has_idempotency_key: bool,
        random: float,
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or ``None``."""
        if attempt >= self.max_attempts or not isinstance(error, self.exceptions):
            return None
        # A connect failure never reached the server: safe for any method.
        connect_only = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
        if not connect_only and not self.may_retry(method, has_idempotency_key):
            return None
        return backoff_delay(self, attempt, random)


def _check_policy(policy: RetryPolicy) -> None:
    """Refuse a policy that could not work (see :class:`RetryPolicy`)."""
    check_count("RetryPolicy max_attempts", policy.max_attempts, 1)
    initial = non_negative("RetryPolicy initial_delay", policy.initial_delay)
    longest = non_negative("RetryPolicy max_delay", policy.max_delay)
    non_negative("RetryPolicy max_retry_after", policy.max_retry_after)
    if longest < initial:
        raise ConfigurationError(
            f"RetryPolicy max_delay ({policy.max_delay}) is below initial_delay "
            f"({policy.initial_delay})"
        )
    if non_negative("RetryPolicy multiplier", policy.multiplier) < 1:
        raise ConfigurationError(
            "RetryPolicy multiplier must be >= 1 (backoff grows), "
            f"got {policy.multiplier!r}"
        )
    if non_negative("RetryPolicy jitter", policy.jitter) > 1:
        raise ConfigurationError(
            f"RetryPolicy jitter is a fraction in [0, 1], got {policy.jitter!r}"
        )
    bad = sorted((s for s in policy.statuses if not _is_status(s)), key=repr)
    if bad:
        raise ConfigurationError(
            f"RetryPolicy statuses must be HTTP statuses (100-599), got {bad!r}"
        )


def _is_status(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599
    )


def backoff_delay(policy: RetryPolicy, attempt: int, random: float) -> float:
    """Exponential backoff with jitter for the wait after attempt ``attempt``."""
    exponent = min(attempt - 1, 64)  # keep the power finite
    base = min(policy.max_delay, policy.initial_delay * policy.multiplier**exponent)
    jitter = min(max(policy.jitter, 0.0), 1.0)
    return max(0.0, base * (1.0 - jitter * random))


def parse_retry_after(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds the server asked us to wait, from ``Retry-After-Ms`` or ``Retry-After``.

    ``Retry-After`` may be delta-seconds or an HTTP-date (RFC 9110 10.2.3); a
    date in the past means "now" (0). Unparseable values are ignored.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            date = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if date is None:
            return None
        return max(0.0, date.timestamp() - now)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds
