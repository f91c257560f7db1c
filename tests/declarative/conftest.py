"""Fixtures: the functional tests' Petstore app and the chat app on 127.0.0.1, stopped by PID.

The pattern of ``tests/functional/conftest.py``: a uvicorn subprocess on a free
port, polled until it answers, and stopped with SIGTERM to its own PID.
"""

from __future__ import annotations

import importlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "tests" / "functional"
HERE = Path(__file__).resolve().parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(app: str, app_dir: Path = APP_DIR) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
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
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"{app} exited: {err}")
        try:
            httpx.get(url + "/_seen", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    _stop(proc)
    raise RuntimeError(f"{app} did not start on {url}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        proc.kill()
        proc.wait(timeout=10)
    if proc.stderr is not None:
        proc.stderr.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The server's root URL (the API lives under ``/v1``)."""
    proc, url = _start("petstore_app:app")
    try:
        yield url
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def chat_server() -> Iterator[str]:
    """The chat app's root URL (``tests/declarative/chat_app.py``; API under ``/v1``)."""
    proc, url = _start("chat_app:app", HERE)
    try:
        yield url
    finally:
        _stop(proc)


def _example(name: str) -> Iterator[ModuleType]:
    path = str(ROOT / "examples")
    sys.path.insert(0, path)
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(path)


@pytest.fixture(scope="session")
def example() -> Iterator[ModuleType]:
    """``examples/handwritten_client.py``, imported."""
    yield from _example("handwritten_client")


@pytest.fixture(scope="session")
def chat_example() -> Iterator[ModuleType]:
    """``examples/chat_client.py``, imported."""
    yield from _example("chat_client")
