"""Models of the Inventory API, loaded on first use.

Each model lives in its own module (mutually recursive models share one), so a
program imports only the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attachment import Attachment as Attachment
    from .error import Error as Error
    from .item import Item as Item
    from .item import ItemState as ItemState
    from .login_response import LoginResponse as LoginResponse
    from .new_item import NewItem as NewItem

_MODULE_OF: dict[str, str] = {
    "Attachment": "attachment",
    "Error": "error",
    "Item": "item",
    "ItemState": "item",
    "LoginResponse": "login_response",
    "NewItem": "new_item",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
