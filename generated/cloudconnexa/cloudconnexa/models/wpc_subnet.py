"""Models: WpcSubnet."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["WpcSubnet"]


class WpcSubnet(BaseModel):
    """The ``WpcSubnet`` object."""

    ip_v4_address: list[str] | None = Field(
        default=None, validation_alias="ipV4Address", serialization_alias="ipV4Address"
    )
    ip_v6_address: list[str] | None = Field(
        default=None, validation_alias="ipV6Address", serialization_alias="ipV6Address"
    )
