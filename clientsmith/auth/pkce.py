"""PKCE (RFC 7636), ``state`` and the authorization URL, as pure helpers."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from ._secret import Secret
from .errors import AuthError

__all__ = [
    "AuthorizationRequest",
    "build_authorization_url",
    "code_challenge",
    "generate_code_verifier",
    "generate_state",
    "new_authorization_request",
    "parse_redirect",
]


def generate_code_verifier() -> str:
    """A random 64-character code verifier (RFC 7636 4.1: 43-128 unreserved chars)."""
    return secrets.token_urlsafe(48)


def code_challenge(verifier: str) -> str:
    """The S256 code challenge: base64url(sha256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def generate_state() -> str:
    """An unguessable ``state`` value that ties the redirect to this client."""
    return secrets.token_urlsafe(32)


def build_authorization_url(
    authorization_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    state: str,
    code_challenge: str,
    scope: str | None = None,
    extra_params: Mapping[str, str] | None = None,
) -> str:
    """The URL to send the user to (``response_type=code``, S256 challenge)."""
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    }
    if scope:
        params["scope"] = scope
    params.update(extra_params or {})
    return str(httpx.URL(authorization_url).copy_merge_params(params))


@dataclass(frozen=True)
class AuthorizationRequest:
    """One authorization in progress: where to send the user and what to check."""

    url: str
    state: str
    code_verifier: Secret
    redirect_uri: str


def new_authorization_request(
    authorization_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str | None = None,
    extra_params: Mapping[str, str] | None = None,
) -> AuthorizationRequest:
    """Generate state and verifier and build the authorization URL."""
    verifier = generate_code_verifier()
    state = generate_state()
    url = build_authorization_url(
        authorization_url,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
        code_challenge=code_challenge(verifier),
        scope=scope,
        extra_params=extra_params,
    )
    return AuthorizationRequest(
        url=url, state=state, code_verifier=Secret(verifier), redirect_uri=redirect_uri
    )


def parse_redirect(redirect_url: str | httpx.URL) -> tuple[str, str | None]:
    """Return ``(code, state)`` from the redirect back to the client.

    Raises :class:`AuthError` when the server sent an error instead of a code.
    """
    params = httpx.URL(redirect_url).params
    if "error" in params:
        description = params.get("error_description")
        raise AuthError(
            f"authorization failed: {params['error']}"
            + (f": {description}" if description else "")
        )
    code = params.get("code")
    if not code:
        raise AuthError("the redirect carries neither a code nor an error")
    return code, params.get("state")
