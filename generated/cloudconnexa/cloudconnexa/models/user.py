"""Models: User."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .device import Device
from .user_role import UserRole

__all__ = ["User"]


class User(BaseModel):
    """The ``User`` object."""

    username: str
    group_id: str = Field(validation_alias="groupId", serialization_alias="groupId")
    id: str | None = None
    email: str | None = None
    first_name: str | None = Field(
        default=None, validation_alias="firstName", serialization_alias="firstName"
    )
    last_name: str | None = Field(
        default=None, validation_alias="lastName", serialization_alias="lastName"
    )
    secondary_group_ids: list[str] | None = Field(
        default=None,
        validation_alias="secondaryGroupIds",
        serialization_alias="secondaryGroupIds",
    )
    role: UserRole | None = None
    auth_type: str | None = Field(
        default=None, validation_alias="authType", serialization_alias="authType"
    )
    status: str | None = None
    """INVITED, ACTIVE, SUSPENDED..."""

    devices: list[Device] | None = None
    connection_status: str | None = Field(
        default=None,
        validation_alias="connectionStatus",
        serialization_alias="connectionStatus",
    )
    licensed: bool | None = None
