"""Models: AppCatalogList, AppCatalogListLinks, AppCatalogListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["AppCatalogList", "AppCatalogListLinks", "AppCatalogListLinksSelf"]


class AppCatalogList(BaseModel):
    """The ``AppCatalogList`` object."""

    links: AppCatalogListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    enabled: bool | None = None
    """Whether the catalog is enabled or not"""

    id: str | None = None
    """Catalog id"""

    name: str | None = None
    """Catalog name"""


class AppCatalogListLinks(BaseModel):
    """The ``AppCatalogListLinks`` object."""

    self_: AppCatalogListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AppCatalogListLinksSelf(BaseModel):
    """The ``AppCatalogListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
