"""Reading secrets from the environment, optionally from a ``.env`` file."""

from __future__ import annotations

import os

__all__ = ["read_secret"]


def read_secret(
    name: str, *, dotenv_path: str | os.PathLike[str] | None = None
) -> str | None:
    """The value of environment variable ``name``; else, from ``dotenv_path``.

    The ``.env`` file is read with python-dotenv (``clientsmith-runtime[dotenv]``) without
    changing ``os.environ``.
    """
    value = os.environ.get(name)
    if value:
        return value
    if dotenv_path is None:
        return None
    from dotenv import dotenv_values

    found = dotenv_values(dotenv_path).get(name)
    return found or None
