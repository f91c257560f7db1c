"""Models: GetAssetCategoriesItem, GetAssetCategoriesItemLinks, GetAssetCategoriesItemLinksSelf, GetAssetCategoriesResponse, GetAssetCategoriesResponseEmbedded, GetAssetCategoriesResponseLinks, GetAssetCategoriesResponseLinksFirst, GetAssetCategoriesResponseLinksNext, GetAssetCategoriesResponseLinksPrevious, GetAssetCategoriesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "GetAssetCategoriesItem",
    "GetAssetCategoriesItemLinks",
    "GetAssetCategoriesItemLinksSelf",
    "GetAssetCategoriesResponse",
    "GetAssetCategoriesResponseEmbedded",
    "GetAssetCategoriesResponseLinks",
    "GetAssetCategoriesResponseLinksFirst",
    "GetAssetCategoriesResponseLinksNext",
    "GetAssetCategoriesResponseLinksPrevious",
    "GetAssetCategoriesResponseLinksSelf",
]


class GetAssetCategoriesItem(BaseModel):
    """The ``GetAssetCategoriesItem`` object."""

    code: str
    """PAM asset category code"""

    links: GetAssetCategoriesItemLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    labels: dict[str, str] | None = None
    """PAM asset category labels for each locale"""

    parent: str | None = None
    """PAM ssset category code of the parent's asset category"""


class GetAssetCategoriesItemLinks(BaseModel):
    """The ``GetAssetCategoriesItemLinks`` object."""

    self_: GetAssetCategoriesItemLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetCategoriesItemLinksSelf(BaseModel):
    """The ``GetAssetCategoriesItemLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class GetAssetCategoriesResponse(BaseModel):
    """PAM Asset Categories"""

    links: GetAssetCategoriesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetAssetCategoriesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAssetCategoriesResponseEmbedded(BaseModel):
    """The ``GetAssetCategoriesResponseEmbedded`` object."""

    items: list[GetAssetCategoriesItem] | None = None


class GetAssetCategoriesResponseLinks(BaseModel):
    """The ``GetAssetCategoriesResponseLinks`` object."""

    first: GetAssetCategoriesResponseLinksFirst | None = None
    next: GetAssetCategoriesResponseLinksNext | None = None
    previous: GetAssetCategoriesResponseLinksPrevious | None = None
    self_: GetAssetCategoriesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAssetCategoriesResponseLinksFirst(BaseModel):
    """The ``GetAssetCategoriesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAssetCategoriesResponseLinksNext(BaseModel):
    """The ``GetAssetCategoriesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAssetCategoriesResponseLinksPrevious(BaseModel):
    """The ``GetAssetCategoriesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetAssetCategoriesResponseLinksSelf(BaseModel):
    """The ``GetAssetCategoriesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
