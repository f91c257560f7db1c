"""Models: DeviceCreateRequest."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["DeviceCreateRequest"]


class DeviceCreateRequest(BaseModel):
    """The ``DeviceCreateRequest`` object."""

    name: str
    description: str | None = None
    client_uuid: str | None = Field(
        default=None, validation_alias="clientUUID", serialization_alias="clientUUID"
    )
