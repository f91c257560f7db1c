"""Spec validation: the full validator (cached on disk) and a cheap structural check.

:func:`validate_spec` runs openapi-spec-validator over the whole document and turns
every error into a ``spec-invalid`` warning: real specs are often slightly invalid
and still generate fine, so validation informs rather than stops. It is slow on
big specs (seconds), so results are cached by content hash.

:func:`quick_check` checks, in milliseconds, only what later stages rely on.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import importlib.metadata
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from clientsmith._contract import HTTP_METHODS
from clientsmith.generator.diagnostics import (
    Diagnostic,
    Diagnostics,
    Severity,
    pointer_join,
)
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.refs import (
    REF,
    RefError,
    check_internal_refs,
    follow_refs,
    iter_refs,
    resolve_pointer,
    split_pointer,
)

__all__ = ["cache_dir", "quick_check", "validate_spec"]

CACHE_FORMAT = "1"
"""Bump when the cached data or its meaning changes."""
MAX_MESSAGE = 400
"""Validator messages quote whole subtrees; they are cut to this many characters."""
_LOCATED = "_clientsmith_located"


def cache_dir() -> Path:
    """Where validation results are cached.

    ``$CLIENTSMITH_CACHE_DIR/validation`` if that variable is set, else
    ``~/.cache/clientsmith/validation``.
    """
    root = os.environ.get("CLIENTSMITH_CACHE_DIR")
    if root:
        return Path(root) / "validation"
    return Path.home() / ".cache" / "clientsmith" / "validation"


# --- full validation --------------------------------------------------------------


def _validator_version() -> str:
    # From the installed metadata: importing the validator takes ~0.5 s, which a
    # cache hit should not pay.
    return importlib.metadata.version("openapi-spec-validator")


def _cache_file(loaded: LoadedSpec) -> Path:
    key = "\0".join(
        (CACHE_FORMAT, _validator_version(), loaded.content_hash, loaded.path)
    )
    return cache_dir() / f"{hashlib.sha256(key.encode()).hexdigest()}.json"


def _read_cache(path: Path) -> list[Diagnostic] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            Diagnostic(
                Severity(item["severity"]),
                str(item["code"]),
                str(item["message"]),
                str(item["pointer"]),
                None if item["file"] is None else str(item["file"]),
                None if item["line"] is None else int(item["line"]),
            )
            for item in data["diagnostics"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        # Missing, unreadable or corrupt: validate again and overwrite it.
        return None


def _write_cache(path: Path, found: list[Diagnostic]) -> None:
    data = {
        "diagnostics": [
            {
                "severity": d.severity.value,
                "code": d.code,
                "message": d.message,
                "pointer": d.pointer,
                "file": d.file,
                "line": d.line,
            }
            for d in found
        ]
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent run never reads half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return  # a cache that cannot be written only costs time
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _located_keyword(cls: type[Any]) -> type[Any]:
    """Subclass a keyword validator so its errors carry their place.

    openapi-spec-validator's own checks (duplicate operationIds, unresolved path
    parameters, defaults...) give errors a path relative to the object checked, or
    none. Each keyword validator is called with the :class:`SchemaPath` it checks,
    so the innermost call prefixes the error's path with that path's parts. The
    path (not an attribute) is what survives the library re-wrapping errors.
    """
    from jsonschema_path import SchemaPath

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        base = next((a for a in args if isinstance(a, SchemaPath)), None)
        for error in cls.__call__(self, *args, **kwargs):
            if base is not None and not getattr(error, _LOCATED, False):
                error.path.extendleft(reversed(base.parts))
                setattr(error, _LOCATED, True)
            yield error

    return type(f"Located{cls.__name__}", (cls,), {"__call__": __call__})


def _refuse_retrieval(uri: str) -> Any:
    raise LookupError(f"external reference {uri!r} was not bundled; not fetched")


# Loading bundled every external ref it could and reported the rest. Left to
# itself the validator would fetch those from files or the network, without a
# timeout; it gets an error instead (reported as spec-validator-failed).
_NO_RETRIEVAL = {scheme: _refuse_retrieval for scheme in ("", "file", "http", "https")}


def _validator_for(loaded: LoadedSpec) -> tuple[Any, dict[str, Any]]:
    """The validator class for the source's version, with located errors."""
    from openapi_spec_validator import (  # slow to import: only when validating
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
        OpenAPIV32SpecValidator,
    )

    if loaded.is_swagger2:
        cls: Any = OpenAPIV2SpecValidator
        document = loaded.original if loaded.original is not None else loaded.document
    else:
        minor = (
            loaded.source_version.split(".")[1] if "." in loaded.source_version else "0"
        )
        cls = {
            "0": OpenAPIV30SpecValidator,
            "1": OpenAPIV31SpecValidator,
            "2": OpenAPIV32SpecValidator,
        }.get(minor, OpenAPIV31SpecValidator)
        document = loaded.document
    located = type(
        f"Located{cls.__name__}",
        (cls,),
        {
            "resolver_handlers": _NO_RETRIEVAL,
            "keyword_validators": {
                name: _located_keyword(keyword)
                for name, keyword in cls.keyword_validators.items()
            },
        },
    )
    return located, document


def _canonical_pointer(document: Any, tokens: list[Any]) -> str:
    """The pointer of where a validator path really is in the document.

    The validator walks through refs, so its paths can run via a ``$ref`` (e.g.
    ``.../schema/properties/born`` where ``schema`` is a ref to ``Pet``). Following
    such refs gives the place the author wrote (``/components/schemas/Pet/...``).
    """
    node = document
    canonical: list[str] = []
    for token in map(str, tokens):
        hops = 0
        while (
            isinstance(node, dict)
            and token not in node
            and isinstance(node.get("$ref"), str)
            and node["$ref"].startswith("#")
            and hops < 32  # ref chains that loop
        ):
            try:
                node, canonical = (
                    resolve_pointer(document, node["$ref"]),
                    split_pointer(node["$ref"]),
                )
            except RefError:
                break
            hops += 1
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            node = None
        canonical.append(token)
    return pointer_join("", *canonical)


def _is_ref_only(errors: list[Any]) -> bool:
    return all(
        e.validator == "required" and e.validator_value == ["$ref"] for e in errors
    )


def _explain(error: Any) -> Any:
    """The sub-error that best says why ``error`` happened.

    "X is not valid under any of the given schemas" names no culprit. Its context
    holds the errors of each alternative (``oneOf`` branch); the alternative with
    the fewest errors is most likely the one meant, so follow it down. The
    ``{"$ref": ...}`` alternative most objects have is never the one meant.
    """
    while error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branch = sub.relative_schema_path[0] if sub.relative_schema_path else None
            branches.setdefault(branch, []).append(sub)
        candidates = [b for b in branches.values() if not _is_ref_only(b)]
        if not candidates:
            break
        chosen = min(candidates, key=len)
        # Prefer a concrete error over a nested "not valid under any" one.
        error = next((e for e in chosen if not e.context), chosen[0])
    return error


def _error_place(error: Any, document: Any) -> tuple[str, str]:
    """Message and JSON pointer of one validator error."""
    error = _explain(error)
    pointer = _canonical_pointer(document, list(error.absolute_path))
    return _shorten(str(error.message)), pointer


def _shorten(message: str, limit: int = MAX_MESSAGE) -> str:
    if len(message) > limit:
        return message[: limit - 3] + "..."
    return message


def _within(pointer: str, place: str) -> bool:
    return pointer == place or pointer.startswith(place + "/")


def _false_positive(loaded: LoadedSpec, message: str, pointer: str) -> bool:
    # openapi-spec-validator checks Swagger 2.0 schemas with its 3.0 schema rules,
    # which reject the 2.0-only "type: file" of file download responses.
    return (
        loaded.is_swagger2
        and pointer.endswith("/type")
        and message.startswith("'file' is not one of")
    )


def _describe_failure(exc: BaseException) -> str:
    """The exception and, if it wraps others, the innermost one (the real why)."""
    # Messages can quote the whole document: keep each part short.
    text = f"the spec validator stopped with {type(exc).__name__}: "
    text += _shorten(str(exc), MAX_MESSAGE // 2)
    root = exc
    while (inner := root.__cause__ or root.__context__) is not None:
        root = inner
    if root is not exc:
        text += f" ({_shorten(str(root), MAX_MESSAGE // 4)})"
    return text


def _without_broken_refs(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``document`` without refs that lead nowhere, and where they were.

    The validator stops at the first ref it cannot follow, losing every later
    error; those refs are already reported (``unresolved-ref``), so it validates
    a copy with them removed instead. Without broken refs, no copy is made.
    """
    broken = Diagnostics()
    check_internal_refs(document, broken)
    places = [d.pointer for d in broken]
    places += [s.pointer for s in iter_refs(document) if not s.ref.startswith("#")]
    if not places:
        return document, []
    patched = copy.deepcopy(document)
    for place in places:
        node = resolve_pointer(patched, place)
        if isinstance(node, dict):
            node.pop(REF, None)
    return patched, places


def _run_validator(loaded: LoadedSpec) -> list[Diagnostic]:
    """All validator errors as warnings, and a warning if the validator crashed."""
    cls, document = _validator_for(loaded)
    locate = loaded.locate_original if loaded.is_swagger2 else loaded.locate
    document, patched = _without_broken_refs(document)
    found: list[Diagnostic] = []
    seen: set[tuple[str, str]] = set()
    try:
        for error in cls(document).iter_errors():
            message, pointer = _error_place(error, document)
            if (
                _false_positive(loaded, message, pointer)
                or (message, pointer) in seen
                or any(_within(pointer, place) for place in patched)
            ):
                continue  # an emptied ref object is no news
            seen.add((message, pointer))
            file, line = locate(pointer)
            found.append(
                Diagnostic(
                    Severity.WARNING, "spec-invalid", message, pointer, file, line
                )
            )
    except Exception as exc:  # noqa: BLE001 - a validator bug must not stop generation
        file, line = locate("")
        found.append(
            Diagnostic(
                Severity.WARNING,
                "spec-validator-failed",
                _shorten(_describe_failure(exc)),
                "",
                file,
                line,
            )
        )
    return found


def validate_spec(loaded: LoadedSpec, diagnostics: Diagnostics) -> None:
    """Validate against the OpenAPI (or, for Swagger sources, 2.0) schema.

    Every problem becomes a ``spec-invalid`` warning with pointer, file and line.
    Results are cached in :func:`cache_dir` by content hash and validator version.
    """
    cache = _cache_file(loaded)
    found = _read_cache(cache)
    if found is None:
        found = _run_validator(loaded)
        # Failures are cached too: they depend on the content alone.
        _write_cache(cache, found)
    diagnostics.extend(found)


# --- quick structural check -------------------------------------------------------

_TEMPLATE_PARAM = re.compile(r"{([^{}]+)}")


class _QuickCheck:
    def __init__(self, loaded: LoadedSpec, diagnostics: Diagnostics) -> None:
        self.loaded = loaded
        self.document = loaded.document
        self.diagnostics = diagnostics
        self.operation_ids: dict[str, str] = {}

    def report(self, severity: Severity, code: str, message: str, pointer: str) -> None:
        file, line = self.loaded.locate(pointer)
        self.diagnostics.add(Diagnostic(severity, code, message, pointer, file, line))

    def deref(self, node: Any) -> Any:
        """Follow internal refs (a chain of them, without looping); ``None`` for
        a chain that loops or leads nowhere (reported by the ref check)."""
        followed = follow_refs(self.document, node)
        return None if followed is None else followed[0]

    def run(self) -> None:
        paths = self.document.get("paths")
        if paths is None:
            if "webhooks" not in self.document:
                self.report(
                    Severity.WARNING, "spec-structure", "the spec has no 'paths'", ""
                )
            return
        if not isinstance(paths, dict):
            self.report(
                Severity.ERROR, "spec-structure", "'paths' must be a mapping", "/paths"
            )
            return
        for path, item in paths.items():
            if str(path).startswith("x-"):
                continue
            where = pointer_join("/paths", path)
            resolved = self.deref(item)
            if resolved is None:
                continue
            if not isinstance(resolved, dict):
                self.report(
                    Severity.ERROR,
                    "spec-structure",
                    "a path item must be a mapping",
                    where,
                )
                continue
            self.path_item(str(path), resolved, where)

    def parameters(self, node: dict[str, Any], pointer: str) -> list[dict[str, Any]]:
        """The well-formed parameters of a path item or operation, refs resolved."""
        raw = node.get("parameters")
        if raw is None:
            return []
        where = pointer_join(pointer, "parameters")
        if not isinstance(raw, list):
            self.report(
                Severity.ERROR, "spec-structure", "'parameters' must be a list", where
            )
            return []
        found = []
        for index, param in enumerate(raw):
            param_pointer = pointer_join(where, index)
            resolved = self.deref(param)
            if resolved is None:
                continue
            if not isinstance(resolved, dict):
                self.report(
                    Severity.ERROR,
                    "spec-structure",
                    "a parameter must be a mapping",
                    param_pointer,
                )
                continue
            missing = [
                key for key in ("name", "in") if not isinstance(resolved.get(key), str)
            ]
            if missing:
                self.report(
                    Severity.ERROR,
                    "spec-structure",
                    f"a parameter needs {' and '.join(repr(m) for m in missing)}",
                    param_pointer,
                )
                continue
            found.append(resolved)
        return found

    def path_item(self, path: str, item: dict[str, Any], pointer: str) -> None:
        shared = self.parameters(item, pointer)
        template = _TEMPLATE_PARAM.findall(path)
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op_pointer = pointer_join(pointer, method)
            op = item[method]
            if not isinstance(op, dict):
                self.report(
                    Severity.ERROR,
                    "spec-structure",
                    "an operation must be a mapping",
                    op_pointer,
                )
                continue
            own = self.parameters(op, op_pointer)
            declared = {p["name"] for p in [*shared, *own] if p["in"] == "path"}
            for name in template:
                if name not in declared:
                    self.report(
                        Severity.WARNING,
                        "path-param-missing",
                        f"path parameter {name!r} of {path!r} is not declared "
                        f"for {method.upper()}",
                        op_pointer,
                    )
            for name in sorted(declared - set(template)):
                self.report(
                    Severity.WARNING,
                    "path-param-unused",
                    f"path parameter {name!r} is declared but {path!r} has no "
                    f"{{{name}}}",
                    op_pointer,
                )
            responses = op.get("responses")
            if not isinstance(responses, dict) or not responses:
                self.report(
                    Severity.WARNING,
                    "responses-missing",
                    f"{method.upper()} {path} declares no responses",
                    op_pointer,
                )
            self.operation_id(op, op_pointer)

    def operation_id(self, op: dict[str, Any], pointer: str) -> None:
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str):
            return
        first = self.operation_ids.setdefault(operation_id, pointer)
        if first != pointer:
            self.report(
                Severity.WARNING,
                "duplicate-operation-id",
                f"operationId {operation_id!r} is also used at #{first}",
                pointer_join(pointer, "operationId"),
            )


def quick_check(loaded: LoadedSpec, diagnostics: Diagnostics) -> None:
    """Cheap checks of what the generator relies on, without the full validator.

    ``paths`` and operations are mappings, parameters have ``name`` and ``in``,
    every ``{name}`` in a path is declared (``path-param-missing``), operations
    have responses (``responses-missing``), operationIds are unique
    (``duplicate-operation-id``) and internal refs resolve (``unresolved-ref``;
    ones :func:`~clientsmith.generator.load.load_spec` already reported into
    ``diagnostics`` are not repeated).
    """
    _QuickCheck(loaded, diagnostics).run()
    # load_spec checks Swagger sources before conversion; do the same so that the
    # pointers match and nothing is reported twice.
    locate: Callable[[str], tuple[str, int | None]] = loaded.locate
    document = loaded.document
    if loaded.is_swagger2 and loaded.original is not None:
        document, locate = loaded.original, loaded.locate_original
    refs = Diagnostics()
    check_internal_refs(document, refs, locate)
    known = {(d.code, d.pointer) for d in diagnostics}
    diagnostics.extend(d for d in refs if (d.code, d.pointer) not in known)
