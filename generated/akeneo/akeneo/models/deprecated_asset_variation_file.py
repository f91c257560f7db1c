"""Models: DeprecatedAssetVariationFile, DeprecatedAssetVariationFileLink, DeprecatedAssetVariationFileLinkDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetVariationFile",
    "DeprecatedAssetVariationFileLink",
    "DeprecatedAssetVariationFileLinkDownload",
]


class DeprecatedAssetVariationFile(BaseModel):
    """The ``DeprecatedAssetVariationFile`` object."""

    link: DeprecatedAssetVariationFileLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the PAM asset variation file"""

    locale: str | None = None
    """Locale of the PAM asset variation file, equal to `null` if the asset is not localizable"""

    scope: str | None = None
    """Channel of the PAM asset variation file"""


class DeprecatedAssetVariationFileLink(BaseModel):
    """Links to get and download the reference file"""

    download: DeprecatedAssetVariationFileLinkDownload | None = None


class DeprecatedAssetVariationFileLinkDownload(BaseModel):
    """The ``DeprecatedAssetVariationFileLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""
