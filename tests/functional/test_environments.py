"""Named servers: ``Client(environment=...)`` with validated server variables.

A spec with three servers (one with an enum variable) is generated into a
temporary package and called against ``environments_app.py`` (FastAPI under
uvicorn on 127.0.0.1): each environment reaches its own path prefix.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import start_uvicorn, stop

import clientsmith
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.pipeline import generate_from_loaded
from clientsmith.generator.writer import write_files

HERE = Path(__file__).resolve().parent
PACKAGE = "environments_e2e"

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Stages", "version": "1.0.0"},
    "servers": [
        {
            "url": "http://127.0.0.1:{port}/production",
            "description": "Production server",
            "variables": {"port": {"default": "1"}},
        },
        {
            "url": "http://127.0.0.1:{port}/{stage}",
            "description": "Sandbox environment (test data)",
            "variables": {
                "port": {"default": "1"},
                "stage": {"default": "sandbox", "enum": ["sandbox", "staging"]},
            },
        },
        {
            "url": "http://127.0.0.1:{port}/eu",
            "x-clientsmith-environment": "EU",
            "variables": {"port": {"default": "1"}},
        },
    ],
    "paths": {
        "/whoami": {
            "get": {
                "operationId": "whoami",
                "tags": ["probe"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "stage": {"type": "string"},
                                        "host": {"type": "string"},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def stages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The generated package, importable for this module."""
    out = tmp_path_factory.mktemp("stages")
    diagnostics = Diagnostics()
    result = generate_from_loaded(
        LoadedSpec.from_document(SPEC),
        GeneratorConfig(package_name=PACKAGE),
        diagnostics,
    )
    write_files(out, result.files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def port() -> Iterator[str]:
    proc, url = start_uvicorn("environments_app:app", HERE)
    try:
        yield url.rsplit(":", 1)[1]
    finally:
        stop(proc)


@pytest.fixture(autouse=True)
def no_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENVIRONMENTS_E2E_BASE_URL", "ENVIRONMENTS_E2E_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)


def test_environment_names_come_from_the_spec(stages: Any) -> None:
    from environments_e2e._client import SERVERS

    assert list(SERVERS) == ["production", "sandbox_test_data", "eu"]
    assert SERVERS["sandbox_test_data"].variables["stage"].enum == (
        "sandbox",
        "staging",
    )


def test_each_environment_reaches_its_server(stages: Any, port: str) -> None:
    calls = {
        None: "production",  # the first server is the default
        "production": "production",
        "sandbox_test_data": "sandbox",
        "eu": "eu",
    }
    for environment, stage in calls.items():
        with stages.Client(
            environment=environment, server_variables={"port": port}, env_file=None
        ) as client:
            assert client.probe.whoami().stage == stage
    with stages.Client(
        environment="sandbox_test_data",
        server_variables={"port": port, "stage": "staging"},
        env_file=None,
    ) as client:
        assert client.probe.whoami().stage == "staging"


def test_the_async_client_takes_the_same_environments(stages: Any, port: str) -> None:
    async def call() -> str:
        async with stages.AsyncClient(
            environment="eu", server_variables={"port": port}, env_file=None
        ) as client:
            return str((await client.probe.whoami()).stage)

    assert asyncio.run(call()) == "eu"


def test_the_environment_setting_and_env_file(
    stages: Any, port: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ENVIRONMENTS_E2E_ENVIRONMENT", "eu")
    with stages.Client(server_variables={"port": port}, env_file=None) as client:
        assert client.probe.whoami().stage == "eu"
    env_file = tmp_path / ".env"
    env_file.write_text("ENVIRONMENTS_E2E_ENVIRONMENT=sandbox_test_data\n")
    monkeypatch.delenv("ENVIRONMENTS_E2E_ENVIRONMENT")
    with stages.Client(server_variables={"port": port}, env_file=env_file) as client:
        assert client.probe.whoami().stage == "sandbox"
    monkeypatch.setenv("ENVIRONMENTS_E2E_ENVIRONMENT", "eu")
    # An explicit argument beats the setting.
    with stages.Client(
        environment="production", server_variables={"port": port}, env_file=None
    ) as client:
        assert client.probe.whoami().stage == "production"
    # base_url= replaces the servers altogether.
    with stages.Client(
        base_url=f"http://127.0.0.1:{port}/staging", env_file=None
    ) as client:
        assert client.probe.whoami().stage == "staging"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"environment": "prod"},
            "unknown environment 'prod': choose one of 'production', "
            "'sandbox_test_data', 'eu'",
        ),
        (
            {"environment": "sandbox_test_data", "server_variables": {"stage": "qa"}},
            "server variable 'stage' must be one of 'sandbox', 'staging', not 'qa'",
        ),
        (
            {"environment": "production", "server_variables": {"stage": "sandbox"}},
            "unknown server variable 'stage' for environment 'production' "
            "(its variables: 'port')",
        ),
        (
            {"environment": "eu", "base_url": "http://127.0.0.1:1"},
            "pass base_url= or environment=, not both",
        ),
        (
            {"base_url": "http://127.0.0.1:1", "server_variables": {"port": "2"}},
            "server_variables= fill a server of the spec",
        ),
    ],
)
def test_bad_choices_are_clear_errors_before_any_request(
    stages: Any, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(clientsmith.ClientsmithError) as raised:
        stages.Client(env_file=None, **arguments)
    assert message in str(raised.value)
    assert isinstance(raised.value, stages.StagesError)
