"""Handles on the real test servers the fixtures in ``tests/auth/conftest.py`` start."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest


def require_oauth2_mock_server(repo: Path) -> str:
    """Return the ``node`` executable, or stop the test if the server is missing.

    CI installs the node modules, so a missing install fails loudly; a developer
    without node can opt into skipping with ``CLIENTSMITH_ALLOW_SKIP=1``.
    """
    node = shutil.which("node")
    if node is not None and (repo / "node_modules" / "oauth2-mock-server").is_dir():
        return node
    message = (
        "oauth2-mock-server is not installed: run `npm install` in the repository "
        "root (node 18+ required), or set CLIENTSMITH_ALLOW_SKIP=1 to skip"
    )
    if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
        pytest.skip(message)
    pytest.fail(message)


@dataclass
class MockOAuthServer:
    """The node oauth2-mock-server started by ``tests/auth/servers/oauth2_mock_server.js``."""

    base_url: str
    client_id: str
    client_secret: str
    token_ttl: int

    @property
    def token_url(self) -> str:
        return self.base_url + "/token"

    @property
    def authorization_url(self) -> str:
        return self.base_url + "/authorize"

    def stats(self) -> dict[str, Any]:
        return dict(httpx.get(self.base_url + "/__stats").json())


@dataclass
class AppServer:
    """The FastAPI test app (``tests/auth/servers/app.py``) under uvicorn."""

    base_url: str

    def reset(self, **settings: Any) -> None:
        httpx.post(self.base_url + "/__reset", json=settings).raise_for_status()

    def stats(self) -> dict[str, Any]:
        return dict(httpx.get(self.base_url + "/__stats").json())

    def control(self, **changes: Any) -> None:
        httpx.post(self.base_url + "/__control", json=changes).raise_for_status()
