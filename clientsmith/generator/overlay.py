"""Apply a :class:`~.config.GeneratorConfig` to an OpenAPI document.

The config's spec-fixing sections become a transformation of the document,
before the IR stage, expressed in standard OpenAPI plus the generator's
extensions (``x-pagination``, ``x-clientsmith-resource``, ``x-clientsmith-method``,
``x-clientsmith-name``, ``x-clientsmith-token-request``). The IR stage therefore
needs no knowledge of the config. Steps, in order:

1. ``overlays``: OpenAPI Overlay 1.0 actions (RFC 9535 JSONPath targets);
2. ``include`` / ``exclude``: drop operations (each one reported as info);
3. ``content_types``: rename media types in request bodies and responses;
4. ``auth``: add, replace or merge security schemes; set the global ``security``;
5. ``pagination``: set ``x-pagination`` per operation (first matching rule wins);
6. ``rename``: models, resources, methods.

Config items that match nothing are reported as warnings located in the config,
so a typo never passes silently.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from clientsmith._contract import HTTP_METHODS

from .config import (
    ContentTypeRule,
    GeneratorConfig,
    Overlay,
    OverlayAction,
    Selection,
    Where,
    normalize_media_type,
)
from .diagnostics import Diagnostics, Severity, pointer_join
from .load import LoadedSpec
from .nesting import SKIP_SEGMENT
from .refs import follow_refs

if TYPE_CHECKING:
    from jsonpath import JSONPath

__all__ = ["apply_config", "apply_config_to_loaded", "apply_overlay"]

RESOURCE_EXTENSION = "x-clientsmith-resource"
METHOD_EXTENSION = "x-clientsmith-method"
NAME_EXTENSION = "x-clientsmith-name"
PAGINATION_EXTENSION = "x-pagination"


def _copy(node: Any) -> Any:
    """A fresh JSON tree: no subtree is shared (YAML aliases become copies)."""
    try:
        # The C codec copies a large spec several times faster than a Python walk.
        return json.loads(json.dumps(node, check_circular=False, allow_nan=True))
    except (TypeError, ValueError, RecursionError):
        return _copy_tree(node)


def _copy_tree(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _copy_tree(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_copy_tree(value) for value in node]
    return node


def _warn(diagnostics: Diagnostics, where: Where, code: str, message: str) -> None:
    diagnostics.add(where.diagnostic(Severity.WARNING, code, message))


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


# --- public -----------------------------------------------------------------------


def apply_config(
    document: Mapping[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> dict[str, Any]:
    """Return a new document with the config applied; ``document`` is not changed.

    Diagnostics about config items carry the config file, pointer and line;
    diagnostics about the spec (an excluded operation) carry a pointer into the
    input document and no file, for the caller to locate.
    """
    result: dict[str, Any] = _copy(dict(document))
    for overlay in config.overlays or ():
        _apply_overlay_in_place(result, overlay, diagnostics)
    _inline_path_item_refs(result)
    if config.include is not None or config.exclude is not None:
        _filter(result, config.include, config.exclude, diagnostics)
    if config.content_types:
        _content_types(result, config.content_types, diagnostics)
    if config.auth is not None:
        _auth(result, config, diagnostics)
    if config.pagination:
        _pagination(result, config, diagnostics)
    if config.rename is not None:
        _rename_models(result, config, diagnostics)
        _rename_resources(result, config, diagnostics)
        _rename_methods(result, config, diagnostics)
    return result


def apply_overlay(
    document: Mapping[str, Any], overlay: Overlay, diagnostics: Diagnostics
) -> dict[str, Any]:
    """Return a new document with one Overlay 1.0 document's actions applied."""
    result: dict[str, Any] = _copy(dict(document))
    _apply_overlay_in_place(result, overlay, diagnostics)
    return result


def apply_config_to_loaded(
    loaded: LoadedSpec, config: GeneratorConfig, diagnostics: Diagnostics
) -> LoadedSpec:
    """:func:`apply_config` on a loaded spec, for the pipeline.

    Returns ``loaded`` itself when the config changes nothing. Otherwise a copy with
    the new document and a content hash that covers the config too (the
    validation cache is keyed by it); spec diagnostics get file and line from
    ``loaded``.
    """
    if not config.transforms_spec:
        return loaded
    start = len(diagnostics)
    document = apply_config(loaded.document, config, diagnostics)
    for i in range(start, len(diagnostics.items)):
        d = diagnostics.items[i]
        if d.file is None:
            # Lines cost a pass over the spec's text: only for what is shown by
            # default. Informational ones (shown with -v) keep their pointer.
            if d.pointer and d.severity is not Severity.INFO:
                file, line = loaded.locate(d.pointer)
            else:
                file, line = loaded.path, None
            diagnostics.items[i] = dataclasses.replace(d, file=file, line=line)
    digest = hashlib.sha256(f"{loaded.content_hash}\0{config!r}".encode()).hexdigest()
    return dataclasses.replace(loaded, document=document, content_hash=digest)


# --- overlays ---------------------------------------------------------------------


def _merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Overlay 1.0 update: objects merge recursively, arrays append, the rest replaces."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(_copy(value))
        else:
            target[key] = _copy(value)


def _apply_overlay_in_place(
    document: dict[str, Any], overlay: Overlay, diagnostics: Diagnostics
) -> None:
    for action in overlay.actions:
        _apply_action(document, action, diagnostics)


# ``$..name<rest>`` or ``$..[selector]<rest>`` with no further descent in the
# rest: the descent is resolved here (one walk of the document), the rest by
# the library from each node found. python-jsonpath's own descent builds a
# match object for every node of the document, and the Akeneo config's 14
# such actions took 85 % of its generation time.
_DESCENT = re.compile(r"^\$\.\.(?:([A-Za-z_][A-Za-z0-9_-]*)(?=[.\[])|(?=\[))(.+)$")
_REST_CACHE: dict[str, JSONPath | None] = {}


def _descent_split(target: str) -> tuple[str | None, JSONPath] | None:
    """``(member name or None, compiled rest)`` when ``target`` is
    ``$..name<rest>`` or ``$..[...]<rest>`` and the rest holds no further
    descent; else ``None`` (the library evaluates the whole path)."""
    found = _DESCENT.match(target)
    if found is None or ".." in found.group(2):
        return None
    rest_text = "$" + found.group(2)
    if rest_text not in _REST_CACHE:
        from jsonpath import JSONPath as _JSONPath
        from jsonpath import JSONPathEnvironment, JSONPathError

        try:
            rest = JSONPathEnvironment(strict=True).compile(rest_text)
        except JSONPathError:
            rest = None
        _REST_CACHE[rest_text] = rest if isinstance(rest, _JSONPath) else None
    compiled = _REST_CACHE[rest_text]
    return None if compiled is None else (found.group(1), compiled)


def _descendants(document: Any, name: str | None) -> list[Any]:
    """What an RFC 9535 descendant segment starts from, in document order: the
    value of every member ``name`` at any depth, or (``None``) the document
    and every object and array inside it."""
    found: list[Any] = []
    # Only containers go on the stack: most values are scalars, and skipping
    # them halves the walk, which runs once per descent action.
    stack: list[Any] = [document] if isinstance(document, (dict, list)) else []
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if name is None:
                found.append(node)
            elif name in node:
                found.append(node[name])
            children = [v for v in node.values() if isinstance(v, (dict, list))]
        else:
            if name is None:
                found.append(node)
            children = [v for v in node if isinstance(v, (dict, list))]
        children.reverse()
        stack.extend(children)
    return found


@dataclasses.dataclass(frozen=True)
class _Hit:
    """A node an action's target selects: the value, its parent and key there."""

    obj: Any
    parent: dict[str, Any] | list[Any] | None
    parts: tuple[str | int, ...]
    """Keys from the document root."""

    @property
    def key(self) -> str | int | None:
        return self.parts[-1] if self.parts else None

    @property
    def path(self) -> str:
        """Normalized JSONPath (RFC 9535), for messages."""
        from jsonpath.serialize import canonical_string

        return "$" + "".join(
            f"[{canonical_string(p) if isinstance(p, str) else p}]" for p in self.parts
        )


def _hit(match: Any) -> _Hit:
    parent = match.parent.obj if match.parent is not None else None
    return _Hit(match.obj, parent, tuple(match.parts))


# A step of a path resolved directly: a member name, an array index, ``None``
# for a wildcard, or a filter's test of each child.
_Selector = str | int | None | Callable[[Any], bool]
_MISSING = object()


def _direct_steps(path: JSONPath) -> list[tuple[_Selector, ...]] | None:
    """Each segment's selectors when ``path`` is child segments of names,
    indices, wildcards and simple filters (``$.paths['/a','/b'].get``,
    ``$[?@.properties.code]``); else ``None`` (the library evaluates it)."""
    from jsonpath.segments import JSONPathChildSegment

    steps: list[tuple[_Selector, ...]] = []
    for segment in path.segments:
        if type(segment) is not JSONPathChildSegment:
            return None
        selectors = [_selector(selector) for selector in segment.selectors]
        if any(selector is _MISSING for selector in selectors):
            return None
        steps.append(tuple(selectors))  # type: ignore[arg-type]
    return steps


def _selector(selector: Any) -> _Selector | object:
    """One library selector as a :data:`_Selector`, or ``_MISSING`` if unsupported."""
    from jsonpath.selectors import Filter, IndexSelector, NameSelector, WildcardSelector

    kind = type(selector)
    if kind is NameSelector:
        name: str = selector.name
        return name
    if kind is IndexSelector:
        index: int = selector.index
        return index
    if kind is WildcardSelector:
        return None
    if kind is Filter:
        test = _test(selector.expression.expression)
        return _MISSING if test is None else test
    return _MISSING


def _singular(query: Any) -> list[str | int] | None:
    """The keys of a relative singular query (``@.a.b[0]``), else ``None``."""
    steps = _direct_steps(query.path)
    if steps is None or any(
        len(step) != 1 or not isinstance(step[0], (str, int)) for step in steps
    ):
        return None
    return [step[0] for step in steps]  # type: ignore[misc]


def _value(node: Any, keys: list[str | int]) -> Any:
    """The value at ``keys`` below ``node``, or ``_MISSING``."""
    for key in keys:
        found, node, _ = _child(node, key)
        if not found:
            return _MISSING
    return node


def _json_equal(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    return bool(left == right)


def _test(expression: Any) -> Callable[[Any], bool] | None:
    """A filter expression as a Python test of a node, for the forms configs use:
    existence (``@.a.b``), ``==``/``!=`` against a string or integer, ``&&``, ``||``."""
    from jsonpath.filter import InfixExpression, RelativeFilterQuery

    if type(expression) is RelativeFilterQuery:
        keys = _singular(expression)
        if keys is None:
            return None
        return lambda node: _value(node, keys) is not _MISSING
    if type(expression) is not InfixExpression:
        return None
    if expression.operator in ("&&", "||"):
        return _logical(expression)
    return _comparison(expression)


def _logical(expression: Any) -> Callable[[Any], bool] | None:
    left, right = _test(expression.left), _test(expression.right)
    if left is None or right is None:
        return None
    if expression.operator == "&&":
        return lambda node: left(node) and right(node)
    return lambda node: left(node) or right(node)


def _comparison(expression: Any) -> Callable[[Any], bool] | None:
    """``@.a.b == 'x'`` (or ``!=``, or an integer): a missing value equals nothing."""
    from jsonpath.filter import IntegerLiteral, RelativeFilterQuery, StringLiteral

    query, literal = expression.left, expression.right
    if (
        expression.operator not in ("==", "!=")
        or type(query) is not RelativeFilterQuery
        or type(literal) not in (StringLiteral, IntegerLiteral)
    ):
        return None
    keys = _singular(query)
    if keys is None:
        return None
    wanted, equal = literal.value, expression.operator == "=="

    def test(node: Any) -> bool:
        value = _value(node, keys)
        return (value is not _MISSING and _json_equal(value, wanted)) is equal

    return test


def _children(node: Any) -> list[tuple[str | int, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def _child(node: Any, key: str | int) -> tuple[bool, Any, str | int]:
    """RFC 9535 child selection: names select object members, indices array items."""
    if isinstance(key, str):
        if isinstance(node, dict) and key in node:
            return True, node[key], key
    elif isinstance(node, list) and -len(node) <= key < len(node):
        index = key % len(node)
        return True, node[index], index
    return False, None, key


def _select(hit: _Hit, selector: _Selector) -> Iterator[_Hit]:
    node = hit.obj
    if isinstance(selector, (str, int)):
        found, value, key = _child(node, selector)
        if found:
            yield _Hit(value, node, (*hit.parts, key))
        return
    for key, value in _children(node):
        if selector is None or selector(value):
            yield _Hit(value, node, (*hit.parts, key))


def _resolve_direct(document: Any, steps: list[tuple[_Selector, ...]]) -> list[_Hit]:
    """The nodes a path of child segments selects, in RFC 9535 order, without
    building a library match object per step (most of the overlay time)."""
    hits = [_Hit(document, None, ())]
    for selectors in steps:
        hits = [found for hit in hits for s in selectors for found in _select(hit, s)]
    return hits


def _matches(document: dict[str, Any], action: OverlayAction) -> list[_Hit]:
    steps = _direct_steps(action.path)
    if steps is not None:
        return _resolve_direct(document, steps)
    split = _descent_split(action.target)
    if split is None:
        return [_hit(m) for m in action.path.finditer(document)]
    name, rest = split
    # Collected before any match is used: the walk sees the document as it is.
    starts = _descendants(document, name)
    rest_steps = _direct_steps(rest)
    if rest_steps is not None:
        return [hit for node in starts for hit in _resolve_direct(node, rest_steps)]
    return [_hit(m) for node in starts for m in rest.finditer(node)]


def _remove(hits: list[_Hit], action: OverlayAction, diagnostics: Diagnostics) -> None:
    removals: dict[
        tuple[int, str | int], tuple[dict[str, Any] | list[Any], str | int]
    ] = {}
    for hit in hits:
        parent, key = hit.parent, hit.key
        if parent is None or key is None:
            _warn(
                diagnostics,
                action.where,
                "overlay-action-invalid",
                "the document root cannot be removed",
            )
            continue
        if isinstance(parent, list) and isinstance(key, int):
            key = key % len(parent) if parent else key
        removals[(id(parent), key)] = (parent, key)
    # Later list items first, so earlier indices stay valid.
    for parent, key in sorted(
        removals.values(),
        key=lambda pk: pk[1] if isinstance(pk[1], int) else -1,
        reverse=True,
    ):
        try:
            del parent[key]  # type: ignore[arg-type]
        except (KeyError, IndexError, TypeError):
            pass  # already gone with an enclosing removed node


def _update(hits: list[_Hit], action: OverlayAction, diagnostics: Diagnostics) -> None:
    seen: set[int] = set()
    for hit in hits:
        node = hit.obj
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict) and isinstance(action.update, dict):
            _merge(node, action.update)
        elif isinstance(node, dict):
            _warn(
                diagnostics,
                action.where,
                "overlay-action-invalid",
                f"update of the object at {hit.path} must be an object",
            )
        elif isinstance(node, list):
            node.append(_copy(action.update))
        else:
            _warn(
                diagnostics,
                action.where,
                "overlay-action-invalid",
                f"{hit.path} is neither an object nor an array, so it cannot be updated; "
                "target its parent object instead",
            )


def _apply_action(
    document: dict[str, Any], action: OverlayAction, diagnostics: Diagnostics
) -> None:
    hits = _matches(document, action)
    if not hits:
        _warn(
            diagnostics,
            action.where,
            "overlay-target-unmatched",
            f"overlay action target {action.target!r} matches nothing in the spec",
        )
    elif action.remove:
        _remove(hits, action, diagnostics)
    else:
        _update(hits, action, diagnostics)


# --- operations -------------------------------------------------------------------


def _inline_path_item_refs(document: dict[str, Any]) -> None:
    """Replace ``paths`` entries that are internal ``$ref``s by copies of their target,
    so per-operation edits never leak into other paths."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in list(paths.items()):
        target = _deref(document, item)
        if target is not item and isinstance(target, dict):
            paths[path] = _copy(target)


def _operations(
    document: dict[str, Any],
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in list(paths.items()):
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield str(path), method, op


def _filter(
    document: dict[str, Any],
    include: Selection | None,
    exclude: Selection | None,
    diagnostics: Diagnostics,
) -> None:
    used: set[Where] = set()
    dropped: list[tuple[str, str, str, str]] = []
    for path, method, op in _operations(document):
        reason = None
        if include is not None:
            selected = include.matching(path, op)
            used.update(selected)
            if not selected:
                reason = "not selected by 'include'"
        if exclude is not None:
            selected = exclude.matching(path, op)
            used.update(selected)
            if selected and reason is None:
                where = selected[0]
                reason = f"excluded by 'exclude' ({where.pointer[1:]})"
        if reason is not None:
            dropped.append(
                (path, method, pointer_join("", "paths", path, method), reason)
            )
    paths = document["paths"] if dropped else {}
    for path, method, pointer, reason in dropped:
        item = paths[path]
        del item[method]
        diagnostics.info(
            "operation-excluded",
            f"{method.upper()} {path}: {reason}; no method generated",
            pointer,
        )
        if not any(m in item for m in HTTP_METHODS):
            del paths[path]
    for selection, name in ((include, "include"), (exclude, "exclude")):
        if selection is None:
            continue
        for _, where in selection.tags + selection.paths + selection.operation_ids:
            if where not in used:
                _warn(
                    diagnostics,
                    where,
                    "config-unmatched",
                    f"this '{name}' pattern matches no operation",
                )


# --- content types ----------------------------------------------------------------


def _rename_content(
    content: dict[str, Any],
    rules: list[ContentTypeRule],
    used: set[Where],
    diagnostics: Diagnostics,
    loc: tuple[str, ...],
) -> dict[str, Any]:
    renamed: list[tuple[str, str, Any]] = []
    for media_type, value in content.items():
        normal = normalize_media_type(str(media_type))
        new = str(media_type)
        for rule in rules:
            if rule.source == normal:
                used.add(rule.where)
                new = rule.target
                break
        renamed.append((str(media_type), new, value))
    # A media type that is already there wins over one renamed onto it.
    kept = {old for old, new, _ in renamed if old == new}
    out: dict[str, Any] = {}
    for old, new, value in renamed:
        if new in out or (new != old and new in kept):
            diagnostics.warning(
                "content-type-conflict",
                f"{old!r} was renamed to {new!r}, which is already there; the renamed one was dropped",
                pointer_join("", *loc, old),
            )
            continue
        out[new] = value
    return out


def _deref(document: dict[str, Any], node: Any) -> Any:
    """What a chain of internal refs ends at; ``None`` if it loops or leads nowhere."""
    followed = follow_refs(document, node)
    return None if followed is None else followed[0]


def _fix_holder(
    document: dict[str, Any],
    holder: dict[str, Any],
    key: str,
    rules: list[ContentTypeRule],
    used: set[Where],
    diagnostics: Diagnostics,
    loc: tuple[str, ...],
) -> None:
    """Rename media types in ``holder[key]`` (a request body or a response)."""
    if not rules:
        return
    entry = holder.get(key)
    target = _deref(document, entry)
    content = target.get("content") if isinstance(target, dict) else None
    if not isinstance(content, dict):
        return
    normals = {normalize_media_type(str(k)) for k in content}
    hits = [r for r in rules if r.source in normals]
    if not hits:
        return
    assert isinstance(entry, dict) and isinstance(target, dict)
    if target is not entry:
        if all(r.match is None for r in hits):
            return  # a shared component: fixed once, with the global rules, below
        # Operation-specific: fix a private copy, not the shared component.
        entry = _copy(target)
        holder[key] = entry
        target = entry
    target["content"] = _rename_content(
        target["content"], rules, used, diagnostics, (*loc, "content")
    )


def _content_types(
    document: dict[str, Any],
    rules: tuple[ContentTypeRule, ...],
    diagnostics: Diagnostics,
) -> None:
    used: set[Where] = set()
    for path, method, op in _operations(document):
        here = [
            r for r in rules if r.match is None or r.match.matches(path, method, op)
        ]
        requests = [r for r in here if r.applies_to in ("requests", "both")]
        responses = [r for r in here if r.applies_to in ("responses", "both")]
        _fix_holder(
            document,
            op,
            "requestBody",
            requests,
            used,
            diagnostics,
            ("paths", path, method, "requestBody"),
        )
        codes = op.get("responses")
        if isinstance(codes, dict):
            for status in list(codes):
                _fix_holder(
                    document,
                    codes,
                    status,
                    responses,
                    used,
                    diagnostics,
                    ("paths", path, method, "responses", status),
                )
    components = document.get("components")
    if isinstance(components, dict):
        for section, kind in (
            ("requestBodies", "requests"),
            ("responses", "responses"),
        ):
            entries = components.get(section)
            if not isinstance(entries, dict):
                continue
            global_rules = [
                r for r in rules if r.match is None and r.applies_to in (kind, "both")
            ]
            for name in list(entries):
                _fix_holder(
                    document,
                    entries,
                    name,
                    global_rules,
                    used,
                    diagnostics,
                    ("components", section, name),
                )
    for rule in rules:
        if rule.where not in used:
            _warn(
                diagnostics,
                rule.where,
                "config-unmatched",
                f"content type {rule.source!r} is not used where this rule applies",
            )


# --- auth -------------------------------------------------------------------------


def _auth(
    document: dict[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> None:
    auth = config.auth
    assert auth is not None
    if auth.schemes:
        components = document.get("components")
        if not isinstance(components, dict):
            components = document["components"] = {}
        schemes = components.get("securitySchemes")
        if not isinstance(schemes, dict):
            schemes = components["securitySchemes"] = {}
        for override in auth.schemes:
            existing = _deref(document, schemes.get(override.name))
            if override.replace:
                schemes[override.name] = _copy(dict(override.scheme))
            elif isinstance(existing, dict):
                merged = _copy(existing)
                merged.update(_copy(dict(override.scheme)))
                schemes[override.name] = merged
            else:
                _warn(
                    diagnostics,
                    override.where,
                    "config-unmatched",
                    f"the spec has no security scheme {override.name!r} to change; give 'type' to add one"
                    + _suggest(override.name, [str(k) for k in schemes]),
                )
    if auth.security is not None:
        known = document.get("components", {}).get("securitySchemes") or {}
        document["security"] = [
            {name: list(scopes) for name, scopes in req.items()}
            for req in auth.security
        ]
        for requirement in auth.security:
            for name in requirement:
                if name not in known and auth.security_where is not None:
                    _warn(
                        diagnostics,
                        auth.security_where,
                        "config-unmatched",
                        f"security names scheme {name!r}, which is not defined"
                        + _suggest(name, [str(k) for k in known]),
                    )


# --- pagination -------------------------------------------------------------------


def _pagination(
    document: dict[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> None:
    rules = config.pagination or ()
    used: set[int] = set()
    for path, method, op in _operations(document):
        for index, rule in enumerate(rules):
            if rule.match.matches(path, method, op):
                used.add(index)
                if rule.pagination is None:
                    op.pop(PAGINATION_EXTENSION, None)
                else:
                    op[PAGINATION_EXTENSION] = _copy(dict(rule.pagination))
                break
    for index, rule in enumerate(rules):
        if index not in used:
            _warn(
                diagnostics,
                rule.where,
                "config-unmatched",
                "this pagination rule matches no operation (or only ones an earlier rule took)",
            )


# --- renames ----------------------------------------------------------------------


def _rename_models(
    document: dict[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> None:
    assert config.rename is not None
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        schemas = {}
    renamed = []
    for entry in config.rename.models:
        schema = schemas.get(entry.old)
        if isinstance(schema, dict):
            schema[NAME_EXTENSION] = entry.new
            renamed.append(entry)
        else:
            _warn(
                diagnostics,
                entry.where,
                "config-unmatched",
                f"no schema {entry.old!r} in components/schemas"
                + _suggest(entry.old, [str(k) for k in schemas]),
            )
    for entry in renamed:
        clash = _model_named(schemas, entry.new, besides=entry.old)
        if clash is not None:
            _warn(
                diagnostics,
                entry.where,
                "config-name-conflict",
                f"schema {clash!r} is also named {entry.new!r}; "
                "the generator will number one of them",
            )


def _model_named(schemas: Mapping[str, Any], name: str, *, besides: str) -> str | None:
    """Another schema whose model class would be called ``name``."""
    from .naming import class_name

    for key, schema in schemas.items():
        if key == besides:
            continue
        explicit = schema.get(NAME_EXTENSION) if isinstance(schema, dict) else None
        if isinstance(explicit, str) and explicit.strip():
            final = explicit
        else:
            final = class_name(str(key))
        if final == name:
            return str(key)
    return None


def resource_key(path: str, operation: Mapping[str, Any]) -> str:
    """The resource an operation lands in, as the IR stage decides it.

    ``x-clientsmith-resource`` if set, else the first tag, else the first path
    segment that is not a variable or ``api``/``rest``/``v1``-like.
    """
    explicit = operation.get(RESOURCE_EXTENSION)
    if isinstance(explicit, str) and explicit.strip(". "):
        return ".".join(s for s in explicit.split(".") if s.strip())
    tags = operation.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
        return tags[0]
    literal = [s for s in path.split("/") if s and "{" not in s]
    meaningful = [s for s in literal if not SKIP_SEGMENT.match(s)]
    return (meaningful or literal or ["default"])[0]


def _rename_resources(
    document: dict[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> None:
    assert config.rename is not None
    entries = sorted(config.rename.resources, key=lambda e: len(e.old), reverse=True)
    if not entries:
        return
    used: set[Where] = set()
    seen: set[str] = set()
    for path, _method, op in _operations(document):
        key = resource_key(path, op)
        seen.add(key)
        for entry in entries:
            if key == entry.old or key.startswith(entry.old + "."):
                op[RESOURCE_EXTENSION] = entry.new + key[len(entry.old) :]
                used.add(entry.where)
                break
    for entry in config.rename.resources:
        if entry.where not in used:
            _warn(
                diagnostics,
                entry.where,
                "config-unmatched",
                f"no operation is in resource {entry.old!r}"
                + _suggest(entry.old, sorted(seen)),
            )


def _rename_methods(
    document: dict[str, Any], config: GeneratorConfig, diagnostics: Diagnostics
) -> None:
    assert config.rename is not None
    if not config.rename.methods:
        return
    by_id: dict[str, dict[str, Any]] = {}
    by_route: dict[str, dict[str, Any]] = {}
    for path, method, op in _operations(document):
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            by_id.setdefault(op_id, op)
        by_route[f"{method} {path}"] = op
    for entry in config.rename.methods:
        found = by_id.get(entry.old)
        if found is None:
            method, _, path = entry.old.strip().partition(" ")
            found = by_route.get(f"{method.lower()} {path.strip()}")
        if found is None:
            _warn(
                diagnostics,
                entry.where,
                "config-unmatched",
                f"no operation has operationId {entry.old!r} (or is 'METHOD /path')"
                + _suggest(entry.old, sorted(by_id)),
            )
            continue
        found[METHOD_EXTENSION] = entry.new
