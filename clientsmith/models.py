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
from pydantic_core import CoreSchema, core_schema

__all__ = [
    "BaseModel",
    "OpenEnum",
    "OpenIntEnum",
    "UntypedSchemaModel",
    "discriminate",
]


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


class UntypedSchemaModel(BaseModel):
    """Base of models whose schema lists properties but declares no ``type``.

    In JSON Schema (and so in OpenAPI) a schema without ``type`` accepts any
    value: its ``properties`` constrain objects only. Such a model validates
    objects as usual, and takes any other JSON value (a string, a number, a
    list...) as it is, without a warning, in strict mode too: the value
    conforms to the spec. Attributes stay typed as the model, because servers
    send objects in practice (Azure's specs omit ``type: object`` on most
    schemas, while their examples sometimes hold ``""``).
    """

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _take_any_value(
        cls, value: Any, validate_model: pydantic.ValidatorFunctionWrapHandler
    ) -> Any:
        if isinstance(value, (dict, cls)):
            return validate_model(value)
        return value

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[pydantic.BaseModel], handler: pydantic.GetCoreSchemaHandler, /
    ) -> CoreSchema:
        schema = handler(source)

        def serialize(value: Any, serialize_model: Callable[[Any], Any]) -> Any:
            # A non-object is serialised as it is, without pydantic's
            # "unexpected value" warning.
            return serialize_model(value) if isinstance(value, cls) else value

        # On the outer schema (the one carrying the model's ``ref``), so every
        # place of use gets it, recursive references included.
        return {
            **schema,
            "serialization": core_schema.wrap_serializer_function_ser_schema(
                serialize, schema={**schema}
            ),
        }


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
