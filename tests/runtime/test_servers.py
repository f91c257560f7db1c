"""``clientsmith.servers``: environment selection and server variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientsmith import ClientsmithError
from clientsmith.servers import Server, ServerVariable, select_base_url, server_url

SERVERS = {
    "production": Server("https://api.example.com/v1"),
    "regional": Server(
        "https://{region}.example.com/{version}",
        {
            "region": ServerVariable("eu", ("eu", "us")),
            "version": ServerVariable("v1"),
        },
    ),
    "tenant": Server("https://{tenant}.example.com", {"tenant": ServerVariable("")}),
    "relative": Server("/api"),
}


def test_the_first_server_is_the_default() -> None:
    assert server_url(SERVERS) == "https://api.example.com/v1"


def test_variables_take_their_defaults_or_the_given_values() -> None:
    assert server_url(SERVERS, "regional") == "https://eu.example.com/v1"
    assert (
        server_url(SERVERS, "regional", {"region": "us", "version": "v2"})
        == "https://us.example.com/v2"
    )


@pytest.mark.parametrize(
    ("environment", "variables", "message"),
    [
        (
            "staging",
            None,
            "unknown environment 'staging': choose one of 'production', "
            "'regional', 'tenant', 'relative'",
        ),
        (
            "regional",
            {"region": "asia"},
            "server variable 'region' must be one of 'eu', 'us', not 'asia'",
        ),
        (
            "regional",
            {"zone": "a"},
            "unknown server variable 'zone' for environment 'regional' "
            "(its variables: 'region', 'version')",
        ),
        (
            "production",
            {"region": "eu"},
            "unknown server variable 'region' for environment 'production' "
            "(its variables: none)",
        ),
        ("tenant", None, "the server URL needs a value for 'tenant'"),
        ("regional", {"region": 1}, "server variable 'region' must be a string"),
    ],
)
def test_bad_choices_name_what_is_wrong(
    environment: str, variables: dict[str, str] | None, message: str
) -> None:
    with pytest.raises(ClientsmithError) as raised:
        server_url(SERVERS, environment, variables)
    assert message in str(raised.value)


def test_no_server_at_all() -> None:
    with pytest.raises(ClientsmithError, match="names no server"):
        server_url({})


def select(**kwargs: Any) -> str:
    arguments: dict[str, Any] = {
        "base_url": None,
        "environment": None,
        "variables": None,
        "env_prefix": "API_",
        "env_file": None,
    }
    arguments.update(kwargs)
    return select_base_url(SERVERS, **arguments)


def test_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("API_BASE_URL", raising=False)
    monkeypatch.delenv("API_ENVIRONMENT", raising=False)
    assert select() == "https://api.example.com/v1"
    monkeypatch.setenv("API_ENVIRONMENT", "regional")
    assert select() == "https://eu.example.com/v1"
    assert select(variables={"region": "us"}) == "https://us.example.com/v1"
    monkeypatch.setenv("API_BASE_URL", "https://override.example.com")
    # The whole URL from the environment beats an environment name from it...
    assert select() == "https://override.example.com"
    # ...and an explicit environment= beats both settings.
    assert select(environment="production") == "https://api.example.com/v1"
    assert select(base_url="https://given.example.com") == "https://given.example.com"
    monkeypatch.delenv("API_BASE_URL")
    monkeypatch.delenv("API_ENVIRONMENT")
    env_file = tmp_path / ".env"
    env_file.write_text("API_ENVIRONMENT=regional\n")
    assert select(env_file=env_file) == "https://eu.example.com/v1"


def test_conflicts_and_relative_servers_are_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("API_BASE_URL", raising=False)
    monkeypatch.delenv("API_ENVIRONMENT", raising=False)
    with pytest.raises(ClientsmithError, match="not both"):
        select(base_url="https://x.example.com", environment="production")
    with pytest.raises(ClientsmithError, match="pass environment= instead"):
        select(base_url="https://x.example.com", variables={"region": "us"})
    with pytest.raises(ClientsmithError, match="the server is '/api'"):
        select(environment="relative")
    with pytest.raises(ClientsmithError, match="set API_BASE_URL .the spec names no"):
        select_base_url(
            {},
            base_url=None,
            environment=None,
            variables=None,
            env_prefix="API_",
            env_file=None,
        )
