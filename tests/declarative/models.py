"""Models shared by the declarative tests (module level, so annotations resolve)."""

from __future__ import annotations

from pydantic import BaseModel


class Pet(BaseModel):
    id: int
    name: str


class NewPet(BaseModel):
    name: str
