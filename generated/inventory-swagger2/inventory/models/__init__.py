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
    from .login_body import LoginBody as LoginBody
    from .login_body import LoginResponse as LoginResponse
    from .new_item import NewItem as NewItem
    from .upload_attachment_body import UploadAttachmentBody as UploadAttachmentBody

_MODULE_OF: dict[str, str] = {
    "Attachment": "attachment",
    "Error": "error",
    "Item": "item",
    "ItemState": "item",
    "LoginBody": "login_body",
    "LoginResponse": "login_body",
    "NewItem": "new_item",
    "UploadAttachmentBody": "upload_attachment_body",
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
