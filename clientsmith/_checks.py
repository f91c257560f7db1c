"""Checks shared by the self-validating configuration values.

:class:`~clientsmith.RetryPolicy`, :class:`~clientsmith.ResponseLimits`, the
client's constructor and :class:`~clientsmith.builder.ClientBuilder` all refuse
a bad value where it is written, with a :class:`~clientsmith.errors.ConfigurationError`
(a ``ValueError``) naming the setting, instead of failing later inside a
request (a zero ``max_attempts`` would send nothing; a negative timeout makes
every request fail).
"""

from __future__ import annotations

import math

import httpx

from .errors import ConfigurationError

__all__ = ["check_count", "check_timeout", "non_negative", "positive"]


def _number(what: str, value: object, kind: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{what} must be {kind}, got {value!r}")
    return float(value)


def positive(what: str, value: object) -> float:
    """``value`` as a float, if it is a positive finite number of seconds."""
    number = _number(what, value, "a number of seconds")
    if not math.isfinite(number) or number <= 0:
        raise ConfigurationError(f"{what} must be positive and finite, got {value!r}")
    return number


def non_negative(what: str, value: object) -> float:
    """``value`` as a float, if it is a finite number >= 0."""
    number = _number(what, value, "a number")
    if not math.isfinite(number) or number < 0:
        raise ConfigurationError(f"{what} must be >= 0 and finite, got {value!r}")
    return number


def check_count(what: str, value: object, minimum: int) -> int:
    """``value``, if it is an ``int`` (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{what} must be an int >= {minimum}, got {value!r}")
    return value


def check_timeout(what: str, value: object) -> None:
    """Refuse a timeout that is not ``None``, a positive number or an ``httpx.Timeout``
    whose phases are each ``None`` or positive."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            if seconds is not None:
                positive(f"{what} ({phase})", seconds)
        return
    positive(what, value)
