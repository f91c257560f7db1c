"""Models: UploadAttachmentBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["UploadAttachmentBody"]


class UploadAttachmentBody(BaseModel):
    """The ``UploadAttachmentBody`` object."""

    file: bytes
    note: str | None = None
