"""Bases for generated models: tolerant of what newer servers send.

APIs evolve: a client generated today must keep working when the server adds a
field or an enum value tomorrow. :class:`BaseModel` keeps unknown fields
(readable as attributes and in ``model_extra``), and :class:`OpenEnum` /
:class:`OpenIntEnum` turn unknown values into pseudo-members instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import pydantic

__all__ = ["BaseModel", "OpenEnum", "OpenIntEnum", "discriminate"]


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Unknown fields are kept; fields are populated by Python name or wire name;
    schemas are built on first use (``defer_build``) so importing a package
    with thousands of models stays fast.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
    )


class OpenEnum(str, Enum):
    """A string enum that accepts values it does not know.

    ``Status("archived")`` on a client that knows only ``active`` returns a
    pseudo-member whose ``value`` is ``"archived"`` instead of raising.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, Enum):
    """An integer enum that accepts values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member


def discriminate(
    property_name: str, mapping: Mapping[str, str]
) -> Callable[[Any], str | None]:
    """A pydantic ``Discriminator`` callable for OpenAPI ``discriminator``.

    Reads ``property_name`` from a dict or a model and maps the value to the
    tag of a union member; unmapped values are tried as tags themselves.
    """

    def pick(value: Any) -> str | None:
        if isinstance(value, Mapping):
            found = value.get(property_name)
        else:
            found = getattr(value, property_name, None)
            if found is None and isinstance(value, pydantic.BaseModel):
                found = (value.model_extra or {}).get(property_name)
        if isinstance(found, Enum):
            found = found.value
        if found is None:
            return None
        return mapping.get(str(found), str(found))

    return pick
