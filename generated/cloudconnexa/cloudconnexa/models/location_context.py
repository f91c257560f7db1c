"""Models: LocationContext, LocationContextCountryCheck, LocationContextDefaultCheck, LocationContextIpCheck."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .ip_entry import IpEntry

__all__ = [
    "LocationContext",
    "LocationContextCountryCheck",
    "LocationContextDefaultCheck",
    "LocationContextIpCheck",
]


class LocationContext(BaseModel):
    """The ``LocationContext`` object."""

    name: str
    user_groups_ids: list[str] = Field(
        validation_alias="userGroupsIds", serialization_alias="userGroupsIds"
    )
    default_check: LocationContextDefaultCheck = Field(
        validation_alias="defaultCheck", serialization_alias="defaultCheck"
    )
    id: str | None = None
    description: str | None = None
    ip_check: LocationContextIpCheck | None = Field(
        default=None, validation_alias="ipCheck", serialization_alias="ipCheck"
    )
    country_check: LocationContextCountryCheck | None = Field(
        default=None,
        validation_alias="countryCheck",
        serialization_alias="countryCheck",
    )


class LocationContextCountryCheck(BaseModel):
    """The ``LocationContextCountryCheck`` object."""

    allowed: bool | None = None
    countries: list[str] | None = None


class LocationContextDefaultCheck(BaseModel):
    """The ``LocationContextDefaultCheck`` object."""

    allowed: bool | None = None


class LocationContextIpCheck(BaseModel):
    """The ``LocationContextIpCheck`` object."""

    allowed: bool | None = None
    ips: list[IpEntry] | None = None
