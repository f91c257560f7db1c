"""Models: ChannelList, ChannelListLinks, ChannelListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["ChannelList", "ChannelListLinks", "ChannelListLinksSelf"]


class ChannelList(BaseModel):
    """The ``ChannelList`` object."""

    category_tree: str
    """Code of the category tree linked to the channel"""

    code: str
    """Channel code"""

    currencies: list[str]
    """Codes of activated currencies for the channel"""

    locales: list[str]
    """Codes of activated locales for the channel"""

    links: ChannelListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    conversion_units: dict[str, str] | None = None
    """Units to which the given metric attributes should be converted when exporting products"""

    labels: dict[str, str] | None = None
    """Channel labels for each locale"""


class ChannelListLinks(BaseModel):
    """The ``ChannelListLinks`` object."""

    self_: ChannelListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ChannelListLinksSelf(BaseModel):
    """The ``ChannelListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
