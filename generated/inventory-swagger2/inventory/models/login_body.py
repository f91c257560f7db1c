"""Models: LoginBody, LoginResponse."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["LoginBody", "LoginResponse"]


class LoginBody(BaseModel):
    """The ``LoginBody`` object."""

    username: str
    password: str


class LoginResponse(BaseModel):
    """The ``LoginResponse`` object."""

    token: str | None = None
