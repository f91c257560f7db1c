"""Models: SessionBatch."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .session import Session

__all__ = ["SessionBatch"]


class SessionBatch(BaseModel):
    """One page of Session items."""

    sessions: list[Session]
    next_cursor: str | None = Field(
        default=None, validation_alias="nextCursor", serialization_alias="nextCursor"
    )
    """Cursor of the next batch; missing or empty at the end."""
