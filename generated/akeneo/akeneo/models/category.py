"""Models: Category."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["Category"]


class Category(BaseModel):
    """The ``Category`` object."""

    code: str
    """Category code"""

    labels: dict[str, str] | None = None
    """Category labels for each locale"""

    parent: str | None = None
    """Category code of the parent's category"""

    position: int | None = None
    """Position of the category in its level, start from 1 (only available since the 7.0 version and when query parameter "with_position" is set to "true")"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, dict[str, Any]] | None = None
    """Attribute values"""
