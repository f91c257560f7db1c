"""Models: GetReferenceEntitiesResponse, GetReferenceEntitiesResponseEmbedded, GetReferenceEntitiesResponseLinks, GetReferenceEntitiesResponseLinksFirst, GetReferenceEntitiesResponseLinksNext, GetReferenceEntitiesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .reference_entity import ReferenceEntity

__all__ = [
    "GetReferenceEntitiesResponse",
    "GetReferenceEntitiesResponseEmbedded",
    "GetReferenceEntitiesResponseLinks",
    "GetReferenceEntitiesResponseLinksFirst",
    "GetReferenceEntitiesResponseLinksNext",
    "GetReferenceEntitiesResponseLinksSelf",
]


class GetReferenceEntitiesResponse(BaseModel):
    """Reference Entities"""

    links: GetReferenceEntitiesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetReferenceEntitiesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetReferenceEntitiesResponseEmbedded(BaseModel):
    """The ``GetReferenceEntitiesResponseEmbedded`` object."""

    items: list[ReferenceEntity] | None = None


class GetReferenceEntitiesResponseLinks(BaseModel):
    """The ``GetReferenceEntitiesResponseLinks`` object."""

    first: GetReferenceEntitiesResponseLinksFirst | None = None
    next: GetReferenceEntitiesResponseLinksNext | None = None
    self_: GetReferenceEntitiesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetReferenceEntitiesResponseLinksFirst(BaseModel):
    """The ``GetReferenceEntitiesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetReferenceEntitiesResponseLinksNext(BaseModel):
    """The ``GetReferenceEntitiesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetReferenceEntitiesResponseLinksSelf(BaseModel):
    """The ``GetReferenceEntitiesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
