"""Models: MeasurementFamily."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["MeasurementFamily"]


class MeasurementFamily(BaseModel):
    """The ``MeasurementFamily`` object."""

    code: str
    """Measurement family code"""

    standard_unit_code: str
    """Unit code used as the standard unit for this measurement family"""

    units: dict[str, dict[str, Any]]
    """Measurement units for this family with their conversion operations. More details <a href='/concepts/target-market-settings.html#focus-on-the-units'>here</a>."""

    labels: dict[str, str] | None = None
    """Measurement family labels for each locale"""
