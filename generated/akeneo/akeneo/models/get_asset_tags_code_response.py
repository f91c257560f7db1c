"""Models: GetAssetTagsCodeResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetAssetTagsCodeResponse"]


class GetAssetTagsCodeResponse(BaseModel):
    """The ``GetAssetTagsCodeResponse`` object."""

    code: str
    """PAM asset tag code"""
