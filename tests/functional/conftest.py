"""Fixtures: real servers on 127.0.0.1, started as subprocesses, stopped by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_uvicorn(app: str, app_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            app,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--app-dir",
            str(app_dir),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{app} exited: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            httpx.get(url + "/_seen", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"{app} did not start on {url}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        proc.kill()
    if proc.stderr is not None:
        proc.stderr.close()


@pytest.fixture(scope="module")
def petstore_server() -> Iterator[str]:
    proc, url = start_uvicorn("petstore_app:app", HERE)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def media_server() -> Iterator[str]:
    """``media_app.py``: off-spec data and several media types."""
    proc, url = start_uvicorn("media_app:app", HERE)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def pagination_server() -> Iterator[str]:
    """``pagination_app.py``: lists paging like Slack, DigitalOcean, Twilio..."""
    proc, url = start_uvicorn("pagination_app:app", HERE)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def generated_path() -> Iterator[None]:
    """Make the committed generated packages importable."""
    added = [
        str(ROOT / "generated" / name)
        for name in ("petstore", "library-3.1", "inventory-swagger2")
    ]
    sys.path[:0] = added
    try:
        yield
    finally:
        for p in added:
            sys.path.remove(p)
