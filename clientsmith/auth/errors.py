"""Errors raised by the authentication schemes.

Messages never contain a secret: token endpoints' error bodies are parsed into
``error`` / ``error_description`` and redacted before they reach a message.
"""

from __future__ import annotations

from typing import Any

from ..errors import ClientsmithError

__all__ = [
    "AuthError",
    "AuthorizationRequiredError",
    "InvalidAPIKeyError",
    "LoginError",
    "StateMismatchError",
    "TokenRequestError",
]


class AuthError(ClientsmithError):
    """Base class of every authentication failure raised by :mod:`clientsmith.auth`."""


class TokenRequestError(AuthError):
    """The token endpoint refused to issue a token.

    ``error`` and ``error_description`` come from an OAuth 2 error body
    (RFC 6749 section 5.2) or from an API's own shape (``{"code": .., "message": ..}``);
    ``body`` is the decoded error body with secrets masked.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error: str | None = None,
        error_description: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error
        self.error_description = error_description
        self.body = body


class AuthorizationRequiredError(AuthError):
    """No token and no way to get one without the user (authorization code flow)."""


class LoginError(AuthError):
    """A form login did not establish a session."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class InvalidAPIKeyError(AuthError):
    """Every configured API key was rejected by the server."""

    def __init__(self, message: str, *, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class StateMismatchError(AuthError):
    """An authorization redirect carried a ``state`` that this client did not send."""
