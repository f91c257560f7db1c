"""Models: ProductExamples."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["ProductExamples"]


ProductExamples: TypeAlias = Any
