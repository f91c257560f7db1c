"""Errors raised by the authentication schemes.

Messages never contain a secret: token endpoints' error bodies are parsed into
``error`` / ``error_description`` and redacted before they reach a message.

Failures on the wire -- a refused token request, a failed login, every API key
rejected -- are also :class:`~clientsmith.errors.AuthenticationError` (an
:class:`~clientsmith.errors.APIStatusError` carrying the token endpoint's or login
page's response), so ``except AuthenticationError`` catches a wrong password
whether the token endpoint or the API refused it.
"""

from __future__ import annotations

from typing import Any

import httpx

from ..errors import AuthenticationError, ClientsmithError

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


class TokenRequestError(AuthError, AuthenticationError):
    """The token endpoint refused to issue a token.

    ``error`` and ``error_description`` come from an OAuth 2 error body
    (RFC 6749 section 5.2) or from an API's own shape (``{"code": .., "message": ..}``,
    ``{"errorMessage": ..}``...); ``body`` is the decoded error body with secrets
    masked; ``response`` is the token endpoint's answer.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error: str | None = None,
        error_description: str | None = None,
        body: Any = None,
    ) -> None:
        AuthenticationError.__init__(self, message, response=response, body=body)
        self.error = error
        self.error_description = error_description


class AuthorizationRequiredError(AuthError):
    """No token and no way to get one without the user (authorization code flow)."""


class LoginError(AuthError, AuthenticationError):
    """A form login did not establish a session (``response``: the login answer)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        # No body: login pages may echo the submitted form.
        AuthenticationError.__init__(self, message, response=response, body=None)


class InvalidAPIKeyError(AuthError, AuthenticationError):
    """Every configured API key was rejected by the server."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        AuthenticationError.__init__(self, message, response=response, body=None)


class StateMismatchError(AuthError):
    """An authorization redirect carried a ``state`` that this client did not send."""
