"""Models: Owner, Pet."""

from __future__ import annotations

from pydantic import Field

from clientsmith.formats import DateTimeOrStr
from clientsmith.models import BaseModel

from .animal import Animal
from .pet_status import PetStatus

__all__ = ["Owner", "Pet"]


class Owner(BaseModel):
    """The ``Owner`` object."""

    name: str | None = None
    pets: list[Pet] | None = None


class Pet(BaseModel):
    """A pet in the store."""

    name: str
    id: int
    tag: str | None = None
    status: PetStatus | None = None
    kind: Animal | None = None
    class_: str | None = Field(
        default=None, validation_alias="class", serialization_alias="class"
    )
    """Keyword as a field name."""

    model_config_: str | None = Field(
        default=None,
        validation_alias="model_config",
        serialization_alias="model_config",
    )
    """Shadows a pydantic attribute."""

    created_at: DateTimeOrStr | None = None
    owner: Owner | None = None
