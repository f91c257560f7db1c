"""A loopback fake of the CloudConnexa API for what Prism cannot do.

Token flow (client credentials at ``/api/v1/oauth/token`` with the client in the
query string, as the API docs show), page/size pagination with ``totalPages``,
cursor batches, 429 with rate-limit headers, 401/404 with the API's error body.
Run with uvicorn; ``GET /_seen`` returns what the fake saw (for assertions).
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

CLIENT_ID = "cc-client"
CLIENT_SECRET = "cc-secret"

app = FastAPI()

SEEN: dict[str, Any] = {"token_requests": [], "requests": [], "tokens_issued": 0}
STATE: dict[str, int] = {"regions_calls": 0}

USERS = [
    {
        "id": str(uuid.UUID(int=i + 1)),
        "username": f"user{i}",
        "email": f"user{i}@example.com",
        "groupId": str(uuid.UUID(int=100)),
        "role": "MEMBER",
        "status": "ACTIVE",
    }
    for i in range(7)
]
NETWORK_ID = str(uuid.UUID(int=500))
CONNECTORS = [
    {
        "id": str(uuid.UUID(int=600)),
        "name": "hq",
        "vpnRegionId": "us-east-1",
        "networkItemId": NETWORK_ID,
        "networkItemType": "NETWORK",
        "connectionStatus": "ONLINE",
    },
    {
        "id": str(uuid.UUID(int=601)),
        "name": "other",
        "vpnRegionId": "eu-west-1",
        "networkItemId": str(uuid.UUID(int=501)),
        "networkItemType": "NETWORK",
        "connectionStatus": "SOMETHING_NEW",
    },
]
SESSIONS = [
    {"sessionId": f"s{i}", "userName": f"user{i}", "bytesIn": i * 10} for i in range(5)
]
RATE_HEADERS = {
    "X-RateLimit-Remaining": "0",
    "X-RateLimit-Replenish-Rate": "1",
    "X-RateLimit-Replenish-Time": "15",
}


def _error(status: int, reason: str, message: str) -> JSONResponse:
    return JSONResponse(
        {"errorMessage": message, "statusError": reason},
        status_code=status,
        headers={"X-Request-Id": f"req-{status}-{len(SEEN['requests'])}"},
    )


@app.get("/_seen")
def seen() -> dict[str, Any]:
    return SEEN


@app.post("/api/v1/oauth/token")
async def token(request: Request) -> Response:
    form = dict((await request.form()).items()) if await request.body() else {}
    query = dict(request.query_params)
    SEEN["token_requests"].append(
        {
            "query": query,
            "form": form,
            "authorization": request.headers.get("authorization"),
            "user_agent": request.headers.get("user-agent"),
        }
    )
    # As documented: every parameter in the query string, nothing in the body.
    grant = query.get("grant_type")
    if form:
        return _error(400, "Bad Request", "the token request takes no body")
    if (query.get("client_id"), query.get("client_secret")) != (
        CLIENT_ID,
        CLIENT_SECRET,
    ):
        return _error(401, "Unauthorized", "bad client credentials")
    if grant != "client_credentials":
        return _error(400, "Bad Request", f"unsupported grant_type {grant!r}")
    SEEN["tokens_issued"] += 1
    return JSONResponse(
        {
            "access_token": f"tok-{SEEN['tokens_issued']}",
            "token_type": "bearer",
            "expires_in": 43199,
            "scope": "read write",
        }
    )


@app.middleware("http")
async def bearer_only(request: Request, call_next: Any) -> Response:
    path = request.url.path
    if path.startswith("/api/v1/") and path != "/api/v1/oauth/token":
        SEEN["requests"].append(
            {
                "method": request.method,
                "path": path,
                "query": dict(request.query_params),
                "authorization": request.headers.get("authorization"),
                "user_agent": request.headers.get("user-agent"),
            }
        )
        if not (request.headers.get("authorization") or "").startswith("Bearer tok-"):
            return _error(401, "Unauthorized", "missing or invalid token")
    response: Response = await call_next(request)
    return response


def _page(items: list[dict[str, Any]], page: int, size: int) -> dict[str, Any]:
    chunk = items[page * size : (page + 1) * size]
    total_pages = (len(items) + size - 1) // size
    return {
        "content": chunk,
        "totalElements": len(items),
        "totalPages": total_pages,
        "numberOfElements": len(chunk),
        "page": page,
        "size": size,
        "success": True,
    }


@app.get("/api/v1/users")
def list_users(page: int = 0, size: int = 10) -> dict[str, Any]:
    return _page(USERS, page, size)


@app.get("/api/v1/networks/connectors")
def list_connectors(
    page: int = 0, size: int = 10, networkId: str | None = None
) -> dict[str, Any]:
    items = [
        c for c in CONNECTORS if networkId is None or c["networkItemId"] == networkId
    ]
    return _page(items, page, size)


@app.post("/api/v1/networks/routes", status_code=201)
async def create_route(request: Request, networkId: str) -> dict[str, Any]:
    body = await request.json()
    return {
        "id": str(uuid.UUID(int=700)),
        "type": "IP_V4",
        "subnet": body["value"],
        "description": body.get("description"),
        "networkItemId": networkId,
    }


@app.get("/api/v1/networks/{network_id}")
def get_network(network_id: str) -> Response:
    return _error(404, "Not Found", f"Network with ID {network_id} not found")


@app.post("/api/v1/networks/connectors/{connector_id}/profile")
def connector_profile(connector_id: str) -> PlainTextResponse:
    return PlainTextResponse(f"client\nremote {connector_id}.example 1194\n")


@app.get("/api/v1/regions")
def regions() -> Response:
    STATE["regions_calls"] += 1
    if STATE["regions_calls"] == 1:
        return Response(status_code=429, headers={**RATE_HEADERS, "Retry-After": "0"})
    return JSONResponse(
        [
            {
                "id": "us-east-1",
                "continent": "North America",
                "country": "United States",
                "countryIso": "US",
                "regionName": "Virginia",
            }
        ],
        headers={**RATE_HEADERS, "X-RateLimit-Remaining": "19"},
    )


@app.get("/api/v1/dns-records")
def always_limited() -> Response:
    return Response(status_code=429, headers=RATE_HEADERS)


@app.get("/api/v1/sessions")
def sessions(size: int, cursor: str | None = None) -> dict[str, Any]:
    start = int(cursor) if cursor else 0
    batch = SESSIONS[start : start + size]
    following = start + size
    result: dict[str, Any] = {"sessions": batch}
    if following < len(SESSIONS):
        result["nextCursor"] = str(following)
    return result


# --- endpoints used by the tasks in docs/cloudconnexa.md ---------------------------

NETWORKS = [
    {
        "id": str(uuid.UUID(int=900 + i)),
        "name": f"net{i}",
        "internetAccess": "SPLIT_TUNNEL_ON",
    }
    for i in range(3)
]
DEVICES = [
    {
        "id": str(uuid.UUID(int=1000 + i)),
        "name": f"laptop{i}",
        "userId": str(uuid.UUID(int=1)),
    }
    for i in range(2)
]


@app.get("/api/v1/networks")
def list_networks(page: int = 0, size: int = 10) -> dict[str, Any]:
    return _page(NETWORKS, page, size)


@app.post("/api/v1/networks")
async def create_network(request: Request) -> dict[str, Any]:
    body = await request.json()
    return {**body, "id": str(uuid.UUID(int=999)), "connectors": [], "routes": []}


@app.post("/api/v1/networks/connectors")
async def create_connector(request: Request, networkId: str) -> dict[str, Any]:
    body = await request.json()
    return {
        **body,
        "id": str(uuid.UUID(int=650)),
        "networkItemId": networkId,
        "networkItemType": "NETWORK",
    }


@app.post("/api/v1/users")
async def create_user(request: Request) -> dict[str, Any]:
    body = await request.json()
    return {**body, "id": str(uuid.UUID(int=77)), "status": "INVITED"}


@app.put("/api/v1/users/{user_id}/suspend", status_code=204)
def suspend_user(user_id: str) -> Response:
    return Response(status_code=204)


@app.get("/api/v1/devices")
def list_devices(
    page: int = 0, size: int = 10, userId: str | None = None
) -> dict[str, Any]:
    return _page(DEVICES, page, size)


@app.post("/api/v1/devices/{device_id}/profile")
def device_profile(device_id: str, userId: str, regionId: str) -> PlainTextResponse:
    return PlainTextResponse(
        f"client\n# device {device_id} of {userId} in {regionId}\n"
    )


@app.get("/api/v1/settings/auth/two-factor-auth")
def get_two_factor_auth() -> bool:
    return False


@app.put("/api/v1/settings/dns/default-suffix")
async def set_default_suffix(request: Request) -> PlainTextResponse:
    SEEN["default_suffix_content_type"] = request.headers.get("content-type")
    return PlainTextResponse((await request.body()).decode())
