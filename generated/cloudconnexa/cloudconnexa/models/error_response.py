"""Models: ErrorResponse."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .error_detail import ErrorDetail

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    """The body of every 4xx/5xx response (429 responses have an empty body)."""

    error_message: str | None = Field(
        default=None,
        validation_alias="errorMessage",
        serialization_alias="errorMessage",
    )
    status_error: str | None = Field(
        default=None, validation_alias="statusError", serialization_alias="statusError"
    )
    """HTTP reason, e.g. Bad Request."""

    error_details: dict[str, list[ErrorDetail]] | None = Field(
        default=None,
        validation_alias="errorDetails",
        serialization_alias="errorDetails",
    )
    """Problems per request field."""
