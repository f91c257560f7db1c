"""Models: GetPamAssetsCodeResponse, GetPamAssetsCodeResponseReferenceFilesItem, GetPamAssetsCodeResponseReferenceFilesItemLink, GetPamAssetsCodeResponseReferenceFilesItemLinkDownload, GetPamAssetsCodeResponseReferenceFilesItemLinkSelf, GetPamAssetsCodeResponseVariationFilesItem, GetPamAssetsCodeResponseVariationFilesItemLink, GetPamAssetsCodeResponseVariationFilesItemLinkDownload, GetPamAssetsCodeResponseVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetPamAssetsCodeResponse",
    "GetPamAssetsCodeResponseReferenceFilesItem",
    "GetPamAssetsCodeResponseReferenceFilesItemLink",
    "GetPamAssetsCodeResponseReferenceFilesItemLinkDownload",
    "GetPamAssetsCodeResponseReferenceFilesItemLinkSelf",
    "GetPamAssetsCodeResponseVariationFilesItem",
    "GetPamAssetsCodeResponseVariationFilesItemLink",
    "GetPamAssetsCodeResponseVariationFilesItemLinkDownload",
    "GetPamAssetsCodeResponseVariationFilesItemLinkSelf",
]


class GetPamAssetsCodeResponse(BaseModel):
    """The ``GetPamAssetsCodeResponse`` object."""

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

    reference_files: list[GetPamAssetsCodeResponseReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[GetPamAssetsCodeResponseVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class GetPamAssetsCodeResponseReferenceFilesItem(BaseModel):
    """The ``GetPamAssetsCodeResponseReferenceFilesItem`` object."""

    link: GetPamAssetsCodeResponseReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class GetPamAssetsCodeResponseReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: GetPamAssetsCodeResponseReferenceFilesItemLinkDownload | None = None
    self_: GetPamAssetsCodeResponseReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsCodeResponseReferenceFilesItemLinkDownload(BaseModel):
    """The ``GetPamAssetsCodeResponseReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class GetPamAssetsCodeResponseReferenceFilesItemLinkSelf(BaseModel):
    """The ``GetPamAssetsCodeResponseReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class GetPamAssetsCodeResponseVariationFilesItem(BaseModel):
    """The ``GetPamAssetsCodeResponseVariationFilesItem`` object."""

    link: GetPamAssetsCodeResponseVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class GetPamAssetsCodeResponseVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: GetPamAssetsCodeResponseVariationFilesItemLinkDownload | None = None
    self_: GetPamAssetsCodeResponseVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsCodeResponseVariationFilesItemLinkDownload(BaseModel):
    """The ``GetPamAssetsCodeResponseVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class GetPamAssetsCodeResponseVariationFilesItemLinkSelf(BaseModel):
    """The ``GetPamAssetsCodeResponseVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
