"""Modules imported on first use, so that ``import`` of a client stays cheap.

pydantic (with pydantic-core's schema module) and anyio (with asyncio) cost
tens of milliseconds to import, yet a client needs them only when it validates
a model, encodes a body or runs asynchronously. Runtime modules bind these
stand-ins under the real names and keep the real imports for type checkers::

    if TYPE_CHECKING:
        import pydantic
    else:
        from ._lazy import pydantic

An attribute is looked up in the real module once, then cached on the stand-in.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "LazyModule",
    "anyio",
    "anyio_to_thread",
    "is_loaded_instance",
    "is_pydantic_model",
    "is_pydantic_model_class",
    "pydantic",
    "pydantic_core",
]


class LazyModule:
    """Stands in for the module ``name`` until one of its attributes is used."""

    def __init__(self, name: str) -> None:
        self.__name = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self.__name), attribute)
        setattr(self, attribute, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__name!r}>"


pydantic = LazyModule("pydantic")
pydantic_core = LazyModule("pydantic_core")
anyio = LazyModule("anyio")
anyio_to_thread = LazyModule("anyio.to_thread")


def is_loaded_instance(value: object, module: str, name: str) -> bool:
    """``isinstance(value, module.name)``, without importing ``module``.

    Until a module is loaded none of its classes can have instances, so the
    answer is ``False`` for free.
    """
    found = sys.modules.get(module)
    return found is not None and isinstance(value, getattr(found, name))


def is_pydantic_model(value: object) -> TypeGuard[BaseModel]:
    """``isinstance(value, pydantic.BaseModel)`` without importing pydantic."""
    return is_loaded_instance(value, "pydantic.main", "BaseModel")


def is_pydantic_model_class(value: object) -> TypeGuard[type[BaseModel]]:
    """``issubclass(value, pydantic.BaseModel)`` for any value, same shortcut."""
    main = sys.modules.get("pydantic.main")
    return (
        main is not None
        and isinstance(value, type)
        and issubclass(value, main.BaseModel)
    )
