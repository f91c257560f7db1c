"""Deprecated aliases for methods a regeneration renames.

A rename (a better name for the same operation: same resource, same HTTP method
and path) breaks callers. When ``clientsmith generate`` replaces a client whose
surface (``.clientsmith-surface.json``) had the operation under another name,
the old name is kept as a deprecated alias (``clientsmith.deprecation.renamed``):
it warns once and calls the new method. An alias lives for one version: it
records the package version that renamed it (``since``) and is carried over by
later regenerations only while the package keeps that version.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .imports import with_import
from .ir import AliasIR, OperationIR, PackageIR, ResourceIR
from .naming import PyName, method_name

__all__ = ["RUNTIME_IMPORT", "with_renamed_aliases"]

RUNTIME_IMPORT = ("clientsmith.deprecation", "renamed")
"""What a resource module with aliases imports."""

Surface = Mapping[str, Any]

# Names a resource class has besides its methods (see resource.py.jinja).
_CLASS_ATTRIBUTES = frozenset(
    {"with_raw_response", "with_streaming_response", "_client"}
)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _split(name: str) -> tuple[str, str]:
    access, _, method = name.rpartition(".")
    return access, method


def _safe(name: str) -> bool:
    """Whether ``name`` (read from a file on disk) is a method name the generator makes.

    The surface file could be edited by hand: only what :func:`method_name`
    returns unchanged may become an identifier in generated code.
    """
    return bool(name) and not name.startswith("_") and method_name(name) == name


def renamed_methods(previous: Surface, package: PackageIR) -> dict[str, str]:
    """``{"pets.list_pets": "pets.list"}``: previous methods whose operation is now named otherwise."""
    now: dict[tuple[str, str], str] = {}
    for resource in package.resources:
        access = resource.access or resource.attribute
        for op in resource.operations:
            now[(access, f"{op.http_method.upper()} {op.path}")] = op.method_name
    found: dict[str, str] = {}
    for name, entry in sorted(_mapping(previous.get("methods")).items()):
        access, old = _split(name)
        new = now.get((access, str(_mapping(entry).get("http"))))
        if new is not None and new != old:
            found[name] = f"{access}.{new}"
    return found


def with_renamed_aliases(package: PackageIR, previous: Surface) -> PackageIR:
    """``package`` with deprecated aliases for what ``previous`` named otherwise.

    New aliases (a method of ``previous`` renamed now) get ``since`` = the
    package's version; aliases ``previous`` already had are kept while their
    ``since`` is still the package's version (regenerating one release twice
    keeps them; the next release drops them). An old name another method, a
    nested resource or an earlier alias of the resource now has is not kept.
    """
    version = package.version
    methods = _mapping(previous.get("methods"))
    wanted: dict[str, tuple[str, str]] = {}  # old full name -> (new full name, since)
    for old, new in renamed_methods(previous, package).items():
        wanted[old] = (new, version)
    for old, info in sorted(_mapping(previous.get("aliases")).items()):
        info = _mapping(info)
        if info.get("since") != version or old in wanted:
            continue
        target = _mapping(methods.get(str(info.get("of"))))
        access, _ = _split(old)
        for resource in package.resources:
            if (resource.access or resource.attribute) != access:
                continue
            for op in resource.operations:
                if f"{op.http_method.upper()} {op.path}" == target.get("http"):
                    wanted[old] = (f"{access}.{op.method_name}", version)
    if not wanted:
        return package
    resources = []
    for resource in package.resources:
        access = resource.access or resource.attribute
        taken: set[str] = {op.method_name for op in resource.operations}
        taken |= {child.attribute for child in resource.children}
        taken |= _CLASS_ATTRIBUTES
        by_method: dict[str, list[AliasIR]] = {}
        for old, (new, since) in sorted(wanted.items()):
            old_access, old_name = _split(old)
            new_access, new_name = _split(new)
            if old_access != access or new_access != access:
                continue
            if not _safe(old_name) or old_name in taken:
                continue
            taken.add(old_name)
            by_method.setdefault(new_name, []).append(
                AliasIR(PyName(old_name), since, old, new)
            )
        if by_method:
            resource = _with_aliases(resource, by_method)
        resources.append(resource)
    return dataclasses.replace(package, resources=tuple(resources))


def _with_aliases(
    resource: ResourceIR, by_method: Mapping[str, list[AliasIR]]
) -> ResourceIR:
    operations: list[OperationIR] = [
        dataclasses.replace(op, aliases=tuple(by_method[op.method_name]))
        if op.method_name in by_method
        else op
        for op in resource.operations
    ]
    return dataclasses.replace(
        resource,
        operations=tuple(operations),
        imports=with_import(resource.imports, *RUNTIME_IMPORT),
    )
