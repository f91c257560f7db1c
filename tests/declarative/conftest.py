"""Fixtures: the functional tests' Petstore app on 127.0.0.1, stopped by PID.

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


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The server's root URL (the API lives under ``/v1``)."""
    proc, url = start_uvicorn("petstore_app:app", APP_DIR, interval=0.1)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def example() -> Iterator[ModuleType]:
    """``examples/handwritten_client.py``, imported."""
    path = str(ROOT / "examples")
    sys.path.insert(0, path)
    try:
        yield importlib.import_module("handwritten_client")
    finally:
        sys.path.remove(path)
