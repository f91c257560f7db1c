"""Errors raised by the authentication schemes.

Messages never contain a secret: token endpoints' error bodies are parsed into
``error`` / ``error_description`` and redacted before they reach a message.

Failures on the wire -- a refused token request, a failed login, every API key
rejected -- are also :class:`~clientsmith.errors.AuthenticationError` (an
:class:`~clientsmith.errors.APIStatusError` carrying the token endpoint's or login
page's response), so ``except AuthenticationError`` catches a wrong password
whether the token endpoint or the API refused it.

The classes are defined in :mod:`clientsmith.errors` (the one module of the
runtime's exceptions); this module re-exports them under their former path.
"""

from __future__ import annotations

from ..errors import (
    AuthError,
    AuthorizationRequiredError,
    InvalidAPIKeyError,
    LoginError,
    StateMismatchError,
    TokenRequestError,
)

__all__ = [
    "AuthError",
    "AuthorizationRequiredError",
    "InvalidAPIKeyError",
    "LoginError",
    "StateMismatchError",
    "TokenRequestError",
]
