"""Models: PostVariationFilesChannelCodeLocaleCodeBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["PostVariationFilesChannelCodeLocaleCodeBody"]


class PostVariationFilesChannelCodeLocaleCodeBody(BaseModel):
    """The ``PostVariationFilesChannelCodeLocaleCodeBody`` object."""

    file: FileField
    """The binaries of the file"""
