"""Fixtures: the committed Akeneo client, a FastAPI fake and Stoplight Prism.

Both servers run as subprocesses on 127.0.0.1 (free ports) and are stopped by PID.
Prism mocks the *cleaned* document (the spec with ``specs/akeneo/clientsmith.yaml``
applied), written to a temporary file: it cannot load the raw spec's bogus media
types.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from akeneo_support import control

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = ROOT / "specs" / "akeneo" / "akeneo.json"
CONFIG = ROOT / "specs" / "akeneo" / "clientsmith.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

GENERATED = str(ROOT / "generated" / "akeneo")
if GENERATED not in sys.path:
    sys.path.insert(0, GENERATED)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
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


def _wait(
    proc: subprocess.Popen[bytes],
    url: str,
    what: str,
    timeout: float,
    log: Path | None = None,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            if log is not None:
                err = log.read_text(errors="replace")
            else:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"{what} exited early: {err[-2000:]}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    _stop(proc)
    raise RuntimeError(f"{what} did not answer on {url} within {timeout} s")


@pytest.fixture(scope="session")
def fake_url() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "fake_akeneo:app",
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
    _wait(proc, url + "/_seen", "the Akeneo fake (uvicorn)", 30)
    try:
        yield url
    finally:
        _stop(proc)


@pytest.fixture()
def fake(fake_url: str) -> str:
    """The fake's URL, with its state reset."""
    control(fake_url, "reset")
    return fake_url


def cleaned_document() -> dict[str, object]:
    """The spec as the generator sees it: ``clientsmith.yaml`` applied."""
    from clientsmith.generator.config import load_config
    from clientsmith.generator.diagnostics import Diagnostics
    from clientsmith.generator.overlay import apply_config

    document = json.loads(SPEC.read_text(encoding="utf-8"))
    return apply_config(document, load_config(CONFIG), Diagnostics())


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM.exists() or shutil.which("node") is None:
        message = (
            f"Stoplight Prism is not installed ({PRISM} missing, or no node): "
            "run `npm install` in the repository root"
        )
        if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
            pytest.skip(message)
        pytest.fail(message)
    directory = tmp_path_factory.mktemp("prism")
    spec = directory / "akeneo-cleaned.json"
    spec.write_text(json.dumps(cleaned_document()), encoding="utf-8")
    log = directory / "prism.log"
    port = free_port()
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    url = f"http://127.0.0.1:{port}"
    _wait(proc, url + "/api/rest/v1/system-information", "Prism", 120, log)
    try:
        yield url
    finally:
        _stop(proc)
