"""Return types and runtime ``Response`` declarations per response media type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gen_helpers import generate, spec

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import OperationIR
from clientsmith.generator.load import load_spec
from clientsmith.generator.pipeline import generate_from_loaded

ITEM = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}},
}
REF = {"$ref": "#/components/schemas/Item"}
STRING = {"type": "string"}
BINARY = {"type": "string", "format": "binary"}


def compile_one(document: dict[str, Any], tmp_path: Path) -> OperationIR:
    result, _ = generate(document, tmp_path)
    (operation,) = [
        o for resource in result.package.resources for o in resource.operations
    ]
    return operation


def with_content(content: dict[str, Any]) -> dict[str, Any]:
    operation = {
        "operationId": "getThing",
        "tags": ["things"],
        "responses": {"200": {"description": "ok", "content": content}},
    }
    return spec({"/things": {"get": operation}}, {"Item": ITEM})


def summary(operation: OperationIR) -> tuple[str, str, list[tuple[str, str]], str]:
    (response,) = operation.responses
    return (
        operation.return_type.expr,
        response.kind,
        [(a.kind, a.media_type) for a in response.alternatives],
        response.media_type,
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # one media type: no alternatives, no Accept
        ({"application/json": {"schema": REF}}, ("Item", "json", [], "")),
        ({"text/plain": {"schema": STRING}}, ("str", "text", [], "")),
        # a wildcard with a string schema is text (Kubernetes connect), never JSON
        ({"*/*": {"schema": STRING}}, ("str", "text", [], "")),
        ({"*/*": {"schema": BINARY}}, ("bytes", "binary", [], "")),
        ({"*/*": {"schema": REF}}, ("Item", "json", [], "")),
        # JSON or PDF, JSON or CSV: unions, decoded by the actual Content-Type
        (
            {
                "application/json": {"schema": REF},
                "application/pdf": {"schema": BINARY},
            },
            (
                "Item | bytes",
                "json",
                [("binary", "application/pdf")],
                "application/json",
            ),
        ),
        (
            {"text/csv": {"schema": STRING}, "application/json": {"schema": REF}},
            ("Item | str", "json", [("text", "text/csv")], "application/json"),
        ),
        # re-encodings of the same data do not widen the type; JSON is asked for
        (
            {
                "application/xml": {"schema": REF},
                "application/json": {"schema": REF},
            },
            ("Item", "json", [], "application/json"),
        ),
        (
            {
                "application/json": {"schema": REF},
                "application/yaml": {"schema": REF},
                "application/vnd.kubernetes.protobuf": {"schema": REF},
            },
            ("Item", "json", [], "application/json"),
        ),
        # Kubernetes' log endpoint: every media type a string
        (
            {
                "text/plain": {"schema": STRING},
                "application/json": {"schema": STRING},
                "application/yaml": {"schema": STRING},
                "application/vnd.kubernetes.protobuf": {"schema": STRING},
            },
            ("str", "json", [("text", "text/plain")], "application/json"),
        ),
        # an Office document is a document, not XML re-encoding the data
        (
            {
                "application/json": {"schema": REF},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    "schema": BINARY
                },
            },
            (
                "Item | bytes",
                "json",
                [
                    (
                        "binary",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    )
                ],
                "application/json",
            ),
        ),
        # plain application/json is the primary over another JSON media type
        (
            {
                "application/problem+json": {"schema": STRING},
                "application/json": {"schema": REF},
            },
            ("Item", "json", [], "application/json"),
        ),
        # a structured schema under another media type is the same data too
        (
            {"application/json": {"schema": REF}, "text/plain": {"schema": REF}},
            ("Item", "json", [], "application/json"),
        ),
    ],
)
def test_return_type_per_media_types(
    content: dict[str, Any],
    expected: tuple[str, str, list[tuple[str, str]], str],
    tmp_path: Path,
) -> None:
    assert summary(compile_one(with_content(content), tmp_path)) == expected


def test_rendered_response_names_alternatives_and_media_types(tmp_path: Path) -> None:
    content = {
        "application/json": {"schema": REF},
        "application/pdf": {"schema": BINARY},
    }
    result, _ = generate(with_content(content), tmp_path)
    code = " ".join(result.files["api/resources/things.py"].split())
    assert (
        'Response( "json", Item, alternatives=(Response("binary", '
        'media_type="application/pdf"),), media_type="application/json", )'
    ) in code
    assert ") -> Item | bytes:" in code


def test_swagger2_wildcard_string_response_is_text(tmp_path: Path) -> None:
    document = {
        "swagger": "2.0",
        "info": {"title": "K", "version": "1"},
        "host": "k.example",
        "paths": {
            "/api/v1/namespaces/{namespace}/pods/{name}/proxy": {
                "get": {
                    "operationId": "connectGetNamespacedPodProxy",
                    "tags": ["core_v1"],
                    "produces": ["*/*"],
                    "parameters": [
                        {
                            "name": "namespace",
                            "in": "path",
                            "required": True,
                            "type": "string",
                        },
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "type": "string",
                        },
                    ],
                    "responses": {
                        "200": {"description": "OK", "schema": {"type": "string"}}
                    },
                }
            }
        },
    }
    source = tmp_path / "k8s.json"
    source.write_text(json.dumps(document))
    diagnostics = Diagnostics()
    result = generate_from_loaded(
        load_spec(source, diagnostics), GeneratorConfig(package_name="k8s"), diagnostics
    )
    (operation,) = [o for r in result.package.resources for o in r.operations]
    assert summary(operation) == ("str", "text", [], "")
