"""Models: Network."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .internet_access import InternetAccess
from .network_connector import NetworkConnector
from .route import Route
from .tunneling_protocol import TunnelingProtocol

__all__ = ["Network"]


class Network(BaseModel):
    """The ``Network`` object."""

    name: str
    id: str | None = None
    description: str | None = None
    egress: bool | None = None
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
    routes: list[Route] | None = None
    connectors: list[NetworkConnector] | None = None
    tunneling_protocol: TunnelingProtocol | None = Field(
        default=None,
        validation_alias="tunnelingProtocol",
        serialization_alias="tunnelingProtocol",
    )
    gateways_ids: list[str] | None = Field(
        default=None, validation_alias="gatewaysIds", serialization_alias="gatewaysIds"
    )
