"""A short tour of a generated client: ``python examples/petstore_demo.py``.

It uses the package generated from ``specs/petstore.yaml`` (see the README's
first command). To run without a real Petstore server, the API is simulated
in-process with ``httpx.MockTransport``; against a real server you would pass
only ``base_url=`` and ``api_key=``.
"""

from __future__ import annotations

import json

import httpx
import petstore
from petstore.models import NewPet, Pet

PETS = [{"id": i, "name": f"pet {i}", "status": "available"} for i in range(1, 8)]


def fake_api(request: httpx.Request) -> httpx.Response:
    """Just enough of the Petstore API for the tour."""
    if request.headers.get("x-api-key") != "demo-key":
        return httpx.Response(401, json={"code": 401, "message": "missing API key"})
    path = request.url.path
    if path == "/v1/pets" and request.method == "GET":
        page = int(request.url.params.get("page", "1"))
        size = int(request.url.params.get("size", "3"))
        data = PETS[(page - 1) * size : page * size]
        return httpx.Response(200, json={"data": data, "page": page, "totalPages": 3})
    if path == "/v1/pets" and request.method == "POST":
        body = json.loads(request.content)
        return httpx.Response(201, json={**body, "id": 99, "brand_new_field": True})
    if path.startswith("/v1/pets/"):
        return httpx.Response(404, json={"code": 404, "message": f"no pet at {path}"})
    return httpx.Response(500)


def main() -> None:
    transport = httpx.MockTransport(fake_api)
    http = httpx.Client(
        transport=transport, base_url="https://eu.petstore.example.com/v1"
    )
    with petstore.Client(api_key="demo-key", http_client=http) as client:
        names = [pet.name for pet in client.pets.list(size=3)]
        print(f"{len(names)} pets across all pages:", ", ".join(names))

        created: Pet = client.pets.create(body=NewPet(name="Rex", tag="good dog"))
        print(
            "created:",
            created.id,
            created.name,
            "| unknown field kept:",
            created.brand_new_field,
        )

        try:
            client.pets.get(12345)
        except petstore.NotFoundError as error:
            print("typed error:", type(error).__name__, "-", error.body.message)


if __name__ == "__main__":
    main()
