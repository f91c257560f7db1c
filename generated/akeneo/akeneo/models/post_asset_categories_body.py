"""Models: PostAssetCategoriesBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PostAssetCategoriesBody"]


class PostAssetCategoriesBody(BaseModel):
    """The ``PostAssetCategoriesBody`` object."""

    code: str
    """PAM asset category code"""

    labels: dict[str, str] | None = None
    """PAM asset category labels for each locale"""

    parent: str | None = None
    """PAM ssset category code of the parent's asset category"""
