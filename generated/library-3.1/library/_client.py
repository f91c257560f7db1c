"""The Library clients: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

import clientsmith
from clientsmith import NOT_GIVEN, NotGiven, auth
from clientsmith._types import TimeoutTypes
from clientsmith.client import Hooks
from clientsmith.settings import (
    float_setting,
    refuse_dotenv_redirect,
    resolve_url,
    response_limits_setting,
    setting,
    with_user_agent,
)

if TYPE_CHECKING:
    from .resources.books import AsyncBooksResource, BooksResource
    from .resources.events import AsyncEventsResource, EventsResource

__all__ = ["Client", "AsyncClient", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://library.example.com/api"
"""The first server of the spec."""


def _base_url(
    base_url: str | None,
    env_file: str | os.PathLike[str] | None,
    credentials: Mapping[str, str | None] | None,
) -> str:
    url = setting(base_url, "LIBRARY_BASE_URL", env_file) or DEFAULT_BASE_URL
    default = DEFAULT_BASE_URL
    if not url or "://" not in url:
        raise clientsmith.ClientsmithError(
            "no absolute base URL: pass base_url=... or set "
            + "LIBRARY_BASE_URL"
            + f" (the spec's server is {DEFAULT_BASE_URL!r})"
        )
    # A .env file in the working directory may not send credentials from the
    # environment to another origin (see docs/security.md).
    refuse_dotenv_redirect(
        url,
        given=base_url,
        env_name="LIBRARY_BASE_URL",
        env_file=env_file,
        default=default,
        credentials=credentials,
    )
    return url


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
        response_limits: clientsmith.ResponseLimits | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``LIBRARY_BASE_URL``)
        and then from ``env_file`` when it exists. ``auth=`` replaces all of that
        with your own ``httpx.Auth`` (or a mapping of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``LIBRARY_TIMEOUT`` (environment, then ``env_file``).
        ``response_limits`` caps what a response may make the client hold
        (decoded body size, decompression ratio, streamed line length); the
        defaults, or ``LIBRARY_MAX_RESPONSE_SIZE``,
        ``LIBRARY_MAX_DECOMPRESSION_RATIO``,
        ``LIBRARY_MAX_LINE_SIZE`` when set.
        A base URL from ``env_file`` on another origin than the spec's is
        refused while credentials come from the environment.
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        # credential arguments by environment variable; auth= replaces them all
        credentials: dict[str, str | None] = {}
        url = _base_url(
            base_url,
            env_file,
            credentials if auth is None else None,
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
            response_limits=response_limits_setting(
                response_limits, "LIBRARY_", env_file
            ),
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
        response_limits: clientsmith.ResponseLimits | None = None,
    ) -> None:
        """Create the client.

        Credentials not passed here are read from the environment
        (``LIBRARY_BASE_URL``)
        and then from ``env_file`` when it exists. ``auth=`` replaces all of that
        with your own ``httpx.Auth`` (or a mapping of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``LIBRARY_TIMEOUT`` (environment, then ``env_file``).
        ``response_limits`` caps what a response may make the client hold
        (decoded body size, decompression ratio, streamed line length); the
        defaults, or ``LIBRARY_MAX_RESPONSE_SIZE``,
        ``LIBRARY_MAX_DECOMPRESSION_RATIO``,
        ``LIBRARY_MAX_LINE_SIZE`` when set.
        A base URL from ``env_file`` on another origin than the spec's is
        refused while credentials come from the environment.
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        # credential arguments by environment variable; auth= replaces them all
        credentials: dict[str, str | None] = {}
        url = _base_url(
            base_url,
            env_file,
            credentials if auth is None else None,
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
            response_limits=response_limits_setting(
                response_limits, "LIBRARY_", env_file
            ),
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
