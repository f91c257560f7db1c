"""Models: PaginationType."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["PaginationType"]


class PaginationType(OpenEnum):
    """`page` (the default; at most 10 000 products) or `search_after` (cursor-based, any depth).

    Unknown values from the server are accepted as pseudo-members.
    """

    PAGE = "page"
    SEARCH_AFTER = "search_after"
