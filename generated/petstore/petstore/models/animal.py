"""Models: Animal."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Discriminator, Tag

from clientsmith.models import discriminate

from .cat import Cat
from .dog import Dog

__all__ = ["Animal"]


Animal: TypeAlias = Annotated[
    Union[Annotated[Cat, Tag("Cat")], Annotated[Dog, Tag("Dog")]],
    Discriminator(discriminate("type", {"cat": "Cat", "dog": "Dog"})),
]
