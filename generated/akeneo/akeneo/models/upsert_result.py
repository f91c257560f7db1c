"""Models: UpsertResult."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .error_detail import ErrorDetail

__all__ = ["UpsertResult"]


class UpsertResult(BaseModel):
    """The outcome of one line of a batch upsert."""

    line: int
    """1-based line of the request body."""

    status_code: int
    """201 created"""

    uuid: str | None = None
    identifier: str | None = None
    code: str | None = None
    message: str | None = None
    errors: list[ErrorDetail] | None = None
