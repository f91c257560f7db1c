"""A small chat API for the declarative examples: nested resources, NDJSON and SSE.

Teams hold channels, channels hold messages. Messages are listed as NDJSON
(``application/x-ndjson``, one message per line, sent as they are produced),
imported from an NDJSON body, and followed as Server-Sent Events. Every route
but ``/_seen`` needs ``X-API-Key: secret-key``; ``/_seen`` records what came in.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

app = FastAPI()
API_KEY = "secret-key"
TEAMS: dict[str, dict[str, Any]] = {
    "core": {"id": "core", "name": "Core team", "channels": ["general", "random"]},
    "ops": {"id": "ops", "name": "Operations", "channels": ["alerts"]},
}
MESSAGES: dict[tuple[str, str], list[dict[str, Any]]] = {
    ("core", "general"): [
        {"id": i, "author": "ana" if i % 2 else "bo", "text": f"message {i}"}
        for i in range(1, 6)
    ],
    ("core", "random"): [],
    ("ops", "alerts"): [{"id": 1, "author": "pager", "text": "disk full"}],
}
SEEN: list[dict[str, Any]] = []


def _record(request: Request, **extra: Any) -> None:
    SEEN.append(
        {
            "method": request.method,
            "path": request.url.path,
            "query": str(request.url.query),
            "accept": request.headers.get("accept"),
            "content_type": request.headers.get("content-type"),
            "api_key": request.headers.get("x-api-key"),
            **extra,
        }
    )


def _denied(request: Request) -> JSONResponse | None:
    if request.headers.get("x-api-key") != API_KEY:
        return JSONResponse({"message": "bad api key"}, status_code=401)
    return None


def _channel(team_id: str, channel_id: str) -> list[dict[str, Any]] | JSONResponse:
    found = MESSAGES.get((team_id, channel_id))
    if found is None:
        return JSONResponse(
            {"message": f"no channel {team_id}/{channel_id}"}, status_code=404
        )
    return found


@app.get("/_seen")
def seen() -> list[dict[str, Any]]:
    return SEEN


@app.get("/v1/me")
def me(request: Request) -> Response:
    _record(request)
    return _denied(request) or JSONResponse({"name": "example"})


@app.get("/v1/teams/{team_id}")
def team(team_id: str, request: Request) -> Response:
    _record(request)
    if denied := _denied(request):
        return denied
    if team_id not in TEAMS:
        return JSONResponse({"message": f"no team {team_id}"}, status_code=404)
    return JSONResponse({k: v for k, v in TEAMS[team_id].items() if k != "channels"})


@app.get("/v1/teams/{team_id}/channels")
def channels(team_id: str, request: Request) -> Response:
    _record(request)
    if denied := _denied(request):
        return denied
    names = TEAMS.get(team_id, {}).get("channels", [])
    return JSONResponse([{"id": name, "team_id": team_id} for name in names])


@app.get("/v1/teams/{team_id}/channels/{channel_id}/messages")
def messages(
    team_id: str, channel_id: str, request: Request, author: str | None = None
) -> Response:
    _record(request)
    if denied := _denied(request):
        return denied
    found = _channel(team_id, channel_id)
    if isinstance(found, JSONResponse):
        return found

    async def lines() -> AsyncIterator[bytes]:
        for message in found:
            if author is None or message["author"] == author:
                yield json.dumps(message).encode() + b"\n"
                await asyncio.sleep(0.01)  # sent one by one, as produced

    return StreamingResponse(lines(), media_type="application/x-ndjson")


@app.post("/v1/teams/{team_id}/channels/{channel_id}/messages")
async def import_messages(team_id: str, channel_id: str, request: Request) -> Response:
    """NDJSON in (one new message a line), NDJSON out (one result a line)."""
    body = (await request.body()).decode()
    _record(request, body=body)
    if denied := _denied(request):
        return denied
    found = _channel(team_id, channel_id)
    if isinstance(found, JSONResponse):
        return found
    results = []
    for line in body.splitlines():
        if not line.strip():
            continue
        new = json.loads(line)
        message = {"id": len(found) + 1, **new}
        found.append(message)
        results.append({"id": message["id"], "status": "created"})
    return Response(
        "".join(json.dumps(r) + "\n" for r in results),
        media_type="application/x-ndjson",
    )


@app.get("/v1/teams/{team_id}/channels/{channel_id}/events")
def events(team_id: str, channel_id: str, request: Request) -> Response:
    """The channel's messages as Server-Sent Events, with a comment and a ping."""
    _record(request)
    if denied := _denied(request):
        return denied
    found = _channel(team_id, channel_id)
    if isinstance(found, JSONResponse):
        return found

    async def stream() -> AsyncIterator[str]:
        yield ": connected\n\n"
        for message in found:
            yield f"event: message\nid: {message['id']}\ndata: {json.dumps(message)}\n\n"
            await asyncio.sleep(0.01)
        yield "event: ping\n\n"

    return StreamingResponse(stream(), media_type="text/event-stream")
