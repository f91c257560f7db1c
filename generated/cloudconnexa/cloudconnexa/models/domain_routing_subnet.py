"""Models: DomainRoutingSubnet."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["DomainRoutingSubnet"]


class DomainRoutingSubnet(BaseModel):
    """The ``DomainRoutingSubnet`` object."""

    ip_v4_address: str | None = Field(
        default=None, validation_alias="ipV4Address", serialization_alias="ipV4Address"
    )
    ip_v6_address: str | None = Field(
        default=None, validation_alias="ipV6Address", serialization_alias="ipV6Address"
    )
