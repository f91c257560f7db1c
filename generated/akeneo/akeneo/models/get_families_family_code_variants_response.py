"""Models: GetFamiliesFamilyCodeVariantsResponse, GetFamiliesFamilyCodeVariantsResponseEmbedded, GetFamiliesFamilyCodeVariantsResponseLinks, GetFamiliesFamilyCodeVariantsResponseLinksFirst, GetFamiliesFamilyCodeVariantsResponseLinksNext, GetFamiliesFamilyCodeVariantsResponseLinksPrevious, GetFamiliesFamilyCodeVariantsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .family_variant import FamilyVariant

__all__ = [
    "GetFamiliesFamilyCodeVariantsResponse",
    "GetFamiliesFamilyCodeVariantsResponseEmbedded",
    "GetFamiliesFamilyCodeVariantsResponseLinks",
    "GetFamiliesFamilyCodeVariantsResponseLinksFirst",
    "GetFamiliesFamilyCodeVariantsResponseLinksNext",
    "GetFamiliesFamilyCodeVariantsResponseLinksPrevious",
    "GetFamiliesFamilyCodeVariantsResponseLinksSelf",
]


class GetFamiliesFamilyCodeVariantsResponse(BaseModel):
    """Family Variants"""

    links: GetFamiliesFamilyCodeVariantsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetFamiliesFamilyCodeVariantsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetFamiliesFamilyCodeVariantsResponseEmbedded(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseEmbedded`` object."""

    items: list[FamilyVariant] | None = None


class GetFamiliesFamilyCodeVariantsResponseLinks(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseLinks`` object."""

    first: GetFamiliesFamilyCodeVariantsResponseLinksFirst | None = None
    next: GetFamiliesFamilyCodeVariantsResponseLinksNext | None = None
    previous: GetFamiliesFamilyCodeVariantsResponseLinksPrevious | None = None
    self_: GetFamiliesFamilyCodeVariantsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetFamiliesFamilyCodeVariantsResponseLinksFirst(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetFamiliesFamilyCodeVariantsResponseLinksNext(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetFamiliesFamilyCodeVariantsResponseLinksPrevious(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetFamiliesFamilyCodeVariantsResponseLinksSelf(BaseModel):
    """The ``GetFamiliesFamilyCodeVariantsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
