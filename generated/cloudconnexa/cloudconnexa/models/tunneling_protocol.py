"""Models: TunnelingProtocol."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["TunnelingProtocol"]


class TunnelingProtocol(OpenEnum):
    """Values of ``TunnelingProtocol``.

    Unknown values from the server are accepted as pseudo-members.
    """

    OPENVPN = "OPENVPN"
    IPSEC = "IPSEC"
