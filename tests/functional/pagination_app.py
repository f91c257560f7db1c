"""Fake list endpoints paging the way the real APIs do (Slack, DigitalOcean,
Twilio, Stripe, Kubernetes, Vercel), for ``test_pagination_e2e.py``.

Every list holds a few items spread over several pages; each request is
recorded (``/_seen``) so the tests can check how many pages were fetched.
"""

from __future__ import annotations

import base64
from typing import Any, TypedDict

from fastapi import FastAPI, Request

app = FastAPI()
SEEN: list[dict[str, Any]] = []


@app.middleware("http")
async def record(request: Request, call_next: Any) -> Any:
    if request.url.path != "/_seen":
        SEEN.append({"path": request.url.path, "query": str(request.url.query)})
    return await call_next(request)


@app.get("/_seen")
def seen() -> list[dict[str, Any]]:
    return SEEN


@app.delete("/_seen")
def reset() -> None:
    SEEN.clear()


def _int(request: Request, name: str, default: int) -> int:
    return int(request.query_params.get(name) or default)


# -- Slack: response_metadata.next_cursor, `cursor` parameter ------------------------

CHANNELS = [
    {"id": f"C{i:03}", "name": f"chan-{i}", "is_channel": True} for i in range(7)
]


def _slack_cursor(kind: str, index: int) -> str:
    return base64.b64encode(f"{kind}:{index}".encode()).decode()


@app.get("/api/conversations.list")
def conversations_list(request: Request) -> dict[str, Any]:
    limit = _int(request, "limit", 100)
    raw = request.query_params.get("cursor")
    kind, index = ("team", 0)
    if raw:
        kind, _, text = base64.b64decode(raw).decode().partition(":")
        index = int(text)
    if kind == "gap":
        # Slack may answer with an empty page and a next cursor: follow it.
        return {
            "ok": True,
            "channels": [],
            "response_metadata": {"next_cursor": _slack_cursor("team", index)},
        }
    page = CHANNELS[index : index + limit]
    end = index + len(page)
    if end >= len(CHANNELS):
        nxt = ""
    elif index == 0:
        nxt = _slack_cursor("gap", end)
    else:
        nxt = _slack_cursor("team", end)
    return {"ok": True, "channels": page, "response_metadata": {"next_cursor": nxt}}


# -- DigitalOcean: links.pages.next (absolute URL), page/per_page ---------------------

DROPLETS = [
    {"id": 3164440 + i, "name": f"web-{i}", "status": "active"} for i in range(5)
]


@app.get("/v2/droplets")
def droplets(request: Request) -> dict[str, Any]:
    per_page = _int(request, "per_page", 20)
    page = _int(request, "page", 1)
    start = (page - 1) * per_page
    chunk = DROPLETS[start : start + per_page]
    last = (len(DROPLETS) + per_page - 1) // per_page

    def link(n: int) -> str:
        return str(request.url.include_query_params(page=n, per_page=per_page))

    pages: dict[str, str] = {}
    if page > 1:
        pages.update(first=link(1), prev=link(page - 1))
    if page < last:
        pages.update(last=link(last), next=link(page + 1))
    return {
        "droplets": chunk,
        "links": {"pages": pages},
        "meta": {"total": len(DROPLETS)},
    }


# -- Twilio: next_page_uri (relative), meta.next_page_url (absolute) ---------------------

MESSAGES = [{"sid": f"SM{i:032}", "body": f"hello {i}"} for i in range(5)]
SERVICES = [{"sid": f"IS{i:032}", "friendly_name": f"svc {i}"} for i in range(5)]


def _twilio_window(
    request: Request, items: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], int, int, str | None]:
    size = _int(request, "PageSize", 50)
    page = _int(request, "Page", 0)
    token = request.query_params.get("PageToken")
    start = int(token[2:]) if token else 0
    chunk = items[start : start + size]
    end = start + len(chunk)
    return chunk, page, size, (f"PA{end}" if end < len(items) else None)


@app.get("/2010-04-01/Accounts/{account_sid}/Messages.json")
def messages(account_sid: str, request: Request) -> dict[str, Any]:
    chunk, page, size, token = _twilio_window(request, MESSAGES)
    base = f"/2010-04-01/Accounts/{account_sid}/Messages.json"
    nxt = f"{base}?PageSize={size}&Page={page + 1}&PageToken={token}" if token else None
    return {
        "messages": chunk,
        "next_page_uri": nxt,
        "page": page,
        "page_size": size,
        "uri": base,
    }


@app.get("/v2/Services")
def services(request: Request) -> dict[str, Any]:
    chunk, page, size, token = _twilio_window(request, SERVICES)
    base = str(request.base_url).rstrip("/") + "/v2/Services"
    nxt = f"{base}?PageSize={size}&Page={page + 1}&PageToken={token}" if token else None
    return {
        "services": chunk,
        "meta": {
            "key": "services",
            "page": page,
            "page_size": size,
            "next_page_url": nxt,
        },
    }


# -- Stripe: has_more + starting_after; search: next_page + page ---------------------------

CUSTOMERS = [
    {"id": f"cus_{i:04}", "object": "customer", "email": f"c{i}@x.test"}
    for i in range(5)
]


@app.get("/v1/customers")
def customers(request: Request) -> dict[str, Any]:
    limit = _int(request, "limit", 10)
    after = request.query_params.get("starting_after")
    start = (
        next(i + 1 for i, c in enumerate(CUSTOMERS) if c["id"] == after) if after else 0
    )
    chunk = CUSTOMERS[start : start + limit]
    return {
        "object": "list",
        "url": "/v1/customers",
        "data": chunk,
        "has_more": start + limit < len(CUSTOMERS),
    }


@app.get("/v1/customers/search")
def customers_search(request: Request) -> dict[str, Any]:
    limit = _int(request, "limit", 10)
    token = request.query_params.get("page")
    start = int(base64.b64decode(token).decode()) if token else 0
    chunk = CUSTOMERS[start : start + limit]
    end = start + len(chunk)
    more = end < len(CUSTOMERS)
    return {
        "object": "search_result",
        "url": "/v1/customers/search",
        "data": chunk,
        "has_more": more,
        "next_page": base64.b64encode(str(end).encode()).decode() if more else None,
        "total_count": len(CUSTOMERS),
    }


# -- Kubernetes: metadata.continue, `continue` parameter -------------------------------------

PODS = [
    {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": f"pod-{i}", "namespace": "default"},
    }
    for i in range(5)
]


@app.get("/api/v1/namespaces/{namespace}/pods")
def pods(namespace: str, request: Request) -> dict[str, Any]:
    limit = _int(request, "limit", 500)
    token = request.query_params.get("continue")
    start = int(token.removeprefix("eyJ2")) if token else 0
    chunk = PODS[start : start + limit]
    end = start + len(chunk)
    metadata: dict[str, Any] = {"resourceVersion": "4242"}
    if end < len(PODS):
        metadata.update(
            {"continue": f"eyJ2{end}", "remainingItemCount": len(PODS) - end}
        )
    return {"apiVersion": "v1", "kind": "PodList", "items": chunk, "metadata": metadata}


# -- Vercel: pagination.next (ms timestamp), `until` parameter -------------------------------


class Member(TypedDict):
    uid: str
    email: str
    joinedFrom: int  # the wire name


MEMBERS: list[Member] = [
    {"uid": f"u{i}", "email": f"m{i}@x.test", "joinedFrom": 1540095775000 - i * 1000}
    for i in range(5)
]


@app.get("/v2/teams/{team_id}/members")
def team_members(team_id: str, request: Request) -> dict[str, Any]:
    limit = int(float(request.query_params.get("limit") or 20))
    until = request.query_params.get("until")
    pool = [m for m in MEMBERS if until is None or m["joinedFrom"] < int(until)]
    chunk = pool[:limit]
    more = len(pool) > limit
    return {
        "members": chunk,
        "emailInviteCodes": [],
        "pagination": {
            "count": len(chunk),
            "next": chunk[-1]["joinedFrom"] if more else None,
            "prev": None,
        },
    }
