"""Schema nodes: a JSON Schema object of the document and where it is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["SchemaNode"]


@dataclass(frozen=True, slots=True)
class SchemaNode:
    """A schema as written at ``pointer`` (``#/components/schemas/Pet``).

    ``raw`` is the JSON value found there: a mapping, a boolean (OpenAPI 3.1)
    or a ``{"$ref": ...}`` object, which the schema compiler turns into a
    reference to the named model it points at.
    """

    raw: Any
    pointer: str
