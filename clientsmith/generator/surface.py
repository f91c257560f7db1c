"""The API surface of a generated client, as plain JSON data.

The surface is what a caller of the generated package can see and depend on:
the package and client class names, the client's constructor arguments, every
resource and method (positional and keyword parameters with their types and
whether they are required, the return type, pagination, typed error bodies),
and every model (fields, enums and their values, aliases). It is extracted from
the IR, so it describes exactly what the templates render, and it is written
into each generated client as :data:`SURFACE_FILE` (listed in the manifest like
any generated file), so that ``clientsmith diff`` can compare an on-disk client
without the spec it came from. :mod:`.diff` compares two surfaces.

The text is deterministic: keys sorted, no timestamps, one entry per line, so
``--check`` and the golden trees see it like any other generated file, and a
regeneration's diff of it is readable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostics, GeneratorError, Severity
from .ir import ModelIR, OperationIR, PackageIR, ParamIR, TypeExpr

__all__ = [
    "SURFACE_FILE",
    "SURFACE_FORMAT",
    "Surface",
    "build_surface",
    "is_surface",
    "read_surface",
    "split_union",
    "surface_from_spec",
    "surface_text",
]

SURFACE_FILE = ".clientsmith-surface.json"
"""Name of the surface file at the top of a generated output directory."""

SURFACE_FORMAT = "clientsmith-surface/1"
"""Value of the ``format`` key: marks a surface (a spec never has it) and its
layout, so a later clientsmith can refuse a layout it does not read."""

Surface = dict[str, Any]
"""A surface: JSON-able, see :func:`build_surface` for the layout."""


def _keyword(p: ParamIR) -> dict[str, Any]:
    return {"type": p.type.expr, "required": p.required, "in": p.location}


def _method(op: OperationIR) -> dict[str, Any]:
    # Mirrors macros.jinja's signature(): path parameters are positional, the
    # rest (and the body) keyword-only. The fixed keywords every method takes
    # (extra_headers, timeout, max_items with pagination...) are not listed:
    # they follow from the call kind, which is recorded.
    keyword = {p.name: _keyword(p) for p in op.params}
    if op.body is not None:
        keyword[op.body.name] = {
            "type": op.body.type.expr,
            "required": op.body.required,
            "in": "body",
        }
    method: dict[str, Any] = {
        "http": f"{op.http_method.upper()} {op.path}",
        "positional": [{"name": p.name, "type": p.type.expr} for p in op.path_params],
        "keyword": keyword,
        "returns": op.returns(is_async=False),
        "call": op.call,
        "pagination": (
            None
            if op.pagination is None
            else {
                "item": op.pagination.item_type.expr,
                # Style and fields, e.g. {"style": "cursor", "cursor_param": ...}:
                # a change alters what the iterator yields or how far it goes.
                "rule": {k: _plain(v) for k, v in op.pagination.arguments},
            }
        ),
        "errors": {status: t.expr for status, t in op.errors},
        "deprecated": op.deprecated,
    }
    return method


def _plain(value: object) -> Any:
    """A JSON-able copy of an IR setting value (tuples become lists)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _uses(types: Iterable[TypeExpr | None]) -> set[str]:
    found: set[str] = set()
    for t in types:
        if t is not None:
            found |= t.models
    return found


def _directions(package: PackageIR) -> dict[str, list[str]]:
    """For each model, whether callers send it (``in``) and/or receive it (``out``).

    Whether a type change breaks callers depends on it: a type a caller sends
    may widen but not narrow, one it receives may narrow but not widen.
    Models nothing reaches (unused components) count as both.
    """
    models: dict[str, ModelIR] = {
        m.name: m for mod in package.model_modules for m in mod.models
    }
    sent: set[str] = set()
    received: set[str] = set()
    for resource in package.resources:
        for op in resource.operations:
            sent |= _uses(p.type for p in op.all_params)
            if op.body is not None:
                sent |= op.body.type.models
            received |= op.return_type.models
            if op.pagination is not None:
                received |= op.pagination.item_type.models
            received |= _uses(t for _, t in op.errors)
    if package.webhooks is not None:
        # The application receives webhook payloads, like responses.
        received |= _uses(e.type for e in package.webhooks.events)

    def closure(start: set[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            name = todo.pop()
            if name in seen or name not in models:
                continue
            seen.add(name)
            todo.extend(models[name].models)
        return seen

    sent, received = closure(sent), closure(received)
    out: dict[str, list[str]] = {}
    for name in models:
        ways = [w for w, s in (("in", sent), ("out", received)) if name in s]
        out[name] = ways or ["in", "out"]
    return out


def split_union(expr: str) -> list[str]:
    """Top-level members of a type expression's union: ``a | b[c | d]`` gives
    ``a`` and ``b[c | d]`` (brackets and quoted literals respected)."""
    members: list[str] = []
    depth, start, quote = 0, 0, ""
    for i, ch in enumerate(expr):
        if quote:
            if ch == quote and expr[i - 1] != "\\":
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "|" and depth == 0:
            members.append(expr[start:i].strip())
            start = i + 1
    members.append(expr[start:].strip())
    return [m for m in members if m]


def build_surface(package: PackageIR) -> Surface:
    """The API surface of ``package``.

    Layout (all mappings are written with sorted keys)::

        {"format": SURFACE_FORMAT, "package": ..., "version": ...,
         "spec": {"version": <info.version>, "hash": <sha256 of the spec>},
         "client": {"class", "async_class", "base_url", "arguments": {name: {"env"}}},
         "resources": {"pets": {"class": ...}, "networks.connectors": {...}},
         "methods": {"pets.get": {"positional": [...], "keyword": {...},
                     "returns", "call", "pagination", "errors", "deprecated", "http"}},
         "aliases": {"pets.get_pet": {"of": "pets.get", "since": <version>}},
         "models": {"Pet": {"kind": "object", "uses": ["in", "out"],
                    "fields": {name: {"type", "required", "nullable", "wire"}},
                    "extra": <type or null>}},
         "webhooks": {"parse_book_added": {"name", "kind", "returns"}}}

    ``webhooks`` (the parse functions of ``webhooks.py``) is present only
    when the spec has webhooks or callbacks.

    Enums have ``"values"`` (and ``"base"``), aliases a ``"type"``. ``"aliases"``
    (deprecated old method names, see ``aliases.py``) is there only when some are.
    """
    resources, methods, aliases = _operations(package)
    surface: Surface = {
        "format": SURFACE_FORMAT,
        "package": package.package,
        "project": package.project,
        "version": package.version,
        "spec": {
            "version": package.spec_version or package.version,
            "hash": package.spec_hash,
        },
        "client": {
            "class": package.client_class,
            "async_class": package.async_client_class,
            "base_url": package.base_url,
            "arguments": _client_arguments(package),
        },
        "resources": resources,
        "methods": methods,
        "models": _models(package),
    }
    if package.webhooks is not None:
        # Only when there are webhooks: surfaces of other clients stay as they were.
        surface["webhooks"] = {
            e.function_name: {"name": e.name, "kind": e.kind, "returns": e.type.expr}
            for e in package.webhooks.events
        }
    if aliases:  # only when there are some: older surfaces stay as they were
        surface["aliases"] = aliases
    return surface


def _client_arguments(package: PackageIR) -> dict[str, Any]:
    """The client constructor's arguments and the environment variables they read."""
    arguments: dict[str, Any] = {"base_url": {"env": f"{package.env_prefix}BASE_URL"}}
    if package.servers:
        arguments["environment"] = {
            "env": f"{package.env_prefix}ENVIRONMENT",
            "environments": [s.environment for s in package.servers],
        }
    variables = {v.name for s in package.servers for v in s.variables}
    if variables:
        arguments["server_variables"] = {"env": None, "variables": sorted(variables)}
    for scheme in package.auth_schemes:
        for name, env in zip(scheme.arguments, scheme.env_names, strict=False):
            arguments[name] = {"env": env, "scheme": scheme.key}
    return arguments


def _operations(
    package: PackageIR,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The ``resources``, ``methods`` and ``aliases`` sections."""
    resources: dict[str, Any] = {}
    methods: dict[str, Any] = {}
    aliases: dict[str, Any] = {}
    for resource in package.resources:
        access = resource.access or resource.attribute
        resources[access] = {"class": f"{resource.class_name}Resource"}
        for op in resource.operations:
            methods[f"{access}.{op.method_name}"] = _method(op)
            for alias in op.aliases:
                aliases[alias.old] = {"of": alias.new, "since": alias.since}
        for alias in resource.moved:  # methods moved into a nested resource
            aliases[alias.old] = {"of": alias.new, "since": alias.since}
    return resources, methods, aliases


def _models(package: PackageIR) -> dict[str, Any]:
    """The ``models`` section: every model by name, with where it is used."""
    directions = _directions(package)
    models: dict[str, Any] = {}
    for module in package.model_modules:
        for model in module.models:
            entry: dict[str, Any] = {
                "kind": model.kind,
                "module": module.module,
                "uses": directions[model.name],
            }
            entry.update(_model_shape(model))
            models[model.name] = entry
    return models


def _model_shape(model: ModelIR) -> dict[str, Any]:
    """An object's fields, an enum's values or an alias's type."""
    if model.kind == "object":
        return {
            "fields": {
                f.name: {
                    "type": f.type.expr,
                    "required": f.required,
                    "nullable": f.type.nullable,
                    "wire": f.wire_name,
                }
                for f in model.fields
            },
            "extra": model.extra_type.expr if model.extra_type else None,
        }
    if model.kind == "enum":
        return {
            "base": model.enum_base,
            "values": {str(m.value): m.name for m in model.members},
        }
    return {"type": model.alias.expr if model.alias else "Any"}


def _compact(value: object) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(", ", ": "), ensure_ascii=False
    )


_LISTED = ("aliases", "methods", "models", "resources", "webhooks")
"""Sections written one entry per line (the others take one line each)."""


def surface_text(surface: Surface) -> str:
    """Deterministic JSON text of a surface: sorted keys, one method, model or
    resource per line.

    One line per entry keeps the file small (GitHub: 5.7 MB and 8,000 lines,
    against 7.3 MB and 342,000 with one value per line) while a regeneration's
    diff of it still shows which methods and models changed.
    """
    lines = ["{"]
    keys = sorted(surface)
    for i, key in enumerate(keys):
        value = surface[key]
        end = "," if i < len(keys) - 1 else ""
        if key in _LISTED and isinstance(value, dict) and value:
            lines.append(f" {json.dumps(key)}: {{")
            names = sorted(value)
            lines += [
                f"  {json.dumps(name, ensure_ascii=False)}: {_compact(value[name])}"
                + ("," if j < len(names) - 1 else "")
                for j, name in enumerate(names)
            ]
            lines.append(f" }}{end}")
        else:
            lines.append(f" {json.dumps(key)}: {_compact(value)}{end}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def is_surface(data: object) -> bool:
    """Whether decoded JSON is a surface this clientsmith reads."""
    return isinstance(data, dict) and data.get("format") == SURFACE_FORMAT


def read_surface(path: Path) -> Surface:
    """The surface recorded in a generated directory, or a surface file itself.

    Raises :class:`GeneratorError` when there is none (a client generated
    before clientsmith recorded surfaces: regenerate it once) or it is not one.
    """
    file = path / SURFACE_FILE if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GeneratorError(
            f"{path}: no {SURFACE_FILE}; it is written by `clientsmith generate` "
            "(regenerate the client once, or compare its spec instead)"
        ) from None
    except (OSError, ValueError) as exc:
        raise GeneratorError(f"{file}: cannot read the API surface: {exc}") from None
    if not is_surface(data):
        found = data.get("format") if isinstance(data, dict) else None
        raise GeneratorError(
            f"{file}: not a clientsmith API surface"
            + (
                f" (format {found!r}, this clientsmith reads {SURFACE_FORMAT!r})"
                if found
                else ""
            )
        )
    assert isinstance(data, dict)
    return data


def surface_from_spec(
    source: str | Path, config: Any, diagnostics: Diagnostics
) -> Surface:
    """Load a spec, apply ``config`` and build the IR: its surface.

    Stops before rendering and formatting, which is most of a generation's
    time, so ``clientsmith diff`` on specs is quicker than generating twice.
    """
    from dataclasses import replace

    from .builder import build_package
    from .load import load_spec, locate_diagnostics, spec_label
    from .locate import gc_paused
    from .overlay import apply_config_to_loaded

    loaded = load_spec(source, diagnostics)
    spec_hash = loaded.content_hash  # the spec's bytes, as the pipeline records it
    loaded = apply_config_to_loaded(loaded, config, diagnostics)
    with gc_paused():
        package = build_package(
            loaded.document, config, diagnostics, spec_source=spec_label(source)
        )
    locate_diagnostics(loaded, diagnostics)
    if diagnostics.has_errors:
        raise GeneratorError(
            f"{source}: cannot build the client: see the diagnostics above",
            [d for d in diagnostics if d.severity is not Severity.INFO],
        )
    package = replace(package, spec_version=package.version, spec_hash=spec_hash)
    return build_surface(package)
