"""A FastAPI implementation of specs/petstore.yaml, served on loopback for tests.

It records what it received (``/_seen``) so tests can assert on the wire format.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.datastructures import UploadFile

app = FastAPI()
API_KEY = "secret-key"
PETS: dict[int, dict[str, Any]] = {
    i: {
        "id": i,
        "name": f"pet{i}",
        "status": "available" if i % 2 else "sold",
        "kind": {"type": "cat", "indoor": True}
        if i % 2
        else {"type": "dog", "good_boy": True},
    }
    for i in range(1, 8)
}
SEEN: list[dict[str, Any]] = []


def _record(request: Request, **extra: Any) -> None:
    SEEN.append(
        {
            "method": request.method,
            "path": request.url.path,
            "query": str(request.url.query),
            "api_key": request.headers.get("x-api-key"),
            "headers": {
                k: v
                for k, v in request.headers.items()
                if k.startswith("x-") or k == "idempotency-key"
            },
            "cookies": dict(request.cookies),
            **extra,
        }
    )


def _denied(request: Request) -> JSONResponse | None:
    if request.headers.get("x-api-key") != API_KEY:
        return JSONResponse({"code": 401, "message": "bad api key"}, status_code=401)
    return None


@app.get("/_seen")
def seen() -> list[dict[str, Any]]:
    return SEEN


@app.get("/v1/pets")
def list_pets(request: Request, page: int = 1, size: int = 3) -> Response:
    _record(request)
    if (denied := _denied(request)) is not None:
        return denied
    pets = sorted(PETS.values(), key=lambda p: p["id"])
    status = request.query_params.get("status")
    if status:
        wanted = status.split(",")
        pets = [p for p in pets if p["status"] in wanted]
    total = max(1, -(-len(pets) // size))
    chunk = pets[(page - 1) * size : page * size]
    return JSONResponse({"data": chunk, "page": page, "totalPages": total})


@app.post("/v1/pets", status_code=201)
async def create_pet(request: Request) -> Response:
    body = await request.json()
    _record(request, body=body)
    if (denied := _denied(request)) is not None:
        return denied
    if not body.get("name"):
        return JSONResponse(
            {"code": 422, "message": "name is required"}, status_code=422
        )
    pet = {**body, "id": max(PETS) + 1}
    PETS[pet["id"]] = pet
    return JSONResponse(pet, status_code=201)


@app.get("/v1/pets/search")
def search(request: Request) -> Response:
    _record(request)
    name = request.query_params.get("filter[name]")
    return JSONResponse([p for p in PETS.values() if p["name"] == name])


@app.get("/v1/pets/{pet_id}")
def get_pet(pet_id: int, request: Request) -> Response:
    _record(request)
    if (denied := _denied(request)) is not None:
        return denied
    if pet_id not in PETS:
        return JSONResponse(
            {"code": 404, "message": f"no pet {pet_id}"}, status_code=404
        )
    return JSONResponse({**PETS[pet_id], "added_later": {"by": "server v2"}})


@app.patch("/v1/pets/{pet_id}")
async def update_pet(pet_id: int, request: Request) -> Response:
    form = await request.form()
    _record(request, form=dict(form), content_type=request.headers.get("content-type"))
    PETS[pet_id].update({k: v for k, v in form.items() if isinstance(v, str)})
    return JSONResponse(PETS[pet_id])


@app.delete("/v1/pets/{pet_id}", status_code=204)
def delete_pet(pet_id: int, request: Request) -> Response:
    _record(request)
    PETS.pop(pet_id, None)
    return Response(status_code=204)


@app.put("/v1/pets/{pet_id}/photo")
async def upload(pet_id: int, request: Request) -> Response:
    form = await request.form()
    upload = form["file"]
    assert isinstance(upload, UploadFile)
    data = await upload.read()
    _record(
        request, filename=upload.filename, size=len(data), caption=form.get("caption")
    )
    return JSONResponse({"url": f"/photos/{pet_id}", "caption": form.get("caption")})


@app.get("/v1/pets/{pet_id}/photo")
def download(pet_id: int) -> Response:
    return Response(bytes(range(256)) * 4096, media_type="image/png")


@app.get("/v1/store/inventory")
def inventory(request: Request) -> dict[str, int]:
    _record(request)
    return {"available": 4, "sold": 3}


@app.get("/v1/store/orders/{order_id}")
def order(order_id: str, request: Request) -> Response:
    _record(request)
    return JSONResponse(
        {
            "id": order_id,
            "quantity": 2,
            "status": "shipped-by-drone",
            "shipDate": "2026-11-22",
        }
    )


@app.get("/v1/health")
def health() -> PlainTextResponse:
    return PlainTextResponse("ok")
