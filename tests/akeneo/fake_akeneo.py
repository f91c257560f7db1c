"""A loopback fake of the Akeneo behaviour Prism cannot mock.

Run by uvicorn in a subprocess (see conftest.py). It implements, the way Akeneo
documents them: the password grant (Basic client credentials + JSON body) with
refresh-token rotation, HAL pagination with absolute next links, NDJSON batch
upserts with per-line statuses (<= 100 lines per request), 429 with Retry-After,
the {code, message, errors} error body, multipart media upload and binary download.
``/_seen`` reports what the server saw; ``/_control`` changes its behaviour.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

CLIENT_ID = "client-id"
CLIENT_SECRET = "client-secret"
USERNAME = "api-user"
PASSWORD = "api-password"
PRODUCT_COUNT = 23
DOWNLOAD = bytes(range(256)) * 1024  # 256 KiB, every byte value

app = FastAPI()


def _fresh_state() -> dict[str, Any]:
    return {
        "access": set(),
        "refresh": set(),
        "token_requests": [],
        "batch_requests": [],
        "batch_lines": [],
        "list_queries": [],
        "rate_limited": 0,
        "channel_calls": 0,
        "uploads": [],
        "products": {
            f"00000000-0000-4000-8000-{n:012d}": {
                "uuid": f"00000000-0000-4000-8000-{n:012d}",
                "enabled": n % 2 == 0,
                "family": "tshirts",
                "categories": ["summer"],
                "values": {
                    "name": [{"locale": "en_US", "scope": None, "data": f"Shirt {n}"}],
                    "weight": [
                        {
                            "locale": None,
                            "scope": None,
                            "data": {"amount": n, "unit": "GRAM"},
                        }
                    ],
                },
                "associations": {"PACK": {"products": [], "groups": []}},
            }
            for n in range(1, PRODUCT_COUNT + 1)
        },
        "rate_limit_next": 0,
    }


STATE: dict[str, Any] = _fresh_state()


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"code": status, "message": message, **extra}, status)


def _authorized(request: Request) -> bool:
    header = request.headers.get("authorization", "")
    return header.startswith("Bearer ") and header[7:] in STATE["access"]


def _unauthorized() -> JSONResponse:
    return _error(401, "The access token provided has expired.")


def _new_tokens() -> dict[str, Any]:
    access, refresh = secrets.token_hex(8), secrets.token_hex(8)
    STATE["access"].add(access)
    STATE["refresh"].add(refresh)
    return {
        "access_token": access,
        "expires_in": 3600,
        "token_type": "bearer",
        "scope": None,
        "refresh_token": refresh,
    }


# -- control ------------------------------------------------------------------


@app.get("/_seen")
def seen() -> dict[str, Any]:
    return {
        key: value
        for key, value in STATE.items()
        if key not in ("access", "refresh", "products")
    } | {"product_count": len(STATE["products"])}


@app.post("/_control")
async def control(request: Request) -> dict[str, str]:
    action = (await request.json())["action"]
    if action == "reset":
        STATE.clear()
        STATE.update(_fresh_state())
    elif action == "expire_access":  # every access token stops working
        STATE["access"].clear()
    elif action == "expire_all":  # access and refresh tokens: a new login is needed
        STATE["access"].clear()
        STATE["refresh"].clear()
    elif action == "rate_limit_next":
        STATE["rate_limit_next"] = 1
    return {"ok": action}


# -- authentication -------------------------------------------------------------


@app.post("/api/oauth/v1/token")
async def token(request: Request) -> JSONResponse:
    basic = request.headers.get("authorization", "")
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    content_type = request.headers.get("content-type", "")
    raw = await request.body()
    record: dict[str, Any] = {"content_type": content_type, "basic_ok": False}
    STATE["token_requests"].append(record)
    if basic != f"Basic {expected}":
        return _error(
            422,
            'Parameter "client_id" is missing or does not match any client, or secret is invalid',
        )
    record["basic_ok"] = True
    if not content_type.startswith("application/json"):
        return _error(
            415,
            "'xxx' in 'Content-type' header is not valid. Only 'application/json' is allowed.",
        )
    try:
        body = json.loads(raw)
    except ValueError:
        return _error(400, "Invalid JSON message received")
    record["grant_type"] = body.get("grant_type")
    if body.get("grant_type") == "password":
        if body.get("username") != USERNAME or body.get("password") != PASSWORD:
            return _error(422, "No user found for the given username and password")
        return JSONResponse(_new_tokens())
    if body.get("grant_type") == "refresh_token":
        old = body.get("refresh_token")
        record["refresh_token_known"] = old in STATE["refresh"]
        if old not in STATE["refresh"]:
            return _error(422, "Refresh token is invalid or has expired")
        STATE["refresh"].discard(old)  # rotation: a refresh token is used once
        return JSONResponse(_new_tokens())
    return _error(422, "The grant type is not supported")


# -- products-uuid --------------------------------------------------------------


@app.get("/api/rest/v1/products-uuid")
def list_products(request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    params = request.query_params
    STATE["list_queries"].append(str(request.url.query))
    limit = int(params.get("limit", "10"))
    if limit > 100:
        return _error(422, "You cannot request more than 100 items.")
    items = sorted(STATE["products"].values(), key=lambda p: p["uuid"])
    search = params.get("search")
    if search is not None:
        filters = json.loads(search)
        for condition in filters.get("enabled", []):
            if condition["operator"] == "=":
                items = [p for p in items if p["enabled"] is condition["value"]]
    after = params.get("search_after")
    if after:
        items = [p for p in items if p["uuid"] > after]
    page = items[:limit]
    base = str(request.url).split("?", 1)[0]
    keep = [(k, v) for k, v in params.multi_items() if k != "search_after"]
    links: dict[str, Any] = {"self": {"href": str(request.url)}}
    if len(items) > limit:
        from urllib.parse import urlencode

        query = urlencode(keep + [("search_after", page[-1]["uuid"])])
        links["next"] = {"href": f"{base}?{query}"}
    body = {
        "_links": links,
        "_embedded": {
            "items": [
                {"_links": {"self": {"href": f"{base}/{p['uuid']}"}}, **p} for p in page
            ]
        },
    }
    return JSONResponse(body)


@app.get("/api/rest/v1/products-uuid/{uuid}")
def get_product(uuid: str, request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    product = STATE["products"].get(uuid)
    if product is None:
        return _error(404, f"Product with uuid {uuid} could not be found.")
    return JSONResponse(product)


@app.post("/api/rest/v1/products-uuid")
async def create_product(request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    product = await request.json()
    if product.get("family") not in (None, "tshirts"):
        return _error(
            422,
            "Validation failed.",
            errors=[
                {
                    "property": "family",
                    "message": f"The {product['family']} family does not exist in the PIM.",
                    "attribute": None,
                    "locale": None,
                    "scope": None,
                }
            ],
            _links={
                "documentation": {
                    "href": "http://api.akeneo.com/api-reference.html#post_products_uuid"
                }
            },
        )
    uuid = product.get("uuid") or "11111111-1111-4111-8111-111111111111"
    STATE["products"][uuid] = {**product, "uuid": uuid}
    return Response(
        status_code=201,
        headers={"Location": f"{request.base_url}api/rest/v1/products-uuid/{uuid}"},
    )


@app.patch("/api/rest/v1/products-uuid")
async def batch_products(request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    if request.headers.get("content-type") != "application/vnd.akeneo.collection+json":
        return _error(
            415,
            "\u2018application/json\u2019 in \u2018Content-type\u2019 header is not valid. "
            "Only \u2018application/vnd.akeneo.collection+json\u2019 is allowed.",
        )
    lines = [
        line for line in (await request.body()).decode().split("\n") if line.strip()
    ]
    if STATE["rate_limit_next"] > 0:
        STATE["rate_limit_next"] -= 1
        STATE["rate_limited"] += 1
        return JSONResponse(
            {"code": 429, "message": "Too many requests"},
            429,
            headers={"Retry-After": "1"},
        )
    STATE["batch_requests"].append(len(lines))
    if len(lines) > 100:
        return _error(413, "Too many resources to process, 100 is the maximum allowed.")
    out = []
    for number, line in enumerate(lines, start=1):
        try:
            product = json.loads(line)
        except ValueError:
            out.append(
                {
                    "line": number,
                    "status_code": 400,
                    "message": "Invalid json message received",
                }
            )
            continue
        STATE["batch_lines"].append(product.get("uuid"))
        uuid = product.get("uuid")
        if not uuid:
            out.append(
                {
                    "line": number,
                    "status_code": 422,
                    "message": "The uuid is mandatory.",
                }
            )
            continue
        if product.get("family") == "unknown":
            out.append(
                {
                    "line": number,
                    "uuid": uuid,
                    "status_code": 422,
                    "message": "Validation failed.",
                    "errors": [
                        {
                            "property": "family",
                            "message": "The unknown family does not exist in the PIM.",
                        }
                    ],
                }
            )
            continue
        created = uuid not in STATE["products"]
        STATE["products"][uuid] = {**STATE["products"].get(uuid, {}), **product}
        out.append(
            {"line": number, "uuid": uuid, "status_code": 201 if created else 204}
        )
    text = "\n".join(json.dumps(o) for o in out)
    return Response(text, 200, media_type="application/vnd.akeneo.collection+json")


# -- rate limiting ------------------------------------------------------------------


@app.get("/api/rest/v1/channels")
def channels(request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    STATE["channel_calls"] += 1
    if STATE["rate_limit_next"] > 0:
        STATE["rate_limit_next"] -= 1
        STATE["rate_limited"] += 1
        return JSONResponse(
            {"code": 429, "message": "Too many requests"},
            429,
            headers={"Retry-After": "1"},
        )
    return JSONResponse(
        {
            "_links": {"self": {"href": str(request.url)}},
            "current_page": 1,
            "_embedded": {
                "items": [
                    {
                        "code": "ecommerce",
                        "currencies": ["EUR"],
                        "locales": ["en_US"],
                        "category_tree": "master",
                        "labels": {"en_US": "Ecommerce"},
                    }
                ]
            },
        }
    )


# -- media files -----------------------------------------------------------------------


@app.post("/api/rest/v1/media-files")
async def upload_media(request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return _error(415, "Only 'multipart/form-data' is allowed.")
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        return _error(422, 'Property "file" is required.')
    content = await upload.read()
    product = form.get("product")
    STATE["uploads"].append(
        {
            "filename": upload.filename,
            "size": len(content),
            "content_type": upload.content_type,
            "product": json.loads(product) if isinstance(product, str) else None,
        }
    )
    code = f"a/b/c/{upload.filename}"
    return Response(
        status_code=201,
        headers={"Location": f"{request.base_url}api/rest/v1/media-files/{code}"},
    )


@app.get("/api/rest/v1/media-files/{code:path}/download")
def download_media(code: str, request: Request) -> Response:
    if not _authorized(request):
        return _unauthorized()

    def chunks() -> Any:
        for start in range(0, len(DOWNLOAD), 64 * 1024):
            yield DOWNLOAD[start : start + 64 * 1024]

    return StreamingResponse(
        chunks(),
        media_type="image/png",
        headers={
            "Content-Disposition": f'attachment; filename="{code.rsplit("/", 1)[-1]}"'
        },
    )
