"""A small FastAPI app the runtime tests talk to over real sockets.

Run as ``python _server_app.py PORT``. Behaviour is keyed by a path ``key`` so
tests do not interfere: ``/flaky/{key}`` fails N times before answering,
``/drop/{key}`` drops the connection N times, ``/count/{key}`` reports how
many calls a key has seen. ``/pages/{style}`` serves every pagination style
over ``TOTAL`` items.
"""

from __future__ import annotations

import asyncio
import collections
import sys
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

TOTAL = 53
app = FastAPI()
calls: collections.Counter[str] = collections.Counter()


def item(i: int) -> dict[str, Any]:
    return {"id": i, "name": f"pet-{i}"}


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/count/{key}")
async def count(key: str) -> dict[str, int]:
    return {"calls": calls[key]}


@app.api_route("/flaky/{key}", methods=["GET", "POST"])
async def flaky(
    key: str, fails: int = 2, status: int = 503, retry_after: str | None = None
) -> Response:
    calls[key] += 1
    if calls[key] <= fails:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return JSONResponse({"error": "try later"}, status_code=status, headers=headers)
    return JSONResponse(item(calls[key]))


@app.get("/stall")
async def stall(seconds: float = 2.0) -> dict[str, str]:
    await asyncio.sleep(seconds)
    return {"status": "late"}


@app.get("/auth-echo")
async def auth_echo(request: Request) -> dict[str, str | None]:
    return {"authorization": request.headers.get("authorization")}


async def drop_app(scope: Scope, receive: Receive, send: Send) -> None:
    """Raw ASGI: announce a body, send half of it, then die (the server drops the socket)."""
    key = scope["path"].rsplit("/", 1)[-1]
    fails = int(
        dict(p.split("=") for p in scope["query_string"].decode().split("&") if p).get(
            "fails", "1"
        )
    )
    calls[key] += 1
    if calls[key] <= fails:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-length", b"100"),
                    (b"content-type", b"application/json"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b'{"id":', "more_body": True})
        raise RuntimeError("connection dropped on purpose")
    body = b'{"id": 1, "name": "survivor"}'
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-length", str(len(body)).encode()),
                (b"content-type", b"application/json"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


app.mount("/drop", drop_app)


@app.get("/pages/hal")
async def pages_hal(page: int = 1, size: int = 10) -> dict[str, Any]:
    start = (page - 1) * size
    body: dict[str, Any] = {
        "_embedded": {
            "items": [item(i) for i in range(start, min(start + size, TOTAL))]
        },
        "_links": {},
    }
    if start + size < TOTAL:
        body["_links"]["next"] = {"href": f"/pages/hal?page={page + 1}&size={size}"}
    return body


@app.get("/pages/link")
async def pages_link(request: Request, page: int = 1, size: int = 10) -> Response:
    start = (page - 1) * size
    headers = {}
    if start + size < TOTAL:
        nxt = request.url.include_query_params(page=page + 1)
        headers["Link"] = f'<{nxt}>; rel="next", <{request.url}>; rel="self"'
    return JSONResponse(
        [item(i) for i in range(start, min(start + size, TOTAL))], headers=headers
    )


@app.get("/pages/cursor")
async def pages_cursor(cursor: int = 0, size: int = 10) -> dict[str, Any]:
    end = min(cursor + size, TOTAL)
    return {
        "data": [item(i) for i in range(cursor, end)],
        "next_cursor": str(end) if end < TOTAL else None,
    }


@app.get("/pages/has_more")
async def pages_has_more(starting_after: int = -1, size: int = 10) -> dict[str, Any]:
    start = starting_after + 1
    end = min(start + size, TOTAL)
    return {"data": [item(i) for i in range(start, end)], "has_more": end < TOTAL}


@app.get("/pages/offset")
async def pages_offset(offset: int = 0, limit: int = 10) -> dict[str, Any]:
    return {"results": [item(i) for i in range(offset, min(offset + limit, TOTAL))]}


@app.get("/pages/page")
async def pages_page(page: int = 0, size: int = 10) -> dict[str, Any]:
    start = page * size
    total_pages = -(-TOTAL // size)
    return {
        "content": [item(i) for i in range(start, min(start + size, TOTAL))],
        "page": page,
        "size": size,
        "totalPages": total_pages,
    }


@app.get("/pages/until_empty")
async def pages_until_empty(page: int = 1, size: int = 10) -> list[dict[str, Any]]:
    start = (page - 1) * size
    return [item(i) for i in range(start, min(start + size, TOTAL))]


@app.get("/ndjson")
async def ndjson(n: int = 3) -> StreamingResponse:
    async def lines() -> Any:
        for i in range(n):
            yield (f'{{"id": {i}, "name": "pet-{i}"}}\n').encode()
            await asyncio.sleep(0)

    return StreamingResponse(lines(), media_type="application/x-ndjson")


@app.get("/sse")
async def sse() -> StreamingResponse:
    async def events() -> Any:
        for i in range(3):
            yield f'event: tick\nid: {i}\ndata: {{"n": {i}}}\n\n'.encode()
            await asyncio.sleep(0)

    return StreamingResponse(events(), media_type="text/event-stream")


@app.get("/download")
async def download(size: int = 1_000_000) -> StreamingResponse:
    async def chunks() -> Any:
        sent = 0
        while sent < size:
            n = min(65536, size - sent)
            yield b"a" * n
            sent += n

    return StreamingResponse(chunks(), media_type="application/octet-stream")


if __name__ == "__main__":
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=int(sys.argv[1]),
        log_level="warning",
        lifespan="off",
        ws="none",
        http="h11",
    )
