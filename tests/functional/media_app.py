"""A FastAPI fake for ``media_spec.yaml``: off-spec data and several media types."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

app = FastAPI()
seen: list[dict[str, Any]] = []

PDF = b"%PDF-1.4\n% fake invoice\n%%EOF\n"


@app.middleware("http")
async def record(request: Request, call_next: Any) -> Any:
    if request.url.path != "/_seen":
        seen.append({"path": request.url.path, "accept": request.headers.get("accept")})
    return await call_next(request)


@app.get("/_seen")
def get_seen() -> list[dict[str, Any]]:
    return seen


@app.get("/items/{item_id}")
def get_item(item_id: int) -> JSONResponse:
    body: dict[str, Any] = {
        "id": item_id,
        "name": f"item{item_id}",
        "count": 3,
        "created": "2026-01-02T03:04:05Z",
        "parts": [{"sku": "a", "weight": 1.5}, {"sku": "b", "weight": 2}],
    }
    if item_id == 2:
        body["count"] = "many"  # off-spec: the schema says integer
        body["parts"][1]["weight"] = "heavy"  # off-spec, deep in a list
        body["since_v2"] = True  # unknown field
    return JSONResponse(body)


@app.get("/invoices/{invoice_id}")
def get_invoice(invoice_id: str, request: Request) -> Response:
    # The first media type the client prefers (a bare q-less list is in order).
    if request.headers.get("accept", "").startswith("application/pdf"):
        return Response(PDF, media_type="application/pdf")
    return JSONResponse({"id": invoice_id, "total": 12.5})


@app.get("/pods/{name}/log")
def read_log(name: str) -> PlainTextResponse:
    # What the Kubernetes API server does: plain text, whatever the spec lists.
    return PlainTextResponse(f"{name} started\n42\n{{not json}}\n")


@app.get("/pods/{name}/proxy")
def connect(name: str) -> PlainTextResponse:
    return PlainTextResponse("true")  # JSON-decodable, but it is text


@app.post("/items/{item_id}/archive")
def archive(item_id: int) -> Response:
    if item_id == 1:
        return Response(status_code=204)
    return Response(status_code=200)  # empty body where the schema allows null
