"""OAuth 2 grants through real httpx clients on an in-process token server."""

from __future__ import annotations

import httpx
import pytest
from auth_fakes import FakeClock, FakeOAuthServer

from clientsmith.auth import (
    AuthorizationRequiredError,
    OAuth2AuthorizationCode,
    OAuth2ClientCredentials,
    OAuth2Password,
    StateMismatchError,
    Token,
    TokenRequestError,
)
from clientsmith.auth._secret import Secret


def client_for(server: FakeOAuthServer) -> httpx.Client:
    return httpx.Client(transport=server.transport(), base_url="https://api.test")


def test_client_credentials_fetches_once_and_reuses(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2ClientCredentials(
        "/oauth/token", "cid", "csecret", scope="read", clock=clock
    )
    with client_for(oauth_server) as client:
        for _ in range(3):
            assert client.get("/items", auth=auth).status_code == 200
        assert len(oauth_server.token_requests) == 1
        assert oauth_server.token_requests[0] == {
            "grant_type": "client_credentials",
            "scope": "read",
        }
        # Near expiry (60 s token, 30 s leeway): a new client-credentials grant.
        clock.advance(31)
        assert client.get("/items", auth=auth).status_code == 200
    assert [b["grant_type"] for b in oauth_server.token_requests] == [
        "client_credentials",
        "client_credentials",
    ]


def test_wrong_client_secret_raises_without_leaking(
    oauth_server: FakeOAuthServer,
) -> None:
    auth = OAuth2ClientCredentials("/oauth/token", "cid", "WRONG-secret-123")
    with client_for(oauth_server) as client:
        with pytest.raises(TokenRequestError) as info:
            client.get("/items", auth=auth)
    assert info.value.status_code == 401 and info.value.error == "invalid_client"
    assert "WRONG-secret-123" not in str(info.value) + repr(info.value.body)
    assert "WRONG-secret-123" not in repr(auth)


def test_password_grant_refresh_rotation_and_relogin(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2Password(
        "/oauth/token",
        "alice",
        "pw",
        client_id="cid",
        client_secret="csecret",
        leeway=10,
        clock=clock,
    )
    with client_for(oauth_server) as client:
        client.get("/a", auth=auth)
        clock.advance(55)  # inside the leeway: refresh ahead of expiry
        client.get("/b", auth=auth)
        clock.advance(55)
        client.get("/c", auth=auth)
        grants = [b["grant_type"] for b in oauth_server.token_requests]
        assert grants == ["password", "refresh_token", "refresh_token"]
        # Each refresh used the token issued by the previous answer (rotation).
        assert oauth_server.token_requests[1]["refresh_token"] == "refresh-1"
        assert oauth_server.token_requests[2]["refresh_token"] == "refresh-2"

        # The refresh token expires server-side: refresh fails, password logs in.
        oauth_server.expire_all_refresh()
        clock.advance(55)
        assert client.get("/d", auth=auth).status_code == 200
    grants = [b["grant_type"] for b in oauth_server.token_requests]
    assert grants[-2:] == ["refresh_token", "password"]


def test_401_refreshes_once_and_retries_once(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2Password(
        "/oauth/token",
        "alice",
        "pw",
        client_id="cid",
        client_secret="csecret",
        clock=clock,
    )
    with client_for(oauth_server) as client:
        client.get("/a", auth=auth)
        oauth_server.expire_all_access()  # revoked server-side, not yet expired
        response = client.post("/b", json={"x": 1}, auth=auth)
        assert response.status_code == 200
        assert response.json()["token"] == "access-2"
        assert oauth_server.api_requests[-1].content == b'{"x":1}'
        assert [b["grant_type"] for b in oauth_server.token_requests] == [
            "password",
            "refresh_token",
        ]


def test_persistent_401_is_returned_after_one_retry(clock: FakeClock) -> None:
    server = FakeOAuthServer()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == server.token_path:
            return server(request)
        calls.append(request.headers["authorization"])
        return httpx.Response(401)

    auth = OAuth2ClientCredentials("/oauth/token", "cid", "csecret", clock=clock)
    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://api.test"
    ) as client:
        assert client.get("/x", auth=auth).status_code == 401
    assert calls == ["Bearer access-1", "Bearer access-2"]


@pytest.mark.anyio
async def test_async_password_grant(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2Password(
        "/oauth/token",
        "alice",
        "pw",
        client_id="cid",
        client_secret="csecret",
        body_format="json",
        clock=clock,
    )
    async with httpx.AsyncClient(
        transport=oauth_server.transport(), base_url="https://api.test"
    ) as client:
        assert (await client.get("/a", auth=auth)).status_code == 200
        oauth_server.expire_all_access()
        assert (await client.get("/b", auth=auth)).status_code == 200
        await auth.aauthenticate(client)  # already fresh: no request
    assert [b["grant_type"] for b in oauth_server.token_requests] == [
        "password",
        "refresh_token",
    ]
    headers = oauth_server.token_request_objects[0].headers
    assert headers["content-type"] == "application/json"


def test_authenticate_eagerly_and_invalidate(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2ClientCredentials("/oauth/token", "cid", "csecret", clock=clock)
    with client_for(oauth_server) as client:
        auth.authenticate(client)
        assert auth.token is not None
        assert len(oauth_server.token_requests) == 1
        auth.invalidate()
        assert auth.token is None
        client.get("/x", auth=auth)
    assert len(oauth_server.token_requests) == 2


def test_token_not_sent_to_other_origin(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    auth = OAuth2ClientCredentials(
        "/oauth/token",
        "cid",
        "csecret",
        clock=clock,
        allowed_origins=["https://api.test"],
    )
    with client_for(oauth_server) as client:
        client.get("https://evil.test/steal", auth=auth)
        client.get("/ok", auth=auth)
    assert "authorization" not in oauth_server.api_requests[0].headers
    assert oauth_server.api_requests[1].headers["authorization"] == "Bearer access-1"


def test_authorization_code_flow_with_pkce(clock: FakeClock) -> None:
    server = FakeOAuthServer()
    received: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == server.token_path:
            from auth_fakes import parse_body

            body = parse_body(request)
            received.append(body)
            if body["grant_type"] == "authorization_code":
                return httpx.Response(200, json=server.issue(refresh=True))
        return server(request)

    auth = OAuth2AuthorizationCode(
        "https://api.test/oauth/token",
        "cid",
        "csecret",
        authorization_url="https://id.test/authorize",
        redirect_uri="http://127.0.0.1:8765/callback",
        scope=["openid", "profile"],
        clock=clock,
    )
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(AuthorizationRequiredError):
            client.get("https://api.test/me", auth=auth)
        request = auth.start_authorization()
        params = httpx.URL(request.url).params
        assert params["response_type"] == "code"
        assert params["code_challenge_method"] == "S256"
        assert params["scope"] == "openid profile"
        assert params["state"] == request.state
        with pytest.raises(StateMismatchError):
            auth.handle_redirect("http://127.0.0.1:8765/callback?code=abc&state=forged")
        auth.handle_redirect(
            f"http://127.0.0.1:8765/callback?code=abc&state={request.state}"
        )
        assert client.get("https://api.test/me", auth=auth).status_code == 200
    exchange = received[-1]
    assert exchange["grant_type"] == "authorization_code"
    assert exchange["code"] == "abc"
    assert exchange["redirect_uri"] == "http://127.0.0.1:8765/callback"
    from clientsmith.auth import code_challenge

    assert code_challenge(exchange["code_verifier"]) == params["code_challenge"]


def test_authorization_code_with_saved_token_refreshes_without_user(
    oauth_server: FakeOAuthServer, clock: FakeClock
) -> None:
    oauth_server.refresh.add("saved-refresh")
    saved = Token(
        access_token=Secret("old"),
        expires_at=clock() - 1,
        refresh_token=Secret("saved-refresh"),
    )
    auth = OAuth2AuthorizationCode(
        "/oauth/token",
        "cid",
        "csecret",
        authorization_url="https://id.test/authorize",
        token=saved,
        clock=clock,
    )
    with client_for(oauth_server) as client:
        assert client.get("/me", auth=auth).status_code == 200
    assert oauth_server.token_requests[0]["grant_type"] == "refresh_token"


def test_relative_token_url_follows_bound_base_url(clock: FakeClock) -> None:
    server = FakeOAuthServer(token_path="/api/v2/oauth/token")
    auth = OAuth2ClientCredentials("oauth/token", "cid", "csecret", clock=clock)
    auth.bind_base_url("https://api.test/api/v2/")
    with httpx.Client(
        transport=server.transport(), base_url="https://api.test/api/v2/"
    ) as client:
        # Without the bound base this would resolve to /api/v2/users/oauth/token.
        assert client.get("users/5", auth=auth).status_code == 200
    assert len(server.token_requests) == 1


def test_lock_is_released_when_the_token_request_fails(
    oauth_server: FakeOAuthServer,
) -> None:
    auth = OAuth2ClientCredentials("/oauth/token", "cid", "wrong")
    with client_for(oauth_server) as client:
        for _ in range(2):  # a held lock would make the second call hang
            with pytest.raises(TokenRequestError):
                client.get("/x", auth=auth)
            assert not auth._sync_lock.locked()


@pytest.mark.anyio
async def test_async_lock_is_released_when_the_token_request_fails(
    oauth_server: FakeOAuthServer,
) -> None:
    auth = OAuth2ClientCredentials("/oauth/token", "cid", "wrong")
    async with httpx.AsyncClient(
        transport=oauth_server.transport(), base_url="https://api.test"
    ) as client:
        for _ in range(2):
            with pytest.raises(TokenRequestError):
                await client.get("/x", auth=auth)
            assert not auth._async_locks.get().locked()


def test_lock_is_released_when_the_transport_fails() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("down", request=request)

    auth = OAuth2ClientCredentials("/oauth/token", "cid", "csecret")
    with httpx.Client(
        transport=httpx.MockTransport(broken), base_url="https://api.test"
    ) as client:
        with pytest.raises(httpx.ConnectError):
            client.get("/x", auth=auth)
    assert not auth._sync_lock.locked()


def test_auth_built_outside_an_event_loop_works_in_several_loops(
    oauth_server: FakeOAuthServer,
) -> None:
    import asyncio

    auth = OAuth2ClientCredentials("/oauth/token", "cid", "csecret")

    async def call() -> int:
        async with httpx.AsyncClient(
            transport=oauth_server.transport(), base_url="https://api.test"
        ) as client:
            return (await client.get("/x", auth=auth)).status_code

    assert asyncio.run(call()) == 200
    oauth_server.expire_all_access()  # forces the second loop to take the lock
    assert asyncio.run(call()) == 200
    assert len(oauth_server.token_requests) == 2


def test_403_with_invalid_token_challenge_renews(clock: FakeClock) -> None:
    server = FakeOAuthServer()

    def handler(request: httpx.Request) -> httpx.Response:
        response = server(request)
        if response.status_code == 401:
            return httpx.Response(
                403, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
            )
        return response

    auth = OAuth2ClientCredentials("/oauth/token", "cid", "csecret", clock=clock)
    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://api.test"
    ) as client:
        client.get("/x", auth=auth)
        server.expire_all_access()
        assert client.get("/x", auth=auth).status_code == 200
    assert len(server.token_requests) == 2


def test_async_flow_abandoned_while_renewing_releases_the_lock(
    clock: FakeClock,
) -> None:
    """The fast path hands a 401 to the full flow, which takes the lock to renew;
    if httpx abandons the flow then (the token request failed), the lock must be
    free at once, not when the event loop finalizes the generator."""
    import asyncio

    auth = OAuth2ClientCredentials(
        "https://api.test/oauth/token", "cid", "csecret", clock=clock
    )
    granted = {"access_token": "t1", "token_type": "bearer", "expires_in": 3600}

    def api_request() -> httpx.Request:
        return httpx.Request("GET", "https://api.test/items")

    async def scenario() -> tuple[str, str, bool]:
        first = auth.async_auth_flow(api_request())  # the full flow: a token first
        token_request = await first.__anext__()
        sent = await first.asend(
            httpx.Response(200, json=granted, request=token_request)
        )
        with pytest.raises(StopAsyncIteration):
            await first.asend(httpx.Response(200, request=sent))
        second = auth.async_auth_flow(api_request())  # the fast path
        sent = await second.__anext__()
        token_request = await second.asend(httpx.Response(401, request=sent))
        await second.aclose()
        return (
            sent.headers["Authorization"],
            str(token_request.url),
            auth._async_locks.get().locked(),
        )

    header, token_url, locked = asyncio.run(scenario())
    assert header == "Bearer t1"
    assert token_url == "https://api.test/oauth/token"
    assert not locked
