"""Fixtures: real servers on 127.0.0.1, started as subprocesses, stopped by PID."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import local_servers
import pytest
from local_servers import stop

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def start_uvicorn(app: str, app_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``app`` under uvicorn on a free port, answering ``/_seen``."""
    return local_servers.start_uvicorn(app, app_dir, interval=0.1)


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


@pytest.fixture(scope="module")
def streaming_server() -> Iterator[str]:
    """``streaming_app.py``: slow, huge, NDJSON and SSE bodies for raw/streamed responses."""
    proc, url = start_uvicorn("streaming_app:app", HERE)
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
