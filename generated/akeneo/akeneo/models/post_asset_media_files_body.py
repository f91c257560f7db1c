"""Models: PostAssetMediaFilesBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PostAssetMediaFilesBody"]


class PostAssetMediaFilesBody(BaseModel):
    """The ``PostAssetMediaFilesBody`` object."""

    file: bytes
    """The binary of the media file"""
