"""Models: ErrorDetail."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["ErrorDetail"]


class ErrorDetail(BaseModel):
    """The ``ErrorDetail`` object."""

    error_code: str | None = Field(
        default=None, validation_alias="errorCode", serialization_alias="errorCode"
    )
    message: str | None = None
    params: dict[str, Any] | None = None
