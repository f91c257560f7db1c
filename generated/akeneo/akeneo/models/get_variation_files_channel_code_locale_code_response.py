"""Models: GetVariationFilesChannelCodeLocaleCodeResponse, GetVariationFilesChannelCodeLocaleCodeResponseLink, GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetVariationFilesChannelCodeLocaleCodeResponse",
    "GetVariationFilesChannelCodeLocaleCodeResponseLink",
    "GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload",
]


class GetVariationFilesChannelCodeLocaleCodeResponse(BaseModel):
    """The ``GetVariationFilesChannelCodeLocaleCodeResponse`` object."""

    link: GetVariationFilesChannelCodeLocaleCodeResponseLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the PAM asset variation file"""

    locale: str | None = None
    """Locale of the PAM asset variation file, equal to `null` if the asset is not localizable"""

    scope: str | None = None
    """Channel of the PAM asset variation file"""


class GetVariationFilesChannelCodeLocaleCodeResponseLink(BaseModel):
    """Links to get and download the reference file"""

    download: GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload | None = None


class GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload(BaseModel):
    """The ``GetVariationFilesChannelCodeLocaleCodeResponseLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""
