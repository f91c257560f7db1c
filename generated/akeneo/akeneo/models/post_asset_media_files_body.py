"""Models: PostAssetMediaFilesBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["PostAssetMediaFilesBody"]


class PostAssetMediaFilesBody(BaseModel):
    """The ``PostAssetMediaFilesBody`` object."""

    file: FileField
    """The binary of the media file"""
