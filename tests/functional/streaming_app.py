"""A FastAPI server for raw and streamed responses, served on loopback for tests.

It answers the paths of two committed golden clients: Akeneo's nested
``families.variants`` resource (a paginated list, an NDJSON batch, one
variant) and the 3.1 library's Server-Sent Events (``/events``). Two variants
are special: ``slow`` sends the start of its body, then waits until a test
posts ``/_release`` (the body cannot have been read before the response was
handed over), and ``huge`` streams 8 MiB (a client that leaves early must
release its connection).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

app = FastAPI()
TOKEN = "t0k"
VARIANTS = [
    {"code": f"v{i}", "variant_attribute_sets": [{"axes": ["size"], "level": 1}]}
    for i in range(1, 6)
]
STATE: dict[str, Any] = {"slow_finished": None, "seen": []}
_GATE: list[asyncio.Event] = []


def _gate() -> asyncio.Event:
    # Created in the server's own event loop, on first use.
    if not _GATE:
        _GATE.append(asyncio.Event())
    return _GATE[0]


def _denied(request: Request) -> JSONResponse | None:
    STATE["seen"].append(f"{request.method} {request.url.path}?{request.url.query}")
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return JSONResponse({"code": 401, "message": "bad token"}, status_code=401)
    return None


@app.get("/_state")
def state() -> dict[str, Any]:
    return STATE


@app.post("/_release")
def release() -> dict[str, str]:
    _gate().set()
    return {"released": "yes"}


@app.post("/_reset")
def reset() -> dict[str, str]:
    _gate().clear()
    STATE.update(slow_finished=None, seen=[])
    return {"reset": "yes"}


@app.get("/api/rest/v1/families/{family}/variants")
def list_variants(family: str, request: Request, page: int = 1) -> Response:
    if (denied := _denied(request)) is not None:
        return denied
    limit = int(request.query_params.get("limit", "2"))
    chunk = VARIANTS[(page - 1) * limit : page * limit]
    body: dict[str, Any] = {"_embedded": {"items": chunk}, "_links": {}}
    if page * limit < len(VARIANTS):
        url = request.url.include_query_params(page=page + 1)
        body["_links"]["next"] = {"href": str(url)}
    return JSONResponse(body, headers={"x-page": str(page)})


async def _slow_body() -> AsyncIterator[bytes]:
    STATE["slow_finished"] = False
    yield b'{"code": "slow", '
    try:
        await asyncio.wait_for(_gate().wait(), 15)
    except TimeoutError:
        pass
    yield b'"variant_attribute_sets": [{"axes": ["size"], "level": 1}]}'
    STATE["slow_finished"] = True


async def _huge_body() -> AsyncIterator[bytes]:
    yield b'{"code": "huge", "labels": {"en_US": "'
    for _ in range(128):
        yield b"x" * 65536
        await asyncio.sleep(0)
    yield b'"}, "variant_attribute_sets": []}'


@app.get("/api/rest/v1/families/{family}/variants/{code}")
def get_variant(family: str, code: str, request: Request) -> Response:
    if (denied := _denied(request)) is not None:
        return denied
    if code == "slow":
        return StreamingResponse(_slow_body(), media_type="application/json")
    if code == "huge":
        return StreamingResponse(_huge_body(), media_type="application/json")
    found = [v for v in VARIANTS if v["code"] == code]
    if not found:
        message = f"variant {code} of {family} does not exist"
        return JSONResponse({"code": 404, "message": message}, status_code=404)
    return JSONResponse(found[0], headers={"x-family": family})


@app.patch("/api/rest/v1/families/{family}/variants")
async def upsert_variants(family: str, request: Request) -> Response:
    if (denied := _denied(request)) is not None:
        return denied
    lines = [line for line in (await request.body()).splitlines() if line.strip()]

    async def results() -> AsyncIterator[bytes]:
        for number, line in enumerate(lines, 1):
            code = json.loads(line)["code"]
            result = {"line": number, "code": code, "status_code": 204}
            yield json.dumps(result).encode() + b"\n"

    return StreamingResponse(
        results(), media_type="application/vnd.akeneo.collection+json"
    )


@app.get("/events")
def events() -> Response:
    async def stream() -> AsyncIterator[bytes]:
        yield b"data: first\n\n"
        yield b"event: update\ndata: second\nid: 2\n\n"

    return StreamingResponse(stream(), media_type="text/event-stream")
