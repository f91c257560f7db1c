"""Fixtures: the functional tests' Petstore app and the chat app on 127.0.0.1, stopped by PID.

The pattern of ``tests/functional/conftest.py``: a uvicorn subprocess on a free
port, polled until it answers, and stopped with SIGTERM to its own PID.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from local_servers import start_uvicorn, stop

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "tests" / "functional"
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The server's root URL (the API lives under ``/v1``)."""
    proc, url = start_uvicorn("petstore_app:app", APP_DIR, interval=0.1)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def chat_server() -> Iterator[str]:
    """The chat app's root URL (``tests/declarative/chat_app.py``; API under ``/v1``)."""
    proc, url = start_uvicorn("chat_app:app", HERE, interval=0.1)
    try:
        yield url
    finally:
        stop(proc)


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
