"""Models: IpService, IpServiceType."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

from .route import Route
from .service_config import ServiceConfig

__all__ = ["IpService", "IpServiceType"]


class IpService(BaseModel):
    """A network or host IP service."""

    name: str
    id: str | None = None
    description: str | None = None
    network_item_type: str | None = Field(
        default=None,
        validation_alias="networkItemType",
        serialization_alias="networkItemType",
    )
    network_item_id: str | None = Field(
        default=None,
        validation_alias="networkItemId",
        serialization_alias="networkItemId",
    )
    type: IpServiceType | None = None
    routes: list[Route] | None = None
    config: ServiceConfig | None = None


class IpServiceType(OpenEnum):
    """Values of ``IpServiceType``.

    Unknown values from the server are accepted as pseudo-members.
    """

    IP_SOURCE = "IP_SOURCE"
    SERVICE_DESTINATION = "SERVICE_DESTINATION"
