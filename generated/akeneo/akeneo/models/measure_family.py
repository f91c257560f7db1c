"""Models: MeasureFamily, MeasureFamilyUnitsItem."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["MeasureFamily", "MeasureFamilyUnitsItem"]


class MeasureFamily(BaseModel):
    """The ``MeasureFamily`` object."""

    code: str
    """Measure family code"""

    standard: str | None = None
    """Measure family standard"""

    units: list[MeasureFamilyUnitsItem] | None = None
    """Family units"""


class MeasureFamilyUnitsItem(BaseModel):
    """The ``MeasureFamilyUnitsItem`` object."""

    code: str | None = None
    """Measure code"""

    convert: dict[str, Any] | None = None
    """Mathematic operation to convert the unit into the standard unit"""

    symbol: str | None = None
    """Measure symbol"""
