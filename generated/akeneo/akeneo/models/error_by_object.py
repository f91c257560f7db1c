"""Models: ErrorByObjectItem, ErrorByObject."""

from __future__ import annotations

from typing import TypeAlias

from clientsmith.models import BaseModel

__all__ = ["ErrorByObjectItem", "ErrorByObject"]


class ErrorByObjectItem(BaseModel):
    """The ``ErrorByObjectItem`` object."""

    code: str | None = None
    """Resource code"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""


ErrorByObject: TypeAlias = list[ErrorByObjectItem]
