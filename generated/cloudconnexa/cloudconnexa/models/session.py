"""Models: Session."""

from __future__ import annotations

from pydantic import Field

from clientsmith.formats import DateTimeOrStr
from clientsmith.models import BaseModel

__all__ = ["Session"]


class Session(BaseModel):
    """The ``Session`` object."""

    session_id: str | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    device_id: str | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    region_id: str | None = Field(
        default=None, validation_alias="regionId", serialization_alias="regionId"
    )
    bytes_in: int | None = Field(
        default=None, validation_alias="bytesIn", serialization_alias="bytesIn"
    )
    bytes_out: int | None = Field(
        default=None, validation_alias="bytesOut", serialization_alias="bytesOut"
    )
    connector_name: str | None = Field(
        default=None,
        validation_alias="connectorName",
        serialization_alias="connectorName",
    )
    user_name: str | None = Field(
        default=None, validation_alias="userName", serialization_alias="userName"
    )
    device_name: str | None = Field(
        default=None, validation_alias="deviceName", serialization_alias="deviceName"
    )
    client_ip: str | None = Field(
        default=None, validation_alias="clientIp", serialization_alias="clientIp"
    )
    start_date_time: DateTimeOrStr | None = Field(
        default=None,
        validation_alias="startDateTime",
        serialization_alias="startDateTime",
    )
    vpn_ipv4: str | None = Field(
        default=None, validation_alias="vpnIpv4", serialization_alias="vpnIpv4"
    )
    network_name: str | None = Field(
        default=None, validation_alias="networkName", serialization_alias="networkName"
    )
    region_name: str | None = Field(
        default=None, validation_alias="regionName", serialization_alias="regionName"
    )
    connection_status: str | None = Field(
        default=None,
        validation_alias="connectionStatus",
        serialization_alias="connectionStatus",
    )
