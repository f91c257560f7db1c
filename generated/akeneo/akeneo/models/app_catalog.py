"""Models: AppCatalog."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["AppCatalog"]


class AppCatalog(BaseModel):
    """The ``AppCatalog`` object."""

    enabled: bool | None = None
    """Whether the catalog is enabled or not"""

    id: str | None = None
    """Catalog id"""

    name: str | None = None
    """Catalog name"""
