"""Models: ReferenceEntityRecordList, ReferenceEntityRecordListLinks, ReferenceEntityRecordListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = [
    "ReferenceEntityRecordList",
    "ReferenceEntityRecordListLinks",
    "ReferenceEntityRecordListLinksSelf",
]


class ReferenceEntityRecordList(BaseModel):
    """The ``ReferenceEntityRecordList`` object."""

    code: str
    """Code of the record"""

    links: ReferenceEntityRecordListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    created: str | None = None
    """Date of creation."""

    updated: str | None = None
    """Date of the last update."""

    values: dict[str, list[ProductValue]] | None = None
    """Record attributes values, see <a href='/concepts/reference-entities.html#focus-on-the-reference-entity-record-values'>Reference entity record values</a> section for more details"""


class ReferenceEntityRecordListLinks(BaseModel):
    """The ``ReferenceEntityRecordListLinks`` object."""

    self_: ReferenceEntityRecordListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ReferenceEntityRecordListLinksSelf(BaseModel):
    """The ``ReferenceEntityRecordListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
