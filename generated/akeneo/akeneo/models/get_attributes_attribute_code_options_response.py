"""Models: GetAttributesAttributeCodeOptionsResponse, GetAttributesAttributeCodeOptionsResponseEmbedded, GetAttributesAttributeCodeOptionsResponseLinks, GetAttributesAttributeCodeOptionsResponseLinksFirst, GetAttributesAttributeCodeOptionsResponseLinksNext, GetAttributesAttributeCodeOptionsResponseLinksPrevious, GetAttributesAttributeCodeOptionsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .attribute_option import AttributeOption

__all__ = [
    "GetAttributesAttributeCodeOptionsResponse",
    "GetAttributesAttributeCodeOptionsResponseEmbedded",
    "GetAttributesAttributeCodeOptionsResponseLinks",
    "GetAttributesAttributeCodeOptionsResponseLinksFirst",
    "GetAttributesAttributeCodeOptionsResponseLinksNext",
    "GetAttributesAttributeCodeOptionsResponseLinksPrevious",
    "GetAttributesAttributeCodeOptionsResponseLinksSelf",
]


class GetAttributesAttributeCodeOptionsResponse(BaseModel):
    """Attribute Options"""

    links: GetAttributesAttributeCodeOptionsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetAttributesAttributeCodeOptionsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetAttributesAttributeCodeOptionsResponseEmbedded(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseEmbedded`` object."""

    items: list[AttributeOption] | None = None


class GetAttributesAttributeCodeOptionsResponseLinks(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseLinks`` object."""

    first: GetAttributesAttributeCodeOptionsResponseLinksFirst | None = None
    next: GetAttributesAttributeCodeOptionsResponseLinksNext | None = None
    previous: GetAttributesAttributeCodeOptionsResponseLinksPrevious | None = None
    self_: GetAttributesAttributeCodeOptionsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetAttributesAttributeCodeOptionsResponseLinksFirst(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetAttributesAttributeCodeOptionsResponseLinksNext(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetAttributesAttributeCodeOptionsResponseLinksPrevious(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetAttributesAttributeCodeOptionsResponseLinksSelf(BaseModel):
    """The ``GetAttributesAttributeCodeOptionsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
