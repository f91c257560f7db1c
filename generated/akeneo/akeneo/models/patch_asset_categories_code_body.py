"""Models: PatchAssetCategoriesCodeBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PatchAssetCategoriesCodeBody"]


class PatchAssetCategoriesCodeBody(BaseModel):
    """The ``PatchAssetCategoriesCodeBody`` object."""

    code: str
    """PAM asset category code"""

    labels: dict[str, str] | None = None
    """PAM asset category labels for each locale"""

    parent: str | None = None
    """PAM ssset category code of the parent's asset category"""
