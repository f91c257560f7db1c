"""Models: PostReferenceEntityMediaFilesBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["PostReferenceEntityMediaFilesBody"]


class PostReferenceEntityMediaFilesBody(BaseModel):
    """The ``PostReferenceEntityMediaFilesBody`` object."""

    file: FileField
    """The binary of the media file"""
