"""Models: Currency."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Currency"]


class Currency(BaseModel):
    """The ``Currency`` object."""

    code: str
    """Currency code"""

    enabled: bool | None = None
    """Whether the currency is enabled"""
