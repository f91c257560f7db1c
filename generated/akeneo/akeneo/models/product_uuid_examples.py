"""Models: ProductUuidExamples."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["ProductUuidExamples"]


ProductUuidExamples: TypeAlias = Any
