"""Models: GetReferenceFilesLocaleCodeResponse, GetReferenceFilesLocaleCodeResponseLink, GetReferenceFilesLocaleCodeResponseLinkDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetReferenceFilesLocaleCodeResponse",
    "GetReferenceFilesLocaleCodeResponseLink",
    "GetReferenceFilesLocaleCodeResponseLinkDownload",
]


class GetReferenceFilesLocaleCodeResponse(BaseModel):
    """The ``GetReferenceFilesLocaleCodeResponse`` object."""

    link: GetReferenceFilesLocaleCodeResponseLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the PAM asset reference file"""

    locale: str | None = None
    """Locale of the PAM asset reference file, equal to `null` if the asset is not localizable"""


class GetReferenceFilesLocaleCodeResponseLink(BaseModel):
    """Links to get and download the reference file"""

    download: GetReferenceFilesLocaleCodeResponseLinkDownload | None = None


class GetReferenceFilesLocaleCodeResponseLinkDownload(BaseModel):
    """The ``GetReferenceFilesLocaleCodeResponseLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""
