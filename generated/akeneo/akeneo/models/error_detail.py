"""Models: ErrorDetail."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["ErrorDetail"]


class ErrorDetail(BaseModel):
    """One validation error of a 422 answer."""

    property: str | None = None
    """The invalid property"""

    message: str | None = None
    attribute: str | None = None
    locale: str | None = None
    scope: str | None = None
