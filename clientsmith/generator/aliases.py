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

__all__ = ["MOVED_IMPORT", "RUNTIME_IMPORT", "with_renamed_aliases"]

RUNTIME_IMPORT = ("clientsmith.deprecation", "renamed")
"""What a resource module with aliases imports."""
MOVED_IMPORT = ("clientsmith.deprecation", "moved")
"""What a resource module with aliases of methods moved to nested resources imports."""

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
    """``{"pets.list_pets": "pets.list"}``: previous methods whose operation is now named otherwise.

    The operation is the same when its HTTP method and path are, in the same
    resource or in one nested below it (``accounts.list_persons`` ->
    ``accounts.persons.list``, when resources came to nest by path).
    """
    now: dict[str, list[str]] = {}  # "GET /path" -> full method names
    for resource in package.resources:
        access = resource.access or resource.attribute
        for op in resource.operations:
            http = f"{op.http_method.upper()} {op.path}"
            now.setdefault(http, []).append(f"{access}.{op.method_name}")
    found: dict[str, str] = {}
    for name, entry in sorted(_mapping(previous.get("methods")).items()):
        access, _ = _split(name)
        new = _same_operation(now.get(str(_mapping(entry).get("http")), []), access)
        if new and new != name:
            found[name] = new
    return found


def _same_operation(names: list[str], access: str) -> str:
    """Of ``names`` (one operation's methods now), the one in resource ``access``,
    else the first in a resource nested below it, else ``""``."""
    same = [n for n in names if _split(n)[0] == access]
    below = sorted(n for n in names if _split(n)[0].startswith(access + "."))
    return (same or below or [""])[0]


def with_renamed_aliases(package: PackageIR, previous: Surface) -> PackageIR:
    """``package`` with deprecated aliases for what ``previous`` named otherwise.

    New aliases (a method of ``previous`` renamed now) get ``since`` = the
    package's version; aliases ``previous`` already had are kept while their
    ``since`` is still the package's version (regenerating one release twice
    keeps them; the next release drops them). An old name another method, a
    nested resource or an earlier alias of the resource now has is not kept.
    A method moved into a nested resource keeps its old name in the resource
    it was in (``accounts.list_persons`` calls ``accounts.persons.list``).
    """
    version = package.version
    wanted = {
        old: (new, version) for old, new in renamed_methods(previous, package).items()
    }
    for old, new in _kept_aliases(previous, package).items():
        wanted.setdefault(old, (new, version))
    if not wanted:
        return package
    resources = tuple(_resource_with_aliases(r, wanted) for r in package.resources)
    return dataclasses.replace(package, resources=resources)


def _kept_aliases(previous: Surface, package: PackageIR) -> dict[str, str]:
    """Aliases of ``previous`` made in this version: old name -> the method now."""
    methods = _mapping(previous.get("methods"))
    now: dict[str, list[str]] = {}
    for resource in package.resources:
        for op in resource.operations:
            now.setdefault(f"{op.http_method.upper()} {op.path}", []).append(
                f"{resource.access or resource.attribute}.{op.method_name}"
            )
    kept: dict[str, str] = {}
    for old, info in sorted(_mapping(previous.get("aliases")).items()):
        info = _mapping(info)
        if info.get("since") != package.version:
            continue
        http = _mapping(methods.get(str(info.get("of")))).get("http")
        new = _same_operation(now.get(str(http), []), _split(old)[0])
        if new:
            kept[old] = new
    return kept


def _resource_with_aliases(
    resource: ResourceIR, wanted: Mapping[str, tuple[str, str]]
) -> ResourceIR:
    """``resource`` with the aliases of ``wanted`` whose old names were its own."""
    access = resource.access or resource.attribute
    taken: set[str] = {op.method_name for op in resource.operations}
    taken |= {child.attribute for child in resource.children}
    taken |= _CLASS_ATTRIBUTES
    by_method: dict[str, list[AliasIR]] = {}
    moved: list[AliasIR] = []
    for old, (new, since) in sorted(wanted.items()):
        old_access, old_name = _split(old)
        new_access, new_name = _split(new)
        if old_access != access or not _safe(old_name) or old_name in taken:
            continue
        taken.add(old_name)
        if new_access == access:
            by_method.setdefault(new_name, []).append(
                AliasIR(PyName(old_name), since, old, new)
            )
        elif _safe_path(new[len(access) + 1 :]):
            moved.append(
                AliasIR(PyName(old_name), since, old, new, via=new[len(access) + 1 :])
            )
    if not by_method and not moved:
        return resource
    return _with_aliases(resource, by_method, tuple(moved))


def _safe_path(path: str) -> bool:
    """``persons.list``: attribute names the generator makes, read from disk."""
    return all(_safe(part) for part in path.split("."))


def _with_aliases(
    resource: ResourceIR,
    by_method: Mapping[str, list[AliasIR]],
    moved: tuple[AliasIR, ...],
) -> ResourceIR:
    operations: list[OperationIR] = [
        dataclasses.replace(op, aliases=tuple(by_method[op.method_name]))
        if op.method_name in by_method
        else op
        for op in resource.operations
    ]
    imports = resource.imports
    if by_method:
        imports = with_import(imports, *RUNTIME_IMPORT)
    if moved:
        imports = with_import(imports, *MOVED_IMPORT)
    return dataclasses.replace(
        resource, operations=tuple(operations), moved=moved, imports=imports
    )
