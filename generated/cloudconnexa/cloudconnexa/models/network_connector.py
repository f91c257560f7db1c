"""Models: NetworkConnector."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .connection_status import ConnectionStatus
from .ip_sec_config import IpSecConfig
from .tunneling_protocol import TunnelingProtocol

__all__ = ["NetworkConnector"]


class NetworkConnector(BaseModel):
    """The ``NetworkConnector`` object."""

    name: str
    vpn_region_id: str = Field(
        validation_alias="vpnRegionId", serialization_alias="vpnRegionId"
    )
    id: str | None = None
    description: str | None = None
    network_item_id: str | None = Field(
        default=None,
        validation_alias="networkItemId",
        serialization_alias="networkItemId",
    )
    network_item_type: str | None = Field(
        default=None,
        validation_alias="networkItemType",
        serialization_alias="networkItemType",
    )
    ip_v4_address: str | None = Field(
        default=None, validation_alias="ipV4Address", serialization_alias="ipV4Address"
    )
    ip_v6_address: str | None = Field(
        default=None, validation_alias="ipV6Address", serialization_alias="ipV6Address"
    )
    profile: str | None = None
    connection_status: ConnectionStatus | None = Field(
        default=None,
        validation_alias="connectionStatus",
        serialization_alias="connectionStatus",
    )
    tunneling_protocol: TunnelingProtocol | None = Field(
        default=None,
        validation_alias="tunnelingProtocol",
        serialization_alias="tunnelingProtocol",
    )
    licensed: bool | None = None
    ip_sec_config: IpSecConfig | None = Field(
        default=None, validation_alias="ipSecConfig", serialization_alias="ipSecConfig"
    )
