"""Models: PostPamAssetsBody, PostPamAssetsBodyReferenceFilesItem, PostPamAssetsBodyReferenceFilesItemLink, PostPamAssetsBodyReferenceFilesItemLinkDownload, PostPamAssetsBodyReferenceFilesItemLinkSelf, PostPamAssetsBodyVariationFilesItem, PostPamAssetsBodyVariationFilesItemLink, PostPamAssetsBodyVariationFilesItemLinkDownload, PostPamAssetsBodyVariationFilesItemLinkSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "PostPamAssetsBody",
    "PostPamAssetsBodyReferenceFilesItem",
    "PostPamAssetsBodyReferenceFilesItemLink",
    "PostPamAssetsBodyReferenceFilesItemLinkDownload",
    "PostPamAssetsBodyReferenceFilesItemLinkSelf",
    "PostPamAssetsBodyVariationFilesItem",
    "PostPamAssetsBodyVariationFilesItemLink",
    "PostPamAssetsBodyVariationFilesItemLinkDownload",
    "PostPamAssetsBodyVariationFilesItemLinkSelf",
]


class PostPamAssetsBody(BaseModel):
    """The ``PostPamAssetsBody`` object."""

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

    reference_files: list[PostPamAssetsBodyReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[PostPamAssetsBodyVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class PostPamAssetsBodyReferenceFilesItem(BaseModel):
    """The ``PostPamAssetsBodyReferenceFilesItem`` object."""

    link: PostPamAssetsBodyReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class PostPamAssetsBodyReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: PostPamAssetsBodyReferenceFilesItemLinkDownload | None = None
    self_: PostPamAssetsBodyReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PostPamAssetsBodyReferenceFilesItemLinkDownload(BaseModel):
    """The ``PostPamAssetsBodyReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class PostPamAssetsBodyReferenceFilesItemLinkSelf(BaseModel):
    """The ``PostPamAssetsBodyReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class PostPamAssetsBodyVariationFilesItem(BaseModel):
    """The ``PostPamAssetsBodyVariationFilesItem`` object."""

    link: PostPamAssetsBodyVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class PostPamAssetsBodyVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: PostPamAssetsBodyVariationFilesItemLinkDownload | None = None
    self_: PostPamAssetsBodyVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PostPamAssetsBodyVariationFilesItemLinkDownload(BaseModel):
    """The ``PostPamAssetsBodyVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class PostPamAssetsBodyVariationFilesItemLinkSelf(BaseModel):
    """The ``PostPamAssetsBodyVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""
