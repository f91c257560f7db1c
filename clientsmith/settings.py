"""Settings lookup for generated clients: argument, else environment, else ``.env``."""

from __future__ import annotations

import os
import warnings

import httpx

__all__ = ["setting", "resolve_url"]


def setting(
    value: str | None, env_name: str, env_file: str | os.PathLike[str] | None
) -> str | None:
    """``value`` if given, else ``$env_name``, else the entry in ``env_file``.

    The ``.env`` file is read only when it exists, with python-dotenv
    (``pip install clientsmith[dotenv]``); it never changes ``os.environ``.
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
            "(pip install 'clientsmith[dotenv]'); it was not read",
            stacklevel=3,
        )
        return None
    return dotenv_values(env_file).get(env_name) or None


def resolve_url(base_url: str, url: str) -> str:
    """``url`` made absolute against ``base_url`` (token URLs may be relative)."""
    return str(httpx.URL(base_url).join(url)) if "://" not in url else url
