"""Models: CurrencyList, CurrencyListLinks, CurrencyListLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = ["CurrencyList", "CurrencyListLinks", "CurrencyListLinksSelf"]


class CurrencyList(BaseModel):
    """The ``CurrencyList`` object."""

    code: str
    """Currency code"""

    links: CurrencyListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    enabled: bool | None = None
    """Whether the currency is enabled"""


class CurrencyListLinks(BaseModel):
    """The ``CurrencyListLinks`` object."""

    self_: CurrencyListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class CurrencyListLinksSelf(BaseModel):
    """The ``CurrencyListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""
