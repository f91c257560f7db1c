"""Raw schema data the operation-side compilers still read.

Until :class:`~.schema.SchemaNode` has accessors for them, pagination
detection (response properties, nested fields) and form bodies (field names)
read a schema's raw value. The references they meet are followed through
:func:`clientsmith.generator.refs.chase_refs` and reported as the operation
compilers always have (a schema reached through ``#`` reports at the
document's root).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..diagnostics import Diagnostics
from ..refs import chase_refs, follow_refs
from .parse import report

__all__ = ["RawSchemas"]


class RawSchemas:
    """Reads raw schemas of one document, reporting dead or looping refs."""

    def __init__(self, document: Mapping[str, Any], diagnostics: Diagnostics) -> None:
        self.document = document
        self.diagnostics = diagnostics
        self._resolved: dict[str, tuple[str, Any]] = {}

    def deref(self, node: Any, pointer: str = "#") -> tuple[Any, str]:
        """What a ``$ref`` chain at ``node`` ends at (``None`` on a fault, reported)."""
        node, pointer, fault = chase_refs(self.document, node, pointer, self._resolved)
        if fault is not None:
            report(self.diagnostics, fault)
            return None, pointer
        return node, pointer

    def quiet(self, schema: Any) -> Any:
        """The schema a ``$ref`` chain ends at, unreported (``None``: nowhere)."""
        followed = follow_refs(self.document, schema)
        return followed[0] if followed is not None else None

    def properties(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """A schema's properties with those of its ``allOf`` parts, dereferenced."""
        props: dict[str, Any] = {}
        for part in [schema, *(schema.get("allOf") or ())]:
            part, _ = self.deref(part)
            if isinstance(part, Mapping) and isinstance(
                part.get("properties"), Mapping
            ):
                for key, value in part["properties"].items():
                    props[str(key)] = self.deref(value)[0]
        return props
