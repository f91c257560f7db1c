"""Reading secrets from the environment, optionally from a ``.env`` file.

The lookup itself is :func:`clientsmith.settings.setting` (the runtime's one
environment lookup); this module keeps the former name.
"""

from __future__ import annotations

import os

from ..settings import setting

__all__ = ["read_secret"]


def read_secret(
    name: str, *, dotenv_path: str | os.PathLike[str] | None = None
) -> str | None:
    """The value of environment variable ``name``; else, from ``dotenv_path``.

    The ``.env`` file is read with python-dotenv (``clientsmith-runtime[dotenv]``)
    without changing ``os.environ``.
    """
    return setting(None, name, dotenv_path)
