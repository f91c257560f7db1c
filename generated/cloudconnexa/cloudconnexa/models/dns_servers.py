"""Models: DnsServers."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["DnsServers"]


class DnsServers(BaseModel):
    """Custom DNS servers pushed to clients."""

    primary_ip_v4: str | None = Field(
        default=None, validation_alias="primaryIpV4", serialization_alias="primaryIpV4"
    )
    secondary_ip_v4: str | None = Field(
        default=None,
        validation_alias="secondaryIpV4",
        serialization_alias="secondaryIpV4",
    )
