"""Models: PatchMeasurementFamiliesResponseItem, PatchMeasurementFamiliesResponseItemErrorsItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = [
    "PatchMeasurementFamiliesResponseItem",
    "PatchMeasurementFamiliesResponseItemErrorsItem",
]


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
