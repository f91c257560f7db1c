"""OperationCompiler: parameters as ParamIR (names, locations, styles, order)."""

from __future__ import annotations

from typing import Any

from ir_build import JSON, codes, ok, only_operation, operation_of, spec, text


def _param(name: str, location: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "in": location, "schema": {"type": "string"}, **more}


def test_path_parameters_come_in_path_order_then_required_first() -> None:
    op, _ = operation_of(
        "get",
        {
            "parameters": [
                _param("limit", "query"),
                _param("b", "path", required=True),
                _param("q", "query", required=True),
                _param("a", "path", required=True),
            ]
        },
        path="/x/{a}/y/{b}",
    )
    assert [p.wire_name for p in op.path_params] == ["a", "b"]
    assert [(p.wire_name, p.required) for p in op.params] == [
        ("q", True),
        ("limit", False),
    ]
    assert all(p.required for p in op.path_params)


def test_styles_explode_and_allow_reserved_are_carried() -> None:
    op, _ = operation_of(
        "get",
        {
            "parameters": [
                _param("ids", "query", style="pipeDelimited", explode=False),
                _param("filter", "query", style="deepObject", allowReserved=True),
                _param("X-Trace", "header", style="simple", allowReserved=True),
                _param("session", "cookie"),
            ]
        },
    )
    by_wire = {p.wire_name: p for p in op.params}
    assert (by_wire["ids"].style, by_wire["ids"].explode) == ("pipeDelimited", False)
    assert by_wire["filter"].style == "deepObject"
    assert by_wire["filter"].explode is None
    assert by_wire["filter"].allow_reserved is True
    # allowReserved means something for query parameters only
    assert by_wire["X-Trace"].allow_reserved is False
    assert by_wire["X-Trace"].location == "header"
    assert by_wire["X-Trace"].name == "x_trace"
    assert by_wire["session"].location == "cookie"
    assert by_wire["session"].style == ""


def test_operation_parameters_override_the_path_items() -> None:
    document = spec(
        {
            "/things": {
                "parameters": [_param("q", "query", description="from the item")],
                "get": {
                    "parameters": [_param("q", "query", description="own")],
                    "responses": ok(),
                },
            }
        }
    )
    op, _ = only_operation(document)
    assert [(p.wire_name, p.description) for p in op.params] == [("q", "own")]


def test_parameter_refs_are_followed() -> None:
    document = spec(
        {"/things": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}]}}},
    )
    document["paths"]["/things"]["get"]["responses"] = ok()
    document["components"]["parameters"] = {"P": _param("page", "query")}
    op, _ = only_operation(document)
    assert [p.wire_name for p in op.params] == ["page"]


def test_undeclared_path_variable_becomes_a_required_string() -> None:
    op, diagnostics = operation_of("get", {}, path="/things/{thing_id}")
    [param] = op.path_params
    assert (param.name, param.required, text(param.type)) == ("thing_id", True, "str")
    assert "path-param-missing" in codes(diagnostics)


def test_runtime_headers_and_stray_path_parameters_are_dropped() -> None:
    op, diagnostics = operation_of(
        "get",
        {
            "parameters": [
                _param("Authorization", "header"),
                _param("Accept", "header"),
                _param("nowhere", "path", required=True),
                _param("kept", "header"),
            ]
        },
    )
    assert [p.wire_name for p in op.all_params] == ["kept"]
    assert codes(diagnostics).count("parameter-ignored") == 3


def test_same_name_in_two_locations_is_qualified_by_location() -> None:
    op, _ = operation_of(
        "get",
        {"parameters": [_param("id", "path", required=True), _param("id", "query")]},
        path="/things/{id}",
    )
    assert [p.name for p in op.path_params] == ["id_path"]
    assert [p.name for p in op.params] == ["id_query"]


def test_reserved_and_operator_names_are_made_safe() -> None:
    op, _ = operation_of(
        "get",
        {"parameters": [_param("timeout", "query"), _param("created[gte]", "query")]},
    )
    names = {p.wire_name: p.name for p in op.params}
    assert names["timeout"] != "timeout"  # the per-request timeout keyword
    assert names["timeout"].startswith("timeout")
    assert names["created[gte]"].isidentifier()
    assert "gte" in names["created[gte]"]


def test_content_parameters_are_json_encoded_with_their_schema() -> None:
    op, _ = operation_of(
        "get",
        {
            "parameters": [
                {
                    "name": "where",
                    "in": "query",
                    "content": {JSON: {"schema": {"type": "integer"}}},
                },
                _param("plain", "query"),
            ]
        },
    )
    by_wire = {p.wire_name: p for p in op.params}
    assert by_wire["where"].json is True
    assert text(by_wire["where"].type) == "int"
    assert by_wire["plain"].json is False


def test_invalid_parameters_are_skipped_with_a_warning() -> None:
    op, diagnostics = operation_of(
        "get", {"parameters": [{"name": "x", "in": "body"}, {"in": "query"}]}
    )
    assert op.all_params == ()
    assert codes(diagnostics).count("parameter-skipped") == 2


def test_deprecated_and_described_parameters() -> None:
    op, _ = operation_of(
        "get",
        {"parameters": [_param("old", "query", deprecated=True, description=" Old. ")]},
    )
    [param] = op.params
    assert param.deprecated is True
    assert param.description == " Old. "
    assert "old: Old." in op.docstring
