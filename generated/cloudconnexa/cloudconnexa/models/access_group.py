"""Models: AccessGroup."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .access_item import AccessItem

__all__ = ["AccessGroup"]


class AccessGroup(BaseModel):
    """The ``AccessGroup`` object."""

    name: str
    source: list[AccessItem]
    destination: list[AccessItem]
    id: str | None = None
    description: str | None = None
