"""Receiving webhooks: signature verification and typed payload parsing.

An API that sends webhooks (OpenAPI 3.1 ``webhooks``, 3.0 ``callbacks``) calls
the application; the generated ``<package>.webhooks`` module turns such a call
into a typed model with :func:`unwrap`, which first proves the delivery came
from the API (:func:`verify_signature`). Two signing schemes are supported:

* ``hmac``: an HMAC of the raw body in one header, as GitHub
  (``X-Hub-Signature-256: sha256=<hex>``), Shopify (base64) and many others
  send it; algorithm, encoding and prefix are configurable.
* ``standard``: `Standard Webhooks <https://www.standardwebhooks.com/>`_ (also
  Svix): HMAC-SHA256 of ``"<webhook-id>.<webhook-timestamp>.<body>"`` keyed
  with a ``whsec_`` base64 secret, ``webhook-signature: v1,<base64>`` (several
  may be listed), and a timestamp checked against replays.

Comparisons are constant time; error messages never contain the secret or the
expected signature. :func:`sign` produces the headers a sender would, for
tests. This module is part of the runtime: it needs only the standard library
and pydantic.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

from .errors import WebhookPayloadError, WebhookVerificationError
from .settings import setting

__all__ = [
    "STANDARD_WEBHOOKS",
    "Signature",
    "WebhookEvent",
    "parse_payload",
    "sign",
    "unwrap",
    "verify",
    "verify_signature",
]

Payload = bytes | bytearray | str
"""A webhook body as received: the raw bytes (or their text), never re-serialized."""

_ALGORITHMS = ("sha256", "sha1", "sha512")
# Standard Webhooks header names; Svix sends the same values under ``svix-*``.
_STANDARD_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")
_SVIX_HEADERS = ("svix-id", "svix-timestamp", "svix-signature")
_SECRET_PREFIX = "whsec_"


@dataclass(frozen=True)
class Signature:
    """How an API signs its webhook deliveries.

    ``scheme="hmac"``: ``header`` holds ``prefix`` + the HMAC (``algorithm``)
    of the raw body, keyed with the secret's UTF-8 bytes, in ``encoding``.
    ``scheme="standard"``: Standard Webhooks; ``header``, ``algorithm``,
    ``encoding`` and ``prefix`` are fixed by that spec and ignored, and
    ``tolerance`` is how far (seconds) ``webhook-timestamp`` may be from now.
    """

    scheme: Literal["hmac", "standard"] = "hmac"
    header: str = "X-Signature"
    algorithm: Literal["sha256", "sha1", "sha512"] = "sha256"
    encoding: Literal["hex", "base64"] = "hex"
    prefix: str = ""
    tolerance: float = 300.0

    def __post_init__(self) -> None:
        if self.scheme not in ("hmac", "standard"):
            raise ValueError(
                f"scheme must be 'hmac' or 'standard', not {self.scheme!r}"
            )
        if self.algorithm not in _ALGORITHMS:
            raise ValueError(f"algorithm must be one of {', '.join(_ALGORITHMS)}")
        if self.encoding not in ("hex", "base64"):
            raise ValueError(
                f"encoding must be 'hex' or 'base64', not {self.encoding!r}"
            )
        if not self.header.strip():
            raise ValueError("header must name the signature header")
        if not 0 < self.tolerance <= 86400:
            raise ValueError("tolerance must be from 0 to 86400 seconds")


STANDARD_WEBHOOKS = Signature(
    scheme="standard", header="webhook-signature", encoding="base64"
)
"""The Standard Webhooks scheme with its default five-minute tolerance."""


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook the API sends: its name in the spec and its payload type.

    ``event`` is the value of the event-name header (``X-GitHub-Event``) that
    announces this webhook, when the API sends one (empty: ``name``).
    """

    name: str
    type: Any
    event: str = ""


def _body(payload: Payload) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload)
    raise TypeError(
        f"a webhook payload is the raw body (bytes or str), not {type(payload).__name__}"
    )


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


def _key(secret: str | bytes, signature: Signature) -> bytes:
    """The HMAC key for ``secret`` (a ``whsec_`` base64 key for Standard Webhooks)."""
    if signature.scheme == "hmac":
        return secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    if isinstance(secret, (bytes, bytearray)):
        return bytes(secret)
    text = secret.removeprefix(_SECRET_PREFIX)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            "the webhook secret is not a Standard Webhooks key "
            "('whsec_' followed by base64)"
        ) from None


def _digest(key: bytes, content: bytes, algorithm: str) -> bytes:
    return hmac.new(key, content, getattr(hashlib, algorithm)).digest()


def _resolve_secret(secret: str | bytes | None, secret_env: str) -> str | bytes:
    if secret is None and secret_env:
        secret = setting(None, secret_env, None)
    if secret is None or not secret:
        where = f" or set ${secret_env}" if secret_env else ""
        raise WebhookVerificationError(
            f"no webhook secret: pass secret=...{where} (use unsafe_unwrap to skip "
            "verification of payloads checked by other means)"
        )
    return secret


def verify_signature(
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: str | bytes,
    signature: Signature,
    now: float | None = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless ``headers`` sign ``payload``.

    ``payload`` must be the body exactly as received; ``headers`` any mapping
    of the request's headers (names compared case-insensitively). ``now``
    (Unix seconds) replaces the clock, for tests.
    """
    body = _body(payload)
    seen = _lower(headers)
    key = _key(secret, signature)
    if signature.scheme == "standard":
        _verify_standard(body, seen, key, signature, now)
        return
    name = signature.header
    value = seen.get(name.lower(), "").strip()
    if not value:
        raise WebhookVerificationError(f"the webhook has no {name} header")
    if signature.prefix:
        if not value.lower().startswith(signature.prefix.lower()):
            raise WebhookVerificationError(
                f"the {name} header does not start with {signature.prefix!r}"
            )
        value = value[len(signature.prefix) :]
    received = _decode(value, signature.encoding)
    expected = _digest(key, body, signature.algorithm)
    if received is None or not hmac.compare_digest(received, expected):
        raise WebhookVerificationError(
            f"the {name} header does not match the payload "
            "(wrong secret, or the body was changed or re-serialized)"
        )


def _decode(value: str, encoding: str) -> bytes | None:
    try:
        if encoding == "hex":
            return bytes.fromhex(value)
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def _verify_standard(
    body: bytes,
    headers: Mapping[str, str],
    key: bytes,
    signature: Signature,
    now: float | None,
) -> None:
    names = _STANDARD_HEADERS
    if not any(n in headers for n in names) and any(
        n in headers for n in _SVIX_HEADERS
    ):
        names = _SVIX_HEADERS
    values = [headers.get(n, "").strip() for n in names]
    missing = [n for n, v in zip(names, values, strict=True) if not v]
    if missing:
        raise WebhookVerificationError(
            f"the webhook lacks the {', '.join(missing)} header"
            + ("s" if len(missing) > 1 else "")
        )
    msg_id, stamp, signatures = values
    try:
        sent = int(stamp)
    except ValueError:
        raise WebhookVerificationError(
            f"the {names[1]} header is not a Unix timestamp"
        ) from None
    clock = time.time() if now is None else now
    if abs(clock - sent) > signature.tolerance:
        raise WebhookVerificationError(
            f"the {names[1]} header is {int(abs(clock - sent))} s from now, more than "
            f"the {signature.tolerance:g} s tolerated (a replayed or delayed delivery)"
        )
    expected = _digest(key, f"{msg_id}.{stamp}.".encode() + body, "sha256")
    for entry in signatures.split():
        version, _, encoded = entry.partition(",")
        if version != "v1":
            continue  # other versions (v1a: asymmetric) are not ours to check
        received = _decode(encoded, "base64")
        if received is not None and hmac.compare_digest(received, expected):
            return
    raise WebhookVerificationError(
        f"no v1 signature in the {names[2]} header matches the payload "
        "(wrong secret, or the body was changed or re-serialized)"
    )


def verify(
    payload: Payload,
    headers: Mapping[str, str],
    *,
    signature: Signature | None,
    secret: str | bytes | None = None,
    secret_env: str = "",
    now: float | None = None,
) -> None:
    """:func:`verify_signature` with the secret from ``secret_env`` when not given.

    Without a ``signature`` scheme verification fails: a webhook is trusted
    only once proven.
    """
    if signature is None:
        raise WebhookVerificationError(
            "no signature scheme is declared for these webhooks: pass "
            "signature=clientsmith.webhooks.Signature(...) (or use unsafe_unwrap "
            "for payloads verified by other means)"
        )
    verify_signature(
        payload,
        headers,
        secret=_resolve_secret(secret, secret_env),
        signature=signature,
        now=now,
    )


def sign(
    payload: Payload,
    *,
    secret: str | bytes,
    signature: Signature,
    msg_id: str = "msg_test",
    timestamp: int | None = None,
) -> dict[str, str]:
    """The headers a sender attaches to ``payload`` (for tests and local senders)."""
    body = _body(payload)
    key = _key(secret, signature)
    if signature.scheme == "standard":
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        digest = _digest(key, f"{msg_id}.{stamp}.".encode() + body, "sha256")
        return {
            "webhook-id": msg_id,
            "webhook-timestamp": stamp,
            "webhook-signature": "v1," + base64.b64encode(digest).decode("ascii"),
        }
    digest = _digest(key, body, signature.algorithm)
    encoded = (
        digest.hex()
        if signature.encoding == "hex"
        else base64.b64encode(digest).decode("ascii")
    )
    return {signature.header: signature.prefix + encoded}


def parse_payload(payload: Payload, type_: Any, what: str = "webhook") -> Any:
    """Decode a JSON body and validate it as ``type_`` (a model, a union...).

    Raises :class:`WebhookPayloadError` naming ``what`` and the failing fields.
    """
    import pydantic

    from ._response import adapter_for

    try:
        data = json.loads(_body(payload))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookPayloadError(f"the {what} payload is not JSON: {exc}") from None
    try:
        return adapter_for(type_).validate_python(data)
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(body)'}: {e['msg']}"
            for e in exc.errors(include_url=False)[:5]
        )
        more = exc.error_count() - 5
        suffix = f" (and {more} more)" if more > 0 else ""
        raise WebhookPayloadError(
            f"the {what} payload does not match its schema: {problems}{suffix}"
        ) from None


def _pick(
    events: Sequence[WebhookEvent], headers: Mapping[str, str], event_header: str
) -> tuple[Any, str]:
    """The type to parse with, and what to call it in errors."""
    if event_header:
        name = _lower(headers).get(event_header.lower(), "").strip()
        for event in events:
            if name and (event.event or event.name) == name:
                return event.type, f"{event.name!r} webhook"
    types = list(dict.fromkeys(e.type for e in events))
    if len(types) == 1:
        return types[0], f"{events[0].name!r} webhook"
    # Union[...] of a runtime tuple: ``|`` has no n-ary spelling.
    return Union[tuple(types)], "webhook"  # noqa: UP007


def unwrap(
    payload: Payload,
    headers: Mapping[str, str],
    *,
    events: Sequence[WebhookEvent],
    signature: Signature | None,
    secret: str | bytes | None = None,
    secret_env: str = "",
    event_header: str = "",
    skip_verification: bool = False,
    now: float | None = None,
) -> Any:
    """Verify a delivery's signature, then parse its body as one of ``events``.

    The secret is ``secret``, else the environment variable ``secret_env``.
    Without a ``signature`` scheme (none declared, none passed) verification
    fails: a webhook is trusted only once proven, unless
    ``skip_verification`` (what a generated ``unsafe_unwrap`` passes). The body is parsed as the
    event the ``event_header`` names, else as the union of the event types.
    """
    if not skip_verification:
        verify(
            payload,
            headers,
            signature=signature,
            secret=secret,
            secret_env=secret_env,
            now=now,
        )
    type_, what = _pick(events, headers, event_header)
    return parse_payload(payload, type_, what)
