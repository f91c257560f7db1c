"""Hand-written YAML resource specs, compiled to OpenAPI 3.1.

A resource spec describes an API the way a person thinks about it: named models
with short type strings (``list[Network]``, ``string?``), nested resources with
their operations, one default pagination and one error model. It is validated
against ``schema.json`` in this package (errors carry file, line and column) and
compiled into an OpenAPI 3.1 document that uses clientsmith's extensions
(``x-clientsmith-resource``, ``x-clientsmith-method``, ``x-pagination``,
``x-clientsmith-token-request``...). The rest of the generator only ever sees
that document, so both inputs produce the same IR; ``clientsmith export-openapi``
writes it out. The format is documented in ``docs/resource-spec.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import Diagnostic, Diagnostics, GeneratorError, Severity
from ._compile import OPENAPI_VERSION, Compiler
from ._export import dump_openapi, export_openapi
from ._report import Loader, Reporter
from ._types import SCALARS, TypeRef, TypeSyntaxError, parse_type, type_schema
from ._validate import check_schema, resource_spec_schema

__all__ = [
    "FORMAT_KEY",
    "OPENAPI_VERSION",
    "SCALARS",
    "TypeRef",
    "TypeSyntaxError",
    "compile_resource_spec",
    "dump_openapi",
    "export_openapi",
    "is_resource_spec",
    "load_resource_spec",
    "parse_type",
    "resource_spec_schema",
    "type_schema",
]

FORMAT_KEY = "resource_spec"
"""Top-level key that marks a resource spec; its value is the format version, 1."""


def is_resource_spec(document: Any) -> bool:
    """True for a parsed document that declares ``resource_spec: 1`` at the top."""
    return (
        isinstance(document, Mapping)
        and FORMAT_KEY in document
        and "openapi" not in document
    )


def compile_resource_spec(
    document: dict[str, Any],
    diagnostics: Diagnostics,
    *,
    file: str,
    text: str | None = None,
) -> dict[str, Any]:
    """Validate a resource spec and compile it into an OpenAPI 3.1 document.

    ``text`` is the source the document was parsed from; with it, every
    diagnostic names ``file:line:column``. Raises :class:`GeneratorError` (with
    the diagnostics, which are also added to ``diagnostics``) when the spec does
    not satisfy the schema or refers to things that do not exist.
    """
    reporter = Reporter(diagnostics, file, text)
    check_schema(document, reporter)
    if reporter.errors:
        raise GeneratorError(
            f"{file}: {len(reporter.errors)} problem(s) in the resource spec",
            reporter.errors,
        )
    result = Compiler(document, reporter).compile()
    if reporter.errors:
        raise GeneratorError(
            f"{file}: {len(reporter.errors)} problem(s) in the resource spec",
            reporter.errors,
        )
    return result


def load_resource_spec(path: str | Path, diagnostics: Diagnostics) -> dict[str, Any]:
    """Read, parse and compile the resource spec file at ``path``."""
    location = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        diagnostic = Diagnostic(
            Severity.ERROR,
            "spec-unreadable",
            f"{location}: cannot read: {exc}",
            "",
            location,
        )
        diagnostics.add(diagnostic)
        raise GeneratorError(f"cannot read {location}", [diagnostic]) from None
    try:
        document = yaml.load(text, Loader=Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        col = f":{mark.column + 1}" if mark is not None else ""
        message = f"{location}:{line}{col}: invalid YAML: {getattr(exc, 'problem', None) or exc}"
        diagnostic = Diagnostic(
            Severity.ERROR, "spec-parse-error", message, "", location, line
        )
        diagnostics.add(diagnostic)
        raise GeneratorError(f"cannot parse {location}", [diagnostic]) from None
    if not is_resource_spec(document):
        diagnostic = Diagnostic(
            Severity.ERROR,
            "resource-spec-invalid",
            f"{location}: not a resource spec (no top-level '{FORMAT_KEY}: 1')",
            "",
            location,
            1,
        )
        diagnostics.add(diagnostic)
        raise GeneratorError(f"{location} is not a resource spec", [diagnostic])
    return compile_resource_spec(document, diagnostics, file=location, text=text)
