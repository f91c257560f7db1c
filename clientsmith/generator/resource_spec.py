"""Hand-written YAML resource specs, compiled to OpenAPI 3.1.

A resource spec describes an API the way a person thinks about it: named models
with short type strings (``list[Network]``, ``string?``), nested resources with
their operations, one default pagination and one error model. It is validated
against ``resource_spec_schema.json`` (errors carry file, line and column) and
compiled into an OpenAPI 3.1 document that uses clientsmith's extensions
(``x-clientsmith-resource``, ``x-clientsmith-method``, ``x-pagination``,
``x-clientsmith-token-request``...). The rest of the generator only ever sees
that document, so both inputs produce the same IR; ``clientsmith export-openapi``
writes it out. The format is documented in ``docs/resource-spec.md``.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import sys
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import click
import yaml

from .diagnostics import Diagnostic, Diagnostics, GeneratorError, Severity, pointer_join

__all__ = [
    "FORMAT_KEY",
    "compile_resource_spec",
    "export_openapi",
    "is_resource_spec",
    "load_resource_spec",
    "resource_spec_schema",
]

FORMAT_KEY = "resource_spec"
"""Top-level key that marks a resource spec; its value is the format version, 1."""

OPENAPI_VERSION = "3.1.0"

Path_ = tuple[str | int, ...]


def is_resource_spec(document: Any) -> bool:
    """True for a parsed document that declares ``resource_spec: 1`` at the top."""
    return (
        isinstance(document, Mapping)
        and FORMAT_KEY in document
        and "openapi" not in document
    )


@lru_cache(maxsize=1)
def resource_spec_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) a resource spec must satisfy."""
    text = (
        resources.files(__package__)
        .joinpath("resource_spec_schema.json")
        .read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


# --- locations ----------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Safe loader fitted to JSON: string keys as written, no timestamps."""

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[Hashable, Any]:
        self.flatten_mapping(node)
        result: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found a non-scalar key",
                    key_node.start_mark,
                )
            result[key_node.value] = self.construct_object(value_node, deep=deep)
        return result


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class _Marks:
    """JSON path -> (line, column) of the value and of the key, both 1-based."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str | None) -> _Marks:
        marks = cls()
        if not text:
            return marks
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            return marks
        if root is not None:
            marks._walk(root, ())
        return marks

    def _walk(self, node: yaml.Node, path: Path_) -> None:
        stack: list[tuple[yaml.Node, Path_]] = [(node, path)]
        seen: set[int] = set()
        while stack:
            current, at = stack.pop()
            self.values.setdefault(
                at, (current.start_mark.line + 1, current.start_mark.column + 1)
            )
            if id(current) in seen:
                continue
            seen.add(id(current))
            if isinstance(current, yaml.MappingNode):
                for key_node, value_node in current.value:
                    child = (*at, str(key_node.value))
                    self.keys.setdefault(
                        child,
                        (key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    )
                    stack.append((value_node, child))
            elif isinstance(current, yaml.SequenceNode):
                for i, item in enumerate(current.value):
                    stack.append((item, (*at, i)))

    def find(self, path: Path_, *, key: bool = False) -> tuple[int, int] | None:
        """Position of ``path`` (its key if ``key``), else of the nearest ancestor."""
        norm: Path_ = tuple(p if isinstance(p, int) else str(p) for p in path)
        if key and norm in self.keys:
            return self.keys[norm]
        while True:
            if norm in self.values:
                return self.values[norm]
            if not norm:
                return None
            norm = norm[:-1]


def _pointer(path: Path_) -> str:
    return pointer_join("", *path)


class _Reporter:
    """Turns problems at JSON paths into located :class:`Diagnostic` values."""

    def __init__(self, diagnostics: Diagnostics, file: str, text: str | None) -> None:
        self.diagnostics = diagnostics
        self.file = file
        self.marks = _Marks.from_text(text)
        self.errors: list[Diagnostic] = []

    def error(
        self,
        path: Path_,
        message: str,
        *,
        key: bool = False,
        code: str = "resource-spec-invalid",
    ) -> None:
        self._add(Severity.ERROR, path, message, key=key, code=code)

    def warning(
        self, path: Path_, message: str, *, code: str = "resource-spec-warning"
    ) -> None:
        self._add(Severity.WARNING, path, message, key=False, code=code)

    def _add(
        self, severity: Severity, path: Path_, message: str, *, key: bool, code: str
    ) -> None:
        where = self.marks.find(path, key=key)
        if where is not None:
            text = f"{self.file}:{where[0]}:{where[1]}: {message}"
        else:
            text = f"{self.file}: {message}"
        diagnostic = Diagnostic(
            severity, code, text, _pointer(path), self.file, where[0] if where else None
        )
        self.diagnostics.add(diagnostic)
        if severity is Severity.ERROR:
            self.errors.append(diagnostic)


# --- schema validation ---------------------------------------------------------


def _describe(path: Path_) -> str:
    return "/".join(str(p) for p in path) or "the top level"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def _leaf_errors(error: Any) -> list[Any]:
    """The errors worth showing for one jsonschema error (descend into oneOf/anyOf)."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Branches that failed only because the value has another JSON type are
        # noise; the branch that matches the type says what is really wrong.
        relevant = [
            e
            for e in error.context
            if not (e.validator == "type" and len(e.relative_path) == 0)
        ]
        relevant = [
            e
            for e in relevant
            if not (e.validator == "const" and len(e.relative_path) == 0)
        ]
        if relevant:
            branch = min(e.schema_path[0] for e in relevant)
            chosen = [e for e in relevant if e.schema_path[0] == branch]
            out: list[Any] = []
            for e in chosen:
                out.extend(_leaf_errors(e))
            return out
    if error.validator == "allOf" and error.context:
        out = []
        for e in error.context:
            out.extend(_leaf_errors(e))
        return out
    return [error]


def _message(error: Any) -> tuple[Path_, str, bool]:
    """(path, message, point-at-key) for one leaf jsonschema error."""
    path: Path_ = tuple(error.absolute_path)
    validator, value = error.validator, error.validator_value
    where = _describe(path)
    if validator == "type":
        expected = value if isinstance(value, str) else " or ".join(value)
        expected = {"object": "mapping", "array": "list"}.get(expected, expected)
        return (
            path,
            f"{where}: expected a {expected}, got a {_json_type(error.instance)} ({error.instance!r})",
            False,
        )
    if validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return path, f"{where}: missing required key {name!r}", False
    if validator == "const":
        return path, f"{where}: must be {value!r}, got {error.instance!r}", False
    if validator == "enum":
        allowed = ", ".join(str(v) for v in value)
        return path, f"{where}: {error.instance!r} is not one of: {allowed}", False
    if validator == "pattern":
        return (
            path,
            f"{where}: {error.instance!r} does not match the pattern {value!r}",
            False,
        )
    if validator in ("oneOf", "anyOf"):
        return (
            path,
            f"{where}: {error.instance!r} has the wrong form (see docs/resource-spec.md)",
            False,
        )
    return path, f"{where}: {error.message}", False


def _schema_problems(document: Any, reporter: _Reporter) -> None:
    # jsonschema ships no type information; it is a dependency of
    # openapi-spec-validator, so it is always there when the generator is.
    jsonschema: Any = importlib.import_module("jsonschema")
    validator_class = jsonschema.validators.validator_for(resource_spec_schema())
    validator = validator_class(resource_spec_schema())
    seen: set[tuple[Path_, str]] = set()
    found: list[tuple[Path_, str, bool]] = []
    for error in validator.iter_errors(document):
        for leaf in _leaf_errors(error):
            if leaf.validator == "additionalProperties" and isinstance(
                leaf.instance, Mapping
            ):
                allowed = leaf.schema.get("properties", {})
                for key in leaf.instance:
                    if key not in allowed:
                        kpath = (*tuple(leaf.absolute_path), str(key))
                        known = ", ".join(sorted(k for k in allowed))
                        found.append(
                            (
                                kpath,
                                f"{_describe(kpath)}: unknown key {key!r} (allowed: {known})",
                                True,
                            )
                        )
            elif "propertyNames" in leaf.absolute_schema_path:
                # A bad mapping key: point at the key itself.
                kpath = (*tuple(leaf.absolute_path), str(leaf.instance))
                found.append(
                    (
                        kpath,
                        f"{_describe(tuple(leaf.absolute_path))}: the name {leaf.instance!r} is not "
                        f"allowed here (names must match {leaf.validator_value!r})",
                        True,
                    )
                )
            else:
                found.append(_message(leaf))
    for path, message, key in sorted(
        found, key=lambda f: reporter.marks.find(f[0], key=f[2]) or (0, 0)
    ):
        if (path, message) in seen:
            continue
        seen.add((path, message))
        reporter.error(path, message, key=key)


# --- type strings ----------------------------------------------------------------

SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "int32": {"type": "integer", "format": "int32"},
    "int64": {"type": "integer", "format": "int64"},
    "number": {"type": "number"},
    "float": {"type": "number", "format": "float"},
    "double": {"type": "number", "format": "double"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "date-time": {"type": "string", "format": "date-time"},
    "uuid": {"type": "string", "format": "uuid"},
    "email": {"type": "string", "format": "email"},
    "uri": {"type": "string", "format": "uri"},
    "binary": {"type": "string", "format": "binary"},
    "object": {"type": "object"},
    "any": {},
}
"""Built-in scalar type names and their JSON Schema."""

_TOKEN = re.compile(
    r"\s*(list|map)\s*\[|\s*([A-Za-z_][A-Za-z0-9_-]*)|\s*(\])|\s*(\?)|\s*(,)"
)


class TypeSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class TypeRef:
    """A parsed type string: ``kind`` is scalar, model, list or map."""

    kind: str
    name: str = ""
    item: TypeRef | None = None
    nullable: bool = False

    def label(self) -> str:
        """A PascalCase word for naming things after this type (``NetworkPage``)."""
        if self.kind in ("list", "map") and self.item is not None:
            return self.item.label() + ("List" if self.kind == "list" else "Map")
        if self.kind == "model":
            return self.name
        return "".join(
            w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", self.name) if w
        )


def parse_type(text: str, models: Mapping[str, Any]) -> TypeRef:
    """Parse ``list[Network?]``, ``map[int64]``, ``string?``... or raise TypeSyntaxError."""
    position = 0

    def parse() -> TypeRef:
        nonlocal position
        match = _TOKEN.match(text, position)
        if match is None:
            raise TypeSyntaxError(f"cannot read a type at {text[position:]!r}")
        position = match.end()
        if match.group(1):
            item = parse()
            close = _TOKEN.match(text, position)
            if close is None or not close.group(3):
                raise TypeSyntaxError(
                    f"expected ']' after the item type of {match.group(1)}[...]"
                )
            position = close.end()
            ref = TypeRef(match.group(1), item=item)
        elif match.group(2):
            name = match.group(2)
            if name in SCALARS:
                ref = TypeRef("scalar", name)
            elif name in models:
                ref = TypeRef("model", name)
            else:
                raise TypeSyntaxError(
                    f"unknown type {name!r}: not a model in 'models' nor a built-in type "
                    f"({', '.join(SCALARS)})"
                )
        else:
            raise TypeSyntaxError(
                f"unexpected {match.group(0).strip()!r} in type {text!r}"
            )
        nullable = _TOKEN.match(text, position)
        if nullable is not None and nullable.group(4):
            position = nullable.end()
            ref = TypeRef(ref.kind, ref.name, ref.item, nullable=True)
        return ref

    result = parse()
    if text[position:].strip():
        raise TypeSyntaxError(
            f"unexpected {text[position:].strip()!r} after the type in {text!r}"
        )
    return result


def type_schema(ref: TypeRef) -> dict[str, Any]:
    """JSON Schema (OpenAPI 3.1) for a parsed type."""
    if ref.kind == "model":
        schema: dict[str, Any] = {"$ref": f"#/components/schemas/{ref.name}"}
    elif ref.kind == "list":
        assert ref.item is not None
        schema = {"type": "array", "items": type_schema(ref.item)}
    elif ref.kind == "map":
        assert ref.item is not None
        schema = {"type": "object", "additionalProperties": type_schema(ref.item)}
    else:
        schema = dict(SCALARS[ref.name])
    if ref.nullable:
        if "$ref" in schema or "type" not in schema:
            return {"anyOf": [schema, {"type": "null"}]} if schema else {}
        schema["type"] = [schema["type"], "null"]
    return schema


# --- the compiler -----------------------------------------------------------------

_FIELD_KEYWORDS = {
    "description": "description",
    "default": "default",
    "example": "example",
    "minimum": "minimum",
    "maximum": "maximum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "pattern": "pattern",
    "min_items": "minItems",
    "max_items": "maxItems",
    "read_only": "readOnly",
    "write_only": "writeOnly",
    "deprecated": "deprecated",
}
_PAGINATION_LOCAL = ("params", "envelope", "page_model")
_PATH_VAR = re.compile(r"{([^{}]+)}")
_DEFAULT_ERROR_DESCRIPTIONS = {
    "4XX": "Client error.",
    "5XX": "Server error.",
    "default": "Unexpected error.",
    "400": "Bad request.",
    "401": "Not authenticated.",
    "403": "Forbidden.",
    "404": "Not found.",
    "409": "Conflict.",
    "422": "Invalid input.",
    "429": "Too many requests.",
    "500": "Server error.",
}


def _camel(*words: str) -> str:
    parts = [w for word in words for w in re.split(r"[^A-Za-z0-9]+", word) if w]
    return (
        parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        if parts
        else "op"
    )


class _Compiler:
    def __init__(self, spec: Mapping[str, Any], reporter: _Reporter) -> None:
        self.spec = spec
        self.report = reporter
        self.models: Mapping[str, Any] = spec.get("models") or {}
        self.schemas: dict[str, Any] = {}
        self.paths: dict[str, dict[str, Any]] = {}
        self.tags: list[dict[str, Any]] = []
        self.operation_ids: dict[str, Path_] = {}
        self.envelopes: dict[str, tuple[Path_, dict[str, Any]]] = {}

    # -- types -------------------------------------------------------------

    def type_of(self, text: Any, path: Path_) -> dict[str, Any]:
        if not isinstance(text, str):
            return {}
        try:
            return type_schema(parse_type(text, self.models))
        except TypeSyntaxError as exc:
            self.report.error(path, f"{_describe(path)}: {exc}")
            return {}

    def parsed(self, text: Any, path: Path_) -> TypeRef | None:
        try:
            return parse_type(str(text), self.models)
        except TypeSyntaxError as exc:
            self.report.error(path, f"{_describe(path)}: {exc}")
            return None

    def field_schema(
        self, spec: Any, path: Path_, *, default_required: bool = True
    ) -> tuple[dict[str, Any], bool | None]:
        """(schema, explicit required flag or None) for a field/param definition."""
        if isinstance(spec, str):
            return self.type_of(spec, path), None
        if not isinstance(spec, Mapping):
            return {}, None
        if "fields" in spec:
            schema = self.object_schema(
                spec["fields"], (*path, "fields"), default_required=default_required
            )
            if spec.get("nullable"):
                schema = {"anyOf": [schema, {"type": "null"}]}
        elif "enum" in spec:
            values = list(spec["enum"])
            base = "integer" if all(isinstance(v, int) for v in values) else "string"
            schema = {"type": base, "enum": values}
            if spec.get("type") not in (None, base):
                self.report.error(
                    (*path, "type"),
                    f"{_describe(path)}: an enum's type must be {base!r}",
                )
            if spec.get("nullable"):
                schema = {"type": [base, "null"], "enum": [*values, None]}
        else:
            schema = self.type_of(spec.get("type", "string"), (*path, "type"))
            if spec.get("nullable"):
                schema = (
                    type_schema(TypeRef("scalar", "any"))
                    if not schema
                    else _make_nullable(schema)
                )
        extras = {
            target: spec[key] for key, target in _FIELD_KEYWORDS.items() if key in spec
        }
        if extras:
            if "$ref" in schema or "anyOf" in schema:
                # Siblings of $ref are allowed in 3.1; keep them on the wrapper.
                schema = {**schema, **extras}
            else:
                schema.update(extras)
        required = spec.get("required")
        return schema, required if isinstance(required, bool) else None

    def object_schema(
        self, fields: Any, path: Path_, *, default_required: bool
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if isinstance(fields, Mapping):
            for name, spec in fields.items():
                schema, explicit = self.field_schema(
                    spec, (*path, str(name)), default_required=default_required
                )
                properties[str(name)] = schema
                if explicit if explicit is not None else default_required:
                    required.append(str(name))
        result: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            result["required"] = required
        return result

    def compile_models(self) -> None:
        for name, model in self.models.items():
            path: Path_ = ("models", name)
            if not isinstance(model, Mapping):
                continue
            if "enum" in model:
                values = list(model["enum"])
                base = (
                    "integer"
                    if all(
                        isinstance(v, int) and not isinstance(v, bool) for v in values
                    )
                    else "string"
                )
                schema: dict[str, Any] = {"type": base, "enum": values}
            else:
                schema = self.object_schema(
                    model.get("fields"),
                    (*path, "fields"),
                    default_required=model.get("default_required", True) is not False,
                )
                if "additional_fields" in model:
                    schema["additionalProperties"] = self.type_of(
                        model["additional_fields"], (*path, "additional_fields")
                    )
            if isinstance(model.get("description"), str):
                schema = {"description": model["description"], **schema}
            if "example" in model:
                schema["examples"] = [model["example"]]
            schema["x-clientsmith-name"] = model.get("class_name", name)
            self.schemas[str(name)] = schema

    # -- document ------------------------------------------------------------

    def compile(self) -> dict[str, Any]:
        spec = self.spec
        self.compile_models()
        info: dict[str, Any] = {
            "title": spec["name"],
            "version": str(spec.get("version", "1.0.0")),
        }
        if isinstance(spec.get("description"), str):
            info["description"] = spec["description"]
        if "package_name" in spec:
            info["x-clientsmith-package-name"] = spec["package_name"]
        if "client_name" in spec:
            info["x-clientsmith-client-name"] = spec["client_name"]
        document: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": info}
        document["servers"] = [self.server()]
        schemes = self.security_schemes()
        self.scheme_names = list(schemes)
        global_security = self.security(spec.get("security"), ("security",))
        if global_security is None:
            global_security = [{name: []} for name in schemes]
        self.global_security = global_security
        if global_security:
            document["security"] = global_security
        self.paginations = self.named_paginations()
        default = spec.get("default_pagination")
        if default is not None and default not in self.paginations:
            self.report.error(
                ("default_pagination",),
                f"default_pagination: no pagination named {default!r} in 'paginations'",
            )
            default = None
        self.default_pagination = default
        self.error_responses = self.errors(spec.get("errors"), ("errors",)) or {}
        self.rate_limit_headers = list(spec.get("rate_limit_headers") or ())
        global_params = dict(spec.get("path_params") or {})
        for name, resource in (spec.get("resources") or {}).items():
            self.resource(
                str(name),
                resource,
                ("resources", name),
                parents=(),
                base="",
                path_params=global_params,
                parent_params=(),
            )
        document["tags"] = self.tags
        document["paths"] = self.paths
        components: dict[str, Any] = {}
        schemas = dict(self.schemas)
        for name, (path, schema) in sorted(self.envelopes.items()):
            if name in schemas:
                self.report.error(
                    path,
                    f"{_describe(path)}: the page model {name!r} clashes with a model of that name; set page_model",
                )
                continue
            schemas[name] = schema
        if schemas:
            components["schemas"] = schemas
        if schemes:
            components["securitySchemes"] = schemes
        if components:
            document["components"] = components
        # Shared sub-dicts (error responses) become independent copies: no YAML
        # anchors on export, and later stages may not mutate one through another.
        return copy.deepcopy(document)

    def server(self) -> dict[str, Any]:
        url = str(self.spec["base_url"])
        variables: dict[str, Any] = {}
        declared = self.spec.get("variables") or {}
        for name, var in declared.items():
            if isinstance(var, str):
                var = {"default": var}
            entry: dict[str, Any] = {"default": str(var.get("default", ""))}
            if "enum" in var:
                entry["enum"] = list(var["enum"])
            if "description" in var:
                entry["description"] = var["description"]
            variables[str(name)] = entry
            if "{" + str(name) + "}" not in url:
                self.report.warning(
                    ("variables", name),
                    f"variables/{name}: base_url does not use {{{name}}}",
                )
        for name in _PATH_VAR.findall(url):
            if name not in declared:
                variables[name] = {"default": ""}
        server: dict[str, Any] = {"url": url}
        if variables:
            server["variables"] = variables
        return server

    def security_schemes(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, scheme in (self.spec.get("auth") or {}).items():
            kind = scheme.get("type")
            out: dict[str, Any]
            if kind == "api_key":
                out = {
                    "type": "apiKey",
                    "in": scheme.get("in", "header"),
                    "name": scheme["name"],
                }
            elif kind == "http_basic":
                out = {"type": "http", "scheme": "basic"}
            elif kind == "http_bearer":
                out = {"type": "http", "scheme": "bearer"}
                if "bearer_format" in scheme:
                    out["bearerFormat"] = scheme["bearer_format"]
            else:
                scopes = scheme.get("scopes") or {}
                if isinstance(scopes, list):
                    scopes = {s: s for s in scopes}
                flow: dict[str, Any] = {
                    "tokenUrl": scheme["token_url"],
                    "scopes": dict(scopes),
                }
                if "refresh_url" in scheme:
                    flow["refreshUrl"] = scheme["refresh_url"]
                flow_name = (
                    "clientCredentials"
                    if kind == "oauth2_client_credentials"
                    else "password"
                )
                out = {"type": "oauth2", "flows": {flow_name: flow}}
                request = {
                    k: scheme[k] for k in ("client_auth", "body_format") if k in scheme
                }
                if request:
                    out["x-clientsmith-token-request"] = request
            if "description" in scheme:
                out["description"] = scheme["description"]
            result[str(name)] = out
        return result

    def security(self, value: Any, path: Path_) -> list[dict[str, list[str]]] | None:
        if value is None:
            return None
        if value == "none":
            return []
        result: list[dict[str, list[str]]] = []
        for i, name in enumerate(value):
            if name not in self.scheme_names:
                self.report.error(
                    (*path, i),
                    f"{_describe((*path, i))}: no auth scheme named {name!r} in 'auth'",
                )
                continue
            result.append({name: []})
        return result

    def named_paginations(self) -> dict[str, Mapping[str, Any]]:
        return {
            str(k): v
            for k, v in (self.spec.get("paginations") or {}).items()
            if isinstance(v, Mapping)
        }

    def errors(self, value: Any, path: Path_) -> dict[str, Any] | None:
        if not isinstance(value, Mapping):
            return None
        result: dict[str, Any] = {}
        for status, entry in value.items():
            status = (
                str(status).upper() if str(status).lower() != "default" else "default"
            )
            spec = {"type": entry} if isinstance(entry, str) else dict(entry)
            response: dict[str, Any] = {
                "description": spec.get("description")
                or _DEFAULT_ERROR_DESCRIPTIONS.get(status, "Error."),
            }
            if "type" in spec:
                response["content"] = {
                    "application/json": {
                        "schema": self.type_of(spec["type"], (*path, str(status)))
                    }
                }
            result[status] = response
        return result

    # -- resources and operations ---------------------------------------------

    def resource(
        self,
        name: str,
        spec: Any,
        path: Path_,
        *,
        parents: tuple[str, ...],
        base: str,
        path_params: dict[str, Any],
        parent_params: tuple[tuple[Mapping[str, Any], Path_], ...],
    ) -> None:
        if not isinstance(spec, Mapping):
            return
        dotted = ".".join((*parents, name))
        own_path = spec.get("path", "/" + name.replace("_", "-"))
        full = base + own_path
        tag: dict[str, Any] = {"name": dotted}
        if isinstance(spec.get("description"), str):
            tag["description"] = spec["description"]
        operations = spec.get("operations") or {}
        if operations:
            self.tags.append(tag)
        scoped = {**path_params, **(spec.get("path_params") or {})}
        parent = spec.get("parent_param")
        for method_name, op in operations.items():
            self.operation(
                dotted,
                str(method_name),
                op,
                (*path, "operations", method_name),
                base=full,
                path_params=scoped,
                parent=(parent, (*path, "parent_param")) if parent else None,
                ancestors=parent_params,
                description=tag.get("description"),
            )
        children = parent_params + (
            ((parent, (*path, "parent_param")),) if parent else ()
        )
        for child_name, child in (spec.get("resources") or {}).items():
            self.resource(
                str(child_name),
                child,
                (*path, "resources", child_name),
                parents=(*parents, name),
                base=full,
                path_params=scoped,
                parent_params=children,
            )

    def param(
        self, name: str, spec: Any, path: Path_, *, default_in: str = "query"
    ) -> dict[str, Any]:
        location = (
            spec.get("in", default_in) if isinstance(spec, Mapping) else default_in
        )
        schema, required = self.field_schema(spec, path)
        result: dict[str, Any] = {"name": name, "in": location}
        if isinstance(spec, Mapping) and isinstance(spec.get("description"), str):
            result["description"] = spec["description"]
            schema.pop("description", None)
        if isinstance(spec, Mapping) and spec.get("deprecated"):
            result["deprecated"] = True
            schema.pop("deprecated", None)
        if isinstance(spec, Mapping) and "explode" in spec:
            result["explode"] = spec["explode"]
        result["required"] = True if location == "path" else bool(required)
        result["schema"] = schema
        return result

    def operation(
        self,
        resource: str,
        method_name: str,
        op: Any,
        path: Path_,
        *,
        base: str,
        path_params: Mapping[str, Any],
        parent: tuple[Mapping[str, Any], Path_] | None,
        ancestors: tuple[tuple[Mapping[str, Any], Path_], ...],
        description: str | None,
    ) -> None:
        if not isinstance(op, Mapping):
            return
        http = str(op["method"]).lower()
        url = base + str(op.get("path", ""))
        if not url:
            url = "/"
        operation_id = str(
            op.get("operation_id") or _camel(*resource.split("."), method_name)
        )
        if operation_id in self.operation_ids:
            self.report.error(
                (*path, "operation_id"),
                f"{_describe(path)}: operation id {operation_id!r} is already used by "
                f"{_describe(self.operation_ids[operation_id])}",
            )
        self.operation_ids[operation_id] = path
        out: dict[str, Any] = {"tags": [resource], "operationId": operation_id}
        for key in ("summary", "description"):
            if isinstance(op.get(key), str):
                out[key] = op[key]
        if op.get("deprecated"):
            out["deprecated"] = True
        out["x-clientsmith-resource"] = resource
        out["x-clientsmith-method"] = method_name

        params: dict[tuple[str, str], dict[str, Any]] = {}
        # Parent ids: path parents of every ancestor, and this resource's own parent.
        for pspec, ppath in (*ancestors, *((parent,) if parent else ())):
            if pspec.get("in", "query") == "path":
                if "{" + str(pspec["name"]) + "}" in url:
                    params[(pspec["name"], "path")] = self.param(
                        pspec["name"], {**pspec, "in": "path"}, ppath
                    )
        if parent is not None:
            pspec, ppath = parent
            location = pspec.get("in", "query")
            mode = op.get("parent", "omit")
            if location != "path" and mode != "omit":
                param = self.param(
                    pspec["name"],
                    {k: v for k, v in pspec.items() if k != "name"},
                    ppath,
                )
                param["required"] = mode == "required"
                params[(pspec["name"], location)] = param
            elif location == "path" and "parent" in op and mode != "required":
                self.report.error(
                    (*path, "parent"),
                    f"{_describe(path)}: a path parent is always required",
                )
        for pname, pspec in (op.get("params") or {}).items():
            param = self.param(str(pname), pspec, (*path, "params", pname))
            params[(param["name"], param["in"])] = param
        for var in _PATH_VAR.findall(url):
            if (var, "path") not in params:
                declared = path_params.get(var, "string")
                params[(var, "path")] = {
                    "name": var,
                    "in": "path",
                    "required": True,
                    "schema": self.type_of(declared, (*path, "path")),
                }
        for pname, location in list(params):
            if location == "path" and "{" + pname + "}" not in url:
                self.report.error(
                    (*path, "params", pname),
                    f"{_describe(path)}: path parameter {pname!r} is not in the path {url!r}",
                    key=True,
                )
                del params[(pname, location)]

        # Body.
        body = op.get("body")
        if body is not None:
            bspec = {"type": body} if isinstance(body, str) else dict(body)
            content_type = bspec.get("content_type", "application/json")
            schema = self.type_of(bspec["type"], (*path, "body"))
            media: dict[str, Any] = {"schema": schema}
            if "example" in bspec:
                media["example"] = bspec["example"]
            request: dict[str, Any] = {
                "required": bspec.get("required", True) is not False,
                "content": {content_type: media},
            }
            if isinstance(bspec.get("description"), str):
                request["description"] = bspec["description"]
            out["requestBody"] = request

        # Responses.
        responses: dict[str, Any] = {}
        raw = op.get("response")
        rspec = (
            ({"type": raw} if isinstance(raw, str) else dict(raw))
            if raw is not None
            else {}
        )
        pagination = self.pagination_for(method_name, op, rspec, path)
        status = str(
            rspec.get("status")
            or op.get("status")
            or (200 if rspec.get("type") else 204)
        )
        response: dict[str, Any] = {
            "description": rspec.get("description")
            or ("Success." if rspec.get("type") else "Done; no content.")
        }
        if rspec.get("type") is not None:
            if pagination is not None:
                schema = self.page_schema(
                    rspec["type"], pagination, (*path, "response")
                )
            else:
                schema = self.type_of(rspec["type"], (*path, "response"))
            content_type = rspec.get("content_type", "application/json")
            media = {"schema": schema}
            if "example" in rspec:
                media["example"] = rspec["example"]
            response["content"] = {content_type: media}
        responses[status] = response
        if pagination is not None:
            xp = {k: v for k, v in pagination[0].items() if k not in _PAGINATION_LOCAL}
            out["x-pagination"] = xp
            for pname, pspec in (pagination[0].get("params") or {}).items():
                pkey = (
                    str(pname),
                    pspec.get("in", "query") if isinstance(pspec, Mapping) else "query",
                )
                if pkey not in params:
                    params[pkey] = self.param(
                        str(pname), pspec, (*pagination[1], "params", pname)
                    )

        errors = op.get("errors")
        if errors == "none":
            error_responses: dict[str, Any] = {}
        else:
            error_responses = {
                **self.error_responses,
                **(self.errors(errors, (*path, "errors")) or {}),
            }
        headers = list(op.get("rate_limit_headers", self.rate_limit_headers))
        if headers:
            out["x-clientsmith-rate-limit-headers"] = headers
            limited = dict(
                error_responses.get(
                    "429", {"description": _DEFAULT_ERROR_DESCRIPTIONS["429"]}
                )
            )
            limited["headers"] = {
                h: {
                    "description": "Rate limit state, see the API's documentation.",
                    "schema": {"type": "string"},
                }
                for h in headers
            }
            error_responses["429"] = limited
        responses.update(sorted(error_responses.items(), key=lambda kv: kv[0]))
        out["responses"] = responses

        if params:
            ordered = sorted(
                params.values(),
                key=lambda p: (p["in"] != "path", url.find("{" + p["name"] + "}")),
            )
            out["parameters"] = ordered
        security = self.security(op.get("auth"), (*path, "auth"))
        if security is not None:
            out["security"] = security
        first = (
            "tags",
            "operationId",
            "summary",
            "description",
            "deprecated",
            "parameters",
            "requestBody",
            "responses",
            "security",
        )
        out = {
            **{k: out[k] for k in first if k in out},
            **{k: v for k, v in out.items() if k not in first},
        }

        item = self.paths.setdefault(url, {})
        if http in item:
            self.report.error(
                (*path, "method"),
                f"{_describe(path)}: {http.upper()} {url} is already defined",
            )
            return
        item[http] = out

    # -- pagination ---------------------------------------------------------

    def pagination_for(
        self,
        method_name: str,
        op: Mapping[str, Any],
        rspec: Mapping[str, Any],
        path: Path_,
    ) -> tuple[Mapping[str, Any], Path_] | None:
        choice = op.get("pagination")
        if choice == "none":
            return None
        if isinstance(choice, Mapping):
            found: tuple[Mapping[str, Any], Path_] | None = (
                choice,
                (*path, "pagination"),
            )
        elif isinstance(choice, str):
            if choice not in self.paginations:
                self.report.error(
                    (*path, "pagination"),
                    f"{_describe((*path, 'pagination'))}: no pagination named {choice!r} in 'paginations'",
                )
                return None
            found = (self.paginations[choice], ("paginations", choice))
        elif (
            method_name == "list"
            and self.default_pagination is not None
            and str(rspec.get("type", "")).startswith("list[")
        ):
            found = (
                self.paginations[self.default_pagination],
                ("paginations", self.default_pagination),
            )
        else:
            return None
        if not str(rspec.get("type", "")).startswith("list["):
            self.report.error(
                (*path, "response"),
                f"{_describe((*path, 'response'))}: a paginated operation's response must be list[...] (the items)",
            )
            return None
        return found

    def page_schema(
        self, text: str, pagination: tuple[Mapping[str, Any], Path_], path: Path_
    ) -> dict[str, Any]:
        ref = self.parsed(text, path)
        if ref is None or ref.item is None:
            return {}
        spec, ppath = pagination
        items_key = str(spec.get("items", ""))
        envelope = spec.get("envelope") or {}
        if not items_key:
            if envelope:
                self.report.error(
                    (*ppath, "envelope"),
                    f"{_describe(ppath)}: an envelope needs 'items' (the key of the item list)",
                )
            return type_schema(ref)
        name = str(spec.get("page_model", "{item}Page")).replace(
            "{item}", ref.item.label()
        )
        schema = self.object_schema(
            envelope, (*ppath, "envelope"), default_required=False
        )
        schema["properties"] = {items_key: type_schema(ref), **schema["properties"]}
        schema["required"] = [items_key, *schema.get("required", [])]
        schema["description"] = f"One page of {ref.item.label()} items."
        schema["x-clientsmith-name"] = name
        previous = self.envelopes.get(name)
        if previous is not None and previous[1] != schema:
            self.report.error(
                path,
                f"{_describe(path)}: page model {name!r} is defined twice with different shapes; set page_model",
            )
        self.envelopes[name] = (ppath, schema)
        return {"$ref": f"#/components/schemas/{name}"}


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema or "anyOf" in schema or "type" not in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    kind = schema["type"]
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {**schema, "type": [kind, "null"]}


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
    reporter = _Reporter(diagnostics, file, text)
    _schema_problems(document, reporter)
    if reporter.errors:
        raise GeneratorError(
            f"{file}: {len(reporter.errors)} problem(s) in the resource spec",
            reporter.errors,
        )
    result = _Compiler(document, reporter).compile()
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
        document = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
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


def dump_openapi(document: Mapping[str, Any], fmt: str) -> str:
    """The document as ``json`` or ``yaml`` text (key order kept)."""
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    class _Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, _str)
    return yaml.dump(
        dict(document), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )


@click.command(name="export-openapi")
@click.argument("spec", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write; .json gives JSON, anything else YAML (default: YAML on stdout).",
)
def export_openapi(spec: Path, output: Path | None) -> None:
    """Compile the resource spec SPEC to an OpenAPI 3.1 document."""
    diagnostics = Diagnostics()
    try:
        document = load_resource_spec(spec, diagnostics)
    except GeneratorError as exc:
        shown = set(diagnostics.items)
        for d in (*diagnostics.items, *(d for d in exc.diagnostics if d not in shown)):
            click.echo(
                d.message if d.message.startswith(str(spec)) else d.format(), err=True
            )
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(1)
    for d in diagnostics:
        if d.severity is not Severity.INFO:
            click.echo(d.message, err=True)
    fmt = "json" if output is not None and output.suffix.lower() == ".json" else "yaml"
    text = dump_openapi(document, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    click.echo(
        f"{output}: OpenAPI {OPENAPI_VERSION}, {sum(len(v) for v in document.get('paths', {}).values())} operations"
    )
