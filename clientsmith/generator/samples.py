"""Sample values built from schemas, for the tests ``generate --tests`` writes.

A sample is plain data (str, int, float, bool, None, lists, dicts; bytes for
files) that a schema accepts where that is cheap to know: ``const``, the first
``enum`` value, ``default``, a scalar ``example``, else a value of the declared
type honouring formats, bounds and required properties. Request samples hold
only required properties and no ``readOnly`` ones; response samples hold every
property but ``writeOnly`` ones, down to a bounded depth, so the generated
models are exercised. Recursion and depth are bounded: a sample is small.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .refs import RefError, resolve_pointer
from .spec.schema import SchemaNode

__all__ = ["sample"]

Direction = Literal["request", "response"]

_MAX_DEPTH = 6
# Below this depth a response sample keeps only required properties.
_FULL_DEPTH = 3
_STRING_FORMATS: dict[str, object] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "AAAA",
    "int-or-string": 8080,
}


def _plain(value: Any) -> bool:
    if value is None or isinstance(value, str | bool | int | float):
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


_NOTHING = object()
"""No literal value: ``None`` is a value a schema may give."""


def _fits(key: str, value: Any) -> bool:
    """A scalar example only: whole example documents are large and often
    disagree with their own schema."""
    return key != "example" or not isinstance(value, dict | list)


def _literal(schema: SchemaNode) -> Any:
    """``const``, ``default``, a scalar ``example`` or the first non-null
    ``enum`` value; ``_NOTHING`` when the schema gives none."""
    for key in ("const", "default", "example"):
        value = schema.keyword(key)
        if schema.has(key) and _plain(value) and _fits(key, value):
            return value
    for item in schema.enum or ():
        if item is not None and _plain(item):
            return item
    return _NOTHING


def _kind(schema: SchemaNode) -> Any:
    """The schema's type (the first non-null one), implied by its keywords if absent."""
    # As written, not SchemaNode.kinds: a YAML ``null`` member (``[null,
    # object]``) leaves the type to be implied, as it always has.
    kind = schema.keyword("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        if schema.has("properties"):
            return "object"
        if schema.has("items"):
            return "array"
    return kind


def _bound(value: Any) -> bool:
    """Whether a ``minimum``/``maximum`` is a number (booleans are not)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(schema: SchemaNode, kind: str) -> int | float:
    """1, or the nearest value the bounds allow."""
    low = schema.keyword("minimum")
    high = schema.keyword("maximum")
    number: int | float = 1
    if _bound(low):
        number = low + (1 if schema.keyword("exclusiveMinimum") is True else 0)
    elif _bound(high):
        number = min(1, high - (1 if schema.keyword("exclusiveMaximum") is True else 0))
    return int(number) if kind == "integer" else float(number)


def sample(
    document: Mapping[str, Any],
    schema: SchemaNode | None,
    direction: Direction,
    *,
    upload: bool = False,
) -> Any:
    """A sample value for ``schema`` (``None`` when nothing sensible exists).

    ``upload``: the schema is a multipart body, whose binary fields are files.
    """
    return _Sampler(document, direction, upload).value(schema, 0, frozenset())


class _Sampler:
    def __init__(
        self, document: Mapping[str, Any], direction: Direction, upload: bool
    ) -> None:
        self.document = document
        self.direction = direction
        self.upload = upload

    def value(self, schema: SchemaNode | None, depth: int, seen: frozenset[str]) -> Any:
        """A value ``schema`` accepts: its literal, its composition's, or its type's."""
        if schema is None or not schema.is_object or depth > _MAX_DEPTH:
            return None
        ref = schema.ref
        if ref is not None:
            return self._referenced(ref, depth, seen)
        literal = _literal(schema)
        if literal is not _NOTHING:
            return literal
        parts = schema.all_of()
        if parts:
            return self._all_of(schema, parts, depth, seen)
        for key in ("oneOf", "anyOf"):
            options = schema.members(key)
            # An empty list of options still decides: no sample.
            if options or schema.keyword(key) == []:
                return self._first_option(options, depth, seen)
        return self._typed(schema, _kind(schema), depth, seen)

    def _referenced(self, ref: str, depth: int, seen: frozenset[str]) -> Any:
        """The sample of a ``$ref``'s target (``None`` for cycles and dead refs)."""
        if ref in seen:
            return None
        try:
            target = resolve_pointer(self.document, ref)
        except RefError:
            return None
        return self.value(SchemaNode(target, ref), depth, seen | {ref})

    def _all_of(
        self,
        schema: SchemaNode,
        parts: list[SchemaNode],
        depth: int,
        seen: frozenset[str],
    ) -> Any:
        """The parts' objects merged with the schema's own properties; a scalar
        part (before any object) stands for the whole."""
        merged: dict[str, Any] = {}
        for part in parts:
            got = self.value(part, depth, seen)
            if isinstance(got, dict):
                merged.update(got)
            elif got is not None and not merged:
                return got
        return {**merged, **self._object(schema, depth, seen)}

    def _first_option(
        self, options: list[SchemaNode], depth: int, seen: frozenset[str]
    ) -> Any:
        """The first ``oneOf``/``anyOf`` option that has a sample."""
        for option in options:
            got = self.value(option, depth, seen)
            if got is not None:
                return got
        return None

    def _typed(
        self, schema: SchemaNode, kind: Any, depth: int, seen: frozenset[str]
    ) -> Any:
        if kind == "string":
            return self._string(schema, depth)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "array":
            item = self.value(schema.child("items"), depth + 1, seen)
            return [] if item is None else [item]
        if kind == "object":
            return self._object(schema, depth, seen)
        return None

    def _string(self, schema: SchemaNode, depth: int) -> object:
        """A string of the schema's format, or one its length bounds allow."""
        fmt = schema.format
        if fmt == "binary":
            # A multipart body's top-level binary field is a file upload.
            return b"data" if self.upload and depth == 1 else "data"
        if fmt is not None and fmt in _STRING_FORMATS:
            return _STRING_FORMATS[fmt]
        length = schema.keyword("minLength")
        text = "string"
        if isinstance(length, int) and length > len(text):
            text = text + "x" * (length - len(text))
        maximum = schema.keyword("maxLength")
        if isinstance(maximum, int) and 0 < maximum < len(text):
            text = text[:maximum]
        return text

    def _object(
        self, schema: SchemaNode, depth: int, seen: frozenset[str]
    ) -> dict[str, Any]:
        """The sampled properties (required ones only, below the full depth
        of a response), with neither ``readOnly`` (request) nor ``writeOnly``
        (response) ones."""
        needed = set(schema.required)
        response = self.direction == "response"
        out: dict[str, Any] = {}
        for name, prop in schema.properties():
            wanted = name in needed or (response and depth < _FULL_DEPTH)
            hidden = prop.write_only if response else prop.read_only
            if not prop.is_object or not wanted or hidden:
                continue
            got = self.value(prop, depth + 1, seen)
            if got is not None or name in needed:
                out[name] = got
        return out
