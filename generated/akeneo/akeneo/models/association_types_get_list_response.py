"""Models: AssociationTypesGetListResponse, AssociationTypesGetListResponseEmbedded, AssociationTypesGetListResponseLinks, AssociationTypesGetListResponseLinksFirst, AssociationTypesGetListResponseLinksNext, AssociationTypesGetListResponseLinksPrevious, AssociationTypesGetListResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .association_type import AssociationType

__all__ = [
    "AssociationTypesGetListResponse",
    "AssociationTypesGetListResponseEmbedded",
    "AssociationTypesGetListResponseLinks",
    "AssociationTypesGetListResponseLinksFirst",
    "AssociationTypesGetListResponseLinksNext",
    "AssociationTypesGetListResponseLinksPrevious",
    "AssociationTypesGetListResponseLinksSelf",
]


class AssociationTypesGetListResponse(BaseModel):
    """Association types"""

    links: AssociationTypesGetListResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: AssociationTypesGetListResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class AssociationTypesGetListResponseEmbedded(BaseModel):
    """The ``AssociationTypesGetListResponseEmbedded`` object."""

    items: list[AssociationType] | None = None


class AssociationTypesGetListResponseLinks(BaseModel):
    """The ``AssociationTypesGetListResponseLinks`` object."""

    first: AssociationTypesGetListResponseLinksFirst | None = None
    next: AssociationTypesGetListResponseLinksNext | None = None
    previous: AssociationTypesGetListResponseLinksPrevious | None = None
    self_: AssociationTypesGetListResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssociationTypesGetListResponseLinksFirst(BaseModel):
    """The ``AssociationTypesGetListResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class AssociationTypesGetListResponseLinksNext(BaseModel):
    """The ``AssociationTypesGetListResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class AssociationTypesGetListResponseLinksPrevious(BaseModel):
    """The ``AssociationTypesGetListResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class AssociationTypesGetListResponseLinksSelf(BaseModel):
    """The ``AssociationTypesGetListResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
