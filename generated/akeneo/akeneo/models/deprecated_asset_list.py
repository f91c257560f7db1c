"""Models: DeprecatedAssetList, DeprecatedAssetListLinks, DeprecatedAssetListLinksSelf, DeprecatedAssetListReferenceFilesItem, DeprecatedAssetListReferenceFilesItemLink, DeprecatedAssetListReferenceFilesItemLinkDownload, DeprecatedAssetListReferenceFilesItemLinkSelf, DeprecatedAssetListVariationFilesItem, DeprecatedAssetListVariationFilesItemLink, DeprecatedAssetListVariationFilesItemLinkDownload, DeprecatedAssetListVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetList",
    "DeprecatedAssetListLinks",
    "DeprecatedAssetListLinksSelf",
    "DeprecatedAssetListReferenceFilesItem",
    "DeprecatedAssetListReferenceFilesItemLink",
    "DeprecatedAssetListReferenceFilesItemLinkDownload",
    "DeprecatedAssetListReferenceFilesItemLinkSelf",
    "DeprecatedAssetListVariationFilesItem",
    "DeprecatedAssetListVariationFilesItemLink",
    "DeprecatedAssetListVariationFilesItemLinkDownload",
    "DeprecatedAssetListVariationFilesItemLinkSelf",
]


class DeprecatedAssetList(BaseModel):
    """The ``DeprecatedAssetList`` object."""

    code: str
    """PAM asset code"""

    links: DeprecatedAssetListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    categories: list[str] | None = None
    """Codes of the PAM asset categories in which the asset is classified"""

    description: str | None = None
    """Description of the PAM asset"""

    end_of_use: str | None = None
    """Date on which the PAM asset expire"""

    localizable: bool | None = None
    """Whether the asset is localized or not, meaning if you want to have different reference files for each of your locale"""

    reference_files: list[DeprecatedAssetListReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[DeprecatedAssetListVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class DeprecatedAssetListLinks(BaseModel):
    """The ``DeprecatedAssetListLinks`` object."""

    self_: DeprecatedAssetListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetListLinksSelf(BaseModel):
    """The ``DeprecatedAssetListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class DeprecatedAssetListReferenceFilesItem(BaseModel):
    """The ``DeprecatedAssetListReferenceFilesItem`` object."""

    link: DeprecatedAssetListReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class DeprecatedAssetListReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: DeprecatedAssetListReferenceFilesItemLinkDownload | None = None
    self_: DeprecatedAssetListReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetListReferenceFilesItemLinkDownload(BaseModel):
    """The ``DeprecatedAssetListReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class DeprecatedAssetListReferenceFilesItemLinkSelf(BaseModel):
    """The ``DeprecatedAssetListReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class DeprecatedAssetListVariationFilesItem(BaseModel):
    """The ``DeprecatedAssetListVariationFilesItem`` object."""

    link: DeprecatedAssetListVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class DeprecatedAssetListVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: DeprecatedAssetListVariationFilesItemLinkDownload | None = None
    self_: DeprecatedAssetListVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class DeprecatedAssetListVariationFilesItemLinkDownload(BaseModel):
    """The ``DeprecatedAssetListVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class DeprecatedAssetListVariationFilesItemLinkSelf(BaseModel):
    """The ``DeprecatedAssetListVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
