"""Models: Application."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .application_route import ApplicationRoute
from .service_config import ServiceConfig

__all__ = ["Application"]


class Application(BaseModel):
    """A network or host application (a domain-based service)."""

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
    routes: list[ApplicationRoute] | None = None
    config: ServiceConfig | None = None
