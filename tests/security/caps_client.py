"""Run one client call against the hostile server and report, as JSON, how it ended.

``python caps_client.py BASE_URL SCENARIO [sync|async] [LIMITS_JSON]``

Runs in its own process so that peak memory (``ru_maxrss``) belongs to this
call alone; the address space is capped at 2 GiB so a regression fails the
test with a MemoryError instead of taking the machine's memory.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from typing import Any

resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

import anyio  # noqa: E402, F401  (loaded before the baseline, as a running client would)
import httpx  # noqa: E402
import pydantic  # noqa: E402, F401

import clientsmith  # noqa: E402
from clientsmith import Operation, Response, ResponseLimits  # noqa: E402

OPERATIONS: dict[str, tuple[Operation[Any], str]] = {
    "bomb": (Operation("GET", "/bomb", responses={"200": Response("json")}), "request"),
    "bomb-deflate": (
        Operation("GET", "/bomb-deflate", responses={"200": Response("json")}),
        "request",
    ),
    "bomb-download": (
        Operation("GET", "/bomb", responses={"200": Response("binary")}),
        "download",
    ),
    "endless": (
        Operation("GET", "/endless", responses={"200": Response("json")}),
        "request",
    ),
    "declared-huge": (
        Operation("GET", "/declared-huge", responses={"200": Response("json")}),
        "request",
    ),
    "sse-endless": (
        Operation("GET", "/sse-endless", responses={"200": Response("sse")}),
        "events",
    ),
    "ndjson-giant": (
        Operation("GET", "/ndjson-giant", responses={"200": Response("ndjson")}),
        "lines",
    ),
    "gzip-json": (
        Operation("GET", "/gzip-json", responses={"200": Response("json")}),
        "request",
    ),
    "sse": (Operation("GET", "/sse", responses={"200": Response("sse")}), "events"),
}


def _summary(result: Any) -> Any:
    if isinstance(result, list):
        return {"items": len(result), "first": result[0] if result else None}
    return repr(result)[:100]


def run_sync(client: clientsmith.Client, op: Operation[Any], how: str) -> Any:
    if how == "request":
        return _summary(client.request(op))
    if how == "download":
        with client.stream(op) as download:
            return sum(len(c) for c in download.iter_bytes())
    if how == "events":
        return [e.data[:20] for e in client.stream_events(op)]
    return [repr(line)[:40] for line in client.stream_lines(op)]


async def run_async(
    client: clientsmith.AsyncClient, op: Operation[Any], how: str
) -> Any:
    if how == "request":
        return _summary(await client.request(op))
    if how == "download":
        async with await client.stream(op) as download:
            return sum([len(c) async for c in download.iter_bytes()])
    if how == "events":
        return [e.data[:20] async for e in client.stream_events(op)]
    return [repr(line)[:40] async for line in client.stream_lines(op)]


def main() -> None:
    base_url, scenario = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "sync"
    limits = ResponseLimits(**json.loads(sys.argv[4])) if len(sys.argv) > 4 else None
    op, how = OPERATIONS[scenario]
    timeout = httpx.Timeout(30.0)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out: dict[str, Any] = {}
    try:
        if mode == "sync":
            with clientsmith.Client(
                base_url=base_url, retry=None, timeout=timeout, response_limits=limits
            ) as client:
                out["result"] = run_sync(client, op, how)
        else:

            async def go() -> Any:
                async with clientsmith.AsyncClient(
                    base_url=base_url,
                    retry=None,
                    timeout=timeout,
                    response_limits=limits,
                ) as client:
                    return await run_async(client, op, how)

            out["result"] = asyncio.run(go())
    except clientsmith.APIError as exc:
        out["error"] = type(exc).__name__
        out["message"] = str(exc)
        out["limit_name"] = getattr(exc, "limit_name", None)
        out["limit"] = getattr(exc, "limit", None)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["peak_growth_mib"] = (peak - baseline) / 1024  # ru_maxrss is KiB on Linux
    print(json.dumps(out))


if __name__ == "__main__":
    main()
