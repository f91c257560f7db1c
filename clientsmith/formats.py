"""Types for string formats: parsed when they can be, kept as sent when not.

JSON Schema does not assert ``format`` by default, so a response whose
``date-time`` string Python cannot read (``0000-00-00 00:00:00``, an RFC 1123
date) is still valid for its spec. Generated code types such values with these
aliases: a ``datetime``/``date`` when pydantic can parse the string, the string
as received otherwise, instead of a validation error.

Importing this module does not import pydantic (generated resource modules
import it at load time); the validation schema is built with the model.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["DateOrStr", "DateTimeOrStr"]


class _ParsedOrText:
    """``Annotated`` metadata: try ``parsed``, else keep the string.

    Members are tried left to right: pydantic's default ("smart") union mode
    prefers an exact match and would keep every JSON string a ``str``.
    """

    __slots__ = ("parsed",)

    def __init__(self, parsed: type) -> None:
        self.parsed = parsed

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.union_schema(
            [handler.generate_schema(self.parsed), core_schema.str_schema()],
            mode="left_to_right",
        )

    def __repr__(self) -> str:
        return f"ParsedOrText({self.parsed.__name__})"


DateTimeOrStr: TypeAlias = Annotated[_dt.datetime | str, _ParsedOrText(_dt.datetime)]
"""``format: date-time``: a ``datetime``, or the string if it does not parse."""

DateOrStr: TypeAlias = Annotated[_dt.date | str, _ParsedOrText(_dt.date)]
"""``format: date``: a ``date``, or the string if it does not parse."""
