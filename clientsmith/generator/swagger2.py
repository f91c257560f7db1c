"""Swagger 2.0 -> OpenAPI 3.0 conversion (in progress)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clientsmith.generator.diagnostics import Diagnostics, GeneratorError

__all__ = ["ConvertedSpec", "convert_swagger2"]


@dataclass(frozen=True)
class ConvertedSpec:
    """An OpenAPI 3.0 document and where its parts were in the Swagger source."""

    document: dict[str, Any]
    origins: dict[str, str] = field(default_factory=dict)


def convert_swagger2(
    document: dict[str, Any], diagnostics: Diagnostics
) -> ConvertedSpec:
    """Convert a Swagger 2.0 document to OpenAPI 3.0."""
    raise GeneratorError("Swagger 2.0 conversion is not implemented yet")
