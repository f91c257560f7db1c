"""Models: Device."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .device_platform import DevicePlatform

__all__ = ["Device"]


class Device(BaseModel):
    """The ``Device`` object."""

    name: str
    id: str | None = None
    description: str | None = None
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    client_uuid: str | None = Field(
        default=None, validation_alias="clientUUID", serialization_alias="clientUUID"
    )
    ip_v4_address: str | None = Field(
        default=None, validation_alias="ipV4Address", serialization_alias="ipV4Address"
    )
    ip_v6_address: str | None = Field(
        default=None, validation_alias="ipV6Address", serialization_alias="ipV6Address"
    )
    platform: DevicePlatform | None = None
    connection_status: str | None = Field(
        default=None,
        validation_alias="connectionStatus",
        serialization_alias="connectionStatus",
    )
