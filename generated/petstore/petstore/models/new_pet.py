"""Models: NewPet."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .animal import Animal
from .pet_status import PetStatus

__all__ = ["NewPet"]


class NewPet(BaseModel):
    """The ``NewPet`` object."""

    name: str
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
