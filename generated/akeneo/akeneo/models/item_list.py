"""Models: ItemList, ItemListLinks, ItemListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["ItemList", "ItemListLinks", "ItemListLinksSelf"]


class ItemList(BaseModel):
    """The ``ItemList`` object."""

    links: ItemListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class ItemListLinks(BaseModel):
    """The ``ItemListLinks`` object."""

    self_: ItemListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ItemListLinksSelf(BaseModel):
    """The ``ItemListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
