"""The ``clientsmith`` logger: silent unless the application or ``CLIENTSMITH_LOG`` asks.

``CLIENTSMITH_LOG=debug`` or ``info`` attaches a stderr handler at import time;
otherwise the logger only propagates to whatever the application configured.
Every line goes through :mod:`clientsmith._redact`.
"""

from __future__ import annotations

import logging
import os

import httpx

from ._redact import redact_headers, redact_url
from .errors import request_id_of

__all__ = ["logger", "log_request", "log_response", "log_retry", "setup_from_env"]

logger = logging.getLogger("clientsmith")


class _URLFilter(logging.Filter):
    """Redacts the URLs in ``httpx``'s own log records (``HTTP Request: GET ...``).

    httpx logs ``request.url`` as is: userinfo and credential query parameters
    would reach the application's INFO log. Only ``httpx.URL`` arguments are
    rewritten, so the cost is one ``isinstance`` per argument.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, httpx.URL) for a in args):
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL) else a for a in args
            )
        return True


_url_filter = _URLFilter()
if not any(isinstance(f, _URLFilter) for f in logging.getLogger("httpx").filters):
    logging.getLogger("httpx").addFilter(_url_filter)


def setup_from_env(value: str | None = None) -> None:
    """Configure the logger from ``CLIENTSMITH_LOG`` (``debug`` or ``info``)."""
    level_name = (
        value if value is not None else os.environ.get("CLIENTSMITH_LOG", "")
    ).lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(level_name)
    if level is None:
        return
    logger.setLevel(level)
    if not any(getattr(h, "_clientsmith", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        )
        handler._clientsmith = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def log_response(
    request: httpx.Request,
    response: httpx.Response | None,
    elapsed: float,
    attempt: int,
    max_attempts: int,
    error: BaseException | None = None,
) -> None:
    """One INFO line per attempt with status, timing, attempt number and request id."""
    outcome = (
        f"{response.status_code} {response.reason_phrase}"
        if response is not None
        else f"{type(error).__name__}"
    )
    request_id = request_id_of(response)
    logger.info(
        "HTTP %s %s -> %s (%.1f ms, attempt %d/%d)%s",
        request.method,
        redact_url(request.url),
        outcome,
        elapsed * 1000.0,
        attempt,
        max_attempts,
        f" request id {request_id}" if request_id else "",
    )
    if response is not None and logger.isEnabledFor(logging.DEBUG):
        logger.debug("response headers: %s", redact_headers(response.headers))


def log_request(request: httpx.Request, attempt: int, max_attempts: int) -> None:
    """A DEBUG line before each attempt is sent (headers before auth ran)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "HTTP %s %s (attempt %d/%d) headers: %s",
            request.method,
            redact_url(request.url),
            attempt,
            max_attempts,
            redact_headers(request.headers),
        )


def log_retry(request: httpx.Request, delay: float, attempt: int, reason: str) -> None:
    """Say why and when the next attempt happens."""
    logger.info(
        "retrying %s %s in %.3f s (attempt %d failed: %s)",
        request.method,
        redact_url(request.url),
        delay,
        attempt,
        reason,
    )
