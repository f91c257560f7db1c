"""Models: PatchAssetsResponseItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["PatchAssetsResponseItem"]


class PatchAssetsResponseItem(BaseModel):
    """The ``PatchAssetsResponseItem`` object."""

    code: str | None = None
    """Resource code"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""
