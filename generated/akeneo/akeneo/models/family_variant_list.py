"""Models: FamilyVariantList, FamilyVariantListLinks, FamilyVariantListLinksSelf, FamilyVariantListVariantAttributeSetsItem."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "FamilyVariantList",
    "FamilyVariantListLinks",
    "FamilyVariantListLinksSelf",
    "FamilyVariantListVariantAttributeSetsItem",
]


class FamilyVariantList(BaseModel):
    """The ``FamilyVariantList`` object."""

    code: str
    """Family variant code"""

    variant_attribute_sets: list[FamilyVariantListVariantAttributeSetsItem]
    """Attributes distribution according to the enrichment level"""

    links: FamilyVariantListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    labels: dict[str, str] | None = None
    """Family variant labels for each locale"""


class FamilyVariantListLinks(BaseModel):
    """The ``FamilyVariantListLinks`` object."""

    self_: FamilyVariantListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class FamilyVariantListLinksSelf(BaseModel):
    """The ``FamilyVariantListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class FamilyVariantListVariantAttributeSetsItem(BaseModel):
    """Enrichment level"""

    axes: list[str]
    """Codes of attributes used as variant axes"""

    level: int
    """Enrichment level"""

    attributes: list[str] | None = None
    """Codes of attributes bind to this enrichment level"""
