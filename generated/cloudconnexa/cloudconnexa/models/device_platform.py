"""Models: DevicePlatform."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["DevicePlatform"]


class DevicePlatform(BaseModel):
    """The ``DevicePlatform`` object."""

    os: str | None = None
    version: str | None = None
    client_version: str | None = Field(
        default=None,
        validation_alias="clientVersion",
        serialization_alias="clientVersion",
    )
