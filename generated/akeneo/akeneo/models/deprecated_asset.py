"""Models: DeprecatedAsset, DeprecatedAssetReferenceFilesItem, DeprecatedAssetReferenceFilesItemLink, DeprecatedAssetReferenceFilesItemLinkDownload, DeprecatedAssetReferenceFilesItemLinkSelf, DeprecatedAssetVariationFilesItem, DeprecatedAssetVariationFilesItemLink, DeprecatedAssetVariationFilesItemLinkDownload, DeprecatedAssetVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAsset",
    "DeprecatedAssetReferenceFilesItem",
    "DeprecatedAssetReferenceFilesItemLink",
    "DeprecatedAssetReferenceFilesItemLinkDownload",
    "DeprecatedAssetReferenceFilesItemLinkSelf",
    "DeprecatedAssetVariationFilesItem",
    "DeprecatedAssetVariationFilesItemLink",
    "DeprecatedAssetVariationFilesItemLinkDownload",
    "DeprecatedAssetVariationFilesItemLinkSelf",
]


class DeprecatedAsset(BaseModel):
    """The ``DeprecatedAsset`` object."""

    code: str
    """PAM asset code"""

    categories: list[str] | None = None
    """Codes of the PAM asset categories in which the asset is classified"""

    description: str | None = None
    """Description of the PAM asset"""

    end_of_use: str | None = None
    """Date on which the PAM asset expire"""

    localizable: bool | None = None
    """Whether the asset is localized or not, meaning if you want to have different reference files for each of your locale"""

    reference_files: list[DeprecatedAssetReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[DeprecatedAssetVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class DeprecatedAssetReferenceFilesItem(BaseModel):
    """The ``DeprecatedAssetReferenceFilesItem`` object."""

    link: DeprecatedAssetReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class DeprecatedAssetReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: DeprecatedAssetReferenceFilesItemLinkDownload | None = None
    self_: DeprecatedAssetReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetReferenceFilesItemLinkDownload(BaseModel):
    """The ``DeprecatedAssetReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class DeprecatedAssetReferenceFilesItemLinkSelf(BaseModel):
    """The ``DeprecatedAssetReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class DeprecatedAssetVariationFilesItem(BaseModel):
    """The ``DeprecatedAssetVariationFilesItem`` object."""

    link: DeprecatedAssetVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class DeprecatedAssetVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: DeprecatedAssetVariationFilesItemLinkDownload | None = None
    self_: DeprecatedAssetVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetVariationFilesItemLinkDownload(BaseModel):
    """The ``DeprecatedAssetVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class DeprecatedAssetVariationFilesItemLinkSelf(BaseModel):
    """The ``DeprecatedAssetVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
