"""Models: AttributeGroupsGetListResponse, AttributeGroupsGetListResponseEmbedded, AttributeGroupsGetListResponseLinks, AttributeGroupsGetListResponseLinksFirst, AttributeGroupsGetListResponseLinksNext, AttributeGroupsGetListResponseLinksPrevious, AttributeGroupsGetListResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .attribute_group import AttributeGroup

__all__ = [
    "AttributeGroupsGetListResponse",
    "AttributeGroupsGetListResponseEmbedded",
    "AttributeGroupsGetListResponseLinks",
    "AttributeGroupsGetListResponseLinksFirst",
    "AttributeGroupsGetListResponseLinksNext",
    "AttributeGroupsGetListResponseLinksPrevious",
    "AttributeGroupsGetListResponseLinksSelf",
]


class AttributeGroupsGetListResponse(BaseModel):
    """Attribute groups"""

    links: AttributeGroupsGetListResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: AttributeGroupsGetListResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class AttributeGroupsGetListResponseEmbedded(BaseModel):
    """The ``AttributeGroupsGetListResponseEmbedded`` object."""

    items: list[AttributeGroup] | None = None


class AttributeGroupsGetListResponseLinks(BaseModel):
    """The ``AttributeGroupsGetListResponseLinks`` object."""

    first: AttributeGroupsGetListResponseLinksFirst | None = None
    next: AttributeGroupsGetListResponseLinksNext | None = None
    previous: AttributeGroupsGetListResponseLinksPrevious | None = None
    self_: AttributeGroupsGetListResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AttributeGroupsGetListResponseLinksFirst(BaseModel):
    """The ``AttributeGroupsGetListResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class AttributeGroupsGetListResponseLinksNext(BaseModel):
    """The ``AttributeGroupsGetListResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class AttributeGroupsGetListResponseLinksPrevious(BaseModel):
    """The ``AttributeGroupsGetListResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class AttributeGroupsGetListResponseLinksSelf(BaseModel):
    """The ``AttributeGroupsGetListResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
