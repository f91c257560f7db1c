"""Every ```python block of docs/auth.md runs, against a stand-in server.

``py`` blocks are illustrations and are not run.
"""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from typing import Any

import httpx
import pytest

DOC = Path(__file__).parent.parent.parent / "docs" / "auth.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", DOC.read_text(), flags=re.S | re.M)


CREDENTIAL_HEADERS = ("authorization", "x-api-key", "cookie", "x-shop-signature")


def carries_credentials(request: httpx.Request) -> bool:
    return any(h in request.headers for h in CREDENTIAL_HEADERS) or (
        "api_key" in request.url.params or "client_secret" in request.url.params
    )


def stand_in(request: httpx.Request) -> httpx.Response:
    """Accepts every credential: the examples are about the client side."""
    path = request.url.path
    if request.method == "POST" and path.endswith("/token"):
        return httpx.Response(
            200,
            json={
                "access_token": "doc-access",
                "token_type": "bearer",
                "expires_in": 3600,
                "refresh_token": "doc-refresh",
            },
        )
    if request.method == "POST" and path == "/login":
        return httpx.Response(
            303, headers={"Location": "/account", "Set-Cookie": "sid=doc; Path=/"}
        )
    return httpx.Response(200, json={})


def fake_browser(url: str) -> bool:
    """The user approves at once: the server redirects to the loopback receiver."""
    params = httpx.URL(url).params
    target = httpx.URL(params["redirect_uri"]).copy_merge_params(
        {"code": "doc-code", "state": params["state"]}
    )
    with urllib.request.urlopen(str(target), timeout=10) as answer:  # noqa: S310
        answer.read()
    return True


def test_the_guide_has_examples() -> None:
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_example_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    original = httpx.Client.__init__
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return stand_in(request)

    def client_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("transport", httpx.MockTransport(record))
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", client_init)
    monkeypatch.setattr("webbrowser.open", fake_browser)
    monkeypatch.delenv("CLIENTSMITH_STORE_KEY", raising=False)
    exec(compile(code, str(DOC), "exec"), {"__name__": "__doc_example__"})
    if "httpx.Client(" in code:
        # Every example that sends requests authenticates at least one of them.
        assert seen and any(carries_credentials(r) for r in seen)
