"""Models: AttributeGroupList, AttributeGroupListLinks, AttributeGroupListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "AttributeGroupList",
    "AttributeGroupListLinks",
    "AttributeGroupListLinksSelf",
]


class AttributeGroupList(BaseModel):
    """The ``AttributeGroupList`` object."""

    code: str
    """Attribute group code"""

    links: AttributeGroupListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    attributes: list[str] | None = None
    """Attribute codes that compose the attribute group"""

    labels: dict[str, str] | None = None
    """Attribute group labels for each locale"""

    sort_order: int | None = None
    """Attribute group order among other attribute groups"""


class AttributeGroupListLinks(BaseModel):
    """The ``AttributeGroupListLinks`` object."""

    self_: AttributeGroupListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AttributeGroupListLinksSelf(BaseModel):
    """The ``AttributeGroupListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
