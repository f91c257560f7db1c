"""Models: DeviceUpdateRequest."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["DeviceUpdateRequest"]


class DeviceUpdateRequest(BaseModel):
    """The ``DeviceUpdateRequest`` object."""

    name: str
    description: str | None = None
