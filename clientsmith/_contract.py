"""What the runtime and the generator must agree on, stated once.

The generator imports these names instead of restating them (the runtime never
imports the generator).
"""

from __future__ import annotations

from typing import Final

__all__ = ["HTTP_METHODS", "SWAGGER2_METHODS"]

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
