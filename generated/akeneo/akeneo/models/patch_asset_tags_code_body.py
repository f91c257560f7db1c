"""Models: PatchAssetTagsCodeBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PatchAssetTagsCodeBody"]


class PatchAssetTagsCodeBody(BaseModel):
    """The ``PatchAssetTagsCodeBody`` object."""

    code: str
    """PAM asset tag code"""
