"""Models: GetAttributesResponse, GetAttributesResponseEmbedded, GetAttributesResponseLinks, GetAttributesResponseLinksFirst, GetAttributesResponseLinksNext, GetAttributesResponseLinksPrevious, GetAttributesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .attribute import Attribute

__all__ = [
    "GetAttributesResponse",
    "GetAttributesResponseEmbedded",
    "GetAttributesResponseLinks",
    "GetAttributesResponseLinksFirst",
    "GetAttributesResponseLinksNext",
    "GetAttributesResponseLinksPrevious",
    "GetAttributesResponseLinksSelf",
]


class GetAttributesResponse(BaseModel):
    """Attributes"""

    links: GetAttributesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetAttributesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAttributesResponseEmbedded(BaseModel):
    """The ``GetAttributesResponseEmbedded`` object."""

    items: list[Attribute] | None = None


class GetAttributesResponseLinks(BaseModel):
    """The ``GetAttributesResponseLinks`` object."""

    first: GetAttributesResponseLinksFirst | None = None
    next: GetAttributesResponseLinksNext | None = None
    previous: GetAttributesResponseLinksPrevious | None = None
    self_: GetAttributesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAttributesResponseLinksFirst(BaseModel):
    """The ``GetAttributesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAttributesResponseLinksNext(BaseModel):
    """The ``GetAttributesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAttributesResponseLinksPrevious(BaseModel):
    """The ``GetAttributesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetAttributesResponseLinksSelf(BaseModel):
    """The ``GetAttributesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
