"""Models: UploadAttachmentBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["UploadAttachmentBody"]


class UploadAttachmentBody(BaseModel):
    """The ``UploadAttachmentBody`` object."""

    file: FileField
    note: str | None = None
