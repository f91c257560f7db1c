"""Models: Order, OrderStatus."""

from __future__ import annotations

from pydantic import Field

from clientsmith.formats import DateOrStr
from clientsmith.models import BaseModel, OpenEnum

__all__ = ["Order", "OrderStatus"]


class Order(BaseModel):
    """The ``Order`` object."""

    id: str | None = None
    quantity: int | None = None
    status: OrderStatus | None = None
    ship_date: DateOrStr | None = Field(
        default=None, validation_alias="shipDate", serialization_alias="shipDate"
    )


class OrderStatus(OpenEnum):
    """Values of ``OrderStatus``.

    Unknown values from the server are accepted as pseudo-members.
    """

    PLACED = "placed"
    APPROVED = "approved"
    DELIVERED = "delivered"
