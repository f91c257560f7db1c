"""Models: DnsRecord."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["DnsRecord"]


class DnsRecord(BaseModel):
    """The ``DnsRecord`` object."""

    domain: str
    id: str | None = None
    description: str | None = None
    ipv4_addresses: list[str] | None = Field(
        default=None,
        validation_alias="ipv4Addresses",
        serialization_alias="ipv4Addresses",
    )
    ipv6_addresses: list[str] | None = Field(
        default=None,
        validation_alias="ipv6Addresses",
        serialization_alias="ipv6Addresses",
    )
