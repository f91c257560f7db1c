"""Models: ApplicationRoute."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["ApplicationRoute"]


class ApplicationRoute(BaseModel):
    """The ``ApplicationRoute`` object."""

    id: str | None = None
    type: str | None = None
    domain: str | None = None
    """The domain (the request calls it value)."""

    value: str | None = None
    """The domain, in requests."""

    allow_embedded_ip: bool | None = Field(
        default=None,
        validation_alias="allowEmbeddedIp",
        serialization_alias="allowEmbeddedIp",
    )
    exact_match: bool | None = Field(
        default=None, validation_alias="exactMatch", serialization_alias="exactMatch"
    )
