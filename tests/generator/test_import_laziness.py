"""Importing a generated client, constructing it and touching a resource stays cheap.

pydantic (and pydantic-core's schema module), anyio/asyncio, the declarative
layer and the connection pool (an SSL context) are loaded on first use, not at
import: this is what keeps the GitHub client's "import + client + resource"
within its budget (``benchmarks/import_cost.py``).
"""

from __future__ import annotations

from pathlib import Path

from gen_helpers import generate, mypy_strict, run_python, spec

HEAVY = (
    "pydantic",
    "pydantic_core",
    "pydantic.main",
    "anyio",
    "asyncio",
    "clientsmith.resources",
    "clientsmith.builder",
    "clientsmith.models",
)

PET = {
    "oneOf": [
        {"$ref": "#/components/schemas/Cat"},
        {"$ref": "#/components/schemas/Dog"},
    ],
    "discriminator": {"propertyName": "kind"},
}


def _animal(flag: str) -> dict[str, object]:
    return {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}, flag: {"type": "boolean"}},
    }


def _document() -> dict[str, object]:
    path_id = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    }
    document = spec(
        {
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "parameters": [path_id],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": PET}},
                        }
                    },
                }
            }
        },
        {"Cat": _animal("purrs"), "Dog": _animal("barks")},
        security=[{"key": []}],
    )
    document["components"]["securitySchemes"] = {
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"}
    }
    return document


def test_import_client_and_resource_load_nothing_heavy(tmp_path: Path) -> None:
    result, _ = generate(_document(), tmp_path)
    resource = result.files["api/resources/pets.py"]
    # The discriminated union needs pydantic, but only inside the operation table.
    assert "Discriminator" in resource
    code = f"""
import sys, httpx, api
client = api.Client(base_url="https://api.example.com", api_key="k")
client.pets.get
loaded = [m for m in {HEAVY!r} if m in sys.modules]
assert not loaded, loaded
assert client._pool.created is None, "no connection pool before the first request"

def answer(request):
    assert request.headers["X-Key"] == "k"
    return httpx.Response(200, json={{"kind": "Dog", "barks": True}})

client = api.Client(
    base_url="https://api.example.com", api_key="k", transport=httpx.MockTransport(answer)
)
pet = client.pets.get("7")
print(type(pet).__name__, pet.barks)
"""
    assert run_python(code, tmp_path).split() == ["Dog", "True"]
    mypy_strict(tmp_path, "api")
