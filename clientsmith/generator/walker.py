"""Reading operations' spec objects: ``$ref`` chains and object properties.

Shared by the operation and pagination compilers, which read the same
parameters, bodies and responses; a reference that loops or points nowhere is
a located warning, and the object reads as missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .diagnostics import Diagnostics
from .schemas import canonical_ref, deref, resolve_ref

__all__ = ["SpecWalker"]


class SpecWalker:
    """Follows references within one document, reporting dead or looping ones."""

    def __init__(self, document: Mapping[str, Any], diagnostics: Diagnostics) -> None:
        self.document = document
        self.diagnostics = diagnostics

    def _deref(
        self, node: Any, pointer: str, seen: frozenset[str] = frozenset()
    ) -> tuple[Any, str]:
        """Follow ``$ref`` chains of non-schema objects (parameters, bodies...)."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = str(node["$ref"])
            if ref in seen:
                self.diagnostics.warning(
                    "circular-ref", f"circular reference {ref!r}", pointer[1:]
                )
                return None, pointer
            seen = seen | {ref}
            ref = canonical_ref(ref)
            try:
                node = resolve_ref(self.document, ref)
            except (KeyError, IndexError, ValueError):
                self.diagnostics.warning(
                    "unresolved-ref", f"reference {ref!r} points nowhere", pointer[1:]
                )
                return None, pointer
            pointer = ref
        return node, pointer

    def _deref_schema(self, schema: Any) -> Any:
        """The schema a ``$ref`` chain ends at (``None`` if it points nowhere)."""
        return deref(self.document, schema)

    def _properties(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """A schema's properties with those of its ``allOf`` parts, dereferenced."""
        props: dict[str, Any] = {}
        for part in [schema, *(schema.get("allOf") or ())]:
            part, _ = self._deref(part, "#")
            if isinstance(part, Mapping) and isinstance(
                part.get("properties"), Mapping
            ):
                for key, value in part["properties"].items():
                    props[str(key)] = self._deref(value, "#")[0]
        return props
