"""Models: SessionStatus."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["SessionStatus"]


class SessionStatus(OpenEnum):
    """Values of ``SessionStatus``.

    Unknown values from the server are accepted as pseudo-members.
    """

    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
