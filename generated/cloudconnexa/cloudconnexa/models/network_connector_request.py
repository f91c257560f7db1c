"""Models: NetworkConnectorRequest."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .ip_sec_config import IpSecConfig

__all__ = ["NetworkConnectorRequest"]


class NetworkConnectorRequest(BaseModel):
    """The ``NetworkConnectorRequest`` object."""

    name: str
    vpn_region_id: str = Field(
        validation_alias="vpnRegionId", serialization_alias="vpnRegionId"
    )
    description: str | None = None
    ip_sec_config: IpSecConfig | None = Field(
        default=None, validation_alias="ipSecConfig", serialization_alias="ipSecConfig"
    )
