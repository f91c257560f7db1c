"""Models: DnsZones."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .dns_zone import DnsZone

__all__ = ["DnsZones"]


class DnsZones(BaseModel):
    """The DNS zones setting (the API wants this wrapper object, not a bare list)."""

    zones: list[DnsZone]
