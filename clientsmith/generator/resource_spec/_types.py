"""Type strings: ``string``, ``uuid``, ``Network``, ``list[T]``, ``map[T]``, ``T?``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SCALARS", "TypeRef", "TypeSyntaxError", "parse_type", "type_schema"]

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
