"""Models: UserRole."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["UserRole"]


class UserRole(OpenEnum):
    """Values of ``UserRole``.

    Unknown values from the server are accepted as pseudo-members.
    """

    OWNER = "OWNER"
    ADMIN = "ADMIN"
    MEMBER = "MEMBER"
