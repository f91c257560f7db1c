"""HMAC request signing and the Signer protocol."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterator, Mapping

import httpx
import pytest
from auth_fakes import recording_transport

from clientsmith.auth import HMACSigner, Signer, SigningAuth
from clientsmith.auth.signing import body_digest


def verify(request: httpx.Request, secret: bytes) -> bool:
    """An independent verifier written from the documented format."""
    header = request.headers["authorization"]
    assert header.startswith("Signature ")
    fields = dict(
        part.split("=", 1) for part in header.removeprefix("Signature ").split(",")
    )
    fields = {k: v.strip('"') for k, v in fields.items()}
    lines = []
    for name in fields["headers"].split():
        if name == "(request-target)":
            lines.append(
                f"(request-target): {request.method.lower()} "
                f"{request.url.raw_path.decode()}"
            )
        else:
            lines.append(f"{name}: {request.headers[name]}")
    expected = base64.b64encode(
        hmac.new(secret, "\n".join(lines).encode(), hashlib.sha256).digest()
    ).decode()
    digest_ok = request.headers["digest"] == (
        "SHA-256=" + base64.b64encode(hashlib.sha256(request.content).digest()).decode()
    )
    return digest_ok and hmac.compare_digest(expected, fields["signature"])


def test_hmac_signature_verifies_and_covers_body() -> None:
    transport, seen = recording_transport()
    signer = HMACSigner("key-1", "top-secret", clock=lambda: 0.0)
    with httpx.Client(transport=transport) as client:
        client.post(
            "https://api.test/orders?x=1", json={"qty": 2}, auth=SigningAuth(signer)
        )
    request = seen[0]
    assert request.headers["x-date"] == "1970-01-01T00:00:00Z"
    assert 'keyId="key-1"' in request.headers["authorization"]
    assert verify(request, b"top-secret")
    assert not verify(request, b"other-secret")
    # Swapping the body breaks the digest.
    forged = httpx.Request(
        "POST", request.url, headers=request.headers, content=b'{"qty":200}'
    )
    assert not verify(forged, b"top-secret")


def test_streaming_body_is_read_before_signing() -> None:
    transport, seen = recording_transport()

    def chunks() -> Iterator[bytes]:
        yield b"part1-"
        yield b"part2"

    with httpx.Client(transport=transport) as client:
        client.put(
            "https://api.test/blob",
            content=chunks(),
            auth=SigningAuth(HMACSigner("k", "s")),
        )
    assert seen[0].headers["digest"] == body_digest(b"part1-part2")
    assert verify(seen[0], b"s")


@pytest.mark.anyio
async def test_async_signing() -> None:
    transport, seen = recording_transport()
    async with httpx.AsyncClient(transport=transport) as client:
        await client.get("https://api.test/", auth=SigningAuth(HMACSigner("k", "s")))
    assert verify(seen[0], b"s")


def test_custom_signer_plugs_in() -> None:
    class StaticSigner:
        def sign(self, request: httpx.Request) -> Mapping[str, str]:
            return {"X-Sig": hashlib.md5(request.content).hexdigest()}

    assert isinstance(StaticSigner(), Signer)
    transport, seen = recording_transport()
    with httpx.Client(transport=transport) as client:
        client.post(
            "https://api.test/", content=b"abc", auth=SigningAuth(StaticSigner())
        )
    assert seen[0].headers["x-sig"] == hashlib.md5(b"abc").hexdigest()


def test_missing_signed_header_is_an_error_and_repr_hides_secret() -> None:
    signer = HMACSigner("k", "very-secret", signed_headers=("x-missing",))
    with pytest.raises(ValueError, match="x-missing"):
        signer.sign(httpx.Request("GET", "https://api.test/"))
    assert "very-secret" not in repr(signer)
    assert "very-secret" not in repr(SigningAuth(signer))
