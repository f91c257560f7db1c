"""Models: PatchAppCatalogResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PatchAppCatalogResponse"]


class PatchAppCatalogResponse(BaseModel):
    """The ``PatchAppCatalogResponse`` object."""

    enabled: bool | None = None
    """Whether the catalog is enabled or not"""

    id: str | None = None
    """Catalog id"""

    name: str | None = None
    """Catalog name"""
