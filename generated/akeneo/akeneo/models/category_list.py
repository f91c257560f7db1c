"""Models: CategoryList, CategoryListLinks, CategoryListLinksSelf."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["CategoryList", "CategoryListLinks", "CategoryListLinksSelf"]


class CategoryList(BaseModel):
    """The ``CategoryList`` object."""

    code: str
    """Category code"""

    links: CategoryListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    labels: dict[str, str] | None = None
    """Category labels for each locale"""

    parent: str | None = None
    """Category code of the parent's category"""

    position: int | None = None
    """Position of the category in its level, start from 1 (only available since the 7.0 version and when query parameter "with_position" is set to "true")"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, dict[str, Any]] | None = None
    """Attribute values"""


class CategoryListLinks(BaseModel):
    """The ``CategoryListLinks`` object."""

    self_: CategoryListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class CategoryListLinksSelf(BaseModel):
    """The ``CategoryListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
