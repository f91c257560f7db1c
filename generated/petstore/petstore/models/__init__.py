"""Models of the Petstore API, loaded on first use.

Each model lives in its own module (mutually recursive models share one), so a
program imports only the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .animal import Animal as Animal
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .error import Error as Error
    from .new_pet import NewPet as NewPet
    from .order import Order as Order
    from .order import OrderStatus as OrderStatus
    from .pet import Owner as Owner
    from .pet import Pet as Pet
    from .pet_page import PetPage as PetPage
    from .pet_status import PetStatus as PetStatus
    from .photo import Photo as Photo
    from .search_pets_filter import SearchPetsFilter as SearchPetsFilter
    from .update_pet_body import UpdatePetBody as UpdatePetBody
    from .upload_photo_body import UploadPhotoBody as UploadPhotoBody

_MODULE_OF: dict[str, str] = {
    "Animal": "animal",
    "Cat": "cat",
    "Dog": "dog",
    "Error": "error",
    "NewPet": "new_pet",
    "Order": "order",
    "OrderStatus": "order",
    "Owner": "pet",
    "Pet": "pet",
    "PetPage": "pet_page",
    "PetStatus": "pet_status",
    "Photo": "photo",
    "SearchPetsFilter": "search_pets_filter",
    "UpdatePetBody": "update_pet_body",
    "UploadPhotoBody": "upload_photo_body",
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
