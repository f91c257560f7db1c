"""Models: AkeneoError."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

from .error_detail import ErrorDetail

__all__ = ["AkeneoError"]


class AkeneoError(BaseModel):
    """The ``AkeneoError`` object."""

    code: int
    """HTTP status code"""

    message: str
    """Message explaining the error"""

    errors: list[ErrorDetail] | None = None
    """Validation errors (422), one per invalid property."""

    links: dict[str, Any] | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    """`documentation.href`: where the error is explained."""
