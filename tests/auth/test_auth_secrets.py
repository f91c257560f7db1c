"""Secrets stay out of reprs, logs and messages."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from auth_fakes import FakeClock, FakeOAuthServer

from clientsmith.auth import (
    APIKeyAuth,
    BasicAuth,
    BearerAuth,
    HMACSigner,
    OAuth2AuthorizationCode,
    OAuth2ClientCredentials,
    OAuth2Password,
    SigningAuth,
    TokenEndpoint,
)
from clientsmith.auth._secret import Secret, redact
from clientsmith.session import CookieSessionAuth, EncryptedFileStore, generate_key

SECRET = "Sup3r-S3cret-Value"


def test_secret_wrapper() -> None:
    secret = Secret(SECRET)
    assert SECRET not in repr(secret) and SECRET not in str(secret)
    assert f"{secret}" == str(secret)
    assert secret.reveal() == SECRET
    assert secret == Secret(SECRET) and secret != Secret("other")
    with pytest.raises(TypeError):
        Secret(b"bytes")  # type: ignore[arg-type]  # bytes on purpose: refused
    assert redact(f"echo {SECRET}!", [secret, None, "ab"]) == "echo **********!"


def test_no_repr_shows_a_secret(tmp_path: Path) -> None:
    objects = [
        APIKeyAuth([SECRET], name="X-Key"),
        BasicAuth("u", SECRET),
        BearerAuth(SECRET),
        SigningAuth(HMACSigner("k", SECRET)),
        OAuth2ClientCredentials("/t", "id", SECRET),
        OAuth2Password("/t", "u", SECRET, client_secret=SECRET),
        OAuth2AuthorizationCode("/t", "id", SECRET, authorization_url="https://a/"),
        CookieSessionAuth("/login", {"user": "u", "password": SECRET}),
        TokenEndpoint("/t", client_id="id", client_secret=SECRET),
        EncryptedFileStore(tmp_path / "f", key=generate_key()),
    ]
    for obj in objects:
        assert SECRET not in repr(obj), type(obj).__name__


def test_logs_and_token_repr_hold_no_secrets(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    server = FakeOAuthServer(password=SECRET)
    auth = OAuth2Password(
        "/oauth/token",
        "alice",
        SECRET,
        client_id="cid",
        client_secret="csecret",
        clock=clock,
    )
    caplog.set_level(logging.DEBUG)
    with httpx.Client(transport=server.transport(), base_url="https://api.test") as c:
        c.get("/a", auth=auth)
        server.expire_all_access()
        server.expire_all_refresh()
        c.get("/b", auth=auth)  # 401 -> failed refresh -> login: all logged
        c.get("https://elsewhere.test/", auth=auth)
    assert "credentials rejected" in caplog.text
    assert "origin not allowed" in caplog.text
    for needle in (SECRET, "csecret", "access-", "refresh-"):
        assert needle not in caplog.text
    assert auth.token is not None
    assert "access-" not in repr(auth.token) and "refresh-" not in repr(auth.token)


def test_secrets_in_urls_are_masked_in_httpx_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = FakeOAuthServer(client_secret="q/secret+value")
    query_key = APIKeyAuth("query-key-7f3a", name="api_key", location="query")
    oauth = OAuth2ClientCredentials(
        "/oauth/token", "cid", "q/secret+value", client_auth="query"
    )
    caplog.set_level(logging.INFO, logger="httpx")
    with httpx.Client(transport=server.transport(), base_url="https://api.test") as c:
        c.get("/items", auth=query_key)
        c.get("/items", auth=oauth)
    assert "HTTP Request: GET https://api.test/items?api_key=" in caplog.text
    assert "client_secret=" in caplog.text
    for needle in ("query-key-7f3a", "q/secret+value", "q%2Fsecret%2Bvalue"):
        assert needle not in caplog.text
