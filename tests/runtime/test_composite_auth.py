"""CompositeAuth nests flows: challenge/response schemes work in any position."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Generator

import httpx
import pytest

from clientsmith._auth import CompositeAuth


class RefreshingToken(httpx.Auth):
    """Sends a token; on 401 fetches a new one (a request of its own) and retries."""

    def __init__(self) -> None:
        self.token = "old"

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        response = yield request
        if response.status_code == 401:
            token_response = yield httpx.Request(
                "POST", "https://api.example.com/token"
            )
            self.token = token_response.json()["token"]
            request.headers["Authorization"] = f"Bearer {self.token}"
            yield request


class StaticKey(httpx.Auth):
    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Key"] = "k"
        yield request


def server() -> tuple[httpx.MockTransport, list[tuple[str, str | None, str | None]]]:
    seen: list[tuple[str, str | None, str | None]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(
            (
                request.url.path,
                request.headers.get("authorization"),
                request.headers.get("x-key"),
            )
        )
        if request.url.path == "/token":
            return httpx.Response(200, json={"token": "new"})
        if request.headers.get("authorization") != "Bearer new":
            return httpx.Response(401)
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(handle), seen


@pytest.mark.parametrize("order", ["challenge-first", "challenge-last"])
def test_sync_refresh_works_in_any_position(order: str) -> None:
    token, key = RefreshingToken(), StaticKey()
    auth = CompositeAuth([token, key] if order == "challenge-first" else [key, token])
    transport, seen = server()
    with httpx.Client(transport=transport, auth=auth) as client:
        assert client.get("https://api.example.com/data").json() == {"ok": True}
    assert [path for path, _, _ in seen] == ["/data", "/token", "/data"]
    assert seen[-1] == ("/data", "Bearer new", "k")


@pytest.mark.parametrize("order", ["challenge-first", "challenge-last"])
def test_async_refresh_works_in_any_position(order: str) -> None:
    token, key = RefreshingToken(), StaticKey()
    auth = CompositeAuth([token, key] if order == "challenge-first" else [key, token])
    transport, seen = server()

    async def main() -> object:
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            return (await client.get("https://api.example.com/data")).json()

    assert asyncio.run(main()) == {"ok": True}
    assert [path for path, _, _ in seen] == ["/data", "/token", "/data"]
    assert seen[-1] == ("/data", "Bearer new", "k")


def test_client_binds_clientsmith_auth_to_its_base_url() -> None:
    """A relative token URL resolves against the client's base URL (RFC 3986),
    not against whichever request happens to go first."""
    import clientsmith
    from clientsmith.auth import OAuth2ClientCredentials

    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(200, json={"ok": True})

    auth = OAuth2ClientCredentials("oauth/token", "id", "secret")
    with clientsmith.Client(
        base_url="https://api.example.com/v1/",
        auth=auth,
        transport=httpx.MockTransport(handle),
    ) as client:
        assert client.get("/things") == {"ok": True}
    # against the request URL (.../v1/things) it would be .../v1/oauth/token
    assert seen[0] == "https://api.example.com/oauth/token"


class Tracked(httpx.Auth):
    """Adds a header; records when its async flow is closed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        try:
            request.headers[f"X-{self.name}"] = "1"
            yield request
        finally:
            self.closed = True


def test_async_flows_abandoned_midway_close_every_inner_flow() -> None:
    """httpx closes a flow early on errors: schemes holding a lock must see it."""
    first, second = Tracked("A"), Tracked("B")

    async def abandon() -> tuple[httpx.Request, bool, bool]:
        flow = CompositeAuth([first, second]).async_auth_flow(
            httpx.Request("GET", "https://api.example.com/x")
        )
        sent = await flow.__anext__()
        await flow.aclose()  # e.g. the transport raised
        # Right away, not when the event loop finalizes stray generators.
        return sent, first.closed, second.closed

    sent, first_closed, second_closed = asyncio.run(abandon())
    assert sent.headers["X-A"] == sent.headers["X-B"] == "1"
    assert first_closed and second_closed
