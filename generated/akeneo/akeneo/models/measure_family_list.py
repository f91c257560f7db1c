"""Models: MeasureFamilyList, MeasureFamilyListLinks, MeasureFamilyListLinksSelf, MeasureFamilyListUnitsItem."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "MeasureFamilyList",
    "MeasureFamilyListLinks",
    "MeasureFamilyListLinksSelf",
    "MeasureFamilyListUnitsItem",
]


class MeasureFamilyList(BaseModel):
    """The ``MeasureFamilyList`` object."""

    code: str
    """Measure family code"""

    links: MeasureFamilyListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    standard: str | None = None
    """Measure family standard"""

    units: list[MeasureFamilyListUnitsItem] | None = None
    """Family units"""


class MeasureFamilyListLinks(BaseModel):
    """The ``MeasureFamilyListLinks`` object."""

    self_: MeasureFamilyListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class MeasureFamilyListLinksSelf(BaseModel):
    """The ``MeasureFamilyListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class MeasureFamilyListUnitsItem(BaseModel):
    """The ``MeasureFamilyListUnitsItem`` object."""

    code: str | None = None
    """Measure code"""

    convert: dict[str, Any] | None = None
    """Mathematic operation to convert the unit into the standard unit"""

    symbol: str | None = None
    """Measure symbol"""
