"""Models: LoginResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["LoginResponse"]


class LoginResponse(BaseModel):
    """The ``LoginResponse`` object."""

    token: str | None = None
