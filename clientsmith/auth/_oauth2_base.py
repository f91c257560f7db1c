"""What every OAuth 2 grant shares: token policy, refresh with rotation, fallback."""

from __future__ import annotations

import logging
import time
from abc import abstractmethod
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import Any

import httpx

from .._store import CredentialStore
from ._flow import Send, Step, carry_user_agent
from ._policy import Action, decide, refresh_failure_allows_login
from ._refreshing import RefreshingAuth
from ._secret import Secret
from .errors import TokenRequestError
from .token import Token
from .token_endpoint import TokenEndpoint

__all__ = ["OAuth2Auth"]

logger = logging.getLogger("clientsmith.auth")


class OAuth2Auth(RefreshingAuth[Token]):
    """Bearer tokens from a token endpoint, refreshed ``leeway`` seconds early.

    Subclasses implement :meth:`_login`, the grant used when there is no token or
    refreshing failed.
    """

    def __init__(
        self,
        endpoint: TokenEndpoint,
        *,
        leeway: float = 30.0,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        token: Token | None = None,
        allowed_origins: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            store=store,
            store_key=store_key
            or f"oauth2:{type(self).__name__}:{endpoint.url}:{endpoint.client_id or ''}",
            allowed_origins=allowed_origins,
            clock=clock,
        )
        self.endpoint = endpoint
        self.leeway = leeway
        self._credential = token

    @property
    def token(self) -> Token | None:
        """The current token (``None`` before the first request)."""
        return self._credential

    # -- policy -------------------------------------------------------------

    def _is_fresh(self, credential: Token | None) -> bool:
        return credential is not None and not credential.expires_within(
            self.leeway, now=self._clock()
        )

    def _can_login(self) -> bool:
        """Whether :meth:`_login` can run without the user."""
        return True

    @abstractmethod
    def _login(self, request: httpx.Request) -> Generator[Step, Any, Token]:
        """Get a token with this scheme's primary grant."""

    def _renew(
        self, request: httpx.Request, rejected: Token | None
    ) -> Generator[Step, Any, Token]:
        current = self._credential
        action = decide(
            current, now=self._clock(), leeway=self.leeway, rejected=rejected
        )
        if action is Action.USE:
            assert current is not None
            return current
        if action is Action.REFRESH:
            assert current is not None and current.refresh_token is not None
            try:
                return (yield from self._refresh(request, current))
            except TokenRequestError as exc:
                if not (refresh_failure_allows_login(exc) and self._can_login()):
                    raise
                logger.info(
                    "refresh token rejected (HTTP %d %s); requesting a new token",
                    exc.status_code,
                    exc.error or "",
                )
        return (yield from self._login(request))

    def _refresh(
        self, request: httpx.Request, current: Token
    ) -> Generator[Step, Any, Token]:
        assert current.refresh_token is not None
        grant = {
            "grant_type": "refresh_token",
            "refresh_token": current.refresh_token.reveal(),
        }
        return (
            yield from self._request_token(
                request, grant, previous=current, secrets=[current.refresh_token]
            )
        )

    def _request_token(
        self,
        request: httpx.Request,
        grant: Mapping[str, str],
        *,
        previous: Token | None = None,
        secrets: Sequence[Secret | str | None] = (),
    ) -> Generator[Step, Any, Token]:
        """Send one token request (through the client) and parse the answer."""
        # Relative token URLs follow the client's base URL (or the request's).
        base = self._base_url or request.url
        token_request = self.endpoint.build_request(grant, base_url=base)
        carry_user_agent(request, token_request)
        response: httpx.Response = yield Send(token_request, read=True)
        return self.endpoint.parse_response(
            response, now=self._clock(), previous=previous, secrets=secrets
        )

    # -- applying the token -----------------------------------------------------

    def _apply(self, request: httpx.Request, credential: Token) -> None:
        kind = credential.token_type
        # Servers often answer "bearer"; RFC 6750 spells the scheme "Bearer".
        scheme = "Bearer" if kind.lower() == "bearer" else kind
        request.headers["Authorization"] = (
            f"{scheme} {credential.access_token.reveal()}"
        )

    def _is_rejection(self, request: httpx.Request, response: httpx.Response) -> bool:
        # RFC 6750 3.1: an expired or revoked token is reported as a 401, though
        # some servers answer 403 with error="invalid_token" in the challenge.
        status = response.status_code
        if status == 401:
            return True
        # Only an error status can carry the challenge: skip the header lookup.
        return status >= 400 and 'error="invalid_token"' in response.headers.get(
            "www-authenticate", ""
        )

    def _dump(self, credential: Token) -> Mapping[str, Any]:
        return credential.to_dict()

    def _restore(self, data: Mapping[str, Any]) -> Token:
        return Token.from_dict(data)

    def _repr_fields(self) -> str:
        return (
            f"token_url={self.endpoint.url!r}, client_id={self.endpoint.client_id!r}, "
            f"client_secret=***"
        )
