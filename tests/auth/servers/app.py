"""A FastAPI app that plays the servers the auth tests need, on loopback.

* Akeneo-style OAuth: ``POST /api/oauth/v1/token`` with Basic client auth and a
  JSON body (password and refresh_token grants, rotating refresh tokens, errors as
  ``{"code": .., "message": ..}``), protecting ``GET /api/rest/v1/products``;
* form login: ``POST /login`` sets a session cookie, ``GET /account`` redirects to
  ``/login`` without a valid session;
* HMAC signing: ``POST /signed`` verifies signatures independently;
* control: ``/__reset``, ``/__control`` and ``/__stats`` (token request counts).

Run with ``uvicorn app:app --app-dir tests/auth/servers``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

CLIENT_ID = "1_akeneo"
CLIENT_SECRET = "akeneo-secret"
USERNAME = "admin"
PASSWORD = "admin-pw"
SIGNING_KEYS = {"key-1": b"signing-secret"}

app = FastAPI()
ids = itertools.count(1)


class State:
    def __init__(self, **settings: Any) -> None:
        self.access_ttl: int = int(settings.get("access_ttl", 3600))
        self.token_delay: float = float(settings.get("token_delay", 0.0))
        self.access: set[str] = set()
        self.refresh: set[str] = set()
        self.sessions: set[str] = set()
        self.stats: dict[str, Any] = {
            "token_requests": 0,
            "by_grant": {},
            "logins": 0,
            "api_requests": 0,
            "unauthorized": 0,
        }


state = State()


@app.post("/__reset")
async def reset(request: Request) -> dict[str, bool]:
    global state
    body = await request.body()
    state = State(**(json.loads(body) if body else {}))
    return {"ok": True}


@app.post("/__control")
async def control(request: Request) -> dict[str, bool]:
    changes = await request.json()
    if changes.get("expire_access"):
        state.access.clear()
    if changes.get("expire_refresh"):
        state.refresh.clear()
    if changes.get("expire_sessions"):
        state.sessions.clear()
    if "token_delay" in changes:
        state.token_delay = float(changes["token_delay"])
    return {"ok": True}


@app.get("/__stats")
async def stats() -> dict[str, Any]:
    return state.stats


def akeneo_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"code": status, "message": message}, status_code=status)


def issue() -> dict[str, Any]:
    n = next(ids)
    access, refresh = f"acc-{n}", f"ref-{n}"
    state.access.add(access)
    state.refresh.add(refresh)
    return {
        "access_token": access,
        "expires_in": state.access_ttl,
        "token_type": "bearer",
        "scope": None,
        "refresh_token": refresh,
    }


@app.post("/api/oauth/v1/token")
async def token(request: Request) -> Response:
    state.stats["token_requests"] += 1
    if state.token_delay:
        # Widens the window in which concurrent requests could race for a token.
        await asyncio.sleep(state.token_delay)
    header = request.headers.get("authorization", "")
    if not header.startswith("Basic "):
        return akeneo_error(401, "Client authentication required (Basic)")
    user, _, secret = base64.b64decode(header[6:]).decode().partition(":")
    if (user, secret) != (CLIENT_ID, CLIENT_SECRET):
        return akeneo_error(422, "Invalid client credentials")
    if not request.headers.get("content-type", "").startswith("application/json"):
        return akeneo_error(400, "JSON body expected")
    body = await request.json()
    grant = body.get("grant_type")
    by_grant = state.stats["by_grant"]
    by_grant[grant] = by_grant.get(grant, 0) + 1
    if grant == "password":
        if (body.get("username"), body.get("password")) != (USERNAME, PASSWORD):
            return akeneo_error(
                422, "No user found for the given username and password"
            )
        state.stats["logins"] += 1
        return JSONResponse(issue())
    if grant == "refresh_token":
        presented = body.get("refresh_token")
        if presented not in state.refresh:
            return akeneo_error(422, "Refresh token is invalid or has expired")
        state.refresh.discard(presented)  # rotation: single use
        return JSONResponse(issue())
    return akeneo_error(422, f"Unsupported grant type {grant!r}")


@app.get("/api/rest/v1/products")
async def products(request: Request) -> Response:
    state.stats["api_requests"] += 1
    header = request.headers.get("authorization", "")
    if header.startswith("Bearer ") and header[7:] in state.access:
        return JSONResponse({"items": [{"identifier": "sku-1"}]})
    state.stats["unauthorized"] += 1
    return akeneo_error(401, "The access token provided is invalid.")


# -- form login ------------------------------------------------------------------


@app.get("/login")
async def login_page() -> HTMLResponse:
    return HTMLResponse("<form method=post>login</form>")


@app.post("/login")
async def login(request: Request) -> Response:
    form = dict(parse_qsl((await request.body()).decode()))
    if (form.get("username"), form.get("password")) != (USERNAME, PASSWORD):
        return RedirectResponse("/login?error=1", status_code=303)
    state.stats["logins"] += 1
    sid = f"sess-{next(ids)}"
    state.sessions.add(sid)
    response = RedirectResponse("/account", status_code=303)
    response.set_cookie("session", sid, httponly=True, samesite="lax")
    return response


@app.get("/account")
async def account(request: Request) -> Response:
    state.stats["api_requests"] += 1
    if request.cookies.get("session") in state.sessions:
        return JSONResponse({"user": USERNAME, "session": request.cookies["session"]})
    return RedirectResponse("/login", status_code=302)


# -- HMAC signing -----------------------------------------------------------------


def parse_signature(header: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in header.removeprefix("Signature ").split(","):
        name, _, value = part.partition("=")
        fields[name.strip()] = value.strip().strip('"')
    return fields


@app.post("/signed")
async def signed(request: Request) -> Response:
    body = await request.body()
    fields = parse_signature(request.headers.get("authorization", ""))
    secret = SIGNING_KEYS.get(fields.get("keyId", ""))
    if secret is None or fields.get("algorithm") != "hmac-sha256":
        return JSONResponse({"error": "unknown key"}, status_code=401)
    digest = "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()
    if request.headers.get("digest") != digest:
        return JSONResponse({"error": "digest mismatch"}, status_code=401)
    signed_at = time.mktime(
        time.strptime(request.headers["x-date"], "%Y-%m-%dT%H:%M:%SZ")
    )
    if abs(signed_at - time.mktime(time.gmtime())) > 300:
        return JSONResponse({"error": "stale signature"}, status_code=401)
    lines = []
    for name in fields["headers"].split():
        if name == "(request-target)":
            target = request.url.path + (
                f"?{request.url.query}" if request.url.query else ""
            )
            lines.append(f"(request-target): {request.method.lower()} {target}")
        else:
            lines.append(f"{name}: {request.headers[name]}")
    expected = base64.b64encode(
        hmac.new(secret, "\n".join(lines).encode(), hashlib.sha256).digest()
    ).decode()
    if not hmac.compare_digest(expected, fields.get("signature", "")):
        return JSONResponse({"error": "bad signature"}, status_code=401)
    return JSONResponse({"verified": True, "key": fields["keyId"]})
