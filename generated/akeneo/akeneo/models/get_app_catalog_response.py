"""Models: GetAppCatalogResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["GetAppCatalogResponse"]


class GetAppCatalogResponse(BaseModel):
    """The ``GetAppCatalogResponse`` object."""

    enabled: bool | None = None
    """Whether the catalog is enabled or not"""

    id: str | None = None
    """Catalog id"""

    name: str | None = None
    """Catalog name"""
