"""Models: NetworkCreateRequest."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .internet_access import InternetAccess
from .network_connector_request import NetworkConnectorRequest
from .route_request import RouteRequest
from .tunneling_protocol import TunnelingProtocol

__all__ = ["NetworkCreateRequest"]


class NetworkCreateRequest(BaseModel):
    """The ``NetworkCreateRequest`` object."""

    name: str
    description: str | None = None
    internet_access: InternetAccess | None = Field(
        default=None,
        validation_alias="internetAccess",
        serialization_alias="internetAccess",
    )
    egress: bool | None = None
    routes: list[RouteRequest] | None = None
    connectors: list[NetworkConnectorRequest] | None = None
    tunneling_protocol: TunnelingProtocol | None = Field(
        default=None,
        validation_alias="tunnelingProtocol",
        serialization_alias="tunnelingProtocol",
    )
    gateways_ids: list[str] | None = Field(
        default=None, validation_alias="gatewaysIds", serialization_alias="gatewaysIds"
    )
