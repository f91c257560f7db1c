"""Models: GetPamAssetsItem, GetPamAssetsItemLinks, GetPamAssetsItemLinksSelf, GetPamAssetsItemReferenceFilesItem, GetPamAssetsItemReferenceFilesItemLink, GetPamAssetsItemReferenceFilesItemLinkDownload, GetPamAssetsItemReferenceFilesItemLinkSelf, GetPamAssetsItemVariationFilesItem, GetPamAssetsItemVariationFilesItemLink, GetPamAssetsItemVariationFilesItemLinkDownload, GetPamAssetsItemVariationFilesItemLinkSelf, GetPamAssetsResponse, GetPamAssetsResponseEmbedded, GetPamAssetsResponseLinks, GetPamAssetsResponseLinksFirst, GetPamAssetsResponseLinksNext, GetPamAssetsResponseLinksPrevious, GetPamAssetsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetPamAssetsItem",
    "GetPamAssetsItemLinks",
    "GetPamAssetsItemLinksSelf",
    "GetPamAssetsItemReferenceFilesItem",
    "GetPamAssetsItemReferenceFilesItemLink",
    "GetPamAssetsItemReferenceFilesItemLinkDownload",
    "GetPamAssetsItemReferenceFilesItemLinkSelf",
    "GetPamAssetsItemVariationFilesItem",
    "GetPamAssetsItemVariationFilesItemLink",
    "GetPamAssetsItemVariationFilesItemLinkDownload",
    "GetPamAssetsItemVariationFilesItemLinkSelf",
    "GetPamAssetsResponse",
    "GetPamAssetsResponseEmbedded",
    "GetPamAssetsResponseLinks",
    "GetPamAssetsResponseLinksFirst",
    "GetPamAssetsResponseLinksNext",
    "GetPamAssetsResponseLinksPrevious",
    "GetPamAssetsResponseLinksSelf",
]


class GetPamAssetsItem(BaseModel):
    """The ``GetPamAssetsItem`` object."""

    code: str
    """PAM asset code"""

    links: GetPamAssetsItemLinks | None = Field(
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

    reference_files: list[GetPamAssetsItemReferenceFilesItem] | None = None
    """Reference files of the PAM asset"""

    tags: list[str] | None = None
    """Tags of the PAM asset"""

    variation_files: list[GetPamAssetsItemVariationFilesItem] | None = None
    """Variations of the PAM asset"""


class GetPamAssetsItemLinks(BaseModel):
    """The ``GetPamAssetsItemLinks`` object."""

    self_: GetPamAssetsItemLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsItemLinksSelf(BaseModel):
    """The ``GetPamAssetsItemLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class GetPamAssetsItemReferenceFilesItem(BaseModel):
    """The ``GetPamAssetsItemReferenceFilesItem`` object."""

    link: GetPamAssetsItemReferenceFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the reference file"""

    code: str | None = None
    """Code of the reference file"""

    locale: str | None = None
    """Locale code of the reference file"""


class GetPamAssetsItemReferenceFilesItemLink(BaseModel):
    """Links to get and download the reference file"""

    download: GetPamAssetsItemReferenceFilesItemLinkDownload | None = None
    self_: GetPamAssetsItemReferenceFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsItemReferenceFilesItemLinkDownload(BaseModel):
    """The ``GetPamAssetsItemReferenceFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the reference file"""


class GetPamAssetsItemReferenceFilesItemLinkSelf(BaseModel):
    """The ``GetPamAssetsItemReferenceFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the reference file entity"""


class GetPamAssetsItemVariationFilesItem(BaseModel):
    """The ``GetPamAssetsItemVariationFilesItem`` object."""

    link: GetPamAssetsItemVariationFilesItemLink | None = Field(
        default=None, validation_alias="_link", serialization_alias="_link"
    )
    """Links to get and download the variation file"""

    code: str | None = None
    """Code of the variation"""

    locale: str | None = None
    """Locale code of the variation"""

    scope: str | None = None
    """Channel code of the variation"""


class GetPamAssetsItemVariationFilesItemLink(BaseModel):
    """Links to get and download the variation file"""

    download: GetPamAssetsItemVariationFilesItemLinkDownload | None = None
    self_: GetPamAssetsItemVariationFilesItemLinkSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsItemVariationFilesItemLinkDownload(BaseModel):
    """The ``GetPamAssetsItemVariationFilesItemLinkDownload`` object."""

    href: str | None = None
    """URI to download the variation file"""


class GetPamAssetsItemVariationFilesItemLinkSelf(BaseModel):
    """The ``GetPamAssetsItemVariationFilesItemLinkSelf`` object."""

    href: str | None = None
    """URI of the variation entity"""


class GetPamAssetsResponse(BaseModel):
    """PAM Assets"""

    links: GetPamAssetsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetPamAssetsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetPamAssetsResponseEmbedded(BaseModel):
    """The ``GetPamAssetsResponseEmbedded`` object."""

    items: list[GetPamAssetsItem] | None = None


class GetPamAssetsResponseLinks(BaseModel):
    """The ``GetPamAssetsResponseLinks`` object."""

    first: GetPamAssetsResponseLinksFirst | None = None
    next: GetPamAssetsResponseLinksNext | None = None
    previous: GetPamAssetsResponseLinksPrevious | None = None
    self_: GetPamAssetsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetPamAssetsResponseLinksFirst(BaseModel):
    """The ``GetPamAssetsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetPamAssetsResponseLinksNext(BaseModel):
    """The ``GetPamAssetsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetPamAssetsResponseLinksPrevious(BaseModel):
    """The ``GetPamAssetsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetPamAssetsResponseLinksSelf(BaseModel):
    """The ``GetPamAssetsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
