"""Models: AccessItem."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["AccessItem"]


class AccessItem(BaseModel):
    """The ``AccessItem`` object."""

    type: str
    """USER_GROUP, NETWORK_SERVICE, HOST_SERVICE, PUBLISHED_SERVICE or HOST."""

    all_covered: bool | None = Field(
        default=None, validation_alias="allCovered", serialization_alias="allCovered"
    )
    parent: str | None = None
    children: list[str] | None = None
