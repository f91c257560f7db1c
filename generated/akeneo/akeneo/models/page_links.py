"""Models: PageLinks, PageLinksLinks, PageLinksLinksFirst, PageLinksLinksNext, PageLinksLinksPrevious, PageLinksLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "PageLinks",
    "PageLinksLinks",
    "PageLinksLinksFirst",
    "PageLinksLinksNext",
    "PageLinksLinksPrevious",
    "PageLinksLinksSelf",
]


class PageLinks(BaseModel):
    """The ``PageLinks`` object."""

    links: PageLinksLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""


class PageLinksLinks(BaseModel):
    """The ``PageLinksLinks`` object."""

    first: PageLinksLinksFirst | None = None
    next: PageLinksLinksNext | None = None
    previous: PageLinksLinksPrevious | None = None
    self_: PageLinksLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class PageLinksLinksFirst(BaseModel):
    """The ``PageLinksLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class PageLinksLinksNext(BaseModel):
    """The ``PageLinksLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class PageLinksLinksPrevious(BaseModel):
    """The ``PageLinksLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class PageLinksLinksSelf(BaseModel):
    """The ``PageLinksLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
