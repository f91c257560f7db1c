"""Markers that place a method parameter in the request: ``Annotated[T, Header()]``.

Without a marker, a parameter named in the path template is a path parameter,
one annotated with a pydantic model is the JSON body, and any other is a query
parameter. A marker says otherwise, or gives the wire name and OpenAPI style::

    def search(
        self,
        filter: Annotated[dict[str, str], Query(style="deepObject")],
        trace: Annotated[str | None, Header("X-Trace")] = None,
    ) -> list[Pet]: ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from ..operation import BodyKind

__all__ = ["Body", "Cookie", "Header", "Marker", "Path", "Query"]

Location = Literal["path", "query", "header", "cookie"]

_DEFAULT_CONTENT_TYPES: dict[str, str] = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "multipart": "multipart/form-data",
    "binary": "application/octet-stream",
    "text": "text/plain",
    "ndjson": "application/x-ndjson",
}


@dataclass(frozen=True)
class Marker:
    """Base of the parameter markers: ``name`` is the wire name (empty: derived)."""

    name: str = ""
    style: str = ""
    explode: bool | None = None

    location: ClassVar[Location] = "query"


@dataclass(frozen=True)
class Path(Marker):
    """A path parameter; ``name`` is its name in the template (default: the argument's)."""

    location: ClassVar[Location] = "path"


@dataclass(frozen=True)
class Query(Marker):
    """A query parameter (``style``/``explode`` as in OpenAPI: ``form``, ``deepObject``...)."""

    location: ClassVar[Location] = "query"


@dataclass(frozen=True)
class Header(Marker):
    """A header; the default name of ``x_trace_id`` is ``X-Trace-Id``."""

    location: ClassVar[Location] = "header"


@dataclass(frozen=True)
class Cookie(Marker):
    """A cookie parameter."""

    location: ClassVar[Location] = "cookie"


@dataclass(frozen=True)
class Body:
    """The request body: ``kind`` is how the value is encoded (see :class:`~clientsmith.Body`).

    ``content_type`` defaults to the usual media type of the kind
    (``application/json``, ``application/x-www-form-urlencoded``...).
    """

    kind: BodyKind = "json"
    content_type: str = ""

    @property
    def media_type(self) -> str:
        """The content type sent, explicit or the kind's default."""
        return self.content_type or _DEFAULT_CONTENT_TYPES[self.kind]
