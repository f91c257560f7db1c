"""Build the IR from small inline specs, for tests that assert on IR fields.

The IR is what templates print; testing it directly says which decision went
wrong (a parameter's style, a body's kind, a detected pagination) where a
rendered-text test only says the output changed.
"""

from __future__ import annotations

from typing import Any

from clientsmith.generator.builder import build_package
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import OperationIR, PackageIR, TypeExpr
from clientsmith.generator.operations import OperationCompiler
from clientsmith.generator.schemas import SchemaCompiler
from clientsmith.generator.spec.parse import parse_document
from clientsmith.generator.spec.schema import SchemaNode

JSON = "application/json"


def spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    """An OpenAPI 3.0 document with ``paths`` and component ``schemas``."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Test", "version": "1.0"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    document.update(extra)
    return document


def ok(schema: dict[str, Any] | None = None, media: str = JSON) -> dict[str, Any]:
    """A ``responses`` map with one 200 response of ``media`` (no content: empty)."""
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {media: {"schema": schema}}}}


def compile_operations(
    document: dict[str, Any],
) -> tuple[OperationCompiler, Diagnostics]:
    """Run the operation compiler alone over ``document``."""
    diagnostics = Diagnostics()
    compiler = OperationCompiler(
        parse_document(document), SchemaCompiler(document, diagnostics), diagnostics
    )
    compiler.compile()
    return compiler, diagnostics


def only_operation(document: dict[str, Any]) -> tuple[OperationIR, Diagnostics]:
    """The one operation ``document`` declares, with the run's diagnostics."""
    compiler, diagnostics = compile_operations(document)
    operations = [op for r in compiler.resources.values() for op in r.operations]
    assert len(operations) == 1, [op.method_name for op in operations]
    return operations[0], diagnostics


def operation_of(
    method: str, operation: dict[str, Any], path: str = "/things"
) -> tuple[OperationIR, Diagnostics]:
    """Compile one operation at ``path`` (``responses`` defaults to an empty 200)."""
    operation.setdefault("responses", ok())
    return only_operation(spec({path: {method: operation}}))


def build(document: dict[str, Any], **config: Any) -> tuple[PackageIR, Diagnostics]:
    """The whole package IR, as the pipeline's IR stage builds it."""
    diagnostics = Diagnostics()
    config.setdefault("package_name", "test")
    package = build_package(
        document, GeneratorConfig(**config), diagnostics, spec_source="test.yaml"
    )
    return package, diagnostics


def text(t: TypeExpr | None) -> str:
    """A type expression as the templates print it (one place to adapt)."""
    assert t is not None
    return t.expr


def codes(diagnostics: Diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def type_of(compiler: SchemaCompiler, schema: Any, pointer: str, hint: str) -> TypeExpr:
    """The type ``compiler`` gives the raw ``schema`` written at ``pointer``."""
    return compiler.type_of_node(SchemaNode(schema, pointer), hint)
