"""Models: AssociationTypeList, AssociationTypeListLinks, AssociationTypeListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "AssociationTypeList",
    "AssociationTypeListLinks",
    "AssociationTypeListLinksSelf",
]


class AssociationTypeList(BaseModel):
    """The ``AssociationTypeList`` object."""

    code: str
    """Association type code"""

    links: AssociationTypeListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    is_quantified: bool | None = None
    """When true, the association is a quantified association (Only available in the PIM Serenity version.)"""

    is_two_way: bool | None = None
    """When true, the association is a two-way association (Only available in the PIM Serenity version.)"""

    labels: dict[str, str] | None = None
    """Association type labels for each locale"""


class AssociationTypeListLinks(BaseModel):
    """The ``AssociationTypeListLinks`` object."""

    self_: AssociationTypeListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AssociationTypeListLinksSelf(BaseModel):
    """The ``AssociationTypeListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
