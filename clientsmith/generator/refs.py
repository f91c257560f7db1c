"""JSON pointers and ``$ref`` handling: resolving, walking, external bundling.

After :func:`bundle_external_refs` the document contains only internal refs
(``#/...``): every external target has been copied into the document's component
sections (or inlined where the dialect has no such section) and the ref rewritten.
Internal refs, circular ones included, are left alone; the IR stage handles cycles.
"""

from __future__ import annotations

import copy
import os
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from clientsmith._contract import HTTP_METHODS
from clientsmith.generator.diagnostics import (
    Diagnostic,
    Diagnostics,
    Severity,
    escape_token,
    pointer_join,
)

__all__ = [
    "MAX_REF_CHAIN",
    "PointerCache",
    "REF",
    "RefError",
    "RefSite",
    "bundle_external_refs",
    "canonical_ref",
    "RefFault",
    "chase_refs",
    "check_internal_refs",
    "escape_token",
    "follow_refs",
    "is_url",
    "iter_refs",
    "join_location",
    "resolve_pointer",
    "split_pointer",
    "step",
    "unescape_token",
]

REF = "$ref"


class RefError(LookupError):
    """A ``$ref`` or JSON pointer that does not lead anywhere."""


def unescape_token(token: str) -> str:
    """A JSON pointer token's text: ``~1`` -> ``/``, then ``~0`` -> ``~`` (RFC 6901:
    in this order, so ``~01`` is ``~1``, not ``/``)."""
    if "~" not in token:
        return token
    return token.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer (``/a/b~1c``; a leading ``#`` is allowed) into tokens."""
    if pointer.startswith("#"):
        # Fragments may be percent-encoded (RFC 6901 section 6).
        pointer = unquote(pointer[1:])
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise RefError(f"invalid JSON pointer {pointer!r}: must start with '/'")
    return [unescape_token(t) for t in pointer[1:].split("/")]


def canonical_ref(ref: str) -> str:
    """An internal ref spelt one way: ``#`` plus the pointer with its tokens
    escaped, percent-encoding decoded (``#/paths/~1a%7Bb%7D`` -> ``#/paths/~1a{b}``).
    Raises :class:`RefError` for a ref that is not ``#`` plus a JSON pointer."""
    if not ref.startswith("#"):
        raise RefError(f"{ref!r} is not an internal reference")
    if ref.startswith("#/") and "%" not in ref and "~" not in ref:
        return ref  # nothing to decode or re-escape: the usual case, kept fast
    return "#" + pointer_join("", *split_pointer(ref))


MAX_REF_CHAIN = 64
"""Refs a chain may pass through before it is taken for a loop."""


def follow_refs(document: Any, node: Any, pointer: str = "") -> tuple[Any, str] | None:
    """Where a chain of internal ``$ref`` objects starting at ``node`` ends:
    ``(target, its canonical ref)``, or ``(node, pointer)`` when ``node`` is no
    ref object. ``None`` when the chain loops, leaves the document (an external
    ref) or points nowhere."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get(REF), str):
        try:
            ref = canonical_ref(node[REF])
            if ref in seen or len(seen) >= MAX_REF_CHAIN:
                return None
            seen.add(ref)
            node = resolve_pointer(document, ref)
        except RefError:
            return None
        pointer = ref
    return node, pointer


@dataclass(frozen=True, slots=True)
class RefFault:
    """Why a ``$ref`` chain read by :func:`chase_refs` ends nowhere.

    ``code`` is ``circular-ref`` or ``unresolved-ref``; ``pointer`` (``#/...``)
    is where the chain was when it failed: the diagnostic's location.
    """

    code: str
    message: str
    pointer: str


def chase_refs(
    document: Any,
    node: Any,
    pointer: str,
    resolved: dict[str, tuple[str, Any]] | None = None,
) -> tuple[Any, str, RefFault | None]:
    """Follow the ``$ref`` chain at ``node`` (written at ``pointer``), saying why
    it fails: ``(target, its canonical ref, None)``, ``(node, pointer, None)``
    for a node that is no reference, or ``(last node reached, its pointer,
    fault)`` for a chain that loops or points nowhere.

    The IR stage's reader of spec objects (:mod:`.spec.parse`) reports the
    fault as a located warning; unlike :func:`follow_refs`, a loop is a ref
    seen twice as written. ``resolved`` (written ref -> canonical ref and
    target) saves resolving a ref again in a document that does not change.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get(REF), str):
        written = str(node[REF])
        if written in seen:
            message = f"circular reference {written!r}"
            return node, pointer, RefFault("circular-ref", message, pointer)
        seen.add(written)
        hit = resolved.get(written) if resolved is not None else None
        if hit is None:
            found = _resolve_written(document, written)
            if isinstance(found, RefFault):
                return node, pointer, RefFault(found.code, found.message, pointer)
            hit = found
            if resolved is not None:
                resolved[written] = hit
        pointer, node = hit
    return node, pointer, None


def _resolve_written(document: Any, written: str) -> tuple[str, Any] | RefFault:
    """A ref as written -> (its canonical spelling, its target), or the fault."""
    try:
        ref = canonical_ref(written)
    except RefError:
        ref = written
    try:
        return ref, resolve_pointer(document, ref)
    except RefError:
        return RefFault("unresolved-ref", f"reference {ref!r} points nowhere", "")


def resolve_pointer(document: Any, ref: str) -> Any:
    """Return the value at ``ref`` (``#/a/b`` or ``/a/b``) inside ``document``.

    Raises :class:`RefError` naming the first token that cannot be followed.
    """
    node = document
    tokens = split_pointer(ref)
    for index, token in enumerate(tokens):
        if isinstance(node, dict):
            if token not in node:
                raise RefError(f"{ref!r}: no key {token!r} at {_walked(tokens, index)}")
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise RefError(
                    f"{ref!r}: no index {token!r} at {_walked(tokens, index)}"
                )
            node = node[int(token)]
        else:
            walked = _walked(tokens, index)
            raise RefError(f"{ref!r}: {walked} is not an object or array")
    return node


def _walked(tokens: list[str], count: int) -> str:
    """The pointer of the first ``count`` tokens, quoted for a message
    (built only when there is a message: resolving is frequent)."""
    return "'#" + pointer_join("", *tokens[:count]) + "'"


def step(node: Any, token: str) -> Any:
    """``node[token]`` as a JSON pointer reads it (``token`` already unescaped);
    ``None`` where there is nothing. One step of :func:`resolve_pointer` that
    does not raise, for walks that remember each node on the way."""
    if isinstance(node, dict):
        return node.get(token)
    if isinstance(node, list):
        try:
            return node[int(token)]
        except (IndexError, ValueError):
            return None
    return None


_UNSEEN: Any = object()


class PointerCache:
    """The values of one document by canonical pointer, each looked up once.

    A pointer is resolved from its nearest ancestor looked up before, one
    :func:`step` per token below it, and every pointer on the way is
    remembered: walking to each of a deeply nested schema's children costs
    one step, where resolving each from the root made deep nesting
    quadratic. Pointers are canonical (``#/a/b~1c``, as :func:`canonical_ref`
    spells them); what is not there reads as ``None``.
    """

    __slots__ = ("_document", "_values")

    def __init__(self, document: Any) -> None:
        self._document = document
        self._values: dict[str, Any] = {"#": document}

    def get(self, pointer: str) -> Any:
        """The value at ``pointer``; ``None`` where there is none."""
        values = self._values
        value = values.get(pointer, _UNSEEN)
        if value is not _UNSEEN:
            return value
        below: list[tuple[str, str]] = []  # (pointer, its last token), deepest first
        current = pointer
        while value is _UNSEEN:
            parent, sep, token = current.rpartition("/")
            if not sep or not parent.startswith("#"):
                value = values[current] = None  # no pointer: nothing there
                break
            below.append((current, token))
            current = parent
            value = values.get(current, _UNSEEN)
        for path, token in reversed(below):
            value = values[path] = step(value, unescape_token(token))
        return value


# The three functions below keep the spelling and errors of the copies that
# lived in schemas.py, for the operation-side modules (walker.py, testplan.py,
# samples.py, operations.py) until they read the typed spec layer. New code
# uses canonical_ref, resolve_pointer and follow_refs.


# --- context-aware walk -----------------------------------------------------------
#
# Which component section an external target belongs in depends on where the
# ``$ref`` sits (a schema, a parameter, ...), so the walk tracks the kind of object
# at each position. It also keeps out of literal data (examples, defaults, enums,
# extensions), where a ``$ref`` key is just data.

_ONE, _MAP, _LIST = "one", "map", "list"
_Rule = tuple[str, str]

_SCHEMA_RULES: dict[str, _Rule] = {
    **{k: ("schema", _MAP) for k in ("properties", "patternProperties", "$defs")},
    **{k: ("schema", _MAP) for k in ("definitions", "dependentSchemas")},
    **{k: ("schema", _LIST) for k in ("allOf", "anyOf", "oneOf", "prefixItems")},
    **{
        k: ("schema", _ONE)
        for k in (
            "items",
            "additionalProperties",
            "not",
            "if",
            "then",
            "else",
            "contains",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
            "additionalItems",
            "contentSchema",
        )
    },
}
_PARAM_RULES: dict[str, _Rule] = {
    "schema": ("schema", _ONE),
    "items": ("schema", _ONE),  # Swagger 2.0 non-body parameters and headers
    "content": ("mediaType", _MAP),
    "examples": ("example", _MAP),
}
_OPERATION_RULES: dict[str, _Rule] = {
    "parameters": ("parameter", _LIST),
    "requestBody": ("requestBody", _ONE),
    "responses": ("response", _MAP),
    "callbacks": ("callback", _MAP),
}
_RULES: dict[str, dict[str, _Rule]] = {
    "root": {
        "paths": ("pathItem", _MAP),
        "webhooks": ("pathItem", _MAP),
        "components": ("components", _ONE),
        "definitions": ("schema", _MAP),
        "parameters": ("parameter", _MAP),
        "responses": ("response", _MAP),
        "securityDefinitions": ("securityScheme", _MAP),
    },
    "components": {
        "schemas": ("schema", _MAP),
        "responses": ("response", _MAP),
        "parameters": ("parameter", _MAP),
        "examples": ("example", _MAP),
        "requestBodies": ("requestBody", _MAP),
        "headers": ("header", _MAP),
        "securitySchemes": ("securityScheme", _MAP),
        "links": ("link", _MAP),
        "callbacks": ("callback", _MAP),
        "pathItems": ("pathItem", _MAP),
    },
    "pathItem": {
        **{m: ("operation", _ONE) for m in HTTP_METHODS},
        "parameters": ("parameter", _LIST),
    },
    "operation": _OPERATION_RULES,
    "parameter": _PARAM_RULES,
    "header": _PARAM_RULES,
    "requestBody": {"content": ("mediaType", _MAP)},
    "mediaType": {
        "schema": ("schema", _ONE),
        "examples": ("example", _MAP),
        "encoding": ("encoding", _MAP),
    },
    "encoding": {"headers": ("header", _MAP)},
    "response": {
        "headers": ("header", _MAP),
        "content": ("mediaType", _MAP),
        "links": ("link", _MAP),
        "schema": ("schema", _ONE),  # Swagger 2.0
    },
    "schema": _SCHEMA_RULES,
}
# Keys holding literal values (or, in a Swagger response, literal examples by
# media type): never look for refs inside them.
_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "const", "value"})


def _is_extension(key: Any) -> bool:
    return isinstance(key, str) and key.startswith("x-")


# Kinds whose every (non-extension) member is of one kind, whatever its key.
_UNIFORM = {"callback": "pathItem"}


# The walk tracks where a node sits as a "link": the base pointer, or a
# (parent link, key) pair. Pointers are built only for the refs asked about;
# building one per node would double the walk's time on big specs.


def _pointer_of(link: Any) -> str:
    tokens: list[str | int] = []
    while not isinstance(link, str):
        link, token = link
        tokens.append(token)
    return pointer_join(link, *reversed(tokens))


class RefSite:
    """A reference found by :func:`iter_refs`.

    Usually a ``{"$ref": ...}`` object; also an entry of a discriminator
    ``mapping`` whose value is a reference rather than a schema name.
    """

    __slots__ = ("_link", "key", "kind", "node")

    def __init__(
        self, node: dict[str, Any], kind: str, link: Any, key: str = REF
    ) -> None:
        self.node = node
        """The mapping holding the reference at :attr:`key`."""
        self.kind = kind
        """Kind of object expected there: ``schema``, ``parameter``, ``pathItem``..."""
        self.key = key
        """``"$ref"``, or the discriminator value of a mapping entry."""
        self._link = link

    @property
    def pointer(self) -> str:
        """JSON pointer of the ref object (or mapping entry) in the walked document."""
        return _pointer_of(self._link)

    @property
    def ref(self) -> str:
        return str(self.node[self.key])

    def set(self, ref: str) -> None:
        """Point the reference elsewhere, in the document itself."""
        self.node[self.key] = ref


# Mapping values are schema names ("Dog") or references ("#/...", "dog.yaml").
_REFERENCE_LIKE = re.compile(r"[#/]|\.(?:ya?ml|json)$", re.IGNORECASE)


def _mapping_refs(discriminator: Any, link: Any) -> Iterator[RefSite]:
    """Discriminator mapping values that are references, not schema names."""
    mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
    if not isinstance(mapping, dict):
        return
    for value_name, target in mapping.items():
        if isinstance(target, str) and _REFERENCE_LIKE.search(target):
            yield RefSite(
                mapping, "schema", ((link, "mapping"), value_name), value_name
            )


def iter_refs(node: Any, kind: str = "root", pointer: str = "") -> Iterator[RefSite]:
    """Yield every ``$ref`` object below ``node`` with its kind and pointer.

    ``pointer`` is where ``node`` is, prefixed to the pointers reported. Does not
    descend into ref objects themselves nor into literal data.
    """
    stack: list[tuple[Any, str, Any]] = [(node, kind, pointer)]
    while stack:
        current, current_kind, link = stack.pop()
        if isinstance(current, list):
            for index in range(len(current) - 1, -1, -1):
                item = current[index]
                if isinstance(item, (dict, list)):
                    stack.append((item, current_kind, (link, index)))
        elif isinstance(current, dict):
            if isinstance(current.get(REF), str):
                yield RefSite(current, current_kind, link)
                continue
            sites, children = _members(current, current_kind, link)
            yield from sites
            stack.extend(reversed(children))


_Child = tuple[Any, str, Any]


def _members(
    current: dict[str, Any], kind: str, link: Any
) -> tuple[list[RefSite], list[_Child]]:
    """An object's discriminator-mapping refs, and its members worth walking
    with the kind each is (by :data:`_RULES`), in document order."""
    rules = _RULES.get(kind)
    uniform = _UNIFORM.get(kind)
    sites: list[RefSite] = []
    children: list[_Child] = []
    for key, child in current.items():
        if not isinstance(child, (dict, list)) or _is_extension(key):
            continue
        child_link = (link, key)
        if key == "discriminator" and kind == "schema":
            sites.extend(_mapping_refs(child, child_link))
        elif uniform is not None:
            children.append((child, uniform, child_link))
        elif rules is None or key not in rules:
            if key not in _LITERAL_KEYS:
                children.append((child, "other", child_link))
        elif rules[key][1] == _MAP and isinstance(child, dict):
            children.extend(_map_members(child, rules[key][0], child_link))
        else:
            children.append((child, rules[key][0], child_link))
    return sites, children


def _map_members(child: dict[str, Any], kind: str, link: Any) -> Iterator[_Child]:
    """The members of a name -> object map (``properties``, ``responses``...)."""
    for name, member in child.items():
        # Schema names (properties...) may start with "x-" too.
        if isinstance(member, (dict, list)) and (
            kind == "schema" or not _is_extension(name)
        ):
            yield member, kind, (link, name)


def check_internal_refs(
    document: dict[str, Any],
    diagnostics: Diagnostics,
    locate: Callable[[str], tuple[str, int | None]] | None = None,
) -> int:
    """Report internal refs (``#/...``) that point nowhere as ``unresolved-ref``.

    One walk of the document; each distinct ref string is resolved once. Returns the
    number of problems reported. ``locate`` fills in file and line.
    """
    outcome: dict[str, str | None] = {}
    problems = 0
    for site in iter_refs(document):
        ref = site.ref
        if not ref.startswith("#"):
            continue
        if ref not in outcome:
            try:
                resolve_pointer(document, ref)
                outcome[ref] = None
            except RefError as exc:
                outcome[ref] = str(exc)
        reason = outcome[ref]
        if reason is None:
            continue
        problems += 1
        file, line = locate(site.pointer) if locate is not None else (None, None)
        diagnostics.add(
            Diagnostic(
                # A warning: the IR stage types the target as Any and goes on.
                Severity.WARNING,
                "unresolved-ref",
                f"$ref {ref!r} points nowhere: {reason}",
                site.pointer,
                file,
                line,
            )
        )
    return problems


# --- external refs ----------------------------------------------------------------


def is_url(location: str) -> bool:
    """Whether ``location`` is an http(s) URL rather than a local path."""
    try:
        return urlsplit(location).scheme in ("http", "https")
    except ValueError:  # e.g. "http://[bad": not a usable URL, so a (bad) path
        return False


def join_location(base: str, reference: str) -> str:
    """Resolve ``reference`` (a ref's file part) against the file ``base``."""
    if is_url(reference):
        return reference
    if is_url(base):
        return urljoin(base, reference)
    path = unquote(reference)
    if os.path.isabs(path):
        return os.path.normpath(path)
    return os.path.normpath(os.path.join(os.path.dirname(base), path))


# Component section per kind, for OpenAPI 3.x and Swagger 2.0. Kinds missing from a
# table are inlined at the ref (e.g. path items: 3.0 has no section for them).
_SECTIONS_V3 = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "link": "links",
    "callback": "callbacks",
    "securityScheme": "securitySchemes",
}
_SECTIONS_V2 = {
    "schema": "definitions",
    "parameter": "parameters",
    "response": "responses",
}
# Kind implied by the section a target pointer names, for refs in unmodelled places.
_KIND_OF_SECTION = {
    **{section: kind for kind, section in _SECTIONS_V3.items()},
    "definitions": "schema",
    "pathItems": "pathItem",
}

_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class _Bundler:
    root: dict[str, Any]
    root_location: str
    swagger2: bool
    read: Callable[[str], Any]
    """Parsed content of a file; raises OSError/ValueError when it can't."""
    diagnostics: Diagnostics
    line_of: Callable[[str, str], int | None]
    files: dict[str, Any] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    placed: dict[tuple[str, str], str] = field(default_factory=dict)
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)
    inlining: set[tuple[str, str]] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    """Internal refs of the components bundling added."""

    def sections(self) -> dict[str, str]:
        return _SECTIONS_V2 if self.swagger2 else _SECTIONS_V3

    def load(self, location: str) -> Any:
        if location == self.root_location:
            return self.root
        if location in self.files:
            return self.files[location]
        if location in self.failed:
            raise RefError(self.failed[location])
        try:
            content = self.read(location)
        except (OSError, ValueError) as exc:
            self.failed[location] = f"cannot load {location}: {exc}"
            raise RefError(self.failed[location]) from exc
        self.files[location] = content
        return content

    def run(self) -> None:
        self.rewrite(self.root, "root", "", self.root_location)

    def rewrite(self, node: Any, kind: str, pointer: str, location: str) -> None:
        """Rewrite refs below ``node`` (from file ``location``) to internal ones."""
        in_root = location == self.root_location
        for site in list(iter_refs(node, kind, pointer)):
            ref = site.ref
            file_part, _, fragment = ref.partition("#")
            if in_root and not file_part:
                continue  # internal ref of the root: leave it
            try:
                target_location = (
                    join_location(location, file_part) if file_part else location
                )
            except ValueError as exc:
                self.report(f"invalid $ref {ref!r}: {exc}", site, location)
                continue
            new_ref = self.import_target(
                target_location, "#" + fragment, site, location
            )
            if new_ref is not None:
                site.set(new_ref)

    def report(self, message: str, site: RefSite, location: str) -> None:
        self.diagnostics.add(
            Diagnostic(
                Severity.ERROR,
                "unresolved-ref",
                message,
                site.pointer,
                location,
                self.line_of(location, site.pointer),
            )
        )

    def import_target(
        self, location: str, fragment: str, site: RefSite, referrer: str
    ) -> str | None:
        """Bring ``location#fragment`` into the root; return the internal ref."""
        if location == self.root_location:
            return fragment  # a ref back into the root file, spelt with its name
        key = (location, fragment)
        if key in self.placed:
            return self.placed[key]
        try:
            document = self.load(location)
            target = resolve_pointer(document, fragment)
        except RefError as exc:
            self.report(f"cannot resolve $ref {site.ref!r}: {exc}", site, referrer)
            return None
        tokens = split_pointer(fragment)
        target_pointer = pointer_join("", *tokens)
        kind = site.kind
        if kind == "other" and len(tokens) >= 2:
            kind = _KIND_OF_SECTION.get(tokens[-2], kind)
        section = self.sections().get(kind)
        if section is None or not isinstance(target, dict):
            if site.key != REF:
                self.report(
                    f"discriminator mapping {site.ref!r} does not lead to a schema",
                    site,
                    referrer,
                )
                return None
            return self.inline(location, target_pointer, target, site, referrer)
        try:
            container = self.section(section)
        except RefError as exc:
            self.report(f"cannot bundle $ref {site.ref!r}: {exc}", site, referrer)
            return None
        name, reuse = self.choose_name(section, container, tokens, location, target)
        base = "" if self.swagger2 else "/components"
        internal = "#" + pointer_join(base, section, name)
        # Reserve before rewriting the copy so that cycles between files end here.
        self.placed[key] = internal
        if not reuse:
            content = copy.deepcopy(target)
            container[name] = content
            self.created.add(internal)
            self.origins[internal[1:]] = (location, target_pointer)
            self.rewrite(content, kind, target_pointer, location)
        return internal

    def inline(
        self, location: str, pointer: str, target: Any, site: RefSite, referrer: str
    ) -> str | None:
        key = (location, pointer)
        if key in self.inlining or not isinstance(target, dict):
            what = "a cycle" if key in self.inlining else "not an object"
            self.report(
                f"cannot inline $ref {site.ref!r} ({site.kind}): {what}", site, referrer
            )
            return None
        self.inlining.add(key)
        if referrer == self.root_location:
            # Inlined content keeps its lines in its own file.
            self.origins[site.pointer] = (location, pointer)
        content = copy.deepcopy(target)
        self.rewrite(content, site.kind, pointer, location)
        self.inlining.discard(key)
        # Siblings of the ref (a 3.1 path item's summary...) override the target's.
        siblings = {k: v for k, v in site.node.items() if k != REF}
        site.node.clear()
        site.node.update(content)
        site.node.update(siblings)
        return None

    def section(self, section: str) -> dict[str, Any]:
        """The root's component section, created if missing."""
        parent: Any = self.root
        if not self.swagger2:
            parent = parent.setdefault("components", {})
            if not isinstance(parent, dict):
                raise RefError("'components' of the root document is not a mapping")
        container = parent.setdefault(section, {})
        if not isinstance(container, dict):
            raise RefError(f"section {section!r} of the root document is not a mapping")
        return container

    def choose_name(
        self,
        section: str,
        container: dict[str, Any],
        tokens: list[str],
        location: str,
        target: Any,
    ) -> tuple[str, bool]:
        """Pick the component name; ``True`` means an identical one exists already."""
        if tokens:
            base = tokens[-1]
        else:
            path = urlsplit(location).path if is_url(location) else location
            base = posixpath.basename(path.replace(os.sep, "/")).split(".")[0]
        base = _NAME_UNSAFE.sub("_", base) or "Model"
        prefix = "#" + pointer_join("" if self.swagger2 else "/components", section)
        if base in container and pointer_join(prefix, base) not in self.created:
            # Files often repeat a model the root also defines: reuse it if it is
            # identical and ref-free (refs would mean different things there).
            if (
                container[base] == target
                and next(iter_refs(target, "other"), None) is None
            ):
                return base, True
        name, suffix = base, 2
        while name in container:
            name, suffix = f"{base}{suffix}", suffix + 1
        return name, False


def bundle_external_refs(
    document: dict[str, Any],
    location: str,
    *,
    swagger2: bool,
    read: Callable[[str], Any],
    diagnostics: Diagnostics,
    line_of: Callable[[str, str], int | None],
) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
    """Copy every external ``$ref`` target into ``document`` (in place).

    ``read(location)`` returns a file's parsed content. Returns the files loaded
    (location -> content, in load order) and the origin of each bundled component
    (internal pointer -> (file, pointer in that file)) for locating lines later.
    Problems are reported as ``unresolved-ref`` errors; such refs stay unchanged.
    """
    bundler = _Bundler(document, location, swagger2, read, diagnostics, line_of)
    bundler.run()
    return bundler.files, bundler.origins
