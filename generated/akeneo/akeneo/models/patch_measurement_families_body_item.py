"""Models: PatchMeasurementFamiliesBodyItem, PatchMeasurementFamiliesResponseItem, PatchMeasurementFamiliesResponseItemErrorsItem."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = [
    "PatchMeasurementFamiliesBodyItem",
    "PatchMeasurementFamiliesResponseItem",
    "PatchMeasurementFamiliesResponseItemErrorsItem",
]


class PatchMeasurementFamiliesBodyItem(BaseModel):
    """The ``PatchMeasurementFamiliesBodyItem`` object."""

    code: str
    """Measurement family code"""

    standard_unit_code: str
    """Unit code used as the standard unit for this measurement family"""

    units: dict[str, dict[str, Any]]
    """Measurement units for this family with their conversion operations. More details <a href='/concepts/target-market-settings.html#focus-on-the-units'>here</a>."""

    labels: dict[str, str] | None = None
    """Measurement family labels for each locale"""


class PatchMeasurementFamiliesResponseItem(BaseModel):
    """The ``PatchMeasurementFamiliesResponseItem`` object."""

    code: str | None = None
    """Resource code"""

    errors: list[PatchMeasurementFamiliesResponseItemErrorsItem] | None = None
    """List of errors"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""


class PatchMeasurementFamiliesResponseItemErrorsItem(BaseModel):
    """The ``PatchMeasurementFamiliesResponseItemErrorsItem`` object."""

    message: str | None = None
    property: str | None = None
