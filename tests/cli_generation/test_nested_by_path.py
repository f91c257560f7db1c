"""Resources nested by path, for real: the client and its CLI against a local app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from local_servers import start_uvicorn, stop

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

PERSON = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
}


def _get(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": schema}},
            }
        },
    }


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


# Stripe-like: no tags, mechanical operationIds, collections below items.
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Acct", "version": "1", "x-clientsmith-cli": True},
    "paths": {
        "/v1/accounts/{account}": {
            "parameters": [_path_param("account")],
            "get": _get("GetAccountsAccount", {"type": "object"}),
        },
        "/v1/accounts/{account}/persons": {
            "parameters": [_path_param("account")],
            "get": _get(
                "GetAccountsAccountPersons", {"type": "array", "items": PERSON}
            ),
        },
        "/v1/accounts/{account}/persons/{person}": {
            "parameters": [_path_param("account"), _path_param("person")],
            "get": _get("GetAccountsAccountPersonsPerson", PERSON),
        },
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("acct")
    spec = out / "acct.json"
    spec.write_text(json.dumps(SPEC))
    result = generate_files(spec, GeneratorConfig(package_name="acct"), Diagnostics())
    write_files(out, result.files)
    return out


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc, url = start_uvicorn("accounts_app:app", HERE, interval=0.1)
    try:
        yield url
    finally:
        stop(proc)


def _run(generated: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(generated), str(ROOT)])
    return subprocess.run(
        [sys.executable, *args],
        cwd=generated,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_client_reaches_nested_resources(generated: Path, server: str) -> None:
    script = (
        "import asyncio\n"
        "from acct import AsyncClient, Client\n"
        f"client = Client(base_url={server!r})\n"
        "print([p.name for p in client.accounts.persons.list('acct_1')])\n"
        "print(client.accounts.persons.get('acct_1', 'p2').name)\n"
        "async def main():\n"
        f"    async with AsyncClient(base_url={server!r}) as c:\n"
        "        return (await c.accounts.persons.get('acct_1', 'p1')).name\n"
        "print(asyncio.run(main()))\n"
    )
    proc = _run(generated, "-c", script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["['Ada', 'Grace']", "Grace", "Ada"]


def test_the_cli_has_nested_command_groups(generated: Path, server: str) -> None:
    proc = _run(generated, "-m", "acct.cli", "accounts", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "persons" in proc.stdout and "get" in proc.stdout
    proc = _run(
        generated,
        "-m",
        "acct.cli",
        "--base-url",
        server,
        "accounts",
        "persons",
        "get",
        "acct_1",
        "p2",
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "Grace"
