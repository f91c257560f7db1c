"""Models: ErrorByLineProductUuid."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["ErrorByLineProductUuid"]


class ErrorByLineProductUuid(BaseModel):
    """The ``ErrorByLineProductUuid`` object."""

    line: int | None = None
    """Line number"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""

    uuid: str | None = None
    """Product uuid"""
