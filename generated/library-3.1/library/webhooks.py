"""Webhooks the Library API sends: verify, then parse into models.

Pass the raw request body (bytes, exactly as received) and its headers:

    event = unwrap(body, headers)  # secret from $LIBRARY_WEBHOOK_SECRET

:func:`unwrap` raises :class:`WebhookVerificationError` unless the signature
proves the API sent the body, and :class:`WebhookPayloadError` when the body
does not match its schema. :func:`unsafe_unwrap` and the ``parse_*`` functions
only parse (for payloads verified by other means, and tests).
"""

from __future__ import annotations

from collections.abc import Mapping

from clientsmith import webhooks as _webhooks
from clientsmith.errors import WebhookPayloadError, WebhookVerificationError

from .models import Book, BookRemovedPayload

__all__ = [
    "EVENT_HEADER",
    "SECRET_ENV",
    "SIGNATURE",
    "WebhookPayload",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "parse_book_added",
    "parse_book_removed",
    "unsafe_unwrap",
    "unwrap",
    "verify_signature",
]

SIGNATURE: _webhooks.Signature | None = _webhooks.Signature(
    scheme="standard",
)
"""How the API signs deliveries (config ``webhooks.signature``)."""
SECRET_ENV = "LIBRARY_WEBHOOK_SECRET"
"""Environment variable read for the secret when none is passed."""
EVENT_HEADER = "X-Library-Event"
"""Request header naming the event, which picks the payload type (empty: none)."""

WebhookPayload = Book | BookRemovedPayload
"""Any payload :func:`unwrap` returns."""

_EVENTS = (
    _webhooks.WebhookEvent("bookAdded", Book, "bookAdded"),
    _webhooks.WebhookEvent("bookRemoved", BookRemovedPayload, "book.removed"),
)


def parse_book_added(payload: _webhooks.Payload) -> Book:
    """Parse a ``bookAdded`` webhook body (not verified).

    A book joined the catalogue.
    """
    result: Book = _webhooks.parse_payload(payload, Book, "bookAdded webhook")
    return result


def parse_book_removed(payload: _webhooks.Payload) -> BookRemovedPayload:
    """Parse a ``bookRemoved`` webhook body (not verified).

    A book left the catalogue.
    """
    result: BookRemovedPayload = _webhooks.parse_payload(
        payload, BookRemovedPayload, "bookRemoved webhook"
    )
    return result


def verify_signature(
    payload: _webhooks.Payload,
    headers: Mapping[str, str],
    *,
    secret: str | bytes | None = None,
    signature: _webhooks.Signature | None = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless ``headers`` sign ``payload``.

    ``secret`` defaults to ``$LIBRARY_WEBHOOK_SECRET``;
    ``signature`` to :data:`SIGNATURE`.
    """
    _webhooks.verify(
        payload,
        headers,
        signature=signature or SIGNATURE,
        secret=secret,
        secret_env=SECRET_ENV,
    )


def unwrap(
    payload: _webhooks.Payload,
    headers: Mapping[str, str],
    *,
    secret: str | bytes | None = None,
    signature: _webhooks.Signature | None = None,
) -> WebhookPayload:
    """Verify a delivery's signature, then parse its body.

    ``payload`` is the raw body; ``secret`` defaults to ``$LIBRARY_WEBHOOK_SECRET``
    and ``signature`` to :data:`SIGNATURE`.
    """
    result: WebhookPayload = _webhooks.unwrap(
        payload,
        headers,
        events=_EVENTS,
        signature=signature or SIGNATURE,
        secret=secret,
        secret_env=SECRET_ENV,
        event_header=EVENT_HEADER,
    )
    return result


def unsafe_unwrap(
    payload: _webhooks.Payload, headers: Mapping[str, str] | None = None
) -> WebhookPayload:
    """Parse a body without verifying its signature (verified elsewhere, or tests)."""
    result: WebhookPayload = _webhooks.unwrap(
        payload,
        headers or {},
        events=_EVENTS,
        signature=None,
        event_header=EVENT_HEADER,
        skip_verification=True,
    )
    return result
