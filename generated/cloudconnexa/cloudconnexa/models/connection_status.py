"""Models: ConnectionStatus."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["ConnectionStatus"]


class ConnectionStatus(OpenEnum):
    """Values of ``ConnectionStatus``.

    Unknown values from the server are accepted as pseudo-members.
    """

    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
