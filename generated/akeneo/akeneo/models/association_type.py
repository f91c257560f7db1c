"""Models: AssociationType."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["AssociationType"]


class AssociationType(BaseModel):
    """The ``AssociationType`` object."""

    code: str
    """Association type code"""

    is_quantified: bool | None = None
    """When true, the association is a quantified association (Only available in the PIM Serenity version.)"""

    is_two_way: bool | None = None
    """When true, the association is a two-way association (Only available in the PIM Serenity version.)"""

    labels: dict[str, str] | None = None
    """Association type labels for each locale"""
