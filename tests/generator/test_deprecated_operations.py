"""Operations the spec marks deprecated warn at call time (PEP 702 ``@deprecated``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gen_helpers import generate, mypy_strict, run_python


def _spec() -> dict[str, Any]:
    ok = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"id": {"type": "integer"}},
                    }
                }
            },
        }
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Old", "version": "1"},
        "servers": [{"url": "https://api.test"}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["things"],
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": ok,
                },
                "put": {
                    "operationId": "putThing",
                    "tags": ["things"],
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": ok,
                },
            }
        },
    }


CALLS = """
import asyncio, json, warnings
import httpx
import old

def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": 7})

transport = httpx.MockTransport(answer)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with old.Client(transport=transport) as client:
        thing = client.things.get(7)
        client.things.put(7)

    async def main() -> None:
        async with old.AsyncClient(transport=httpx.MockTransport(answer)) as ac:
            await ac.things.get(7)

    asyncio.run(main())
print(json.dumps({
    "id": thing.id,
    "warnings": [(w.category.__name__, str(w.message), w.filename) for w in caught],
}))
"""


def test_deprecated_operation_warns_at_the_call_site(tmp_path: Path) -> None:
    generate(_spec(), tmp_path, package="old")
    source = (tmp_path / "old" / "resources" / "things.py").read_text()
    assert source.count("@deprecated(") == 2  # sync and async get only
    (tmp_path / "calls.py").write_text(CALLS)
    out = run_python(f"exec(open({str(tmp_path / 'calls.py')!r}).read())", tmp_path)
    result = json.loads(out)
    assert result["id"] == 7
    warned = [w for w in result["warnings"] if w[0] == "DeprecationWarning"]
    message = "get() calls GET /things/{id}, which the API marks as deprecated"
    assert [w[1] for w in warned] == [message, message]  # sync, async; not put
    # The warning points at the caller's line, not into clientsmith.
    assert all(
        not w[2].endswith("things.py") and "clientsmith" not in w[2] for w in warned
    )


def test_deprecated_package_passes_mypy_strict(tmp_path: Path) -> None:
    generate(_spec(), tmp_path, package="old")
    mypy_strict(tmp_path, "old")
