"""The Petstore clients: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx

import clientsmith
from clientsmith import NOT_GIVEN, NotGiven, auth
from clientsmith._redact import register_sensitive_names
from clientsmith._types import TimeoutTypes
from clientsmith.client import Hooks
from clientsmith.servers import Server, ServerVariable, select_base_url
from clientsmith.settings import float_setting, resolve_url, setting, with_user_agent

if TYPE_CHECKING:
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.store import AsyncStoreResource, StoreResource
    from .resources.health import AsyncHealthResource, HealthResource

__all__ = ["Client", "AsyncClient", "DEFAULT_BASE_URL"]

# The API keys' parameter and header names: redacted wherever the runtime logs,
# and dropped on cross-origin redirects, even when passed in ``headers=``.
register_sensitive_names("X-API-Key")

DEFAULT_BASE_URL = "https://{region}.petstore.example.com/v1"
"""The first server of the spec; variables: ``region``."""

SERVER_VARIABLES: dict[str, str] = {
    "region": "eu",
}
"""Defaults of the server URL's variables; override with ``server_variables=``."""

SERVERS: dict[str, Server] = {
    "default": Server(
        "https://{region}.petstore.example.com/v1",
        {
            "region": ServerVariable("eu", ("eu", "us")),
        },
    ),
}
"""The spec's servers by environment name (``environment=``); the first is the default."""

Environment = Literal["default"]
"""The names ``environment=`` accepts."""


def _auth(
    given: Mapping[str, httpx.Auth] | httpx.Auth | None,
    base_url: str,
    env_file: str | os.PathLike[str] | None,
    api_key: str | None,
) -> Mapping[str, httpx.Auth] | httpx.Auth:
    """The user's ``auth=`` if given, else the schemes whose credentials were found."""
    if given is not None:
        return given
    schemes: dict[str, httpx.Auth] = {}
    api_key = setting(api_key, "PETSTORE_API_KEY", env_file)
    if api_key:
        schemes["ApiKey"] = auth.APIKeyAuth(
            api_key, name="X-API-Key", location="header", allowed_origins=(base_url,)
        )
    return schemes


class Client(clientsmith.Client):
    """Synchronous client for the Petstore API.

    Resources are attributes (``client.pets``),
    created on first access. Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        server_variables: Mapping[str, str] | None = None,
        api_key: str | None = None,
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
        (``PETSTORE_API_KEY``, ``PETSTORE_BASE_URL``, ``PETSTORE_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``default``;
        default the first) and ``server_variables`` fill its URL's variables, checked
        against the spec; ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``PETSTORE_TIMEOUT`` (environment, then ``env_file``).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=server_variables,
            env_prefix="PETSTORE_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(auth, url, env_file, api_key),
            headers=with_user_agent(headers, "petstore", "1.0.0"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "PETSTORE_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def pets(self) -> PetsResource:
        """Everything about your pets."""
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def store(self) -> StoreResource:
        """Orders and inventory."""
        from .resources.store import StoreResource

        return StoreResource(self)

    @cached_property
    def health(self) -> HealthResource:
        """The ``health`` operations."""
        from .resources.health import HealthResource

        return HealthResource(self)


class AsyncClient(clientsmith.AsyncClient):
    """Asynchronous client for the Petstore API.

    Resources are attributes (``client.pets``),
    created on first access. Use as a context manager, or call ``aclose()``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        server_variables: Mapping[str, str] | None = None,
        api_key: str | None = None,
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
        (``PETSTORE_API_KEY``, ``PETSTORE_BASE_URL``, ``PETSTORE_ENVIRONMENT``)
        and then from ``env_file`` when it exists.
        ``environment`` picks one of the spec's servers by name (``default``;
        default the first) and ``server_variables`` fill its URL's variables, checked
        against the spec; ``base_url`` replaces the server altogether.
        ``auth=`` replaces all of that with your own ``httpx.Auth`` (or a mapping
        of security scheme name to Auth).
        ``retry``/``max_retries`` set the retry policy, ``event_hooks`` the request
        and response hooks, ``transport`` or ``http_client`` the HTTP layer.
        A response that does not match its schema is kept (the rest typed) and
        logged as a warning; ``strict_validation=True`` raises
        ``APIResponseValidationError`` instead. ``timeout`` (seconds) defaults to
        ``PETSTORE_TIMEOUT`` (environment, then ``env_file``).
        Requests carry a ``User-Agent`` naming this package, clientsmith and
        Python unless ``headers`` sets one.
        """
        url = select_base_url(
            SERVERS,
            base_url=base_url,
            environment=environment,
            variables=server_variables,
            env_prefix="PETSTORE_",
            env_file=env_file,
        )
        super().__init__(
            base_url=url,
            auth=_auth(auth, url, env_file, api_key),
            headers=with_user_agent(headers, "petstore", "1.0.0"),
            http_client=http_client,
            transport=transport,
            timeout=float_setting(timeout, "PETSTORE_TIMEOUT", env_file),
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
        )

    @cached_property
    def pets(self) -> AsyncPetsResource:
        """Everything about your pets."""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def store(self) -> AsyncStoreResource:
        """Orders and inventory."""
        from .resources.store import AsyncStoreResource

        return AsyncStoreResource(self)

    @cached_property
    def health(self) -> AsyncHealthResource:
        """The ``health`` operations."""
        from .resources.health import AsyncHealthResource

        return AsyncHealthResource(self)
