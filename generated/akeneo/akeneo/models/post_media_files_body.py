"""Models: PostMediaFilesBody."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = ["PostMediaFilesBody"]


class PostMediaFilesBody(BaseModel):
    """The ``PostMediaFilesBody`` object."""

    file: FileField
    """The binaries of the file"""

    product: str | None = None
    """The product to which the media file will be associated. It is a JSON string that follows this format '{"identifier":"product_identifier", "attribute":"attribute_code", "scope":"channel_code","locale":"locale_code"}'. You have to either use this field or the `product_model` field, but not both at the same time."""

    product_model: str | None = None
    """The product model to which the media file will be associated. It is a JSON string that follows this format '{"code":"product_model_code", "attribute":"attribute_code", "scope":"channel_code","locale":"locale_code"}'. You have to either use this field or the `product` field, but not both at the same time."""
