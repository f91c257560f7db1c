"""Models: SearchFilters."""

from __future__ import annotations

from typing import TypeAlias

from .search_filter import SearchFilter

__all__ = ["SearchFilters"]


SearchFilters: TypeAlias = dict[str, list[SearchFilter]]
"""The `search` query parameter: property or attribute code to the list of conditions on it (ANDed). Sent JSON-encoded."""
