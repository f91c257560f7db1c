"""Issue 14 against the CloudConnexa fake (uvicorn on 127.0.0.1): one exception
hierarchy per package, hooks and debug logs that see the token request, request
ids on errors, the package's User-Agent, the timeout from settings."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith.auth import TokenRequestError

CLIENT_ID = "cc-client"
CLIENT_SECRET = "cc-secret"


def seen(fake_server: str) -> dict[str, Any]:
    data: dict[str, Any] = httpx.get(fake_server + "/_seen").json()
    return data


def make(cloudconnexa: ModuleType, fake_server: str, **kwargs: Any) -> Any:
    options: dict[str, Any] = {
        "base_url": fake_server + "/api/v1",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "env_file": None,
        **kwargs,
    }
    return cloudconnexa.Client(**options)


def test_package_exports_one_hierarchy_named_after_the_client(
    cloudconnexa: ModuleType,
) -> None:
    base = cloudconnexa.CloudConnexaError
    assert base is clientsmith.ClientsmithError
    assert "CloudConnexaError" in cloudconnexa.__all__
    for name in (
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "AuthenticationError",
        "PaginationError",
        "NotFoundError",
    ):
        assert issubclass(getattr(cloudconnexa, name), base), name


def test_wrong_secret_is_the_packages_authentication_error(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    with make(cloudconnexa, fake_server, client_secret="wrong") as client:
        with pytest.raises(cloudconnexa.AuthenticationError) as caught:
            client.settings.auth.get_two_factor_auth()
    error = caught.value
    assert isinstance(error, cloudconnexa.CloudConnexaError)
    assert isinstance(error, cloudconnexa.APIError)
    assert isinstance(error, TokenRequestError)
    assert error.status_code == 401
    # The fake's {"errorMessage": ...} reaches the message; the secret does not.
    assert "bad client credentials" in str(error)
    assert "wrong" not in str(error)
    assert error.response.request.url.path == "/api/v1/oauth/token"
    assert error.request_id is not None and error.request_id in str(error)


@pytest.mark.anyio
async def test_wrong_secret_async(cloudconnexa: ModuleType, fake_server: str) -> None:
    async with cloudconnexa.AsyncClient(
        base_url=fake_server + "/api/v1",
        client_id=CLIENT_ID,
        client_secret="wrong",
        env_file=None,
    ) as client:
        with pytest.raises(cloudconnexa.AuthenticationError, match="bad client"):
            await client.settings.auth.get_two_factor_auth()


def test_hooks_see_the_token_request_and_final_headers(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    sent: list[tuple[str, str, str | None]] = []
    answered: list[tuple[str, int]] = []
    hooks = {
        "request": [
            lambda r: sent.append(
                (r.method, r.url.path, r.headers.get("authorization"))
            )
        ],
        "response": [lambda r: answered.append((r.request.url.path, r.status_code))],
    }
    with make(cloudconnexa, fake_server, event_hooks=hooks) as client:
        client.settings.auth.get_two_factor_auth()
    assert [(m, p) for m, p, _ in sent] == [
        ("POST", "/api/v1/oauth/token"),
        ("GET", "/api/v1/settings/auth/two-factor-auth"),
    ]
    assert sent[1][2] is not None and sent[1][2].startswith("Bearer tok-")
    assert answered[0] == ("/api/v1/oauth/token", 200)


@pytest.mark.anyio
async def test_async_hooks_see_the_token_request(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    paths: list[str] = []

    async def record(request: httpx.Request) -> None:
        paths.append(request.url.path)

    async with cloudconnexa.AsyncClient(
        base_url=fake_server + "/api/v1",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        env_file=None,
        event_hooks={"request": [record]},
    ) as client:
        await client.settings.auth.get_two_factor_auth()
    assert paths[0] == "/api/v1/oauth/token"


def test_debug_log_shows_the_token_request_redacted(
    cloudconnexa: ModuleType, fake_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="clientsmith"):
        with make(cloudconnexa, fake_server) as client:
            client.settings.auth.get_two_factor_auth()
    lines = [r.getMessage() for r in caplog.records if r.name == "clientsmith"]
    token_lines = [line for line in lines if "/oauth/token" in line]
    assert any(line.startswith("auth request for GET") for line in token_lines)
    assert any("auth response: POST" in line and "200" in line for line in token_lines)
    # CloudConnexa sends the client secret in the token URL's query string.
    assert CLIENT_SECRET not in caplog.text


def test_status_errors_carry_the_request_id(
    cloudconnexa: ModuleType, fake_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="clientsmith"):
        with make(cloudconnexa, fake_server) as client:
            with pytest.raises(cloudconnexa.NotFoundError) as caught:
                client.networks.get("00000000-0000-0000-0000-000000000009")
    error = caught.value
    assert error.request_id is not None and error.request_id.startswith("req-404-")
    assert f"(request id: {error.request_id})" in str(error)
    assert "not found" in str(error)
    assert f"request id {error.request_id}" in caplog.text


def test_user_agent_names_the_package_and_can_be_replaced(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    with make(cloudconnexa, fake_server) as client:
        client.settings.auth.get_two_factor_auth()
    with make(cloudconnexa, fake_server, headers={"user-agent": "mine/1"}) as client:
        client.settings.auth.get_two_factor_auth()
    agents = [r["user_agent"] for r in seen(fake_server)["requests"][-2:]]
    python = f"python/{sys.version_info.major}.{sys.version_info.minor}"
    assert agents[0] == (
        f"cloudconnexa/{cloudconnexa.__version__} "
        f"clientsmith/{clientsmith.__version__} {python}"
    )
    assert agents[1] == "mine/1"


def test_token_request_carries_the_user_agent_without_hooks(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    """No hooks and no debug logging: the auth flow runs unwrapped (no
    per-request cost), and its token request still names the package."""
    before = len(seen(fake_server)["token_requests"])
    with make(cloudconnexa, fake_server) as client:
        client.settings.auth.get_two_factor_auth()
    token_requests = seen(fake_server)["token_requests"][before:]
    assert token_requests, "the client fetched no token"
    assert all(
        str(t["user_agent"]).startswith(f"cloudconnexa/{cloudconnexa.__version__} ")
        for t in token_requests
    )


def test_timeout_comes_from_the_environment_and_env_file(
    cloudconnexa: ModuleType,
    fake_server: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert make(cloudconnexa, fake_server).timeout != httpx.Timeout(7.5)
    env_file = tmp_path / ".env"
    env_file.write_text("CLOUDCONNEXA_TIMEOUT=7.5\n")
    assert make(cloudconnexa, fake_server, env_file=env_file).timeout == (
        httpx.Timeout(7.5)
    )
    monkeypatch.setenv("CLOUDCONNEXA_TIMEOUT", "3")
    assert make(cloudconnexa, fake_server).timeout == httpx.Timeout(3.0)
    assert make(cloudconnexa, fake_server, timeout=9).timeout == httpx.Timeout(9)
    monkeypatch.setenv("CLOUDCONNEXA_TIMEOUT", "soon")
    with pytest.raises(cloudconnexa.CloudConnexaError, match="CLOUDCONNEXA_TIMEOUT"):
        make(cloudconnexa, fake_server)
