"""Models: RouteRequest."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["RouteRequest"]


class RouteRequest(BaseModel):
    """The ``RouteRequest`` object."""

    value: str
    """The subnet (CIDR) or domain."""

    description: str | None = None
