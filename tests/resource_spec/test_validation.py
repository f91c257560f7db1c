"""Bad resource specs: every problem is a diagnostic naming file, line and column."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
import yaml

from clientsmith.generator.diagnostics import Diagnostics, GeneratorError, Severity
from clientsmith.generator.resource_spec import (
    TypeSyntaxError,
    compile_resource_spec,
    is_resource_spec,
    parse_type,
)

GOOD = """\
resource_spec: 1
name: Tiny
base_url: https://api.example.com
models:
  Thing:
    fields:
      id: uuid
      name: string
resources:
  things:
    operations:
      list: {method: GET, response: "list[Thing]"}
"""


def problems(text: str, file: str = "tiny.yaml") -> list[str]:
    document = yaml.safe_load(text)
    diagnostics = Diagnostics()
    with pytest.raises(GeneratorError) as info:
        compile_resource_spec(document, diagnostics, file=file, text=text)
    assert list(info.value.diagnostics) == [
        d for d in diagnostics if d.severity is Severity.ERROR
    ]
    assert all(
        d.file == file and d.code == "resource-spec-invalid"
        for d in info.value.diagnostics
    )
    return [d.message for d in info.value.diagnostics]


def test_good_spec_compiles() -> None:
    document: Any = yaml.safe_load(GOOD)
    assert is_resource_spec(document)
    result = compile_resource_spec(document, Diagnostics(), file="tiny.yaml", text=GOOD)
    assert "get" in result["paths"]["/things"]


def test_is_resource_spec() -> None:
    assert not is_resource_spec({"openapi": "3.1.0"})
    assert not is_resource_spec(["resource_spec"])
    assert is_resource_spec({"resource_spec": 1})


def test_wrong_type() -> None:
    text = GOOD.replace("base_url: https://api.example.com", "base_url: 42")
    assert problems(text) == [
        "tiny.yaml:3:11: base_url: expected a string, got a number (42)"
    ]


def test_wrong_type_deep_inside() -> None:
    text = GOOD.replace(
        "list: {method: GET,", "list: {method: GET, deprecated: sometimes,"
    )
    assert problems(text) == [
        "tiny.yaml:12:39: resources/things/operations/list/deprecated: expected a boolean, "
        "got a string ('sometimes')"
    ]


def test_unknown_key_points_at_the_key() -> None:
    text = GOOD.replace("    fields:\n", "    feilds: {}\n    fields:\n")
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:6:5: models/Thing/feilds: unknown key 'feilds' (allowed: "
    )
    assert "fields" in message


def test_unknown_top_level_key() -> None:
    (message,) = problems(GOOD + "servers: []\n")
    assert message.startswith("tiny.yaml:13:1: servers: unknown key 'servers'")


def test_unknown_model_reference() -> None:
    text = GOOD.replace('response: "list[Thing]"', 'response: "list[Thingy]"')
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:12:37: resources/things/operations/list/response: unknown type 'Thingy'"
    )


def test_unknown_model_in_a_field() -> None:
    text = GOOD.replace(
        "      name: string", "      name: string\n      owner: Person?"
    )
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:9:14: models/Thing/fields/owner: unknown type 'Person'"
    )


def test_missing_required_key() -> None:
    text = GOOD.replace("name: Tiny\n", "")
    assert problems(text) == [
        "tiny.yaml:1:1: the top level: missing required key 'name'"
    ]


def test_missing_method() -> None:
    text = GOOD.replace(
        '{method: GET, response: "list[Thing]"}', '{response: "list[Thing]"}'
    )
    assert problems(text) == [
        "tiny.yaml:12:13: resources/things/operations/list: missing required key 'method'"
    ]


def test_bad_enum_value_and_several_problems_at_once() -> None:
    text = GOOD.replace("method: GET", "method: FETCH").replace(
        "base_url: https://api.example.com", "base_url: 1"
    )
    messages = problems(text)
    assert messages == [
        "tiny.yaml:3:11: base_url: expected a string, got a number (1)",
        "tiny.yaml:12:22: resources/things/operations/list/method: 'FETCH' is not one of: "
        "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, get, post, put, patch, delete, head, options",
    ]


def test_bad_resource_name() -> None:
    text = GOOD.replace("  things:\n", "  Things-2:\n")
    (message,) = problems(text)
    assert message == (
        "tiny.yaml:10:3: resources: the name 'Things-2' is not allowed here "
        "(names must match '^[a-z_][a-z0-9_]*$')"
    )


def test_unknown_pagination_and_auth_names() -> None:
    text = GOOD.replace(
        'response: "list[Thing]"}',
        'response: "list[Thing]", pagination: pages, auth: [oauth]}',
    )
    assert problems(text) == [
        "tiny.yaml:12:64: resources/things/operations/list/pagination: no pagination named 'pages' in 'paginations'",
        "tiny.yaml:12:78: resources/things/operations/list/auth/0: no auth scheme named 'oauth' in 'auth'",
    ]


def test_paginated_operation_must_return_a_list() -> None:
    text = GOOD.replace(
        '{method: GET, response: "list[Thing]"}',
        "{method: GET, response: Thing, pagination: {style: page}}",
    )
    (message,) = problems(text)
    assert "a paginated operation's response must be list[...]" in message
    assert message.startswith("tiny.yaml:12:")


def test_path_parameter_not_in_path() -> None:
    text = GOOD.replace(
        '{method: GET, response: "list[Thing]"}',
        "{method: GET, params: {id: {in: path}}}",
    )
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:12:36: resources/things/operations/list: path parameter 'id' is not in the path"
    )


def test_without_text_messages_still_name_the_file() -> None:
    document = yaml.safe_load(
        GOOD.replace("base_url: https://api.example.com", "base_url: 42")
    )
    with pytest.raises(GeneratorError) as info:
        compile_resource_spec(document, Diagnostics(), file="mem.yaml", text=None)
    (d,) = info.value.diagnostics
    assert d.message == "mem.yaml: base_url: expected a string, got a number (42)"
    assert d.line is None and d.pointer == "/base_url"


def test_diagnostic_carries_line_and_pointer() -> None:
    text = GOOD.replace("base_url: https://api.example.com", "base_url: 42")
    with pytest.raises(GeneratorError) as info:
        compile_resource_spec(
            yaml.safe_load(text), Diagnostics(), file="tiny.yaml", text=text
        )
    (d,) = info.value.diagnostics
    assert (d.line, d.pointer) == (3, "/base_url")
    assert d.format().startswith(
        "tiny.yaml:3: error[resource-spec-invalid] tiny.yaml:3:11:"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("list[", "cannot read a type"),
        ("list[string", "expected ']'"),
        ("string]", "unexpected ']'"),
        ("Nope", "unknown type 'Nope'"),
        ("map[string]?x", "unexpected 'x'"),
    ],
)
def test_type_syntax_errors(text: str, problem: str) -> None:
    with pytest.raises(
        TypeSyntaxError, match=problem.replace("[", r"\[").replace("]", r"\]")
    ):
        parse_type(text, {})


def test_type_syntax() -> None:
    ref = parse_type("list[map[Thing?]]?", {"Thing": {}})
    assert ref.kind == "list" and ref.nullable
    assert ref.item is not None and ref.item.kind == "map" and not ref.item.nullable
    assert (
        ref.item.item is not None
        and ref.item.item.name == "Thing"
        and ref.item.item.nullable
    )


def test_source_with_tabs_or_broken_yaml_still_reports(tmp_path: Any) -> None:
    from clientsmith.generator.resource_spec import load_resource_spec

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        textwrap.dedent("""\
        resource_spec: 1
        name: [unclosed
        """),
        encoding="utf-8",
    )
    with pytest.raises(GeneratorError) as info:
        load_resource_spec(bad, Diagnostics())
    (d,) = info.value.diagnostics
    assert d.code == "spec-parse-error" and d.message.startswith(
        f"{bad}:3:1: invalid YAML"
    )


def test_path_parent_must_be_in_the_path() -> None:
    text = GOOD.replace(
        "  things:\n", "  things:\n    parent_param: {name: shopId, in: path}\n"
    )
    assert problems(text) == [
        "tiny.yaml:11:26: resources/things/parent_param: no operation path of this "
        "resource or its children contains {shopId}"
    ]


def test_duplicate_operation_and_operation_id() -> None:
    text = GOOD.replace(
        '      list: {method: GET, response: "list[Thing]"}\n',
        '      list: {method: GET, response: "list[Thing]"}\n'
        "      again: {method: GET, operation_id: thingsList}\n",
    )
    assert problems(text) == [
        "tiny.yaml:13:42: resources/things/operations/again/operation_id: operation id "
        "'thingsList' is already used by resources/things/operations/list",
        "tiny.yaml:13:23: resources/things/operations/again/method: GET /things is already defined",
    ]


def test_shared_definitions_are_reported_once_where_they_are() -> None:
    text = GOOD.replace(
        "models:\n", "path_params:\n  id: Identifier\nmodels:\n"
    ).replace(
        '      list: {method: GET, response: "list[Thing]"}\n',
        '      list: {method: GET, response: "list[Thing]"}\n'
        '      get: {method: GET, path: "/{id}", response: Thing}\n'
        '      delete: {method: DELETE, path: "/{id}"}\n',
    )
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:5:7: path_params/id: unknown type 'Identifier'"
    )


def test_load_spec_compiles_resource_specs_and_reports_located_errors(
    tmp_path: Any,
) -> None:
    from clientsmith.generator.load import load_spec

    good = tmp_path / "tiny.yaml"
    good.write_text(GOOD, encoding="utf-8")
    loaded = load_spec(good, Diagnostics())
    assert loaded.document["openapi"] == "3.1.0"
    assert loaded.document["paths"]["/things"]["get"]["x-clientsmith-method"] == "list"

    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("method: GET", "method: GIT"), encoding="utf-8")
    diagnostics = Diagnostics()
    with pytest.raises(GeneratorError) as info:
        load_spec(bad, diagnostics)
    (d,) = info.value.diagnostics
    assert d.message.startswith(
        f"{bad}:12:22: resources/things/operations/list/method: 'GIT'"
    )
    assert (d.file, d.line) == (str(bad), 12)


def test_unknown_key_inside_a_field_definition() -> None:
    text = GOOD.replace("      name: string", "      name: {typ: string}")
    (message,) = problems(text)
    assert message.startswith(
        "tiny.yaml:8:14: models/Thing/fields/name/typ: unknown key 'typ' (allowed: "
    )


def test_field_of_the_wrong_form() -> None:
    text = GOOD.replace("      name: string", "      name: 5")
    assert problems(text) == [
        "tiny.yaml:8:13: models/Thing/fields/name: expected a string or a mapping, got a number (5)"
    ]


def test_security_of_the_wrong_form() -> None:
    assert problems(GOOD + "security: everyone\n") == [
        "tiny.yaml:13:11: security: expected 'none' or a list, got a string ('everyone')"
    ]


def test_model_with_fields_and_enum() -> None:
    text = GOOD.replace(
        "    fields:\n      id: uuid\n",
        "    enum: [a, b]\n    fields:\n      id: uuid\n",
    )
    (message,) = problems(text)
    assert message == (
        "tiny.yaml:6:5: models/Thing: 'enum' cannot be used together with the other keys here"
    )


def test_wrong_format_version() -> None:
    assert problems(GOOD.replace("resource_spec: 1", "resource_spec: 2")) == [
        "tiny.yaml:1:16: resource_spec: must be 1, got 2"
    ]
