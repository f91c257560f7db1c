"""Models: Genre."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["Genre"]


class Genre(OpenEnum):
    """Values of ``Genre``.

    Unknown values from the server are accepted as pseudo-members.
    """

    FICTION = "fiction"
    NON_FICTION = "non-fiction"
    POETRY = "poetry"
