"""API keys: locations, rotation, validation, origins."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from auth_fakes import recording_transport, snapshot

from clientsmith.auth import APIKeyAuth, InvalidAPIKeyError, KeyRing
from clientsmith.auth.api_key import KeyLocation


def keyed_server(
    valid: set[str], *, reject_status: int = 401
) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(snapshot(request))
        key = (
            request.headers.get("x-api-key")
            or request.url.params.get("api_key")
            or request.headers.get("cookie", "")
        )
        ok = any(k in key for k in valid) if key else False
        return httpx.Response(200 if ok else reject_status, json={"key": key})

    return handler, seen


@pytest.mark.parametrize(
    ("location", "name", "where"),
    [
        ("header", "X-API-Key", lambda r: r.headers["x-api-key"]),
        ("query", "api_key", lambda r: r.url.params["api_key"]),
        ("cookie", "sid", lambda r: r.headers["cookie"]),
    ],
)
def test_key_locations(
    location: KeyLocation, name: str, where: Callable[[httpx.Request], str]
) -> None:
    handler, seen = keyed_server({"k1"})
    auth = APIKeyAuth("k1", name=name, location=location)
    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://api.test"
    ) as client:
        response = client.get("/items", params={"page": "2"}, auth=auth)
    assert response.status_code == 200
    value = where(seen[0])
    assert value in ("k1", "sid=k1")
    assert seen[0].url.params["page"] == "2"


def test_cookie_key_keeps_other_cookies() -> None:
    handler, seen = keyed_server({"k1"})
    auth = APIKeyAuth("k1", name="sid", location="cookie")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.get(
            "https://api.test/", headers={"Cookie": "theme=dark; sid=old"}, auth=auth
        )
    assert seen[0].headers["cookie"] == "theme=dark; sid=k1"


def test_header_prefix() -> None:
    transport, seen = recording_transport()
    auth = APIKeyAuth("abc", name="Authorization", prefix="Token")
    with httpx.Client(transport=transport) as client:
        client.get("https://api.test/", auth=auth)
    assert seen[0].headers["authorization"] == "Token abc"


def test_rotation_to_next_key_on_401_and_stays_there() -> None:
    handler, seen = keyed_server({"k3"})
    auth = APIKeyAuth(["k1", "k2", "k3"], name="X-API-Key")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        first = client.get("https://api.test/a", auth=auth)
        second = client.get("https://api.test/b", auth=auth)
    assert first.status_code == 200 and second.status_code == 200
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2", "k3", "k3"]
    assert auth.active_key_index == 2


def test_rotation_on_403_but_not_429_by_default() -> None:
    handler, seen = keyed_server({"k2"}, reject_status=429)
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.get("https://api.test/", auth=auth)
    assert response.status_code == 429
    assert len(seen) == 1


def test_rotation_on_429_when_configured() -> None:
    handler, seen = keyed_server({"k2"}, reject_status=429)
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key", rotate_on=(401, 403, 429))
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.get("https://api.test/", auth=auth)
    assert response.status_code == 200
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2"]


def test_all_keys_rejected_tries_each_once() -> None:
    handler, seen = keyed_server(set(), reject_status=403)
    auth = APIKeyAuth(["k1", "k2", "k3"], name="X-API-Key")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.get("https://api.test/", auth=auth)
    assert response.status_code == 403
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2", "k3"]


class StreamingTransport(httpx.BaseTransport):
    """Consumes the body as a real transport does (MockTransport buffers it)."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        b"".join(request.stream)
        self.keys.append(request.headers["x-api-key"])
        return httpx.Response(401)


def test_streaming_body_is_not_replayed() -> None:
    transport = StreamingTransport()
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")

    def body() -> Iterator[bytes]:
        yield b"chunk"

    with httpx.Client(transport=transport) as client:
        response = client.post("https://api.test/", content=body(), auth=auth)
        assert response.status_code == 401
        assert transport.keys == ["k1"]
        # An in-memory body is replayed with the next key.
        client.post("https://api.test/", content=b"chunk", auth=auth)
    assert transport.keys == ["k1", "k2", "k1"]


def test_validate_passes_and_raises() -> None:
    handler, _ = keyed_server({"k2"})
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        assert auth.validate(client, "https://api.test/me").status_code == 200
    assert auth.active_key_index == 1

    handler, _ = keyed_server(set())
    bad = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(InvalidAPIKeyError, match="all 2 API key") as info:
            bad.validate(client, "https://api.test/me")
    assert info.value.status_code == 401
    assert "k1" not in str(info.value)


@pytest.mark.anyio
async def test_async_rotation_and_validate() -> None:
    handler, seen = keyed_server({"k2"})
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        response = await auth.avalidate(client, "https://api.test/me")
    assert response.status_code == 200
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2"]


def test_key_not_sent_to_other_origin() -> None:
    handler, seen = keyed_server({"k1"})
    auth = APIKeyAuth("k1", name="api_key", location="query")
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.get("https://api.test/", auth=auth)
        client.get("https://evil.test/", auth=auth)
        client.get("http://api.test/", auth=auth)  # downgrade is another origin
    assert "api_key" in seen[0].url.params
    assert "api_key" not in seen[1].url.params
    assert "api_key" not in seen[2].url.params


def test_allowed_origins_list_and_bind() -> None:
    handler, seen = keyed_server({"k1"})
    auth = APIKeyAuth(
        "k1",
        name="X-API-Key",
        allowed_origins=["https://a.test", "https://b.test:8443"],
    )
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.get("https://b.test:8443/", auth=auth)
        client.get("https://a.test:443/", auth=auth)
        client.get("https://c.test/", auth=auth)
    assert [("x-api-key" in r.headers) for r in seen] == [True, True, False]

    pinned = APIKeyAuth("k1", name="X-API-Key")
    pinned.bind_base_url("https://api.test/v1/")
    seen.clear()
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.get("https://other.test/", auth=pinned)
        client.get("https://api.test/v1/x", auth=pinned)
    assert [("x-api-key" in r.headers) for r in seen] == [False, True]


def test_repr_hides_keys() -> None:
    auth = APIKeyAuth(["secret-key-1", "secret-key-2"], name="X-API-Key")
    assert "secret-key" not in repr(auth)
    assert "2 hidden" in repr(auth)


def test_keyring_rotates_once_for_concurrent_rejections() -> None:
    ring = KeyRing(["a", "b", "c"])
    assert ring.rotate_from(0) == 1
    assert ring.rotate_from(0) == 1  # a second rejection of key 0 is stale
    assert ring.rotate_from(1) == 2
    assert ring.rotate_from(2) == 0
    with pytest.raises(ValueError):
        KeyRing([])


def test_refused_origin_is_warned_about_once(caplog: pytest.LogCaptureFixture) -> None:
    transport, seen = recording_transport()
    auth = APIKeyAuth("k1", name="X-API-Key", allowed_origins=["https://api.test"])
    with httpx.Client(transport=transport) as client:
        for _ in range(3):
            client.get("https://cdn.test/page", auth=auth)
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "cdn.test" in warnings[0].getMessage()
    assert not any("x-api-key" in r.headers for r in seen)


def test_validate_through_a_clientsmith_client() -> None:
    """A generated or hand-written client is accepted: the probe is one of its calls."""
    from clientsmith import Client

    handler, seen = keyed_server({"k2"})
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    client = Client(
        base_url="https://api.test/v1",
        headers={"User-Agent": "probe-test"},
        transport=httpx.MockTransport(handler),
    )
    with client:
        response = auth.validate(client, "/me")
        assert response.status_code == 200
        # the full URL under the base URL works too
        assert auth.validate(client, "https://api.test/v1/me").status_code == 200
    assert auth.active_key_index == 1
    assert [r.url.path for r in seen] == ["/v1/me", "/v1/me", "/v1/me"]
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2", "k2"]
    assert all(r.headers["user-agent"] == "probe-test" for r in seen)

    handler, seen = keyed_server(set(), reject_status=403)
    bad = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    client = Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    with client, pytest.raises(InvalidAPIKeyError, match="all 2 API key") as info:
        bad.validate(client, "me", method="post")
    assert info.value.status_code == 403
    assert [r.method for r in seen] == ["POST", "POST"]  # no retries, one per key


def test_validate_returns_other_statuses_and_refuses_bad_urls() -> None:
    from clientsmith import Client

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"message": "no such page"})

    auth = APIKeyAuth("k1", name="X-API-Key")
    with Client(
        base_url="https://api.test", transport=httpx.MockTransport(handler)
    ) as client:
        assert auth.validate(client, "/nowhere").status_code == 404
        with pytest.raises(ValueError, match="path under the client's base URL"):
            auth.validate(client, "https://evil.test/me")
        with pytest.raises(ValueError, match="no \\{parameters\\}"):
            auth.validate(client, "/users/{id}")
    with pytest.raises(TypeError, match="not str"):
        # A URL string instead of the client, on purpose: refused.
        auth.validate("https://api.test", "/me")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_avalidate_through_a_clientsmith_async_client() -> None:
    from clientsmith import AsyncClient

    handler, seen = keyed_server({"k2"})
    auth = APIKeyAuth(["k1", "k2"], name="X-API-Key")
    async with AsyncClient(
        base_url="https://api.test/v1", transport=httpx.MockTransport(handler)
    ) as client:
        response = await auth.avalidate(client, "/me")
    assert response.status_code == 200
    assert [r.headers["x-api-key"] for r in seen] == ["k1", "k2"]

    handler, _ = keyed_server(set())
    bad = APIKeyAuth("k1", name="X-API-Key")
    async with AsyncClient(
        base_url="https://api.test", transport=httpx.MockTransport(handler)
    ) as client:
        with pytest.raises(InvalidAPIKeyError):
            await bad.avalidate(client, "/me")
