"""Models: ErrorByLine."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["ErrorByLine"]


class ErrorByLine(BaseModel):
    """The ``ErrorByLine`` object."""

    code: str | None = None
    """Resource code, only filled when the resource is not a product"""

    identifier: str | None = None
    """Resource identifier, only filled when the resource is a product"""

    line: int | None = None
    """Line number"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""
