"""OAuth 2 grants: client credentials, resource-owner password, authorization code.

All three refresh ahead of expiry (``leeway`` seconds), refresh once and retry once
on a 401, rotate refresh tokens, and — for password and client credentials — log
in again when the refresh token has expired.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import Any

import httpx

from .._store import CredentialStore
from ._flow import Step
from ._oauth2_base import OAuth2Auth
from ._secret import Secret
from .errors import AuthorizationRequiredError, StateMismatchError
from .pkce import AuthorizationRequest, new_authorization_request, parse_redirect
from .token import Token
from .token_endpoint import BodyFormat, ClientAuthMethod, TokenEndpoint

__all__ = ["OAuth2AuthorizationCode", "OAuth2ClientCredentials", "OAuth2Password"]


class OAuth2ClientCredentials(OAuth2Auth):
    """The client credentials grant (RFC 6749 section 4.4).

    ``client_auth`` is ``"basic"`` (default), ``"body"`` or ``"query"``;
    ``body_format`` is ``"form"`` or ``"json"``. ``token_url`` may be relative to
    the client's base URL.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | Sequence[str] | None = None,
        client_auth: ClientAuthMethod = "basic",
        body_format: BodyFormat = "form",
        extra_params: Mapping[str, str] | None = None,
        leeway: float = 30.0,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        allowed_origins: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        endpoint = TokenEndpoint(
            token_url,
            client_id=client_id,
            client_secret=client_secret,
            client_auth=client_auth,
            body_format=body_format,
            extra_params=extra_params,
            scope=scope,
        )
        super().__init__(
            endpoint,
            leeway=leeway,
            store=store,
            store_key=store_key,
            allowed_origins=allowed_origins,
            clock=clock,
        )

    def _login(self, request: httpx.Request) -> Generator[Step, Any, Token]:
        return (
            yield from self._request_token(
                request, {"grant_type": "client_credentials"}
            )
        )


class OAuth2Password(OAuth2Auth):
    """The resource-owner password grant (RFC 6749 section 4.3).

    Akeneo, for example, wants ``client_auth="basic", body_format="json"``.
    """

    def __init__(
        self,
        token_url: str,
        username: str,
        password: str,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | Sequence[str] | None = None,
        client_auth: ClientAuthMethod = "basic",
        body_format: BodyFormat = "form",
        extra_params: Mapping[str, str] | None = None,
        leeway: float = 30.0,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        allowed_origins: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        endpoint = TokenEndpoint(
            token_url,
            client_id=client_id,
            client_secret=client_secret,
            client_auth=client_auth,
            body_format=body_format,
            extra_params=extra_params,
            scope=scope,
        )
        super().__init__(
            endpoint,
            leeway=leeway,
            store=store,
            store_key=store_key
            or f"oauth2:password:{token_url}:{client_id or ''}:{username}",
            allowed_origins=allowed_origins,
            clock=clock,
        )
        self.username = username
        self._password = Secret(password)

    def _login(self, request: httpx.Request) -> Generator[Step, Any, Token]:
        grant = {
            "grant_type": "password",
            "username": self.username,
            "password": self._password.reveal(),
        }
        return (
            yield from self._request_token(request, grant, secrets=[self._password])
        )

    def _repr_fields(self) -> str:
        return super()._repr_fields() + f", username={self.username!r}, password=***"


class OAuth2AuthorizationCode(OAuth2Auth):
    """The authorization code grant with PKCE (RFC 6749 4.1, RFC 7636).

    1. :meth:`start_authorization` returns the URL to open in a browser;
    2. :meth:`handle_redirect` takes the URL the browser was redirected to, checks
       ``state`` and keeps the code;
    3. the first request exchanges the code for a token (through the client).

    :meth:`authorize_in_browser` does all three for command-line apps with a
    loopback redirect receiver. A token from an earlier run (``token=`` or a
    persistent ``store``) is refreshed without the user while its refresh token
    lasts.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str | None = None,
        *,
        authorization_url: str,
        redirect_uri: str | None = None,
        scope: str | Sequence[str] | None = None,
        client_auth: ClientAuthMethod | None = None,
        body_format: BodyFormat = "form",
        extra_params: Mapping[str, str] | None = None,
        token: Token | None = None,
        leeway: float = 30.0,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        allowed_origins: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        endpoint = TokenEndpoint(
            token_url,
            client_id=client_id,
            client_secret=client_secret,
            # A public client (no secret) only names itself in the body.
            client_auth=client_auth or ("basic" if client_secret else "none"),
            body_format=body_format,
            extra_params=extra_params,
        )
        super().__init__(
            endpoint,
            leeway=leeway,
            store=store,
            store_key=store_key,
            token=token,
            allowed_origins=allowed_origins,
            clock=clock,
        )
        self.authorization_url = authorization_url
        self.redirect_uri = redirect_uri
        self.scope = (
            endpoint.scope
            if scope is None
            else (scope if isinstance(scope, str) else " ".join(scope))
        )
        self._pending: AuthorizationRequest | None = None
        self._code: Secret | None = None

    def start_authorization(
        self,
        *,
        redirect_uri: str | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> AuthorizationRequest:
        """Begin an authorization: a fresh state and PKCE verifier, and the URL."""
        uri = redirect_uri or self.redirect_uri
        if uri is None:
            raise ValueError("a redirect_uri is required")
        self._pending = new_authorization_request(
            self.authorization_url,
            client_id=self.endpoint.client_id or "",
            redirect_uri=uri,
            scope=self.scope,
            extra_params=extra_params,
        )
        self._code = None
        return self._pending

    def handle_redirect(self, redirect_url: str | httpx.URL) -> None:
        """Accept the redirect back from the authorization server.

        Raises :class:`StateMismatchError` when ``state`` is not the one sent
        (a forged or stale redirect), :class:`AuthError` when the server reported
        an error (e.g. ``access_denied``).
        """
        pending = self._pending
        if pending is None:
            raise StateMismatchError("no authorization is in progress")
        code, state = parse_redirect(redirect_url)
        if state is None or not hmac.compare_digest(state, pending.state):
            raise StateMismatchError("the redirect's state does not match the request")
        self._code = Secret(code)

    def authorize_in_browser(
        self,
        *,
        open_browser: Callable[[str], object] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        timeout: float = 300.0,
    ) -> None:
        """Run the browser part for a command-line app.

        Starts a :class:`~clientsmith.auth.loopback.LoopbackRedirectReceiver`, opens
        the authorization URL with ``open_browser`` (default: ``webbrowser.open``)
        and waits for the redirect.
        """
        from .loopback import LoopbackRedirectReceiver

        with LoopbackRedirectReceiver(host=host, port=port, path=path) as receiver:
            request = self.start_authorization(redirect_uri=receiver.redirect_uri)
            if open_browser is None:
                import webbrowser  # only the interactive flow needs it

                open_browser = webbrowser.open
            open_browser(request.url)
            self.handle_redirect(receiver.wait(timeout))

    def _can_login(self) -> bool:
        return self._code is not None

    def _login(self, request: httpx.Request) -> Generator[Step, Any, Token]:
        code, pending = self._code, self._pending
        if code is None or pending is None:
            raise AuthorizationRequiredError(
                "no usable token: run the authorization flow first "
                "(start_authorization/handle_redirect or authorize_in_browser)"
            )
        self._code = None  # a code is single-use, whatever the answer
        grant = {
            "grant_type": "authorization_code",
            "code": code.reveal(),
            "redirect_uri": pending.redirect_uri,
            "code_verifier": pending.code_verifier.reveal(),
        }
        return (
            yield from self._request_token(
                request, grant, secrets=[code, pending.code_verifier]
            )
        )
