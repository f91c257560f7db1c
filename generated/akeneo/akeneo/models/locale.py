"""Models: Locale."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Locale"]


class Locale(BaseModel):
    """The ``Locale`` object."""

    code: str
    """Locale code"""

    enabled: bool | None = None
    """Whether the locale is enabled"""
