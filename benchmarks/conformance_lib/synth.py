"""Argument values synthesised from a spec: examples first, else built from the schema.

Values are JSON data (dicts, lists, str, numbers, bool, None) except binary
strings, which become :data:`BYTES_MARKER` dicts (``{"$bytes": "..."}``) so a
plan stays JSON; :func:`decode_bytes` turns them back into ``bytes``.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any
from urllib.parse import unquote

BYTES_KEY = "$bytes"
MAX_DEPTH = 6
_FORMAT_VALUES: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "uri-reference": "https://example.com/a",
    "iri": "https://example.com/a",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "aGVsbG8=",
    "duration": "P1D",
    "int32": "1",
    "int64": "1",
    "int-or-string": "1",
}
_PATTERN_CANDIDATES = (
    "abc",
    "a",
    "A",
    "1",
    "123",
    "a1",
    "ABC",
    "abc-123",
    "abc_123",
    "a.b",
    "2024-01-02",
    "2024-01-02T03:04:05Z",
    "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "user@example.com",
    "https://example.com/a",
    "AB12",
    "ab12cd34",
    "0",
    "+1234567890",
    "US",
    "USD",
    "en-US",
)


def bytes_marker(data: bytes) -> dict[str, str]:
    return {BYTES_KEY: data.decode("latin-1")}


def decode_bytes(value: Any) -> Any:
    """Turn every bytes marker inside ``value`` back into ``bytes``."""
    if isinstance(value, dict):
        if set(value) == {BYTES_KEY}:
            return str(value[BYTES_KEY]).encode("latin-1")
        return {k: decode_bytes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_bytes(v) for v in value]
    return value


def is_bytes_marker(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {BYTES_KEY}


def resolve(doc: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """Follow internal ``$ref`` chains; a cycle or a dangling ref gives ``{}``."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#"):
            return {}
        seen = seen | {ref}
        target: Any = doc
        for part in ref[1:].split("/")[1:]:
            # a URI fragment: percent-encoded ({ and } of path templates often are)
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = target[part]
            elif (
                isinstance(target, list) and part.isdigit() and int(part) < len(target)
            ):
                target = target[int(part)]
            else:
                return {}
        node = target
    return node


def schema_type(schema: dict[str, Any]) -> str | None:
    """The schema's main type (3.1 type lists: the first that is not null)."""
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if isinstance(t, str):
        return t
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


class Synth:
    """Builds one value per schema for a spec; ``direction`` is request or response."""

    def __init__(self, doc: dict[str, Any], seed: int = 0) -> None:
        self.doc = doc
        self.random = random.Random(seed)

    def value(
        self,
        schema: Any,
        *,
        request: bool = True,
        depth: int = 0,
        use_examples: bool = True,
        seen: frozenset[str] = frozenset(),
    ) -> Any:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen:
                return None  # recursion: stop (the caller drops optional None)
            seen = seen | {ref}
        schema = resolve(self.doc, schema)
        if not isinstance(schema, dict):
            return "x"
        if use_examples:
            for key in ("const", "example", "default"):
                if key in schema and schema[key] is not None:
                    return schema[key]
            examples = schema.get("examples")
            if isinstance(examples, list) and examples:
                return examples[0]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            non_null = [e for e in enum if e is not None]
            return non_null[0] if non_null else None
        kw = {"request": request, "use_examples": use_examples, "seen": seen}
        if depth > MAX_DEPTH:
            return None
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, depth, kw)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                for option in options:
                    target = resolve(self.doc, option)
                    if isinstance(target, dict) and target.get("type") != "null":
                        base = {k: v for k, v in schema.items() if k != key}
                        value = self.value(option, depth=depth + 1, **kw)  # type: ignore[arg-type]
                        if base.get("properties") and isinstance(value, dict):
                            value = {**self._object(base, depth, kw), **value}
                        tag = discriminator_value(schema, option)
                        if tag is not None and isinstance(value, dict):
                            value[tag[0]] = tag[1]
                        return value
                return None
        t = schema_type(schema)
        if t == "object" or (t is None and schema.get("properties")):
            return self._object(schema, depth, kw)
        if t == "array":
            return self._array(schema, depth, kw)
        if t == "integer":
            return self._number(schema, integer=True)
        if t == "number":
            return self._number(schema, integer=False)
        if t == "boolean":
            return True
        if t == "null":
            return None
        if t == "string" or t is None:
            return self._string(schema)
        return "x"

    def _all_of(self, schema: dict[str, Any], depth: int, kw: dict[str, Any]) -> Any:
        parts = [schema["allOf"], [{k: v for k, v in schema.items() if k != "allOf"}]]
        merged: dict[str, Any] | None = None
        scalar: Any = None
        for part in parts[0] + parts[1]:
            target = resolve(self.doc, part)
            if not isinstance(target, dict) or not target:
                continue
            is_object = schema_type(target) == "object" or "allOf" in target
            if not is_object and not any(
                k in target for k in ("type", "oneOf", "anyOf", "enum", "format")
            ):
                continue  # annotation only
            value = self.value(part, depth=depth + 1, **kw)
            if isinstance(value, dict):
                merged = {**(merged or {}), **value}
            elif scalar is None:
                scalar = value
        return merged if merged is not None else scalar

    def _object(self, schema: dict[str, Any], depth: int, kw: dict[str, Any]) -> Any:
        request = kw["request"]
        out: dict[str, Any] = {}
        props = schema.get("properties") or {}
        required = (
            set(schema.get("required") or ())
            if isinstance(schema.get("required"), list)
            else set()
        )
        if isinstance(props, dict):
            for name, sub in props.items():
                target = resolve(self.doc, sub)
                if not isinstance(target, dict):
                    continue
                if request and target.get("readOnly"):
                    # OpenAPI: required applies to responses only
                    required.discard(name)
                    continue
                if not request and target.get("writeOnly"):
                    required.discard(name)
                    continue
                if name not in required and depth >= 3:
                    continue
                value = self.value(sub, depth=depth + 1, **kw)
                if (
                    value is None
                    and name not in required
                    and not target.get("nullable")
                ):
                    continue
                out[name] = value
        for name in required:
            if name not in out:
                out[name] = "x"
        extra = schema.get("additionalProperties")
        if not out and isinstance(extra, dict) and extra and depth < 3:
            out["key"] = self.value(extra, depth=depth + 1, **kw)
        return out

    def _array(self, schema: dict[str, Any], depth: int, kw: dict[str, Any]) -> Any:
        items = schema.get("items", {})
        if isinstance(items, list):  # tuple form (3.0 invalid, seen in the wild)
            items = items[0] if items else {}
        # two items where allowed: one-item arrays in forms and queries read back
        # as a scalar in some servers (Prism among them), which tells nothing
        high = schema.get("maxItems")
        count = max(2, int(schema.get("minItems") or 0))
        if isinstance(high, int) and high < count:
            count = max(high, 1)
        first = self.value(items, depth=depth + 1, **kw)
        if first is None:
            return []
        values = [first]
        while len(values) < count:
            nxt = self.value(
                items,
                depth=depth + 1,
                use_examples=False,
                request=kw["request"],
                seen=kw["seen"],
            )
            if nxt in values:
                if schema.get("uniqueItems") or not isinstance(nxt, (str, int)):
                    break  # a distinct second item is not obvious: keep one
            values.append(nxt)
        return values

    @staticmethod
    def _number(schema: dict[str, Any], integer: bool) -> int | float:
        low, high = schema.get("minimum"), schema.get("maximum")
        ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
            low, ex_low = ex_low, True
        if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
            high, ex_high = ex_high, True
        step = 1 if integer else 0.5
        value: float = 1 if integer else 1.5
        if isinstance(low, (int, float)):
            value = max(value, low + (step if ex_low else 0))
        if isinstance(high, (int, float)):
            top = high - (step if ex_high else 0)
            if value > top:
                value = top
        multiple = schema.get("multipleOf")
        if isinstance(multiple, (int, float)) and multiple > 0:
            value = max(1, math.ceil(value / multiple)) * multiple
            if isinstance(high, (int, float)) and value > high:
                value = multiple * math.floor(high / multiple)
        if integer:
            return int(value)
        return float(value)

    @staticmethod
    def _string(schema: dict[str, Any]) -> Any:
        fmt = schema.get("format")
        if fmt == "binary":
            return bytes_marker(b"conformance")
        value = _FORMAT_VALUES.get(fmt, "string") if isinstance(fmt, str) else "string"
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            value = _matching(pattern, value)
        low = schema.get("minLength")
        high = schema.get("maxLength")
        if isinstance(low, int) and len(value) < low:
            value = value + "x" * (low - len(value))
        if isinstance(high, int) and high >= 0 and len(value) > high:
            value = value[:high]
        return value


def discriminator_value(schema: dict[str, Any], option: Any) -> tuple[str, str] | None:
    """(property, value) that selects ``option`` under the schema's discriminator."""
    disc = schema.get("discriminator")
    if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
        return None
    ref = option.get("$ref") if isinstance(option, dict) else None
    if not isinstance(ref, str):
        return None
    for value, target in (disc.get("mapping") or {}).items():
        if target == ref or target == ref.rsplit("/", 1)[-1]:
            return disc["propertyName"], str(value)
    return disc["propertyName"], ref.rsplit("/", 1)[-1]


def _matching(pattern: str, preferred: str) -> str:
    """A string matching ``pattern``: a known candidate, else one built from the
    regex itself (``^AC[0-9a-f]{32}$`` -> ``AC000...``), else ``preferred``."""
    try:
        regex = re.compile(pattern)
    except (re.error, OverflowError):
        return preferred
    for candidate in (preferred, *_PATTERN_CANDIDATES):
        if regex.search(candidate):
            return candidate
    try:
        built = _from_regex(pattern)
    except Exception:  # an unusual construct: give up quietly
        return preferred
    return built if regex.search(built) else preferred


def _from_regex(pattern: str) -> str:
    """The shortest-ish string the regex matches, built from its parse tree."""
    import re._parser as sre  # type: ignore[import-not-found]
    from re import _constants as c  # type: ignore[attr-defined]

    def char_of(items: list[Any]) -> str:
        negate = any(op is c.NEGATE for op, _ in items)
        if negate:
            banned = set()
            for op, av in items:
                if op is c.LITERAL:
                    banned.add(chr(av))
            return next(ch for ch in "aA0_-x" if ch not in banned)
        op, av = items[0]
        if op is c.LITERAL:
            return chr(av)
        if op is c.RANGE:
            return chr(av[0])
        if op is c.CATEGORY:
            return {c.CATEGORY_DIGIT: "0", c.CATEGORY_SPACE: " "}.get(av, "a")
        return "a"

    def walk(tree: Any) -> str:
        out = []
        for op, av in tree:
            if op is c.LITERAL:
                out.append(chr(av))
            elif op is c.NOT_LITERAL:
                out.append("a" if chr(av) != "a" else "b")
            elif op is c.ANY:
                out.append("a")
            elif op is c.IN:
                out.append(char_of(av))
            elif op in (
                c.MAX_REPEAT,
                c.MIN_REPEAT,
                getattr(c, "POSSESSIVE_REPEAT", None),
            ):
                low, _high, sub = av
                out.append(walk(sub) * max(low, 0))
            elif op is c.SUBPATTERN:
                out.append(walk(av[-1]))
            elif op is c.BRANCH:
                out.append(walk(av[1][0]))
            elif op is c.CATEGORY:
                out.append({c.CATEGORY_DIGIT: "0", c.CATEGORY_SPACE: " "}.get(av, "a"))
            # AT (anchors), GROUPREF, ASSERT...: nothing to add
        return "".join(out)

    return walk(sre.parse(pattern))
