"""Auth against a real HTTP server: the FastAPI app in ``servers/app.py``.

Covers the Akeneo-style password grant (Basic + JSON), refresh rotation, re-login
after the refresh token expired, form-login sessions, signature verification and
the concurrency guarantee: one token request however many requests wait for it.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import httpx
import pytest
from auth_fakes import FakeClock
from auth_servers import AppServer

from clientsmith.auth import HMACSigner, OAuth2Password, SigningAuth, TokenRequestError
from clientsmith.session import CookieSessionAuth

TOKEN_PATH = "/api/oauth/v1/token"
PRODUCTS = "/api/rest/v1/products"


def akeneo(clock: FakeClock, *, password: str = "admin-pw") -> OAuth2Password:
    return OAuth2Password(
        TOKEN_PATH,
        "admin",
        password,
        client_id="1_akeneo",
        client_secret="akeneo-secret",
        client_auth="basic",
        body_format="json",
        clock=clock,
    )


def test_akeneo_password_grant_refresh_rotation_and_relogin(
    app_server: AppServer, clock: FakeClock
) -> None:
    app_server.reset(access_ttl=3600)
    auth = akeneo(clock)
    with httpx.Client(base_url=app_server.base_url) as client:
        assert (
            client.get(PRODUCTS, auth=auth).json()["items"][0]["identifier"] == "sku-1"
        )
        assert auth.token is not None and auth.token.refresh_token is not None
        first_refresh = auth.token.refresh_token.reveal()

        clock.advance(3600)  # expired: refresh (Akeneo JSON refresh body)
        assert client.get(PRODUCTS, auth=auth).status_code == 200
        assert auth.token.refresh_token.reveal() != first_refresh
        replay = client.post(
            TOKEN_PATH,
            json={"grant_type": "refresh_token", "refresh_token": first_refresh},
            auth=("1_akeneo", "akeneo-secret"),
        )
        assert replay.status_code == 422  # rotated: the old one is single-use

        app_server.control(expire_refresh=True)
        clock.advance(3600)  # refresh fails with 422 -> password grant again
        assert client.get(PRODUCTS, auth=auth).status_code == 200
    assert app_server.stats()["by_grant"] == {"password": 2, "refresh_token": 3}


def test_akeneo_error_body_is_reported_without_password(
    app_server: AppServer, clock: FakeClock
) -> None:
    auth = akeneo(clock, password="wrong-password-xyz")
    with httpx.Client(base_url=app_server.base_url) as client:
        with pytest.raises(TokenRequestError) as info:
            client.get(PRODUCTS, auth=auth)
    error = info.value
    assert error.status_code == 422
    assert error.error == "422"
    assert (
        error.error_description == "No user found for the given username and password"
    )
    assert "No user found" in str(error)
    assert "wrong-password-xyz" not in str(error) + repr(error.body)


def test_revoked_access_token_refreshes_once_and_retries(
    app_server: AppServer, clock: FakeClock
) -> None:
    auth = akeneo(clock)
    with httpx.Client(base_url=app_server.base_url) as client:
        client.get(PRODUCTS, auth=auth)
        app_server.control(expire_access=True)
        assert client.get(PRODUCTS, auth=auth).status_code == 200
    stats = app_server.stats()
    assert stats["by_grant"] == {"password": 1, "refresh_token": 1}
    assert stats["unauthorized"] == 1


@pytest.mark.anyio
async def test_100_async_requests_with_expired_token_make_one_token_request(
    app_server: AppServer, clock: FakeClock
) -> None:
    auth = akeneo(clock)
    async with httpx.AsyncClient(
        base_url=app_server.base_url, limits=httpx.Limits(max_connections=100)
    ) as client:
        await auth.aauthenticate(client)
        clock.advance(7200)  # the token is now expired
        app_server.control(token_delay=0.2)
        before = app_server.stats()["token_requests"]
        responses = await asyncio.gather(
            *(client.get(PRODUCTS, auth=auth) for _ in range(100))
        )
    assert [r.status_code for r in responses] == [200] * 100
    assert app_server.stats()["token_requests"] - before == 1


@pytest.mark.anyio
async def test_100_async_requests_rejected_with_401_make_one_refresh(
    app_server: AppServer, clock: FakeClock
) -> None:
    auth = akeneo(clock)
    async with httpx.AsyncClient(base_url=app_server.base_url) as client:
        await auth.aauthenticate(client)
        app_server.control(expire_access=True, token_delay=0.1)
        responses = await asyncio.gather(
            *(client.get(PRODUCTS, auth=auth) for _ in range(100))
        )
    assert [r.status_code for r in responses] == [200] * 100
    assert app_server.stats()["by_grant"] == {"password": 1, "refresh_token": 1}


def test_16_threads_with_expired_token_make_one_token_request(
    app_server: AppServer, clock: FakeClock
) -> None:
    auth = akeneo(clock)
    statuses: list[int] = []
    errors: list[BaseException] = []
    with httpx.Client(
        base_url=app_server.base_url, limits=httpx.Limits(max_connections=32)
    ) as client:
        auth.authenticate(client)
        clock.advance(7200)
        app_server.control(token_delay=0.2)
        before = app_server.stats()["token_requests"]
        start = threading.Barrier(16)

        def worker() -> None:
            try:
                start.wait()
                for _ in range(4):
                    statuses.append(client.get(PRODUCTS, auth=auth).status_code)
            except BaseException as exc:  # reported below, not lost in the thread
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert statuses == [200] * 64
    assert app_server.stats()["token_requests"] - before == 1


@pytest.mark.parametrize("follow_redirects", [False, True])
def test_form_login_session_and_relogin(
    app_server: AppServer, follow_redirects: bool
) -> None:
    auth = CookieSessionAuth("/login", {"username": "admin", "password": "admin-pw"})
    with httpx.Client(
        base_url=app_server.base_url, follow_redirects=follow_redirects
    ) as client:
        first = client.get("/account", auth=auth)
        assert first.status_code == 200 and first.json()["user"] == "admin"
        assert client.get("/account", auth=auth).json() == first.json()
        app_server.control(expire_sessions=True)  # server-side expiry
        again = client.get("/account", auth=auth)
        assert again.status_code == 200
        assert again.json()["session"] != first.json()["session"]
    assert app_server.stats()["logins"] == 2


def test_form_login_with_wrong_password(app_server: AppServer) -> None:
    from clientsmith.auth import LoginError

    auth = CookieSessionAuth("/login", {"username": "admin", "password": "nope-123"})
    with httpx.Client(base_url=app_server.base_url) as client:
        with pytest.raises(LoginError) as info:
            client.get("/account", auth=auth)
    assert "nope-123" not in str(info.value)


@pytest.mark.anyio
async def test_form_login_async(app_server: AppServer) -> None:
    auth = CookieSessionAuth("/login", {"username": "admin", "password": "admin-pw"})
    async with httpx.AsyncClient(base_url=app_server.base_url) as client:
        results = await asyncio.gather(
            *(client.get("/account", auth=auth) for _ in range(20))
        )
    assert all(r.status_code == 200 for r in results)
    assert app_server.stats()["logins"] == 1


def test_hmac_signature_verified_by_server(app_server: AppServer) -> None:
    good = SigningAuth(HMACSigner("key-1", "signing-secret"))
    bad = SigningAuth(HMACSigner("key-1", "not-the-secret"))
    with httpx.Client(base_url=app_server.base_url) as client:
        ok = client.post("/signed?batch=1", json={"order": 42}, auth=good)
        assert ok.status_code == 200 and ok.json() == {"verified": True, "key": "key-1"}
        refused = client.post("/signed", json={"order": 42}, auth=bad)
        assert refused.status_code == 401
        assert refused.json() == {"error": "bad signature"}


def test_form_login_session_persists_in_encrypted_file(
    app_server: AppServer, tmp_path: Path
) -> None:
    from clientsmith.session import EncryptedFileStore, generate_key

    key, path = generate_key(), tmp_path / "session.bin"

    def make() -> CookieSessionAuth:
        return CookieSessionAuth(
            "/login",
            {"username": "admin", "password": "admin-pw"},
            store=EncryptedFileStore(path, key=key),
        )

    with httpx.Client(base_url=app_server.base_url) as client:
        first = client.get("/account", auth=make()).json()["session"]
    # A new process with a new client (empty cookie jar) reuses the session.
    with httpx.Client(base_url=app_server.base_url) as client:
        assert client.get("/account", auth=make()).json()["session"] == first
    assert app_server.stats()["logins"] == 1
    assert first.encode() not in path.read_bytes()
