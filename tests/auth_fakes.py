"""In-process fakes shared by the auth tests (no sockets)."""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx


class FakeClock:
    """A clock the tests move by hand, so nothing depends on real time."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def parse_body(request: httpx.Request) -> dict[str, str]:
    """Decode a form or JSON request body."""
    content = request.content
    if request.headers.get("content-type", "").startswith("application/json"):
        return dict(json.loads(content))
    return dict(parse_qsl(content.decode()))


def basic_credentials(request: httpx.Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    if not header.startswith("Basic "):
        return None
    user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    return user, password


@dataclass
class FakeOAuthServer:
    """An in-process token endpoint and API for ``httpx.MockTransport``.

    Issues ``access-N`` / ``refresh-N`` tokens, rotates refresh tokens (a used one
    is no longer valid) and answers the API with 401 for unknown tokens.
    """

    client_id: str = "cid"
    client_secret: str = "csecret"
    username: str = "alice"
    password: str = "pw"
    expires_in: int | None = 60
    issue_refresh: bool = True
    token_path: str = "/oauth/token"
    token_requests: list[dict[str, str]] = field(default_factory=list)
    token_request_objects: list[httpx.Request] = field(default_factory=list)
    api_requests: list[httpx.Request] = field(default_factory=list)
    access: set[str] = field(default_factory=set)
    refresh: set[str] = field(default_factory=set)
    counter: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def issue(self, *, refresh: bool) -> dict[str, Any]:
        self.counter += 1
        body: dict[str, Any] = {
            "access_token": f"access-{self.counter}",
            "token_type": "bearer",
        }
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        self.access.add(body["access_token"])
        if refresh:
            body["refresh_token"] = f"refresh-{self.counter}"
            self.refresh.add(body["refresh_token"])
        return body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.url.path == self.token_path:
                return self.token(request)
            self.api_requests.append(request)
            header = request.headers.get("authorization", "")
            if header.startswith("Bearer ") and header[7:] in self.access:
                return httpx.Response(200, json={"ok": True, "token": header[7:]})
            return httpx.Response(401, json={"error": "unauthorized"})

    def token(self, request: httpx.Request) -> httpx.Response:
        body = parse_body(request)
        self.token_requests.append(body)
        self.token_request_objects.append(request)
        creds = basic_credentials(request) or (
            body.get("client_id", request.url.params.get("client_id", "")),
            body.get("client_secret", request.url.params.get("client_secret", "")),
        )
        if creds != (self.client_id, self.client_secret):
            return httpx.Response(401, json={"error": "invalid_client"})
        grant = body.get("grant_type")
        if grant == "client_credentials":
            return httpx.Response(200, json=self.issue(refresh=False))
        if grant == "password":
            if (body.get("username"), body.get("password")) != (
                self.username,
                self.password,
            ):
                return httpx.Response(
                    400,
                    json={"error": "invalid_grant", "error_description": "bad login"},
                )
            return httpx.Response(200, json=self.issue(refresh=self.issue_refresh))
        if grant == "refresh_token":
            token = body.get("refresh_token", "")
            if token not in self.refresh:
                return httpx.Response(
                    400,
                    json={
                        "error": "invalid_grant",
                        "error_description": "refresh token expired",
                    },
                )
            self.refresh.discard(token)  # rotation: single use
            return httpx.Response(200, json=self.issue(refresh=True))
        return httpx.Response(400, json={"error": "unsupported_grant_type"})

    def expire_all_access(self) -> None:
        self.access.clear()

    def expire_all_refresh(self) -> None:
        self.refresh.clear()


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as sent (auth flows may resend and mutate the original)."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.read(),
    )


def recording_transport(
    status: int = 200,
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering ``status`` that records snapshots of what it got."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(snapshot(request))
        return httpx.Response(status)

    return httpx.MockTransport(handler), seen
