"""Models: FamilyList, FamilyListLinks, FamilyListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["FamilyList", "FamilyListLinks", "FamilyListLinksSelf"]


class FamilyList(BaseModel):
    """The ``FamilyList`` object."""

    attribute_as_label: str
    """Attribute code used as label"""

    code: str
    """Family code"""

    links: FamilyListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    attribute_as_image: str | None = None
    """Attribute code used as the main picture in the user interface (only since v2.0)"""

    attribute_requirements: dict[str, list[str]] | None = None
    """Attributes codes of the family that are required for the completeness calculation for each channel"""

    attributes: list[str] | None = None
    """Attributes codes that compose the family"""

    labels: dict[str, str] | None = None
    """Family labels for each locale"""


class FamilyListLinks(BaseModel):
    """The ``FamilyListLinks`` object."""

    self_: FamilyListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class FamilyListLinksSelf(BaseModel):
    """The ``FamilyListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
