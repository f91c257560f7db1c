"""Models: DeprecatedAssetTag."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["DeprecatedAssetTag"]


class DeprecatedAssetTag(BaseModel):
    """The ``DeprecatedAssetTag`` object."""

    code: str
    """PAM asset tag code"""
