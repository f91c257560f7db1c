"""Models: Order."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field

from clientsmith.models import BaseModel

from .order_status import OrderStatus

__all__ = ["Order"]


class Order(BaseModel):
    """The ``Order`` object."""

    id: str | None = None
    quantity: int | None = None
    status: OrderStatus | None = None
    ship_date: _dt.date | None = Field(
        default=None, validation_alias="shipDate", serialization_alias="shipDate"
    )
