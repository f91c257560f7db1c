"""Models: PostAppCatalogBody."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PostAppCatalogBody"]


class PostAppCatalogBody(BaseModel):
    """The ``PostAppCatalogBody`` object."""

    name: str
    """Catalog name"""
