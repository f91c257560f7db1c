"""Models: Route."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["Route"]


class Route(BaseModel):
    """A route of a network (response form; create and update take a RouteRequest)."""

    id: str | None = None
    type: str | None = None
    """IP_V4, IP_V6 or DOMAIN."""

    subnet: str | None = None
    """The CIDR (the request calls it value)."""

    domain: str | None = None
    description: str | None = None
    parent_route_id: str | None = Field(
        default=None,
        validation_alias="parentRouteId",
        serialization_alias="parentRouteId",
    )
    network_item_id: str | None = Field(
        default=None,
        validation_alias="networkItemId",
        serialization_alias="networkItemId",
    )
    allow_embedded_ip: bool | None = Field(
        default=None,
        validation_alias="allowEmbeddedIp",
        serialization_alias="allowEmbeddedIp",
    )
