"""Models: UploadPhotoBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["UploadPhotoBody"]


class UploadPhotoBody(BaseModel):
    """The ``UploadPhotoBody`` object."""

    file: bytes
    caption: str | None = None
