"""Models: DnsZone."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["DnsZone"]


class DnsZone(BaseModel):
    """The ``DnsZone`` object."""

    name: str | None = None
    addresses: list[str] | None = None
