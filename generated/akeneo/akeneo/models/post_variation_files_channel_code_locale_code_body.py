"""Models: PostVariationFilesChannelCodeLocaleCodeBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PostVariationFilesChannelCodeLocaleCodeBody"]


class PostVariationFilesChannelCodeLocaleCodeBody(BaseModel):
    """The ``PostVariationFilesChannelCodeLocaleCodeBody`` object."""

    file: bytes
    """The binaries of the file"""
