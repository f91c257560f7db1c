"""Models: GetReferenceEntityRecordsResponse, GetReferenceEntityRecordsResponseEmbedded, GetReferenceEntityRecordsResponseLinks, GetReferenceEntityRecordsResponseLinksFirst, GetReferenceEntityRecordsResponseLinksNext, GetReferenceEntityRecordsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .reference_entity_record import ReferenceEntityRecord

__all__ = [
    "GetReferenceEntityRecordsResponse",
    "GetReferenceEntityRecordsResponseEmbedded",
    "GetReferenceEntityRecordsResponseLinks",
    "GetReferenceEntityRecordsResponseLinksFirst",
    "GetReferenceEntityRecordsResponseLinksNext",
    "GetReferenceEntityRecordsResponseLinksSelf",
]


class GetReferenceEntityRecordsResponse(BaseModel):
    """Reference entity record"""

    links: GetReferenceEntityRecordsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    embedded: GetReferenceEntityRecordsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetReferenceEntityRecordsResponseEmbedded(BaseModel):
    """The ``GetReferenceEntityRecordsResponseEmbedded`` object."""

    items: list[ReferenceEntityRecord] | None = None


class GetReferenceEntityRecordsResponseLinks(BaseModel):
    """The ``GetReferenceEntityRecordsResponseLinks`` object."""

    first: GetReferenceEntityRecordsResponseLinksFirst | None = None
    next: GetReferenceEntityRecordsResponseLinksNext | None = None
    self_: GetReferenceEntityRecordsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetReferenceEntityRecordsResponseLinksFirst(BaseModel):
    """The ``GetReferenceEntityRecordsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetReferenceEntityRecordsResponseLinksNext(BaseModel):
    """The ``GetReferenceEntityRecordsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetReferenceEntityRecordsResponseLinksSelf(BaseModel):
    """The ``GetReferenceEntityRecordsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
