"""Models: PetStatus."""

from __future__ import annotations

from clientsmith.models import OpenEnum

__all__ = ["PetStatus"]


class PetStatus(OpenEnum):
    """Where the pet is in the sales process.

    Unknown values from the server are accepted as pseudo-members.
    """

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"
