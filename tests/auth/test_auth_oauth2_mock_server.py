"""OAuth 2 against a real authorization server: oauth2-mock-server under node.

The launcher (``servers/oauth2_mock_server.js``) rejects wrong client credentials,
issues short-lived tokens and single-use refresh tokens, and serves ``/api/me``,
which verifies the JWT. The Auth's clock is a fake one, so "later" needs no sleep.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from auth_fakes import FakeClock
from auth_servers import MockOAuthServer

from clientsmith.auth import (
    AuthorizationRequiredError,
    OAuth2AuthorizationCode,
    OAuth2ClientCredentials,
    OAuth2Password,
    StateMismatchError,
    TokenRequestError,
)
from clientsmith.auth.token_endpoint import ClientAuthMethod


def grants(server: MockOAuthServer) -> dict[str, int]:
    return dict(server.stats()["by_grant"])


def test_client_credentials_and_reacquire_after_expiry(
    oauth2_mock_server: MockOAuthServer, clock: FakeClock
) -> None:
    server = oauth2_mock_server
    before = grants(server).get("client_credentials", 0)
    auth = OAuth2ClientCredentials(
        server.token_url,
        server.client_id,
        server.client_secret,
        scope="read",
        clock=clock,
    )
    with httpx.Client(base_url=server.base_url) as client:
        first = client.get("/api/me", auth=auth)
        assert first.status_code == 200 and first.json()["scope"] == "read"
        assert client.get("/api/me", auth=auth).status_code == 200
        assert auth.token is not None
        assert auth.token.expires_at == pytest.approx(clock() + server.token_ttl)
        clock.advance(server.token_ttl)  # the 30 s token is now past due
        assert client.get("/api/me", auth=auth).status_code == 200
    assert grants(server)["client_credentials"] - before == 2


@pytest.mark.parametrize("client_auth", ["basic", "body"])
def test_wrong_client_secret_is_reported(
    oauth2_mock_server: MockOAuthServer, client_auth: ClientAuthMethod
) -> None:
    auth = OAuth2ClientCredentials(
        oauth2_mock_server.token_url,
        oauth2_mock_server.client_id,
        "wrong-secret-value",
        client_auth=client_auth,
    )
    with httpx.Client(base_url=oauth2_mock_server.base_url) as client:
        with pytest.raises(TokenRequestError) as info:
            client.get("/api/me", auth=auth)
    assert info.value.status_code == 401
    assert info.value.error == "invalid_client"
    assert "wrong-secret-value" not in str(info.value)


def test_authorization_code_pkce_with_loopback_receiver_then_refresh(
    oauth2_mock_server: MockOAuthServer, clock: FakeClock
) -> None:
    server = oauth2_mock_server
    auth = OAuth2AuthorizationCode(
        server.token_url,
        server.client_id,
        server.client_secret,
        authorization_url=server.authorization_url,
        scope="openid profile",
        clock=clock,
    )
    opened: list[str] = []

    def browser(url: str) -> None:
        # Plays the user's browser: the server redirects straight back to us.
        opened.append(url)
        httpx.get(url, follow_redirects=True).raise_for_status()

    auth.authorize_in_browser(open_browser=browser, timeout=30)
    assert httpx.URL(opened[0]).params["code_challenge_method"] == "S256"
    before = grants(server)
    with httpx.Client(base_url=server.base_url) as client:
        me = client.get("/api/me", auth=auth)
        assert me.status_code == 200 and me.json()["sub"] == "johndoe"
        assert auth.token is not None and auth.token.refresh_token is not None
        first_refresh = auth.token.refresh_token.reveal()

        clock.advance(server.token_ttl)
        assert client.get("/api/me", auth=auth).status_code == 200
        # The refresh token rotated; the old one is now refused by the server.
        assert auth.token.refresh_token.reveal() != first_refresh
        replay = client.post(
            server.token_url,
            data={"grant_type": "refresh_token", "refresh_token": first_refresh},
            auth=(server.client_id, server.client_secret),
        )
        assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    after = grants(server)
    assert after["authorization_code"] - before.get("authorization_code", 0) == 1
    assert after["refresh_token"] - before.get("refresh_token", 0) == 2


def test_forged_state_is_refused_and_code_not_exchanged(
    oauth2_mock_server: MockOAuthServer,
) -> None:
    server = oauth2_mock_server
    auth = OAuth2AuthorizationCode(
        server.token_url,
        server.client_id,
        server.client_secret,
        authorization_url=server.authorization_url,
        redirect_uri="http://127.0.0.1:9/callback",
    )
    request = auth.start_authorization()
    location = httpx.URL(httpx.get(request.url).headers["location"])
    assert location.params["state"] == request.state
    forged = location.copy_set_param("state", "attacker-state")
    with pytest.raises(StateMismatchError):
        auth.handle_redirect(forged)
    before = grants(server).get("authorization_code", 0)
    with httpx.Client(base_url=server.base_url) as client:
        with pytest.raises(AuthorizationRequiredError):
            client.get("/api/me", auth=auth)
    assert grants(server).get("authorization_code", 0) == before


def test_revoked_tokens_password_grant_logs_in_again(
    oauth2_mock_server: MockOAuthServer, clock: FakeClock
) -> None:
    server = oauth2_mock_server
    auth = OAuth2Password(
        server.token_url,
        "alice",
        "pw",
        client_id=server.client_id,
        client_secret=server.client_secret,
        clock=clock,
    )
    with httpx.Client(base_url=server.base_url) as client:
        assert client.get("/api/me", auth=auth).status_code == 200
        before = grants(server)
        httpx.post(server.base_url + "/__revoke").raise_for_status()
        # 401 -> refresh (refused: revoked) -> password grant -> retry succeeds.
        response = client.get("/api/me", auth=auth)
        assert response.status_code == 200 and response.json()["sub"] == "alice"
    after = grants(server)
    assert after["refresh_token"] - before.get("refresh_token", 0) == 1
    assert after["password"] - before["password"] == 1


@pytest.mark.anyio
async def test_async_concurrent_requests_share_one_token(
    oauth2_mock_server: MockOAuthServer, clock: FakeClock
) -> None:
    server = oauth2_mock_server
    auth = OAuth2ClientCredentials(
        server.token_url, server.client_id, server.client_secret, clock=clock
    )
    before = server.stats()["token_requests"]
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        responses = await asyncio.gather(
            *(client.get("/api/me", auth=auth) for _ in range(50))
        )
    assert all(r.status_code == 200 for r in responses)
    assert server.stats()["token_requests"] - before == 1
