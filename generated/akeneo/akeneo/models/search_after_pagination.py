"""Models: SearchAfterPagination, SearchAfterPaginationLinks, SearchAfterPaginationLinksFirst, SearchAfterPaginationLinksNext, SearchAfterPaginationLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

__all__ = [
    "SearchAfterPagination",
    "SearchAfterPaginationLinks",
    "SearchAfterPaginationLinksFirst",
    "SearchAfterPaginationLinksNext",
    "SearchAfterPaginationLinksSelf",
]


class SearchAfterPagination(BaseModel):
    """The ``SearchAfterPagination`` object."""

    links: SearchAfterPaginationLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )


class SearchAfterPaginationLinks(BaseModel):
    """The ``SearchAfterPaginationLinks`` object."""

    first: SearchAfterPaginationLinksFirst | None = None
    next: SearchAfterPaginationLinksNext | None = None
    self_: SearchAfterPaginationLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class SearchAfterPaginationLinksFirst(BaseModel):
    """The ``SearchAfterPaginationLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class SearchAfterPaginationLinksNext(BaseModel):
    """The ``SearchAfterPaginationLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class SearchAfterPaginationLinksSelf(BaseModel):
    """The ``SearchAfterPaginationLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
