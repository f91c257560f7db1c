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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, Diagnostics, GeneratorError, Severity
from ..yaml_json import SpecParseError, parse_yaml
from ._compile import OPENAPI_VERSION, Compiler, origin_of
from ._export import dump_openapi
from ._report import JsonPath, Marks, Reporter
from ._types import SCALARS, TypeRef, TypeSyntaxError, parse_type, type_schema
from ._validate import check_schema, resource_spec_schema

__all__ = [
    "FORMAT_KEY",
    "OPENAPI_VERSION",
    "ResourceSpecOrigins",
    "SCALARS",
    "TypeRef",
    "TypeSyntaxError",
    "compile_resource_spec",
    "compile_resource_spec_located",
    "dump_openapi",
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


@dataclass(frozen=True)
class ResourceSpecOrigins:
    """Maps pointers into the compiled OpenAPI document back to the resource spec.

    Has the ``locate``/``locate_original`` methods of the loader's ``SpecOrigins``,
    so diagnostics the later stages raise about the compiled document can name the
    resource spec's file and line (of the model, field, operation or auth scheme
    they came from).
    """

    file: str
    marks: Marks = field(repr=False)
    origins: Mapping[str, JsonPath] = field(repr=False)

    def locate(self, pointer: str) -> tuple[str, int | None]:
        path = origin_of(self.origins, pointer)
        where = self.marks.find(path, key=True) if path is not None else None
        return self.file, where[0] if where else None

    def locate_original(self, pointer: str) -> tuple[str, int | None]:
        return self.locate(pointer)


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
    return compile_resource_spec_located(document, diagnostics, file=file, text=text)[0]


def compile_resource_spec_located(
    document: dict[str, Any],
    diagnostics: Diagnostics,
    *,
    file: str,
    text: str | None = None,
) -> tuple[dict[str, Any], ResourceSpecOrigins]:
    """:func:`compile_resource_spec`, also returning where each part came from."""
    reporter = Reporter(diagnostics, file, text)
    check_schema(document, reporter)
    if reporter.errors:
        raise GeneratorError(
            f"{file}: {len(reporter.errors)} problem(s) in the resource spec",
            reporter.errors,
        )
    compiler = Compiler(document, reporter)
    result = compiler.compile()
    if reporter.errors:
        raise GeneratorError(
            f"{file}: {len(reporter.errors)} problem(s) in the resource spec",
            reporter.errors,
        )
    return result, ResourceSpecOrigins(file, reporter.marks, dict(compiler.origins))


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
        document = parse_yaml(text)
    except SpecParseError as exc:
        line = exc.line
        place = location if line is None else f"{location}:{line}"
        if line is not None and exc.column is not None:
            place += f":{exc.column}"
        message = f"{place}: {exc.message}"
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
