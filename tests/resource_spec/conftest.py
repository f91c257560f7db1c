"""Fixtures: the CloudConnexa client generated from its resource spec, and real
servers on 127.0.0.1 (a FastAPI fake under uvicorn, Stoplight Prism) started as
subprocesses and stopped by PID."""

from __future__ import annotations

import importlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from resource_spec_helpers import require_prism

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.resource_spec import load_resource_spec
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = ROOT / "specs" / "cloudconnexa.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def wait_until_up(
    proc: subprocess.Popen[bytes],
    url: str,
    what: str,
    timeout: float = 60,
    log: Path | None = None,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            if log is not None:
                err = log.read_text(errors="replace")
            else:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}: {err[-2000:]}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"{what} did not answer on {url} within {timeout}s")


@pytest.fixture(scope="session")
def openapi_document() -> dict[str, Any]:
    return load_resource_spec(SPEC, Diagnostics())


@pytest.fixture(scope="session")
def cloudconnexa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The CloudConnexa package generated fresh from the spec (the normal
    ``load_spec`` path, which compiles resource specs), then imported."""
    diagnostics = Diagnostics()
    result = generate_files(SPEC, GeneratorConfig(), diagnostics, strict=True)
    out = tmp_path_factory.mktemp("cloudconnexa")
    write_files(out, result.files, force=True)
    package = result.package.package
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        for name in [
            m for m in sys.modules if m == package or m.startswith(package + ".")
        ]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def fake_server() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "cloudconnexa_fake:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--app-dir",
            str(HERE),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, url + "/_seen", "the CloudConnexa fake")
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def prism_server(
    openapi_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Prism mocking the OpenAPI document exported from the resource spec."""
    require_prism(PRISM)
    spec_file = tmp_path_factory.mktemp("prism") / "cloudconnexa.openapi.json"
    spec_file.write_text(json.dumps(openapi_document), encoding="utf-8")
    port = free_port()
    # Prism logs every request; a file (not a pipe) can never fill up and block it.
    log = (spec_file.parent / "prism.log").open("wb")
    proc = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=str(ROOT),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(
            proc, url + "/regions", "Prism", log=spec_file.parent / "prism.log"
        )
        yield url
    finally:
        stop(proc)
        log.close()
