"""Models: UploadPhotoBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["UploadPhotoBody"]


class UploadPhotoBody(BaseModel):
    """The ``UploadPhotoBody`` object."""

    file: FileField
    caption: str | None = None
