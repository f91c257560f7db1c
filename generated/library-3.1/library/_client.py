"""The Library clients: ``Client`` and ``AsyncClient``."""

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
from clientsmith.settings import float_setting, resolve_url, with_user_agent

if TYPE_CHECKING:
    from .resources.books import AsyncBooksResource, BooksResource
    from .resources.events import AsyncEventsResource, EventsResource

__all__ = ["Client", "AsyncClient", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://library.example.com/api"
"""The first server of the spec."""

SERVERS: dict[str, Server] = {
    "library": Server(
        "https://library.example.com/api",
    ),
}
"""The spec's servers by environment name (``environment=``); the first is the default."""

Environment = Literal["library"]
"""The names ``environment=`` accepts."""


def _auth(
    given: Mapping[str, httpx.Auth] | httpx.Auth | None,
    base_url: str,
    env_file: str | os.PathLike[str] | None,
) -> Mapping[str, httpx.Auth] | httpx.Auth:
    """The user's ``auth=`` if given, else the schemes whose credentials were found."""
    if given is not None:
        return given
    schemes: dict[str, httpx.Auth] = {}
    return schemes


class Client(clientsmith.Client):
    """Synchronous client for the Library API.

    Resources are attributes (``client.books``),
    created on first access. Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
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
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``LIBRARY_BASE_URL``, ``LIBRARY_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``library``;
        default the first); ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``LIBRARY_TIMEOUT`` (environment, then ``env_file``).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=None,
            env_prefix="LIBRARY_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(auth, url, env_file),
            headers=with_user_agent(headers, "library", "2024.1"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "LIBRARY_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def books(self) -> BooksResource:
        """The ``books`` operations."""
        from .resources.books import BooksResource

        return BooksResource(self)

    @cached_property
    def events(self) -> EventsResource:
        """The ``events`` operations."""
        from .resources.events import EventsResource

        return EventsResource(self)


class AsyncClient(clientsmith.AsyncClient):
    """Asynchronous client for the Library API.

    Resources are attributes (``client.books``),
    created on first access. Use as a context manager, or call ``aclose()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
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
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``LIBRARY_BASE_URL``, ``LIBRARY_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``library``;
        default the first); ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``LIBRARY_TIMEOUT`` (environment, then ``env_file``).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=None,
            env_prefix="LIBRARY_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(auth, url, env_file),
            headers=with_user_agent(headers, "library", "2024.1"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "LIBRARY_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def books(self) -> AsyncBooksResource:
        """The ``books`` operations."""
        from .resources.books import AsyncBooksResource

        return AsyncBooksResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        """The ``events`` operations."""
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)
