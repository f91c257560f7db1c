"""Models: OrderStatus."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["OrderStatus"]


class OrderStatus(OpenEnum):
    """Values of ``OrderStatus``.
    Unknown values from the server are accepted as pseudo-members.
    """

    PLACED = "placed"

    APPROVED = "approved"

    DELIVERED = "delivered"
