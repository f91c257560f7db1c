"""Issue 14 against the Akeneo fake (uvicorn on 127.0.0.1): credential failures
are ``akeneo.AuthenticationError``/``akeneo.AkeneoError`` with the server's message,
hooks see logins, refreshes and rejected attempts, the refresh leeway (120 s by
config), ``AKENEO_TIMEOUT``, and the ``akeneo products`` alias."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import akeneo
import httpx
import pytest
from akeneo_support import control, seen
from fake_akeneo import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME
from test_akeneo_cli import akeneo as run_cli

import clientsmith
from clientsmith.auth import OAuth2Password


def make(fake: str, **kwargs: Any) -> akeneo.Akeneo:
    options: dict[str, Any] = {
        "base_url": fake,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "username": USERNAME,
        "password": PASSWORD,
        "env_file": None,
        **kwargs,
    }
    return akeneo.Akeneo(**options)


def test_wrong_password_is_akeneos_authentication_error(fake: str) -> None:
    with make(fake, password="wrong") as client:
        with pytest.raises(akeneo.AuthenticationError) as caught:
            client.products_uuid.get("00000000-0000-0000-0000-000000000001")
    error = caught.value
    assert isinstance(error, akeneo.AkeneoError)
    assert isinstance(error, akeneo.APIError)
    assert akeneo.AkeneoError is clientsmith.ClientsmithError
    assert error.status_code == 422
    assert "No user found for the given username and password" in str(error)
    assert "wrong" not in str(error)


def test_wrong_client_secret_is_akeneos_authentication_error(fake: str) -> None:
    with make(fake, client_secret="nope") as client:
        with pytest.raises(akeneo.AkeneoError, match="secret is invalid"):
            client.products_uuid.get("00000000-0000-0000-0000-000000000001")


def test_hooks_see_login_rejected_attempt_refresh_and_resend(fake: str) -> None:
    requests: list[tuple[str, str, str | None]] = []
    statuses: list[tuple[str, int]] = []
    hooks = {
        "request": [
            lambda r: requests.append(
                (r.method, r.url.path, r.headers.get("authorization"))
            )
        ],
        "response": [lambda r: statuses.append((r.request.url.path, r.status_code))],
    }
    with make(fake, event_hooks=hooks) as client:
        list(client.products_uuid.list(max_items=1))
        control(fake, "expire_access")
        list(client.products_uuid.list(max_items=1))
    paths = [(m, p) for m, p, _ in requests]
    token, products = "/api/oauth/v1/token", "/api/rest/v1/products-uuid"
    assert paths == [
        ("POST", token),  # login
        ("GET", products),
        ("GET", products),  # rejected: the token expired on the server
        ("POST", token),  # refresh
        ("GET", products),  # resent with the new token
    ]
    assert requests[0][2] is not None and requests[0][2].startswith("Basic ")
    assert all(a is not None and a.startswith("Bearer ") for _, _, a in requests[1:3])
    assert requests[2][2] != requests[4][2]
    assert [s for _, s in statuses] == [200, 200, 401, 200, 200]


def password_grant(client: akeneo.Akeneo) -> OAuth2Password:
    """The client's ``connection`` scheme: Akeneo's password grant."""
    scheme = client._schemes["connection"]
    assert isinstance(scheme, OAuth2Password)
    return scheme


def test_refresh_leeway_is_120_seconds_by_config_and_can_be_changed(
    fake: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def leeway(client: akeneo.Akeneo) -> float:
        return float(password_grant(client).leeway)

    assert leeway(make(fake)) == 120.0
    assert leeway(make(fake, token_refresh_leeway=5)) == 5.0
    monkeypatch.setenv("AKENEO_TOKEN_REFRESH_LEEWAY", "300")
    assert leeway(make(fake)) == 300.0


def test_token_is_refreshed_two_minutes_before_it_expires(fake: str) -> None:
    def grants_with(**kwargs: Any) -> list[str | None]:
        control(fake, "reset")
        now = [1_000_000.0]
        with make(fake, **kwargs) as client:
            password_grant(client)._clock = lambda: now[0]
            list(client.products_uuid.list(max_items=1))
            now[0] += 3600 - 100  # the fake's tokens live 3600 s: 100 s are left
            list(client.products_uuid.list(max_items=1))
        return [r.get("grant_type") for r in seen(fake)["token_requests"]]

    assert grants_with() == ["password", "refresh_token"]
    assert grants_with(token_refresh_leeway=30) == ["password"]


def test_timeout_from_environment_and_env_file(
    fake: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("AKENEO_TIMEOUT=12\n")
    assert make(fake, env_file=env_file).timeout == httpx.Timeout(12.0)
    monkeypatch.setenv("AKENEO_TIMEOUT", "4.5")
    assert make(fake).timeout == httpx.Timeout(4.5)
    assert make(fake, timeout=1).timeout == httpx.Timeout(1)


def test_user_agent_names_akeneo(fake: str) -> None:
    agents: list[str | None] = []
    hooks = {"request": [lambda r: agents.append(r.headers.get("user-agent"))]}
    with make(fake, event_hooks=hooks) as client:
        list(client.products_uuid.list(max_items=1))
    assert agents and all(
        a is not None
        and a.startswith(f"akeneo/{akeneo.__version__} clientsmith/")
        and " python/3." in a
        for a in agents
    )


def test_products_alias_lists_products(fake: str) -> None:
    proc = run_cli(fake, "products", "--max-items", "3")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 3 and all("uuid" in line for line in lines)
    # The identifier-based group is still reachable under the same name.
    help_text = run_cli(fake, "products", "--help").stdout
    assert "upsert" in help_text and "--max-items" not in help_text


def test_cli_error_line_keeps_the_servers_message(fake: str) -> None:
    # Token failures now take the APIStatusError branch of the CLI's error line:
    # it must still print Akeneo's message, not just the status.
    proc = run_cli(fake, "auth", AKENEO_PASSWORD="wrong")
    assert proc.returncode == 1
    assert "No user found for the given username and password" in proc.stderr
