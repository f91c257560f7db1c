"""Models: CustomServiceType, CustomServiceTypeProtocol."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

from .port_range import PortRange

__all__ = ["CustomServiceType", "CustomServiceTypeProtocol"]


class CustomServiceType(BaseModel):
    """The ``CustomServiceType`` object."""

    protocol: CustomServiceTypeProtocol | None = None
    port: list[PortRange] | None = None
    icmp_type: list[PortRange] | None = Field(
        default=None, validation_alias="icmpType", serialization_alias="icmpType"
    )


class CustomServiceTypeProtocol(OpenEnum):
    """Values of ``CustomServiceTypeProtocol``.

    Unknown values from the server are accepted as pseudo-members.
    """

    TCP = "TCP"
    UDP = "UDP"
    ICMP = "ICMP"
