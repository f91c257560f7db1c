"""Models: DeprecatedAssetCategoryList, DeprecatedAssetCategoryListLinks, DeprecatedAssetCategoryListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetCategoryList",
    "DeprecatedAssetCategoryListLinks",
    "DeprecatedAssetCategoryListLinksSelf",
]


class DeprecatedAssetCategoryList(BaseModel):
    """The ``DeprecatedAssetCategoryList`` object."""

    code: str
    """PAM asset category code"""

    links: DeprecatedAssetCategoryListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    labels: dict[str, str] | None = None
    """PAM asset category labels for each locale"""

    parent: str | None = None
    """PAM ssset category code of the parent's asset category"""


class DeprecatedAssetCategoryListLinks(BaseModel):
    """The ``DeprecatedAssetCategoryListLinks`` object."""

    self_: DeprecatedAssetCategoryListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetCategoryListLinksSelf(BaseModel):
    """The ``DeprecatedAssetCategoryListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
