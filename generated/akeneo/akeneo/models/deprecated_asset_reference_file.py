"""Models: DeprecatedAssetReferenceFile, DeprecatedAssetReferenceFileLink, DeprecatedAssetReferenceFileLinkDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetReferenceFile",
    "DeprecatedAssetReferenceFileLink",
    "DeprecatedAssetReferenceFileLinkDownload",
]


class DeprecatedAssetReferenceFile(BaseModel):
    """The ``DeprecatedAssetReferenceFile`` object."""

    link: DeprecatedAssetReferenceFileLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the PAM asset reference file"""

    locale: str | None = None
    """Locale of the PAM asset reference file, equal to `null` if the asset is not localizable"""


class DeprecatedAssetReferenceFileLink(BaseModel):
    """Links to get and download the reference file"""

    download: DeprecatedAssetReferenceFileLinkDownload | None = None


class DeprecatedAssetReferenceFileLinkDownload(BaseModel):
    """The ``DeprecatedAssetReferenceFileLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""
