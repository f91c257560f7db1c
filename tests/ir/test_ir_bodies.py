"""OperationCompiler: request bodies as BodyIR, by media type."""

from __future__ import annotations

from typing import Any

from ir_build import JSON, codes, ok, only_operation, operation_of, spec, text

PET = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "photo": {"type": "string"}},
}


def _body(content: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"requestBody": {"content": content, **more}}


def _with_pet(operation: dict[str, Any]) -> dict[str, Any]:
    operation.setdefault("responses", ok())
    return spec({"/pets": {"post": operation}}, {"Pet": PET})


def test_json_model_body_also_takes_a_dict() -> None:
    op, _ = only_operation(
        _with_pet(
            _body(
                {JSON: {"schema": {"$ref": "#/components/schemas/Pet"}}},
                required=True,
                description="The pet.",
            )
        )
    )
    assert op.body is not None
    assert (op.body.kind, op.body.content_type) == ("json", JSON)
    assert text(op.body.type) == "Pet | dict[str, Any]"
    assert op.body.type.models == {"Pet"}
    assert op.body.required is True
    assert op.body.description == "The pet."
    assert op.body.alternatives == ()


def test_plain_json_wins_over_its_relatives_whatever_the_order() -> None:
    op, _ = operation_of(
        "post",
        _body(
            {
                "application/vnd.api+json": {"schema": {"type": "object"}},
                JSON: {"schema": {"type": "object"}},
                "text/plain": {"schema": {"type": "string"}},
            }
        ),
    )
    assert op.body is not None
    assert op.body.content_type == JSON


def test_json_patch_beside_json_lists_the_alternatives() -> None:
    op, _ = operation_of(
        "patch",
        _body(
            {
                JSON: {"schema": {"type": "object"}},
                "application/json-patch+json": {"schema": {"type": "array"}},
            }
        ),
    )
    assert op.body is not None
    assert op.body.alternatives == ("application/json-patch+json",)
    assert text(op.body.type).endswith("| list[dict[str, Any]]")


def test_form_body_keeps_fields_and_encoding() -> None:
    op, diagnostics = only_operation(
        _with_pet(
            _body(
                {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/Pet"},
                        "encoding": {
                            "name": {"style": "spaceDelimited", "explode": False},
                            "photo": {"contentType": "image/png"},
                            "other": {"style": "matrix"},
                            "plain": {},
                        },
                    }
                }
            )
        )
    )
    assert op.body is not None
    assert op.body.kind == "form"
    assert op.body.fields == ("name", "photo")
    encoding = {e.name: e for e in op.body.encoding}
    # entries that change nothing are left out; a non-query style is dropped
    assert set(encoding) == {"name", "photo"}
    assert (encoding["name"].style, encoding["name"].explode) == (
        "spaceDelimited",
        False,
    )
    assert encoding["photo"].content_type == "image/png"
    assert "spec-invalid" in codes(diagnostics)
    assert "``name``, ``photo``" in op.docstring


def test_multipart_without_an_object_schema_is_a_field_mapping() -> None:
    op, _ = operation_of(
        "post",
        _body(
            {
                "multipart/form-data": {
                    "schema": {"type": "string"},
                    "encoding": {"file": {"style": "form"}},
                }
            }
        ),
    )
    assert op.body is not None
    assert op.body.kind == "multipart"
    assert text(op.body.type) == "Mapping[str, Any]"
    # style/explode are form rules: multipart keeps only content types
    assert op.body.encoding == ()


def test_ndjson_body_is_an_iterable_of_items() -> None:
    op, _ = operation_of(
        "post",
        _body(
            {
                "application/x-ndjson": {
                    "schema": {"type": "array", "items": {"type": "integer"}}
                }
            }
        ),
    )
    assert op.body is not None
    assert op.body.kind == "ndjson"
    assert text(op.body.type) == "Iterable[int]"
    assert ("collections.abc", "Iterable") in op.body.type.imports


def test_text_and_binary_bodies() -> None:
    text_op, _ = operation_of("post", _body({"text/plain": {}}))
    binary_op, _ = operation_of("put", _body({"application/octet-stream": {}}))
    assert text_op.body is not None and binary_op.body is not None
    assert (text_op.body.kind, text(text_op.body.type)) == ("text", "str")
    assert (binary_op.body.kind, text(binary_op.body.type)) == (
        "binary",
        "FileContent",
    )
    assert binary_op.body.content_type == "application/octet-stream"


def test_wildcard_media_types_send_a_concrete_content_type() -> None:
    cases = {
        "binary": {"type": "string", "format": "binary"},
        "text": {"type": "string"},
        "json": {"type": "object"},
    }
    sent = {}
    for expected, schema in cases.items():
        op, _ = operation_of("post", _body({"*/*": {"schema": schema}}))
        assert op.body is not None
        assert op.body.kind == expected
        sent[expected] = op.body.content_type
    assert sent == {
        "binary": "application/octet-stream",
        "text": "text/plain",
        "json": JSON,
    }


def test_body_without_content_is_ignored_with_a_warning() -> None:
    op, diagnostics = operation_of("post", {"requestBody": {"required": True}})
    assert op.body is None
    assert "body-ignored" in codes(diagnostics)
    empty, more = operation_of("post", _body({}))
    assert empty.body is None
    assert "body-ignored" in codes(more)
