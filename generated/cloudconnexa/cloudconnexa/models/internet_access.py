"""Models: InternetAccess."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["InternetAccess"]


class InternetAccess(OpenEnum):
    """Values of ``InternetAccess``.

    Unknown values from the server are accepted as pseudo-members.
    """

    SPLIT_TUNNEL_ON = "SPLIT_TUNNEL_ON"
    SPLIT_TUNNEL_OFF = "SPLIT_TUNNEL_OFF"
    RESTRICTED_INTERNET = "RESTRICTED_INTERNET"
