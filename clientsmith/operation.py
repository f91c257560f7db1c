"""Operation descriptions: what a generated method hands to the runtime.

A generated client declares one module-level :class:`Operation` per API
operation. Its methods stay thin: they collect arguments by location and make one
call into the runtime (``client.request``, ``client.paginate`` or
``client.stream``), which owns serialisation, sending, retries and parsing.

The type parameter ``T`` is what the operation returns on success, so
``client.request(op, ...)`` is typed without casts in generated code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

__all__ = [
    "Body",
    "BodyKind",
    "Encoding",
    "Operation",
    "PagedOperation",
    "Pagination",
    "Param",
    "ParamLocation",
    "Response",
    "ResponseKind",
]

T = TypeVar("T")

ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text", "ndjson"]
ResponseKind = Literal["json", "text", "binary", "empty", "ndjson", "sse"]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter, keyed by its wire name, with OpenAPI serialisation rules.

    ``style`` and ``explode`` follow OpenAPI 3: an empty ``style`` means the
    default for the location (``form`` for query and cookie, ``simple`` for path
    and header) and ``explode=None`` means the style's default (``True`` for
    ``form``, ``False`` otherwise). ``json=True`` is for parameters declared with
    ``content: application/json``: the value is sent JSON-encoded.
    """

    name: str
    location: ParamLocation
    style: str = ""
    explode: bool | None = None
    allow_reserved: bool = False
    json: bool = False


@dataclass(frozen=True, slots=True)
class Encoding:
    """How one property of a form or multipart body goes on the wire.

    The OpenAPI Encoding object. For ``form`` bodies, ``style``/``explode``/
    ``allow_reserved`` work as for a query parameter (default: ``form``,
    exploded), and a ``content_type`` without a ``style`` sends the value
    serialised as that media type (JSON text for ``application/json``). For
    ``multipart`` bodies, ``content_type`` is the part's ``Content-Type``.
    """

    name: str
    content_type: str = ""
    style: str = ""
    explode: bool | None = None
    allow_reserved: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """The request body: its media type and how to encode the Python value.

    ``json``: models/dicts/lists as JSON; ``form``: urlencoded model or mapping;
    ``multipart``: model or mapping whose file fields take paths, bytes or file
    objects, always sent as ``multipart/form-data``; ``binary``: bytes, a file
    object or an iterable of bytes; ``text``: str; ``ndjson``: an iterable of
    models/dicts sent one JSON document per line. ``encoding`` holds the
    spec's per-property rules for ``form`` and ``multipart`` bodies.
    ``alternatives`` are the other JSON media types a ``json`` body may be
    sent as (Kubernetes' PATCH: JSON Patch, merge patch, strategic merge
    patch); the runtime picks one that fits the value (:func:`json_media_type`).
    """

    content_type: str
    kind: BodyKind
    encoding: tuple[Encoding, ...] = ()
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Response:
    """How to read a response for one status key.

    ``type`` is the annotation JSON is validated into (a model, ``list[Model]``,
    a union...); ``None`` means "return the decoded JSON as is".
    ``alternatives`` are the other decodings a response declared with several
    media types offers (JSON or PDF: ``Response("json", Invoice,
    alternatives=(Response("binary"),))``); the runtime picks the one that
    fits the response's actual ``Content-Type``. ``media_type``, set where a
    response declares several media types, goes into the request's
    ``Accept`` header (this one first, then the alternatives'), so a server
    that can send JSON or XML sends the JSON the client reads.
    """

    kind: ResponseKind
    type: Any = None
    alternatives: tuple[Response, ...] = ()
    media_type: str = ""


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list operation pages; each ``style`` is a pure rule in the runtime.

    Styles: ``hal`` (``_links.next.href``), ``next_link`` (a next-page URL at
    ``next_link`` in the body: DigitalOcean's ``links.pages.next``, Twilio's
    ``next_page_uri``), ``link_header`` (RFC 8288), ``cursor`` (a cursor field
    in the body, or the last item's ``cursor_from_last_item``, sent back as
    ``cursor_param``; with ``has_more_field``, only while that field is true),
    ``offset`` (offset/limit parameters), ``page`` (page number, optionally
    with a total-pages field, else until an empty page).

    ``items`` is the path to the item list in the body (empty: the body is the
    list). The remaining fields name the body fields and parameters each style
    reads and writes.
    """

    style: Literal["hal", "next_link", "link_header", "cursor", "offset", "page"]
    items: tuple[str, ...] = ()
    next_link: tuple[str, ...] = ("_links", "next", "href")
    cursor_field: tuple[str, ...] = ()
    cursor_param: str = ""
    has_more_field: tuple[str, ...] = ()
    cursor_from_last_item: str = ""
    """For ``has_more`` + last id APIs: the item field whose value is the cursor."""
    offset_param: str = "offset"
    limit_param: str = "limit"
    page_param: str = "page"
    size_param: str = "size"
    total_pages_field: tuple[str, ...] = ()
    first_page: int = 1


@dataclass(frozen=True)
class Operation(Generic[T]):
    """Everything the runtime needs to perform one API operation.

    ``responses`` and ``errors`` are keyed by status: ``"200"``, ``"2XX"`` or
    ``"default"``. ``errors`` maps to the declared error body type (a model) so
    status errors carry a typed ``body``. ``security`` lists the alternative
    security requirements, each a tuple of scheme names that must all be
    applied; ``None`` means the client's default, and ``()`` means the
    operation sends no credentials.
    """

    method: str
    path: str
    params: tuple[Param, ...] = ()
    body: Body | None = None
    responses: Mapping[str, Response] = field(default_factory=dict)
    errors: Mapping[str, Any] = field(default_factory=dict)
    security: tuple[tuple[str, ...], ...] | None = None
    operation_id: str = ""


@dataclass(frozen=True)
class PagedOperation(Operation[T]):
    """A list operation; ``T`` is the item type, ``item_type`` its annotation."""

    pagination: Pagination = field(default_factory=lambda: Pagination("page"))
    item_type: Any = None
