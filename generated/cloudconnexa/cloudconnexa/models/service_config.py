"""Models: ServiceConfig."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .custom_service_type import CustomServiceType

__all__ = ["ServiceConfig"]


class ServiceConfig(BaseModel):
    """The ``ServiceConfig`` object."""

    service_types: list[str] | None = Field(
        default=None,
        validation_alias="serviceTypes",
        serialization_alias="serviceTypes",
    )
    custom_service_types: list[CustomServiceType] | None = Field(
        default=None,
        validation_alias="customServiceTypes",
        serialization_alias="customServiceTypes",
    )
