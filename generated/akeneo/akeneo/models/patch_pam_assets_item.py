"""Models: PatchPamAssetsItem, PatchPamAssetsItemReferenceFilesItem, PatchPamAssetsItemReferenceFilesItemLink, PatchPamAssetsItemReferenceFilesItemLinkDownload, PatchPamAssetsItemReferenceFilesItemLinkSelf, PatchPamAssetsItemVariationFilesItem, PatchPamAssetsItemVariationFilesItemLink, PatchPamAssetsItemVariationFilesItemLinkDownload, PatchPamAssetsItemVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "PatchPamAssetsItem",
    "PatchPamAssetsItemReferenceFilesItem",
    "PatchPamAssetsItemReferenceFilesItemLink",
    "PatchPamAssetsItemReferenceFilesItemLinkDownload",
    "PatchPamAssetsItemReferenceFilesItemLinkSelf",
    "PatchPamAssetsItemVariationFilesItem",
    "PatchPamAssetsItemVariationFilesItemLink",
    "PatchPamAssetsItemVariationFilesItemLinkDownload",
    "PatchPamAssetsItemVariationFilesItemLinkSelf",
]


class PatchPamAssetsItem(BaseModel):
    """The ``PatchPamAssetsItem`` object."""

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

    reference_files: list[PatchPamAssetsItemReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[PatchPamAssetsItemVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class PatchPamAssetsItemReferenceFilesItem(BaseModel):
    """The ``PatchPamAssetsItemReferenceFilesItem`` object."""

    link: PatchPamAssetsItemReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class PatchPamAssetsItemReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: PatchPamAssetsItemReferenceFilesItemLinkDownload | None = None
    self_: PatchPamAssetsItemReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PatchPamAssetsItemReferenceFilesItemLinkDownload(BaseModel):
    """The ``PatchPamAssetsItemReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class PatchPamAssetsItemReferenceFilesItemLinkSelf(BaseModel):
    """The ``PatchPamAssetsItemReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class PatchPamAssetsItemVariationFilesItem(BaseModel):
    """The ``PatchPamAssetsItemVariationFilesItem`` object."""

    link: PatchPamAssetsItemVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class PatchPamAssetsItemVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: PatchPamAssetsItemVariationFilesItemLinkDownload | None = None
    self_: PatchPamAssetsItemVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PatchPamAssetsItemVariationFilesItemLinkDownload(BaseModel):
    """The ``PatchPamAssetsItemVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class PatchPamAssetsItemVariationFilesItemLinkSelf(BaseModel):
    """The ``PatchPamAssetsItemVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
