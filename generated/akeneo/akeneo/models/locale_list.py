"""Models: LocaleList, LocaleListLinks, LocaleListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["LocaleList", "LocaleListLinks", "LocaleListLinksSelf"]


class LocaleList(BaseModel):
    """The ``LocaleList`` object."""

    code: str
    """Locale code"""

    links: LocaleListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    enabled: bool | None = None
    """Whether the locale is enabled"""


class LocaleListLinks(BaseModel):
    """The ``LocaleListLinks`` object."""

    self_: LocaleListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class LocaleListLinksSelf(BaseModel):
    """The ``LocaleListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
