"""Models: FamilyVariant, FamilyVariantVariantAttributeSetsItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["FamilyVariant", "FamilyVariantVariantAttributeSetsItem"]


class FamilyVariant(BaseModel):
    """The ``FamilyVariant`` object."""

    code: str
    """Family variant code"""

    variant_attribute_sets: list[FamilyVariantVariantAttributeSetsItem]
    """Attributes distribution according to the enrichment level"""

    labels: dict[str, str] | None = None
    """Family variant labels for each locale"""


class FamilyVariantVariantAttributeSetsItem(BaseModel):
    """Enrichment level"""

    axes: list[str]
    """Codes of attributes used as variant axes"""

    level: int
    """Enrichment level"""

    attributes: list[str] | None = None
    """Codes of attributes bind to this enrichment level"""
