"""Request bodies and parameters in generated code (issue 10 §2 "Requests").

Form and multipart bodies are typed from their schema like JSON bodies, carry
the media type's ``encoding`` into ``Body(...)``, and list their fields in the
method docstring; wildcard request media types become a real content type;
``allowReserved`` reaches the runtime.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gen_helpers import generate, mypy_strict, op, run_python, spec

SPECS = Path(__file__).resolve().parents[1] / "requests" / "specs"


def _resource(out: Path, package: str, module: str) -> str:
    return (out / package / "resources" / f"{module}.py").read_text()


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SPECS / name).read_text(encoding="utf-8"))
    return data


def test_stripe_form_body_is_a_model_and_carries_its_encoding(tmp_path: Path) -> None:
    generate(_load("stripe_customers.json"), tmp_path, package="stripe_api")
    text = _resource(tmp_path, "stripe_api", "customers")
    assert "body: PostCustomersBody | dict[str, Any] | NotGiven = NOT_GIVEN," in text
    assert "Mapping[str, Any] | NotGiven" not in text
    assert 'Encoding("metadata", style="deepObject", explode=True),' in text
    assert 'Encoding("expand", style="deepObject", explode=True),' in text
    assert '"application/x-www-form-urlencoded",\n                "form",' in text
    out = run_python(
        "from stripe_api.models import PostCustomersBody as B\n"
        "print(sorted(B.model_fields)[:3], B.model_fields['metadata'].annotation)",
        tmp_path,
    )
    assert out.startswith("['address', 'balance', 'cash_balance']")
    assert "dict[str, str]" in out


@pytest.mark.parametrize(
    ("spec_file", "package", "module", "model", "fields"),
    [
        (
            "twilio_messages.json",
            "twilio_api",
            "accounts_messages",  # client.accounts.messages: nested by path
            "CreateMessageBody",
            ("``To``", "``From``", "``Body``", "``MediaUrl``"),
        ),
        (
            "slack_chat.json",
            "slack_api",
            "chat",
            "ChatPostMessageBody",
            ("``channel``", "``text``", "``blocks``", "``unfurl_links``"),
        ),
    ],
)
def test_twilio_and_slack_form_bodies_show_their_fields(
    tmp_path: Path,
    spec_file: str,
    package: str,
    module: str,
    model: str,
    fields: tuple[str, ...],
) -> None:
    generate(_load(spec_file), tmp_path, package=package)
    text = _resource(tmp_path, package, module)
    assert f"body: {model} | dict[str, Any] | NotGiven = NOT_GIVEN," in text
    docs = text.split("The form fields: ", 1)[1].split("\n", 1)[0]
    for field in fields:
        assert field in docs
    # The model holds the same fields, by their wire names.
    out = run_python(
        f"from {package}.models import {model} as B\n"
        "print(sorted(f.serialization_alias or n for n, f in B.model_fields.items()))",
        tmp_path,
    )
    for field in fields:
        assert repr(field.strip("`")) in out


def test_multipart_body_is_typed_and_part_content_types_are_kept(
    tmp_path: Path,
) -> None:
    document = spec(
        {
            "/upload": {
                "post": op(
                    "upload",
                    requestBody={
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {"type": "string", "format": "binary"},
                                        "meta": {
                                            "type": "object",
                                            "properties": {"a": {"type": "integer"}},
                                        },
                                    },
                                },
                                "encoding": {
                                    "file": {"contentType": "image/png"},
                                    "meta": {"headers": {}},
                                },
                            }
                        },
                    },
                )
            }
        }
    )
    generate(document, tmp_path)
    text = _resource(tmp_path, "api", "upload")
    assert "body: UploadBody | dict[str, Any]," in text
    assert 'Encoding("file", content_type="image/png"),' in text
    assert 'Encoding("meta"' not in text  # nothing to change: OpenAPI's default
    assert "The multipart fields: ``file``, ``meta``." in text
    mypy_strict(tmp_path, "api")


@pytest.mark.parametrize(
    ("declared", "schema", "expected"),
    [
        ("*/*", {"type": "object"}, 'Body("application/json", "json")'),
        (
            "application/*",
            {"type": "array", "items": {}},
            'Body("application/json", "json")',
        ),
        (
            "*/*",
            {"type": "string", "format": "binary"},
            'Body("application/octet-stream", "binary")',
        ),
        ("*/*", {"type": "string"}, 'Body("text/plain", "text")'),
        (
            "application/merge-patch+json",
            {"type": "object"},
            'Body("application/merge-patch+json", "json")',
        ),
    ],
)
def test_wildcard_request_media_types_get_a_real_content_type(
    tmp_path: Path, declared: str, schema: dict[str, Any], expected: str
) -> None:
    document = spec(
        {
            "/s": {
                "post": op(
                    "create", requestBody={"content": {declared: {"schema": schema}}}
                )
            }
        }
    )
    generate(document, tmp_path)
    assert expected in _resource(tmp_path, "api", "s")


def test_plain_json_is_preferred_over_its_relatives(tmp_path: Path) -> None:
    document = spec(
        {
            "/s": {
                "patch": op(
                    "patch",
                    requestBody={
                        "content": {
                            "application/json-patch+json": {
                                "schema": {"type": "array", "items": {}}
                            },
                            "application/json": {"schema": {"type": "object"}},
                        }
                    },
                )
            }
        }
    )
    generate(document, tmp_path)
    text = _resource(tmp_path, "api", "s")
    # JSON Patch stays an alternative for a list value (a patch document).
    assert (
        'Body("application/json", "json", alternatives=("application/json-patch+json",))'
        in " ".join(text.split()).replace("( ", "(").replace(", )", ")")
    )


def test_kubernetes_service_body_goes_out_as_json(tmp_path: Path) -> None:
    generate(_load("kubernetes_services.json"), tmp_path, package="k8s")
    text = _resource(tmp_path, "k8s", "core_v1")
    assert 'body=Body("application/json", "json"),' in text
    assert '"*/*"' not in text


def test_kubernetes_patch_takes_a_merge_patch_or_a_json_patch(tmp_path: Path) -> None:
    generate(_load("kubernetes_services.json"), tmp_path, package="k8s")
    text = _resource(tmp_path, "k8s", "core_v1")
    flat = " ".join(text.split())
    assert (
        'Body( "application/json-patch+json", "json", alternatives=( '
        '"application/merge-patch+json", "application/strategic-merge-patch+json",'
    ) in flat
    assert "body: Patch | dict[str, Any] | list[dict[str, Any]]," in text
    mypy_strict(tmp_path, "k8s")


def test_allow_reserved_query_parameters_reach_the_runtime(tmp_path: Path) -> None:
    document = spec(
        {
            "/f": {
                "get": op(
                    "find",
                    parameters=[
                        {
                            "name": "path",
                            "in": "query",
                            "allowReserved": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                )
            }
        }
    )
    generate(document, tmp_path)
    text = _resource(tmp_path, "api", "f")
    assert 'Param("path", "query", allow_reserved=True),' in text
    assert 'Param("q", "query"),' in text


def test_form_encoding_with_a_non_query_style_is_reported(tmp_path: Path) -> None:
    document = spec(
        {
            "/f": {
                "post": op(
                    "send",
                    requestBody={
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "ids": {
                                            "type": "array",
                                            "items": {"type": "integer"},
                                        }
                                    },
                                },
                                "encoding": {
                                    "ids": {"style": "matrix", "explode": False}
                                },
                            }
                        }
                    },
                )
            }
        }
    )
    _, diagnostics = generate(document, tmp_path)
    assert any("encoding style 'matrix'" in d.message for d in diagnostics.items), [
        d.message for d in diagnostics.items
    ]
    assert 'Encoding("ids", explode=False),' in _resource(tmp_path, "api", "f")


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "object"}, "body: dict[str, Any],"),
        ({}, "body: Mapping[str, Any],"),
        (
            {
                "type": "array",
                "items": {"type": "object", "properties": {"a": {"type": "string"}}},
            },
            "body: Mapping[str, Any],",
        ),
        (
            {"type": "object", "additionalProperties": {"type": "string"}},
            "body: dict[str, str],",
        ),
        (
            {
                "oneOf": [
                    {
                        "type": "object",
                        "properties": {"a": {"type": "string"}},
                        "required": ["a"],
                    },
                    {
                        "type": "object",
                        "properties": {"b": {"type": "integer"}},
                        "required": ["b"],
                    },
                ]
            },
            "body: SendBodyVariant1 | SendBodyVariant2,",
        ),
    ],
)
def test_form_body_types_that_are_not_one_model(
    tmp_path: Path, schema: dict[str, Any], expected: str
) -> None:
    """No schema or an array: a field mapping; free-form objects, maps and unions kept."""
    document = spec(
        {
            "/f": {
                "post": op(
                    "send",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/x-www-form-urlencoded": {"schema": schema}
                        },
                    },
                )
            }
        }
    )
    generate(document, tmp_path)
    assert expected in _resource(tmp_path, "api", "f")
