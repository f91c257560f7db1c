"""Models: AttributeOptionList, AttributeOptionListLinks, AttributeOptionListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "AttributeOptionList",
    "AttributeOptionListLinks",
    "AttributeOptionListLinksSelf",
]


class AttributeOptionList(BaseModel):
    """The ``AttributeOptionList`` object."""

    code: str
    """Code of option"""

    links: AttributeOptionListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    attribute: str | None = None
    """Code of attribute related to the attribute option"""

    labels: dict[str, str] | None = None
    """Attribute option labels for each locale"""

    sort_order: int | None = None
    """Order of attribute option"""


class AttributeOptionListLinks(BaseModel):
    """The ``AttributeOptionListLinks`` object."""

    self_: AttributeOptionListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class AttributeOptionListLinksSelf(BaseModel):
    """The ``AttributeOptionListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
