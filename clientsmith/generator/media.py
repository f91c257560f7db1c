"""Media types: what kind of value each carries, and which one an operation uses.

Request bodies and responses declare a map of media types; the IR needs one
kind per body (JSON, form, multipart, NDJSON, SSE, text, binary) and the
media type to send or ask for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spec.document import MediaTypeNode
from .spec.schema import SchemaNode

__all__ = [
    "ALTERNATE_ENCODING",
    "BODY_PREFERENCE",
    "RESPONSE_PREFERENCE",
    "concrete_media_type",
    "is_plain_json",
    "media_kind",
    "pick_media",
    "wildcard_body_kind",
]


def media_kind(media_type: str) -> str:
    """Classify a media type: json, ndjson, sse, form, multipart, text or binary."""
    mt = media_type.split(";")[0].strip().lower()
    if mt in (
        "application/x-ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/json-seq",
        "application/vnd.akeneo.collection+json",
    ):
        return "ndjson"
    if (
        mt == "application/json"
        or mt.endswith("+json")
        or mt.endswith("/json")
        or mt == "*/*"
    ):
        return "json"
    if mt == "text/event-stream":
        return "sse"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith("multipart/"):
        return "multipart"
    if mt.startswith("text/") or mt in ("application/xml",) or mt.endswith("+xml"):
        return "text"
    return "binary"


ALTERNATE_ENCODING = re.compile(
    r"(?:^|[/+.])(?:x-)?(?:yaml|xml|protobuf|msgpack|cbor|avro|bson)(?:$|[;+.\s])"
)
"""Media types that re-encode a response's data rather than being another value."""


def concrete_media_type(media_type: str) -> str:
    """A media type fit for an ``Accept`` header; ``""`` for wildcards."""
    return "" if "*" in media_type else media_type.strip()


BODY_PREFERENCE = ("json", "form", "multipart", "ndjson", "text", "binary")
RESPONSE_PREFERENCE = ("json", "ndjson", "sse", "text", "binary")


def is_plain_json(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == "application/json"


def pick_media(
    content: Sequence[MediaTypeNode], order: tuple[str, ...]
) -> tuple[str, MediaTypeNode] | None:
    """(kind, media type) of the first kind in ``order`` that ``content`` has."""
    by_kind: dict[str, MediaTypeNode] = {}
    for media in content:
        kind = media_kind(media.media_type)
        if kind == "json" and is_plain_json(media.media_type):
            # Plain JSON beats its relatives (``*/*``, ``application/vnd.x+json``,
            # ``application/json-patch+json``) whatever the order in the spec.
            by_kind[kind] = media
        else:
            by_kind.setdefault(kind, media)
    return next(((kind, by_kind[kind]) for kind in order if kind in by_kind), None)


def wildcard_body_kind(schema: SchemaNode | None) -> str:
    """How to send a body declared under ``*/*`` or ``application/*``.

    Binary strings are bytes, other strings text; everything else (objects,
    arrays, numbers, no schema at all: Kubernetes declares its objects this
    way) is JSON.
    """
    if schema is not None and schema.type_name == "string":
        return "binary" if schema.format == "binary" else "text"
    return "json"
