"""Basic and bearer auth."""

from __future__ import annotations

import base64

import httpx
from auth_fakes import recording_transport

from clientsmith.auth import BasicAuth, BearerAuth


def test_basic() -> None:
    transport, seen = recording_transport()
    auth = BasicAuth("alice", "pä:ss")
    with httpx.Client(transport=transport) as client:
        client.get("https://api.test/", auth=auth)
    raw = base64.b64decode(seen[0].headers["authorization"].removeprefix("Basic "))
    assert raw.decode() == "alice:pä:ss"
    assert "pä:ss" not in repr(auth)


def test_bearer_static_and_callable() -> None:
    transport, seen = recording_transport()
    tokens = iter(["t1", "t2"])
    with httpx.Client(transport=transport) as client:
        client.get("https://api.test/", auth=BearerAuth("static"))
        dynamic = BearerAuth(lambda: next(tokens))
        client.get("https://api.test/", auth=dynamic)
        client.get("https://api.test/", auth=dynamic)
    assert [r.headers["authorization"] for r in seen] == [
        "Bearer static",
        "Bearer t1",
        "Bearer t2",
    ]


def test_bearer_custom_header_and_origin() -> None:
    transport, seen = recording_transport()
    auth = BearerAuth("s3cr3t-tok", header="X-Auth-Token", scheme="")
    with httpx.Client(transport=transport) as client:
        client.get("https://api.test/", auth=auth)
        client.get("https://elsewhere.test/", auth=auth)
    assert seen[0].headers["x-auth-token"] == "s3cr3t-tok"
    assert "x-auth-token" not in seen[1].headers
    assert "s3cr3t" not in repr(auth)
