"""Models: SearchFilter."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["SearchFilter"]


class SearchFilter(BaseModel):
    """One condition of a `search` filter. Operators without a value (EMPTY, NOT EMPTY, UNCLASSIFIED) leave `value` out; `locale`/`scope` select the attribute value, `locales` is used by completeness filters."""

    operator: str
    """=, !=, IN, NOT IN, <, >, BETWEEN, STARTS WITH, CONTAINS, EMPTY, SINCE LAST N DAYS..."""

    value: Any = None
    """The value; its type depends on the property and operator"""

    locale: str | None = None
    scope: str | None = None
    locales: list[str] | None = None
