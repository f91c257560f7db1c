"""The Inventory clients: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx

import clientsmith
from clientsmith import NOT_GIVEN, NotGiven, auth
from clientsmith._types import TimeoutTypes
from clientsmith.client import Hooks
from clientsmith.servers import Server, select_base_url
from clientsmith.settings import float_setting, resolve_url, setting, with_user_agent

if TYPE_CHECKING:
    from .resources.items import AsyncItemsResource, ItemsResource
    from .resources.attachments import AsyncAttachmentsResource, AttachmentsResource
    from .resources.session import AsyncSessionResource, SessionResource

__all__ = ["Client", "AsyncClient", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://inventory.example.com/v2"
"""The first server of the spec."""

SERVERS: dict[str, Server] = {
    "inventory": Server(
        "https://inventory.example.com/v2",
    ),
}
"""The spec's servers by environment name (``environment=``); the first is the default."""

Environment = Literal["inventory"]
"""The names ``environment=`` accepts."""


def _auth(
    given: Mapping[str, httpx.Auth] | httpx.Auth | None,
    base_url: str,
    env_file: str | os.PathLike[str] | None,
    username: str | None,
    password: str | None,
    client_id: str | None,
    client_secret: str | None,
    leeway: float | None,
) -> Mapping[str, httpx.Auth] | httpx.Auth:
    """The user's ``auth=`` if given, else the schemes whose credentials were found."""
    if given is not None:
        return given
    schemes: dict[str, httpx.Auth] = {}
    username = setting(username, "INVENTORY_USERNAME", env_file)
    password = setting(password, "INVENTORY_PASSWORD", env_file)
    if username and password:
        schemes["basic"] = auth.BasicAuth(
            username, password, allowed_origins=(base_url,)
        )
    client_id = setting(client_id, "INVENTORY_CLIENT_ID", env_file)
    client_secret = setting(client_secret, "INVENTORY_CLIENT_SECRET", env_file)
    if client_id and client_secret:
        schemes["oauth"] = auth.OAuth2ClientCredentials(
            resolve_url(base_url, "https://inventory.example.com/oauth/token"),
            client_id,
            client_secret,
            scope="read",
            leeway=30.0 if leeway is None else leeway,
            allowed_origins=(base_url,),
        )
    return schemes


class Client(clientsmith.Client):
    """Synchronous client for the Inventory API.

    Resources are attributes (``client.items``),
    created on first access. Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``INVENTORY_USERNAME``, ``INVENTORY_PASSWORD``, ``INVENTORY_CLIENT_ID``, ``INVENTORY_CLIENT_SECRET``, ``INVENTORY_BASE_URL``, ``INVENTORY_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``inventory``;
        default the first); ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``INVENTORY_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``INVENTORY_TOKEN_REFRESH_LEEWAY``, else 30 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=None,
            env_prefix="INVENTORY_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                username,
                password,
                client_id,
                client_secret,
                float_setting(
                    token_refresh_leeway, "INVENTORY_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "inventory", "1.2"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "INVENTORY_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def items(self) -> ItemsResource:
        """The ``items`` operations."""
        from .resources.items import ItemsResource

        return ItemsResource(self)

    @cached_property
    def attachments(self) -> AttachmentsResource:
        """The ``attachments`` operations."""
        from .resources.attachments import AttachmentsResource

        return AttachmentsResource(self)

    @cached_property
    def session(self) -> SessionResource:
        """The ``session`` operations."""
        from .resources.session import SessionResource

        return SessionResource(self)


class AsyncClient(clientsmith.AsyncClient):
    """Asynchronous client for the Inventory API.

    Resources are attributes (``client.items``),
    created on first access. Use as a context manager, or call ``aclose()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth: Mapping[str, httpx.Auth] | httpx.Auth | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: clientsmith.RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        env_file: str | os.PathLike[str] | None = ".env",
        strict_validation: bool = False,
        token_refresh_leeway: float | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``INVENTORY_USERNAME``, ``INVENTORY_PASSWORD``, ``INVENTORY_CLIENT_ID``, ``INVENTORY_CLIENT_SECRET``, ``INVENTORY_BASE_URL``, ``INVENTORY_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``inventory``;
        default the first); ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``INVENTORY_TIMEOUT`` (environment, then ``env_file``).
        Tokens are refreshed ``token_refresh_leeway`` seconds before they expire
        (default ``INVENTORY_TOKEN_REFRESH_LEEWAY``, else 30 s).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=None,
            env_prefix="INVENTORY_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(
                auth,
                url,
                env_file,
                username,
                password,
                client_id,
                client_secret,
                float_setting(
                    token_refresh_leeway, "INVENTORY_TOKEN_REFRESH_LEEWAY", env_file
                ),
            ),
            headers=with_user_agent(headers, "inventory", "1.2"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "INVENTORY_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def items(self) -> AsyncItemsResource:
        """The ``items`` operations."""
        from .resources.items import AsyncItemsResource

        return AsyncItemsResource(self)

    @cached_property
    def attachments(self) -> AsyncAttachmentsResource:
        """The ``attachments`` operations."""
        from .resources.attachments import AsyncAttachmentsResource

        return AsyncAttachmentsResource(self)

    @cached_property
    def session(self) -> AsyncSessionResource:
        """The ``session`` operations."""
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self)
