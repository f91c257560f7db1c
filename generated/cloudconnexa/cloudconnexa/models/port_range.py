"""Models: PortRange."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["PortRange"]


class PortRange(BaseModel):
    """The ``PortRange`` object."""

    lower_value: int | None = Field(
        default=None, validation_alias="lowerValue", serialization_alias="lowerValue"
    )
    upper_value: int | None = Field(
        default=None, validation_alias="upperValue", serialization_alias="upperValue"
    )
    value: int | None = None
