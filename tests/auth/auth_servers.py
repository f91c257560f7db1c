"""Handles on the real test servers the fixtures in ``conftest.py`` start."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class MockOAuthServer:
    """The node oauth2-mock-server started by ``servers/oauth2_mock_server.js``."""

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
    """The FastAPI test app (``servers/app.py``) under uvicorn."""

    base_url: str

    def reset(self, **settings: Any) -> None:
        httpx.post(self.base_url + "/__reset", json=settings).raise_for_status()

    def stats(self) -> dict[str, Any]:
        return dict(httpx.get(self.base_url + "/__stats").json())

    def control(self, **changes: Any) -> None:
        httpx.post(self.base_url + "/__control", json=changes).raise_for_status()
