"""Models: Attachment."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Attachment"]


class Attachment(BaseModel):
    """The ``Attachment`` object."""

    id: str | None = None
    size: int | None = None
