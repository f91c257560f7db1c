"""Models: GetEndpointsResponse."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

__all__ = ["GetEndpointsResponse"]


class GetEndpointsResponse(BaseModel):
    """The ``GetEndpointsResponse`` object."""

    authentication: dict[str, Any] | None = None
    """Endpoint to get the authentication token"""

    host: str | None = None
    """Host name"""

    routes: dict[str, Any] | None = None
    """All the availables endpoints"""
