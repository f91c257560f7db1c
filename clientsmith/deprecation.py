"""Deprecated aliases of renamed methods: ``client.pets.list_pets()`` -> ``client.pets.list()``.

When a regeneration renames a method (a better name for the same operation), the
generated resource keeps the old name for one version as
``list_pets = renamed(list, "pets.list_pets", "pets.list")``: calling it warns
``DeprecationWarning`` once per process and calls the new method, so callers
have a release to move before the old name goes. A method that moved into a
nested resource (``client.accounts.list_persons()`` ->
``client.accounts.persons.list()``) keeps its old name the same way, as
``list_persons = moved("persons.list", "accounts.list_persons", "accounts.persons.list")``.
"""

from __future__ import annotations

import functools
import inspect
import threading
import warnings
from collections.abc import Callable
from typing import Any, TypeVar, cast

__all__ = ["moved", "renamed"]

F = TypeVar("F", bound=Callable[..., Any])

_warned: set[str] = set()
_lock = threading.Lock()


def _warn_once(key: str, old: str, new: str) -> None:
    with _lock:
        if key in _warned:
            return
        _warned.add(key)
    warnings.warn(
        f"{old}() was renamed to {new}(); the old name is a deprecated alias that "
        "the next version of this client will not have",
        DeprecationWarning,
        stacklevel=3,
    )


def renamed(method: F, old: str, new: str) -> F:
    """A deprecated alias of ``method`` (defined in the same class body).

    ``old`` and ``new`` are the names as callers write them after ``client.``
    (``pets.list_pets``, ``pets.list``). The alias has the method's signature
    (type checkers and IDEs see the same parameters) and warns once per process
    for each class it is defined in.
    """
    key = f"{method.__module__}.{method.__qualname__}:{old}"
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_alias(*args: Any, **kwargs: Any) -> Any:
            _warn_once(key, old, new)
            return await method(*args, **kwargs)

        alias: Callable[..., Any] = async_alias
    else:

        @functools.wraps(method)
        def sync_alias(*args: Any, **kwargs: Any) -> Any:
            _warn_once(key, old, new)
            return method(*args, **kwargs)

        alias = sync_alias
    alias.__name__ = old.rsplit(".", 1)[-1]
    alias.__qualname__ = f"{method.__qualname__.rsplit('.', 1)[0]}.{alias.__name__}"
    alias.__doc__ = f"Deprecated alias of ``{new}()`` (renamed); use that instead."
    return cast(F, alias)


def moved(path: str, old: str, new: str) -> Callable[..., Any]:
    """A deprecated alias of a method that moved into a nested resource.

    ``path`` is the method's attribute path from the class the alias is defined
    in (``persons.list``); ``old`` and ``new`` are as in :func:`renamed`. The
    alias warns once per process and calls the method (for an async resource,
    it returns the method's awaitable).
    """
    attributes = path.split(".")
    key = f"moved:{old}"

    def alias(self: object, *args: Any, **kwargs: Any) -> Any:
        _warn_once(key, old, new)
        target: Any = self
        for attribute in attributes:
            target = getattr(target, attribute)
        return target(*args, **kwargs)

    alias.__name__ = old.rsplit(".", 1)[-1]
    alias.__qualname__ = alias.__name__
    alias.__doc__ = f"Deprecated alias of ``{new}()`` (moved); use that instead."
    return alias
