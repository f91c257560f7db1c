"""Settings lookup for generated clients: argument, else environment, else ``.env``."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from typing import TypeVar

import httpx

__all__ = [
    "float_setting",
    "resolve_url",
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
