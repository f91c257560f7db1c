"""Small shared types: the ``NOT_GIVEN`` sentinel and common aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias, TypeVar

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "Headers", "Query", "TimeoutTypes"]

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller did not pass, as distinct from ``None``.

    ``None`` is a legitimate value for nullable parameters (it is sent as JSON
    ``null``), so an omitted argument needs its own marker.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, object]
TimeoutTypes: TypeAlias = float | httpx.Timeout | None
