"""Models: CurrenciesGetListResponse, CurrenciesGetListResponseEmbedded, CurrenciesGetListResponseLinks, CurrenciesGetListResponseLinksFirst, CurrenciesGetListResponseLinksNext, CurrenciesGetListResponseLinksPrevious, CurrenciesGetListResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .currency import Currency

__all__ = [
    "CurrenciesGetListResponse",
    "CurrenciesGetListResponseEmbedded",
    "CurrenciesGetListResponseLinks",
    "CurrenciesGetListResponseLinksFirst",
    "CurrenciesGetListResponseLinksNext",
    "CurrenciesGetListResponseLinksPrevious",
    "CurrenciesGetListResponseLinksSelf",
]


class CurrenciesGetListResponse(BaseModel):
    """Currencies"""

    links: CurrenciesGetListResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: CurrenciesGetListResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class CurrenciesGetListResponseEmbedded(BaseModel):
    """The ``CurrenciesGetListResponseEmbedded`` object."""

    items: list[Currency] | None = None


class CurrenciesGetListResponseLinks(BaseModel):
    """The ``CurrenciesGetListResponseLinks`` object."""

    first: CurrenciesGetListResponseLinksFirst | None = None
    next: CurrenciesGetListResponseLinksNext | None = None
    previous: CurrenciesGetListResponseLinksPrevious | None = None
    self_: CurrenciesGetListResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class CurrenciesGetListResponseLinksFirst(BaseModel):
    """The ``CurrenciesGetListResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class CurrenciesGetListResponseLinksNext(BaseModel):
    """The ``CurrenciesGetListResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class CurrenciesGetListResponseLinksPrevious(BaseModel):
    """The ``CurrenciesGetListResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class CurrenciesGetListResponseLinksSelf(BaseModel):
    """The ``CurrenciesGetListResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
