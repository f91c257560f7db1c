"""Models: GetLocalesResponse, GetLocalesResponseEmbedded, GetLocalesResponseLinks, GetLocalesResponseLinksFirst, GetLocalesResponseLinksNext, GetLocalesResponseLinksPrevious, GetLocalesResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .locale import Locale

__all__ = [
    "GetLocalesResponse",
    "GetLocalesResponseEmbedded",
    "GetLocalesResponseLinks",
    "GetLocalesResponseLinksFirst",
    "GetLocalesResponseLinksNext",
    "GetLocalesResponseLinksPrevious",
    "GetLocalesResponseLinksSelf",
]


class GetLocalesResponse(BaseModel):
    """Locales"""

    links: GetLocalesResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetLocalesResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetLocalesResponseEmbedded(BaseModel):
    """The ``GetLocalesResponseEmbedded`` object."""

    items: list[Locale] | None = None


class GetLocalesResponseLinks(BaseModel):
    """The ``GetLocalesResponseLinks`` object."""

    first: GetLocalesResponseLinksFirst | None = None
    next: GetLocalesResponseLinksNext | None = None
    previous: GetLocalesResponseLinksPrevious | None = None
    self_: GetLocalesResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetLocalesResponseLinksFirst(BaseModel):
    """The ``GetLocalesResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetLocalesResponseLinksNext(BaseModel):
    """The ``GetLocalesResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetLocalesResponseLinksPrevious(BaseModel):
    """The ``GetLocalesResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetLocalesResponseLinksSelf(BaseModel):
    """The ``GetLocalesResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
