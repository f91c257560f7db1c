"""Token policy, stepped by hand: no client, no transport, no clock."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from auth_fakes import FakeClock

from clientsmith.auth import OAuth2Password, Token, TokenRequestError
from clientsmith.auth._policy import Action, decide, refresh_failure_allows_login
from clientsmith.auth._secret import Secret


def token(
    access: str = "a", *, expires_at: float | None = 100.0, refresh: str | None = "r"
) -> Token:
    return Token(
        access_token=Secret(access),
        expires_at=expires_at,
        refresh_token=Secret(refresh) if refresh else None,
    )


@pytest.mark.parametrize(
    ("current", "now", "rejected", "expected"),
    [
        (None, 0, None, Action.LOGIN),
        (token(), 50, None, Action.USE),
        (token(), 70, None, Action.REFRESH),  # within the 30 s leeway
        (token(refresh=None), 70, None, Action.LOGIN),
        (token(expires_at=None), 10**9, None, Action.USE),  # no expiry given
        (token("a"), 0, token("a"), Action.REFRESH),  # rejected: renew
        (token("b"), 0, token("a"), Action.USE),  # someone else renewed already
        (token("a", refresh=None), 0, token("a"), Action.LOGIN),
    ],
)
def test_decide(
    current: Token | None, now: float, rejected: Token | None, expected: Action
) -> None:
    assert decide(current, now=now, leeway=30, rejected=rejected) is expected


def test_refresh_failure_policy() -> None:
    def err(status: int) -> TokenRequestError:
        request = httpx.Request("POST", "https://auth.example/token")
        return TokenRequestError("x", response=httpx.Response(status, request=request))

    assert refresh_failure_allows_login(err(400))
    assert refresh_failure_allows_login(err(422))  # Akeneo's expired refresh token
    assert not refresh_failure_allows_login(err(503))


def token_response(request: httpx.Request, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=body, request=request)


def test_flow_stepped_by_hand_refreshes_ahead_of_expiry_and_retries_401() -> None:
    clock = FakeClock(1000.0)
    auth = OAuth2Password(
        "/oauth/token", "alice", "pw", client_id="cid", client_secret="cs", clock=clock
    )
    api = httpx.Request("GET", "https://api.test/v1/items")

    flow = auth.auth_flow(api)
    login = next(flow)
    assert login.url == "https://api.test/oauth/token"  # resolved against the request
    assert b"grant_type=password" in login.content
    sent = flow.send(
        token_response(
            login, {"access_token": "A1", "expires_in": 60, "refresh_token": "R1"}
        )
    )
    assert sent is api and sent.headers["authorization"] == "Bearer A1"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, request=api))

    # 40 s later the token is inside the 30 s leeway: refresh before sending.
    clock.advance(40)
    api2 = httpx.Request("GET", "https://api.test/v1/items")
    flow = auth.auth_flow(api2)
    refresh = next(flow)
    assert b"grant_type=refresh_token" in refresh.content
    assert b"refresh_token=R1" in refresh.content
    sent = flow.send(
        token_response(
            refresh, {"access_token": "A2", "expires_in": 60, "refresh_token": "R2"}
        )
    )
    assert sent.headers["authorization"] == "Bearer A2"

    # The server rejects A2 anyway: refresh once, retry once.
    again = flow.send(httpx.Response(401, request=api2))
    assert b"refresh_token=R2" in again.content  # the rotated refresh token
    retried = flow.send(token_response(again, {"access_token": "A3", "expires_in": 60}))
    assert retried is api2 and retried.headers["authorization"] == "Bearer A3"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401, request=api2))  # no second retry
    assert auth.token is not None and auth.token.refresh_token == Secret("R2")


def test_expired_refresh_token_falls_back_to_password_grant() -> None:
    clock = FakeClock(0.0)
    auth = OAuth2Password("https://id.test/token", "alice", "pw", clock=clock)
    flow = auth.auth_flow(httpx.Request("GET", "https://api.test/"))
    login = next(flow)
    flow.send(
        token_response(
            login, {"access_token": "A1", "expires_in": 10, "refresh_token": "R1"}
        )
    )
    clock.advance(3600)

    flow = auth.auth_flow(httpx.Request("GET", "https://api.test/"))
    refresh = next(flow)
    relogin = flow.send(
        httpx.Response(400, json={"error": "invalid_grant"}, request=refresh)
    )
    assert b"grant_type=password" in relogin.content
    api = flow.send(token_response(relogin, {"access_token": "A2", "expires_in": 10}))
    assert api.headers["authorization"] == "Bearer A2"


def test_server_error_on_refresh_is_reported_not_papered_over() -> None:
    clock = FakeClock(0.0)
    auth = OAuth2Password("https://id.test/token", "alice", "pw", clock=clock)
    flow = auth.auth_flow(httpx.Request("GET", "https://api.test/"))
    login = next(flow)
    flow.send(
        token_response(
            login, {"access_token": "A1", "expires_in": 10, "refresh_token": "R1"}
        )
    )
    clock.advance(3600)
    flow = auth.auth_flow(httpx.Request("GET", "https://api.test/"))
    refresh = next(flow)
    with pytest.raises(TokenRequestError) as info:
        flow.send(httpx.Response(503, text="maintenance", request=refresh))
    assert info.value.status_code == 503
