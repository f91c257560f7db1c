"""Settings lookup for generated clients: argument, else environment, else ``.env``.

Also the two checks on what a ``.env`` file may decide: response caps read
from it are validated, and a base URL read from it may not send credentials
from the process environment to another origin (:func:`refuse_dotenv_redirect`).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import httpx

if TYPE_CHECKING:
    from ._limits import ResponseLimits

__all__ = [
    "float_setting",
    "refuse_dotenv_redirect",
    "resolve_url",
    "response_limits_setting",
    "setting",
    "user_agent",
    "with_user_agent",
]

T = TypeVar("T")


def setting(
    value: str | None, env_name: str, env_file: str | os.PathLike[str] | None
) -> str | None:
    """``value`` if given, else ``$env_name``, else the entry in ``env_file``.

    The ``.env`` file is read only when it exists, with python-dotenv
    (``pip install clientsmith-runtime[dotenv]``); it never changes ``os.environ``.
    """
    if value:
        return value
    found = os.environ.get(env_name)
    if found:
        return found
    if env_file is None or not os.path.isfile(env_file):
        return None
    try:
        from dotenv import dotenv_values
    except ImportError:
        warnings.warn(
            f"{os.fspath(env_file)} exists but python-dotenv is not installed "
            "(pip install 'clientsmith-runtime[dotenv]'); it was not read",
            stacklevel=3,
        )
        return None
    return dotenv_values(env_file).get(env_name) or None


def resolve_url(base_url: str, url: str) -> str:
    """``url`` made absolute against ``base_url`` (token URLs may be relative)."""
    return str(httpx.URL(base_url).join(url)) if "://" not in url else url


def float_setting(
    value: T, env_name: str, env_file: str | os.PathLike[str] | None
) -> T | float:
    """``value`` unless it is ``None`` or ``NOT_GIVEN``, else a number of seconds
    from ``$env_name`` or ``env_file`` (``AKENEO_TIMEOUT=30``), else ``value``.

    Raises :class:`~clientsmith.ClientsmithError` for a value that is not a number.
    """
    from ._types import NotGiven

    if value is not None and not isinstance(value, NotGiven):
        return value
    found = setting(None, env_name, env_file)
    if found is None:
        return value
    try:
        return float(found)
    except ValueError:
        from .errors import ClientsmithError

        raise ClientsmithError(
            f"{env_name} must be a number of seconds, not {found!r}"
        ) from None


_LIMIT_SETTINGS = (
    ("MAX_RESPONSE_SIZE", "max_body_size", int),
    ("MAX_DECOMPRESSION_RATIO", "max_decompression_ratio", float),
    ("MAX_LINE_SIZE", "max_line_size", int),
)


def response_limits_setting(
    value: ResponseLimits | None,
    env_prefix: str,
    env_file: str | os.PathLike[str] | None,
) -> ResponseLimits | None:
    """``value`` if given, else caps from ``{env_prefix}MAX_RESPONSE_SIZE``,
    ``MAX_DECOMPRESSION_RATIO`` and ``MAX_LINE_SIZE`` (environment, then
    ``env_file``; bytes, a ratio, characters; ``none`` disables one), else
    ``None`` (the runtime's defaults).

    Raises :class:`~clientsmith.ClientsmithError` for a value that is neither a
    positive number nor ``none``.
    """
    if value is not None:
        return value
    changes: dict[str, int | float | None] = {}
    for suffix, field, kind in _LIMIT_SETTINGS:
        name = env_prefix + suffix
        found = setting(None, name, env_file)
        if found is None:
            continue
        text = found.strip().lower()
        if text == "none":
            changes[field] = None
            continue
        try:
            number = kind(text)
        except ValueError:
            number = 0
        if number <= 0:
            from .errors import ClientsmithError

            raise ClientsmithError(
                f"{name} must be a positive number or 'none', not {found!r}"
            )
        changes[field] = number
    if not changes:
        return None
    from ._limits import ResponseLimits

    return ResponseLimits(**changes)  # type: ignore[arg-type]


def _origin(url: str) -> str:
    """``scheme://host:port`` of ``url`` (never its path, query or userinfo)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<invalid URL>"
    port = parsed.port
    return f"{parsed.scheme}://{parsed.host}{f':{port}' if port else ''}"


def refuse_dotenv_redirect(
    url: str,
    *,
    given: str | None,
    env_name: str,
    env_file: str | os.PathLike[str] | None,
    default: str,
    credentials: Mapping[str, str | None] | None,
) -> None:
    """Refuse a ``.env`` base URL that would send environment credentials elsewhere.

    ``url`` is the resolved base URL, ``given`` the ``base_url=`` argument,
    ``default`` the client's own base URL, and ``credentials`` maps each
    credential's environment variable to its argument (``None`` when ``auth=``
    replaces them). When the URL came from ``env_file`` (neither given nor in
    the environment), differs in origin (scheme, host, port) from ``default``,
    and a credential came from the process environment, a file in the working
    directory would decide where those credentials go: this raises
    :class:`~clientsmith.ClientsmithError` naming the variables, not their values.

    A URL and credentials both from the ``.env`` file are allowed (the file's
    author supplies both, the usual way to point a client at staging), as are
    a URL passed or set in the environment (the caller's own choice).
    """
    if given or not credentials or env_file is None or os.environ.get(env_name):
        return
    here, default_origin = _origin(url), _origin(default) if default else ""
    if here == default_origin:
        return
    from_environment = sorted(
        name
        for name, passed in credentials.items()
        if not passed and os.environ.get(name)
    )
    if not from_environment:
        return
    from .errors import ClientsmithError

    raise ClientsmithError(
        f"{os.fspath(env_file)} sets {env_name} to {here}, not the client's "
        f"{default_origin or 'default'}, while {', '.join(from_environment)} "
        "come(s) from the environment: refusing to send credentials from the "
        "environment to a server chosen by a .env file. Pass base_url=..., set "
        f"{env_name} in the environment, or put the credentials in "
        f"{os.fspath(env_file)} too"
    )


def user_agent(package: str, version: str) -> str:
    """``akeneo/1.0.0 clientsmith/0.1.0 python/3.11``: who is calling, for server logs."""
    from . import __version__

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"{package}/{version} clientsmith/{__version__} python/{python}"


def with_user_agent(
    headers: Mapping[str, str] | None, package: str, version: str
) -> dict[str, str]:
    """``headers`` plus a ``User-Agent`` naming the package, unless they set one."""
    merged = dict(headers or {})
    if not any(name.lower() == "user-agent" for name in merged):
        merged["User-Agent"] = user_agent(package, version)
    return merged
