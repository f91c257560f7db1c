"""Models: PatchPamAssetsCodeBody, PatchPamAssetsCodeBodyReferenceFilesItem, PatchPamAssetsCodeBodyReferenceFilesItemLink, PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload, PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf, PatchPamAssetsCodeBodyVariationFilesItem, PatchPamAssetsCodeBodyVariationFilesItemLink, PatchPamAssetsCodeBodyVariationFilesItemLinkDownload, PatchPamAssetsCodeBodyVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "PatchPamAssetsCodeBody",
    "PatchPamAssetsCodeBodyReferenceFilesItem",
    "PatchPamAssetsCodeBodyReferenceFilesItemLink",
    "PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload",
    "PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf",
    "PatchPamAssetsCodeBodyVariationFilesItem",
    "PatchPamAssetsCodeBodyVariationFilesItemLink",
    "PatchPamAssetsCodeBodyVariationFilesItemLinkDownload",
    "PatchPamAssetsCodeBodyVariationFilesItemLinkSelf",
]


class PatchPamAssetsCodeBody(BaseModel):
    """The ``PatchPamAssetsCodeBody`` object."""

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

    reference_files: list[PatchPamAssetsCodeBodyReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[PatchPamAssetsCodeBodyVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class PatchPamAssetsCodeBodyReferenceFilesItem(BaseModel):
    """The ``PatchPamAssetsCodeBodyReferenceFilesItem`` object."""

    link: PatchPamAssetsCodeBodyReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class PatchPamAssetsCodeBodyReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload | None = None
    self_: PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload(BaseModel):
    """The ``PatchPamAssetsCodeBodyReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf(BaseModel):
    """The ``PatchPamAssetsCodeBodyReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class PatchPamAssetsCodeBodyVariationFilesItem(BaseModel):
    """The ``PatchPamAssetsCodeBodyVariationFilesItem`` object."""

    link: PatchPamAssetsCodeBodyVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class PatchPamAssetsCodeBodyVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: PatchPamAssetsCodeBodyVariationFilesItemLinkDownload | None = None
    self_: PatchPamAssetsCodeBodyVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PatchPamAssetsCodeBodyVariationFilesItemLinkDownload(BaseModel):
    """The ``PatchPamAssetsCodeBodyVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class PatchPamAssetsCodeBodyVariationFilesItemLinkSelf(BaseModel):
    """The ``PatchPamAssetsCodeBodyVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
