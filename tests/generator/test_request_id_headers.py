"""A request-id header the spec declares is read into ``error.request_id``."""

from __future__ import annotations

from pathlib import Path

from gen_helpers import generate, mypy_strict, op, run_python, spec

TRACE = {"X-Trace-Request-Id": {"schema": {"type": "string"}}}


def test_declared_request_id_header_reaches_errors(tmp_path: Path) -> None:
    responses = {
        "200": {"description": "ok", "headers": TRACE},
        "404": {"$ref": "#/components/responses/NotFound"},
    }
    document = spec({"/things": {"get": op("list_things", responses=responses)}})
    document["components"] = {
        "responses": {"NotFound": {"description": "missing", "headers": TRACE}}
    }
    result, _ = generate(document, tmp_path, package="traced")
    assert result.package.request_id_headers == ("x-trace-request-id",)
    mypy_strict(tmp_path, "traced")
    out = run_python(
        """
import httpx
import traced

def answer(request):
    return httpx.Response(404, json={"message": "no"}, headers={"X-Trace-Request-Id": "t-42"})

with traced.Client(transport=httpx.MockTransport(answer), env_file=None) as client:
    try:
        client.things.list()
    except traced.NotFoundError as error:
        print(error.request_id, "|", error)
""",
        tmp_path,
    )
    request_id, text = out.strip().split(" | ")
    assert request_id == "t-42"
    assert text.endswith("(request id: t-42)")


def test_usual_request_id_headers_are_not_repeated(tmp_path: Path) -> None:
    responses = {
        "200": {
            "description": "ok",
            "headers": {
                "X-Request-Id": {"schema": {"type": "string"}},
                "Idempotency-Key": {"schema": {"type": "string"}},
            },
        }
    }
    document = spec({"/things": {"get": op("list_things", responses=responses)}})
    result, _ = generate(document, tmp_path, package="plain")
    assert result.package.request_id_headers == ()
    assert (
        "register_request_id_headers"
        not in (tmp_path / "plain" / "_client.py").read_text()
    )
