"""Models: IpEntry."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["IpEntry"]


class IpEntry(BaseModel):
    """The ``IpEntry`` object."""

    ip: str | None = None
    description: str | None = None
