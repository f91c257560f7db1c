"""Models: VpnRegion."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["VpnRegion"]


class VpnRegion(BaseModel):
    """The ``VpnRegion`` object."""

    id: str | None = None
    continent: str | None = None
    country: str | None = None
    country_iso: str | None = Field(
        default=None, validation_alias="countryIso", serialization_alias="countryIso"
    )
    region_name: str | None = Field(
        default=None, validation_alias="regionName", serialization_alias="regionName"
    )
