"""Models: Host."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .host_connector import HostConnector
from .internet_access import InternetAccess

__all__ = ["Host"]


class Host(BaseModel):
    """The ``Host`` object."""

    name: str
    id: str | None = None
    description: str | None = None
    domain: str | None = None
    internet_access: InternetAccess | None = Field(
        default=None,
        validation_alias="internetAccess",
        serialization_alias="internetAccess",
    )
    system_subnets: list[str] | None = Field(
        default=None,
        validation_alias="systemSubnets",
        serialization_alias="systemSubnets",
    )
    connectors: list[HostConnector] | None = None
    gateways_ids: list[str] | None = Field(
        default=None, validation_alias="gatewaysIds", serialization_alias="gatewaysIds"
    )
