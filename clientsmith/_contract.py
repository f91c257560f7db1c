"""What the runtime and the generator must agree on, stated once.

The generator imports these names instead of restating them (the runtime never
imports the generator).
"""

from __future__ import annotations

from typing import Final

__all__ = ["HTTP_METHODS", "SWAGGER2_METHODS", "is_json_patch"]

HTTP_METHODS: Final = (
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
)
"""The operation keys of an OpenAPI 3 Path Item, in the specification's order."""

SWAGGER2_METHODS: Final = tuple(m for m in HTTP_METHODS if m != "trace")
"""Swagger 2.0's Path Item has no ``trace``."""


def is_json_patch(media_type: str) -> bool:
    """``application/json-patch+json`` (parameters ignored): a JSON Patch
    document (RFC 6902), always an array. The generator records JSON Patch
    bodies' alternatives by it, and the runtime picks their media type by it."""
    return media_type.split(";")[0].strip().lower() == "application/json-patch+json"
