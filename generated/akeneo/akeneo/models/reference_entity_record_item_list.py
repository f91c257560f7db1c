"""Models: ReferenceEntityRecordItemList, ReferenceEntityRecordItemListLinks, ReferenceEntityRecordItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "ReferenceEntityRecordItemList",
    "ReferenceEntityRecordItemListLinks",
    "ReferenceEntityRecordItemListLinksSelf",
]


class ReferenceEntityRecordItemList(BaseModel):
    """The ``ReferenceEntityRecordItemList`` object."""

    links: ReferenceEntityRecordItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class ReferenceEntityRecordItemListLinks(BaseModel):
    """The ``ReferenceEntityRecordItemListLinks`` object."""

    self_: ReferenceEntityRecordItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ReferenceEntityRecordItemListLinksSelf(BaseModel):
    """The ``ReferenceEntityRecordItemListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
