"""Request signing: a :class:`Signer` protocol, an HMAC signer, and the Auth that runs it.

:class:`HMACSigner` produces a draft-cavage style ``Signature`` header::

    Authorization: Signature keyId="k1",algorithm="hmac-sha256",
        headers="(request-target) host x-date digest",signature="<base64>"

The signed string is one ``name: value`` line per signed header, in order, joined by
``\\n``; ``(request-target)`` is ``<lower-case method> <path>[?<query>]``. ``x-date``
carries the time of signing (RFC 3339, UTC) and ``digest`` is
``SHA-256=<base64 of sha256(body)>``, so the body cannot be swapped.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import Protocol, runtime_checkable

import httpx

from ._base import BaseAuth
from ._secret import Secret

__all__ = ["HMACSigner", "Signer", "SigningAuth", "body_digest", "signing_string"]


@runtime_checkable
class Signer(Protocol):
    """Anything that can sign a request.

    ``sign`` receives the request with its body already read (``request.content``)
    and returns the headers to add. It must not send anything.
    """

    def sign(self, request: httpx.Request) -> Mapping[str, str]:
        """Return the headers that authenticate ``request``."""
        ...


def body_digest(body: bytes) -> str:
    """The ``Digest`` header value for ``body`` (RFC 3230, SHA-256)."""
    return "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()


def signing_string(
    request: httpx.Request, headers: Sequence[str], extra: Mapping[str, str]
) -> str:
    """The canonical text signed for ``request`` (see the module docstring).

    ``extra`` holds header values that are being added and are not yet on the
    request; a verifier passes the received headers instead.
    """
    lines = []
    for name in headers:
        name = name.lower()
        if name == "(request-target)":
            target = request.url.raw_path.decode("ascii")
            lines.append(f"(request-target): {request.method.lower()} {target}")
        else:
            value = extra.get(name, request.headers.get(name))
            if value is None:
                raise ValueError(f"header {name!r} is to be signed but is missing")
            lines.append(f"{name}: {value.strip()}")
    return "\n".join(lines)


class HMACSigner:
    """Signs requests with HMAC over selected headers, a body digest and a timestamp."""

    def __init__(
        self,
        key_id: str,
        secret: str | bytes,
        *,
        algorithm: str = "sha256",
        signed_headers: Sequence[str] = (
            "(request-target)",
            "host",
            "x-date",
            "digest",
        ),
        header: str = "Authorization",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if algorithm not in hashlib.algorithms_guaranteed:
            raise ValueError(f"unknown hash algorithm {algorithm!r}")
        self.key_id = key_id
        raw = secret.decode("latin-1") if isinstance(secret, bytes) else secret
        self._secret = Secret(raw)
        self.algorithm = algorithm
        self.signed_headers = tuple(h.lower() for h in signed_headers)
        self.header = header
        self._clock = clock

    def sign(self, request: httpx.Request) -> Mapping[str, str]:
        """Return ``x-date``, ``digest`` and the signature header for ``request``."""
        added = {
            "x-date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self._clock())),
            "digest": body_digest(request.content),
        }
        text = signing_string(request, self.signed_headers, added)
        mac = hmac.new(
            self._secret.reveal().encode("latin-1"), text.encode(), self.algorithm
        )
        signature = base64.b64encode(mac.digest()).decode()
        added[self.header] = (
            f'Signature keyId="{self.key_id}",algorithm="hmac-{self.algorithm}",'
            f'headers="{" ".join(self.signed_headers)}",signature="{signature}"'
        )
        return added

    def __repr__(self) -> str:
        return f"HMACSigner(key_id={self.key_id!r}, secret=***, algorithm={self.algorithm!r})"


class SigningAuth(BaseAuth):
    """Adds the headers a :class:`Signer` computes to every request.

    The body is read before signing (``requires_request_body``), so streaming
    uploads are buffered.
    """

    requires_request_body = True

    def __init__(
        self, signer: Signer, *, allowed_origins: Iterable[str] | None = None
    ) -> None:
        super().__init__(allowed_origins=allowed_origins)
        self.signer = signer

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._may_authenticate(request):
            request.headers.update(self.signer.sign(request))
        yield request

    def _repr_fields(self) -> str:
        return f"signer={self.signer!r}"
