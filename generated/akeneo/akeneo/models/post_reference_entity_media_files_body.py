"""Models: PostReferenceEntityMediaFilesBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PostReferenceEntityMediaFilesBody"]


class PostReferenceEntityMediaFilesBody(BaseModel):
    """The ``PostReferenceEntityMediaFilesBody`` object."""

    file: bytes
    """The binary of the media file"""
