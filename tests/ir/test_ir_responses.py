"""OperationCompiler: responses, return types and the runtime call kind."""

from __future__ import annotations

from typing import Any

from ir_build import JSON, codes, ok, only_operation, operation_of, spec, text

ERROR = {"type": "object", "properties": {"message": {"type": "string"}}}


def test_json_response_returns_its_model() -> None:
    document = spec(
        {"/pets": {"get": {"responses": ok({"$ref": "#/components/schemas/Pet"})}}},
        {"Pet": {"type": "object", "properties": {"id": {"type": "integer"}}}},
    )
    op, _ = only_operation(document)
    assert op.call == "request"
    assert text(op.return_type) == "Pet"
    [response] = op.responses
    assert (response.status, response.kind, text(response.type)) == (
        "200",
        "json",
        "Pet",
    )


def test_no_content_returns_none() -> None:
    op, _ = operation_of("delete", {"responses": {"204": {"description": "gone"}}})
    assert op.call == "request"
    assert text(op.return_type) == "None"
    assert [r.kind for r in op.responses] == ["empty"]


def test_streaming_kinds_pick_the_runtime_call() -> None:
    cases: dict[str, tuple[str, str]] = {
        "application/octet-stream": ("stream", "bytes"),
        "application/x-ndjson": ("stream_lines", "int"),
        "text/event-stream": ("stream_events", "ServerSentEvent"),
    }
    for media, (call, returns) in cases.items():
        op, _ = operation_of("get", {"responses": ok({"type": "integer"}, media)})
        assert (op.call, text(op.return_type)) == (call, returns), media


def test_error_responses_are_typed_but_not_returned() -> None:
    responses: dict[str, Any] = {
        **ok({"type": "string"}),
        "404": {"description": "", "content": {JSON: {"schema": ERROR}}},
        "default": {"description": "", "content": {JSON: {"schema": ERROR}}},
        "500": {"description": "no body"},
    }
    op, _ = operation_of("get", {"operationId": "getThing", "responses": responses})
    assert [r.status for r in op.responses] == ["200"]
    assert text(op.return_type) == "str"
    # with a success response, ``default`` is an error too; untyped ones are left out
    assert [(status, text(t)) for status, t in op.errors] == [
        ("404", "GetThingError404"),
        ("default", "GetThingErrordefault"),
    ]


def test_json_or_pdf_is_a_union_with_named_media_types() -> None:
    content = {
        JSON: {"schema": {"type": "object"}},
        "application/pdf": {"schema": {"type": "string", "format": "binary"}},
        "application/xml": {"schema": {"type": "object"}},
    }
    op, _ = operation_of(
        "get", {"responses": {"200": {"description": "", "content": content}}}
    )
    [response] = op.responses
    assert response.media_type == JSON
    assert [(a.kind, a.media_type) for a in response.alternatives] == [
        ("binary", "application/pdf")
    ]
    assert text(op.return_type) == "dict[str, Any] | bytes"


def test_success_statuses_form_a_union_and_redirects_are_skipped() -> None:
    responses = {
        "200": {"description": "", "content": {JSON: {"schema": {"type": "string"}}}},
        "202": {"description": "accepted"},
        "302": {"description": "moved"},
    }
    op, _ = operation_of("post", {"responses": responses})
    assert [r.status for r in op.responses] == ["200", "202"]
    assert text(op.return_type) == "str | None"


def test_bad_status_keys_and_missing_responses_are_diagnosed() -> None:
    op, diagnostics = operation_of(
        "get", {"responses": {"fine": {"description": ""}, **ok()}}
    )
    assert [r.status for r in op.responses] == ["200"]
    assert "spec-invalid" in codes(diagnostics)
    document = spec({"/things": {"get": {}}})
    bare, more = only_operation(document)
    assert (bare.responses, text(bare.return_type)) == ((), "Any")
    assert "responses-missing" in codes(more)


def test_wildcard_string_response_is_text() -> None:
    op, _ = operation_of("get", {"responses": ok({"type": "string"}, "*/*")})
    assert [r.kind for r in op.responses] == ["text"]
    assert text(op.return_type) == "str"
