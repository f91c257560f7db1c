"""Named servers (environments) and their URL variables, for generated clients.

A spec's ``servers`` become a mapping of environment name to :class:`Server`
in the generated ``_client.py`` (the names are decided by the generator);
``Client(environment="sandbox", server_variables={"region": "us"})`` picks one
and fills its variables through :func:`select_base_url`, which checks every
name and value against the spec before any request is sent.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import ClientsmithError
from .settings import refuse_dotenv_redirect, setting

__all__ = ["Server", "ServerVariable", "select_base_url", "server_url"]


@dataclass(frozen=True)
class ServerVariable:
    """A ``{name}`` in a server URL: its default and, if the spec lists them,
    the only values it may take."""

    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Server:
    """One entry of the spec's ``servers``: a URL template and its variables."""

    url: str
    variables: Mapping[str, ServerVariable] = field(default_factory=dict)
    description: str | None = None


def _names(names: Iterable[str]) -> str:
    return ", ".join(repr(n) for n in names) or "none"


def server_url(
    servers: Mapping[str, Server],
    environment: str | None = None,
    variables: Mapping[str, str] | None = None,
) -> str:
    """The URL of the server named ``environment`` (default: the first), its
    variables filled from ``variables`` or their defaults.

    Raises :class:`~clientsmith.ClientsmithError` for an unknown environment, a
    variable the server does not have, a value outside the variable's ``enum``
    or a variable left without a value.
    """
    if not servers:
        raise ClientsmithError("the spec names no server: pass base_url=...")
    name = next(iter(servers)) if environment is None else environment
    server = servers.get(name)
    if server is None:
        raise ClientsmithError(
            f"unknown environment {name!r}: choose one of {_names(servers)}"
        )
    given = dict(variables or {})
    unknown = sorted(set(given) - set(server.variables))
    if unknown:
        raise ClientsmithError(
            f"unknown server variable {unknown[0]!r} for environment {name!r} "
            f"(its variables: {_names(server.variables)})"
        )
    url = server.url
    for key, variable in server.variables.items():
        value = given.get(key, variable.default)
        if not isinstance(value, str):
            raise ClientsmithError(
                f"server variable {key!r} must be a string, not {type(value).__name__}"
            )
        if variable.enum and value not in variable.enum:
            raise ClientsmithError(
                f"server variable {key!r} must be one of {_names(variable.enum)}, "
                f"not {value!r}"
            )
        if not value and "{" + key + "}" in url:
            raise ClientsmithError(
                f"the server URL needs a value for {key!r}: pass "
                + "server_variables={"
                + repr(key)
                + ": ...} or base_url=..."
            )
        url = url.replace("{" + key + "}", value)
    return url


def select_base_url(
    servers: Mapping[str, Server],
    *,
    base_url: str | None,
    environment: str | None,
    variables: Mapping[str, str] | None,
    env_prefix: str,
    env_file: str | os.PathLike[str] | None,
    credentials: Mapping[str, str | None] | None = None,
) -> str:
    """The client's base URL, by precedence.

    ``base_url=``, then ``environment=`` (they exclude each other), then the
    ``<PREFIX>BASE_URL`` and ``<PREFIX>ENVIRONMENT`` settings (environment,
    then ``env_file``), then the first server. ``variables`` fill the chosen
    server's URL; they cannot apply to a URL given whole.

    ``credentials`` (each credential's environment variable -> its argument;
    ``None`` when ``auth=`` replaces them) arms the ``.env`` check: a base URL
    that ``env_file`` points at another origin than the default server's is
    refused while a credential comes from the process environment
    (:func:`~clientsmith.settings.refuse_dotenv_redirect`).
    """
    base_env = env_prefix + "BASE_URL"
    if base_url is not None and environment is not None:
        raise ClientsmithError("pass base_url= or environment=, not both")
    url = None if environment is not None else setting(base_url, base_env, env_file)
    if url and variables:
        raise ClientsmithError(
            "server_variables= fill a server of the spec, not a base URL given "
            f"whole (base_url= or {base_env}); pass environment= instead"
        )
    if not url:
        if not servers:
            raise ClientsmithError(
                f"no absolute base URL: pass base_url=... or set {base_env}"
                " (the spec names no server)"
            )
        chosen = environment or setting(None, env_prefix + "ENVIRONMENT", env_file)
        url = server_url(servers, chosen, variables)
    if "://" not in url:
        raise ClientsmithError(
            f"no absolute base URL: pass base_url=... or set {base_env}"
            f" (the server is {url!r})"
        )
    if environment is None:
        refuse_dotenv_redirect(
            url,
            given=base_url,
            env_name=base_env,
            env_file=env_file,
            default=_default_url(servers, variables),
            credentials=credentials,
        )
    return url


def _default_url(
    servers: Mapping[str, Server], variables: Mapping[str, str] | None
) -> str:
    """The first server's URL (variables filled), or "" when there is none to fill."""
    if not servers:
        return ""
    try:
        return server_url(servers, None, variables)
    except ClientsmithError:
        return ""
