"""Request body encoding per :class:`~clientsmith.operation.Body` kind.

:func:`encode_body` turns the caller's Python value into the keyword arguments
``httpx`` expects, without doing any I/O except opening files the caller named
by path (those are returned in ``EncodedBody.to_close``).
"""

from __future__ import annotations

import io
import mimetypes
import os
import pathlib
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from ._contract import is_json_patch
from ._lazy import is_pydantic_model
from ._params import encode_query, jsonable, query_pairs, scalar_text
from ._types import NotGiven
from .operation import Body, Param

if TYPE_CHECKING:
    import pydantic_core
else:
    from ._lazy import pydantic_core

__all__ = [
    "EncodedBody",
    "encode_body",
    "encode_form",
    "json_media_type",
    "to_async_stream",
]

_CHUNK = 64 * 1024


@dataclass(slots=True)
class EncodedBody:
    """What to hand to ``httpx.Client.build_request`` for one request body."""

    content: Any = None
    files: Any = None
    data: Any = None
    content_type: str | None = None
    replayable: bool = True
    """False for one-shot streams: such a request is never retried."""
    to_close: list[IO[bytes]] = field(default_factory=list)

    def close(self) -> None:
        for handle in self.to_close:
            handle.close()


def json_media_type(body: Body, data: Any) -> str:
    """The Content-Type for JSON ``data`` sent as ``body``.

    A JSON Patch document (RFC 6902) is an array of operations: an object is
    never sent as one, and an array goes out as JSON Patch when the operation
    accepts it. Kubernetes declares its PATCH bodies as JSON Patch first, then
    merge patch and strategic merge patch, for one ``Patch`` schema; sending a
    dict as JSON Patch is rejected by the API server. Otherwise the declared
    type, with a wildcard (``*/*``, ``application/*``: Kubernetes' Swagger
    ``consumes``) sent as ``application/json``: a range is not a Content-Type.
    """
    content_type = body.content_type
    if body.alternatives:
        is_array = isinstance(data, list)
        if is_json_patch(content_type) != is_array:
            for other in body.alternatives:
                if is_json_patch(other) == is_array:
                    content_type = other
                    break
    if "*" in content_type:
        return "application/json"
    return content_type


def _json_bytes(value: Any) -> bytes:
    return pydantic_core.to_json(jsonable(value))


def _file_chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _ndjson_lines(items: Iterable[Any]) -> Iterator[bytes]:
    for item in items:
        if is_pydantic_model(item):
            yield (
                item.__pydantic_serializer__.to_json(
                    item, by_alias=True, exclude_unset=True
                )
                + b"\n"
            )
        else:
            yield pydantic_core.to_json(jsonable(item)) + b"\n"


def _is_file_value(value: Any) -> bool:
    return isinstance(value, bytes | bytearray | os.PathLike | io.IOBase | tuple) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def encode_body(
    body: Body | None,
    value: Any,
    extra_body: Mapping[str, object] | None,
) -> EncodedBody:
    """Encode ``value`` for the operation's declared body.

    ``extra_body`` is merged into JSON objects, forms and multipart fields (it
    wins on conflicts) so callers can send fields the spec does not know yet.
    """
    if isinstance(value, NotGiven):
        if not extra_body:
            return EncodedBody()
        value = {}
    if body is None:
        # No declared body (escape hatch or spec gap): send JSON.
        body = Body("application/json", "json")
    encoder = _ENCODERS.get(body.kind)
    if encoder is None:
        raise ValueError(f"unsupported body kind {body.kind!r}")
    return encoder(body, value, extra_body)


def _encode_json(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    data = jsonable(value)
    if extra_body:
        if not isinstance(data, dict):
            raise TypeError("extra_body can only be merged into a JSON object body")
        data = {**data, **jsonable(extra_body)}
    return EncodedBody(
        content=pydantic_core.to_json(data),
        content_type=json_media_type(body, data),
    )


def _encode_form(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    return EncodedBody(
        content=encode_form(body, value, extra_body).encode("ascii"),
        content_type=body.content_type,
    )


def _encode_multipart(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    return _multipart(body, _mapping(value, extra_body))


def _is_structured(value: Any) -> bool:
    """Data that only has a JSON serialisation (a model, a mapping, a list of
    non-bytes)."""
    return (
        is_pydantic_model(value)
        or isinstance(value, Mapping)
        or (
            isinstance(value, list | tuple)
            and not all(isinstance(v, bytes | bytearray) for v in value)
        )
    )


def _encode_binary(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    content_type = body.content_type
    if isinstance(value, bytes | bytearray):
        return EncodedBody(content=bytes(value), content_type=content_type)
    if isinstance(value, os.PathLike):
        handle = pathlib.Path(value).open("rb")  # noqa: SIM115 - closed by caller
        return EncodedBody(
            content=_file_chunks(handle),
            content_type=content_type,
            replayable=False,
            to_close=[handle],
        )
    if hasattr(value, "read"):
        return EncodedBody(
            content=_file_chunks(value), content_type=content_type, replayable=False
        )
    if isinstance(value, str):
        return EncodedBody(content=value.encode(), content_type=content_type)
    if _is_structured(value):
        # Structured data under a binary media type: specs that give an
        # ``application/octet-stream`` body an object schema (Google's
        # media uploads). Its JSON is the only serialisation it has;
        # httpx would otherwise fail before sending.
        return EncodedBody(content=_json_bytes(value), content_type=content_type)
    if isinstance(value, Iterable | AsyncIterable):
        return EncodedBody(content=value, content_type=content_type, replayable=False)
    raise TypeError(
        f"binary body must be bytes, a file or an iterable of bytes, not {type(value).__name__}"
    )


def _encode_text(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    return EncodedBody(content=str(value).encode(), content_type=body.content_type)


def _encode_ndjson(
    body: Body, value: Any, extra_body: Mapping[str, object] | None
) -> EncodedBody:
    if isinstance(value, list | tuple):
        return EncodedBody(
            content=b"".join(_ndjson_lines(value)), content_type=body.content_type
        )
    return EncodedBody(
        content=_ndjson_lines(value),
        content_type=body.content_type,
        replayable=False,
    )


_Encoder = Callable[[Body, Any, Mapping[str, object] | None], EncodedBody]

# One encoder per body kind (``Body.kind``); extra_body is ignored where the
# kind has no fields to merge it into, as before.
_ENCODERS: dict[str, _Encoder] = {
    "json": _encode_json,
    "form": _encode_form,
    "multipart": _encode_multipart,
    "binary": _encode_binary,
    "text": _encode_text,
    "ndjson": _encode_ndjson,
}


def _top_level_fields(model: Any) -> dict[str, Any]:
    """A model's set fields by wire name, values as they are held.

    Each multipart field is one part, so only the top level is unpacked:
    nested models go out as JSON parts, and file values (open files, paths,
    byte iterators) reach the encoder untouched; ``model_dump`` would turn an
    open file into an iterator.
    """
    declared = type(model).model_fields
    fields_set = model.model_fields_set
    fields: dict[str, Any] = {}
    for name, info in declared.items():
        if name in fields_set:
            # Generated models name the wire field in serialization_alias
            # (validation_alias also accepts it); hand-written ones may use alias.
            wire = info.serialization_alias or info.alias or name
            fields[wire] = getattr(model, name)
    for name, extra in (model.model_extra or {}).items():
        fields[name] = extra
    return fields


def _mapping(value: Any, extra: Mapping[str, object] | None) -> dict[str, Any]:
    if is_pydantic_model(value):
        fields = _top_level_fields(value)
    elif isinstance(value, Mapping):
        fields = dict(value)
    else:
        raise TypeError(
            f"form bodies must be a mapping or a model, not {type(value).__name__}"
        )
    if extra:
        fields.update(extra)
    return fields


def encode_form(body: Body, value: Any, extra_body: Mapping[str, object] | None) -> str:
    """An ``application/x-www-form-urlencoded`` body per the spec's ``encoding``.

    Each property is serialised like a query parameter with the style its
    Encoding object names; without one, OpenAPI's default applies: ``form``,
    exploded (arrays repeat the name, objects spread their properties). A
    property whose Encoding gives only a ``contentType`` is sent as that media
    type's text (JSON for ``application/json``), percent-encoded.
    """
    if is_pydantic_model(value) or isinstance(value, Mapping):
        fields = jsonable(value)
    else:
        raise TypeError(
            f"form bodies must be a mapping or a model, not {type(value).__name__}"
        )
    if extra_body:
        fields.update(jsonable(extra_body))
    rules = {e.name: e for e in body.encoding} if body.encoding else {}
    pairs: list[tuple[str, str]] = []
    for key, item in fields.items():
        if item is None:
            continue
        rule = rules.get(key)
        if rule is None:
            pairs.extend(query_pairs(Param(key, "query"), item))
        elif rule.content_type and not rule.style and rule.explode is None:
            text = (
                _json_bytes(item).decode()
                if _is_json_type(rule.content_type) or isinstance(item, dict | list)
                else scalar_text(item)
            )
            pairs.append((quote(key, safe=""), quote(text, safe="")))
        else:
            param = Param(
                key,
                "query",
                style=rule.style,
                explode=rule.explode,
                allow_reserved=rule.allow_reserved,
            )
            pairs.extend(query_pairs(param, item))
    # The urlencoded serialiser browsers use writes a space as ``+`` (a
    # literal ``+`` is already ``%2B``).
    return encode_query(pairs).replace("%20", "+")


def _is_json_type(content_type: str) -> bool:
    mt = content_type.split(";")[0].strip().lower()
    return mt == "application/json" or mt.endswith(("+json", "/json"))


def _multipart(body: Body, fields: Mapping[str, Any]) -> EncodedBody:
    """Every field as a part, so the body is multipart even without a file.

    ``httpx`` sends ``data=`` alone urlencoded; here plain fields are file-less
    parts (``(None, text, content_type)``) beside the files. Part content types
    follow OpenAPI: the Encoding object's ``contentType`` when it names one
    type, else ``application/json`` for objects, ``application/octet-stream``
    (or the file name's type) for files, and none (``text/plain`` by RFC 7578)
    for primitives. Arrays become one part per item.
    """
    rules = {e.name: e for e in body.encoding} if body.encoding else {}
    parts: list[tuple[str, Any]] = []
    to_close: list[IO[bytes]] = []
    for key, value in fields.items():
        if value is None or isinstance(value, NotGiven):
            continue
        rule = rules.get(key)
        declared = rule.content_type if rule is not None else ""
        # "image/png, image/jpeg" or "image/*" lists acceptable types; only a
        # single concrete type can label the part.
        exact = (
            declared
            if declared and "," not in declared and "*" not in declared
            else None
        )
        for one in value if isinstance(value, list) else [value]:
            if one is None:
                continue
            if _is_file_value(one):
                parts.append((key, _file_part(one, to_close, exact)))
            elif is_pydantic_model(one) or isinstance(one, dict | list):
                parts.append(
                    (key, (None, _json_bytes(one), exact or "application/json"))
                )
            elif exact is not None and _is_json_type(exact):
                parts.append((key, (None, _json_bytes(one), exact)))
            else:
                parts.append((key, (None, scalar_text(one).encode(), exact)))
    return EncodedBody(files=parts or None, to_close=to_close)


def _file_part(value: Any, to_close: list[IO[bytes]], content_type: str | None) -> Any:
    if isinstance(value, tuple):
        # (filename, content[, content_type]); content may itself be a path
        if len(value) >= 2 and isinstance(value[1], os.PathLike):
            handle = pathlib.Path(value[1]).open("rb")  # noqa: SIM115 - closed after the request
            to_close.append(handle)
            value = (value[0], handle, *value[2:])
        if len(value) == 2 and content_type is not None:
            value = (*value, content_type)
        return value
    if isinstance(value, bytes | bytearray):
        return ("upload", bytes(value), content_type or "application/octet-stream")
    if isinstance(value, os.PathLike):
        path = pathlib.Path(value)
        handle = path.open("rb")  # noqa: SIM115 - closed after the request
        to_close.append(handle)
        mime = (
            content_type
            or mimetypes.guess_type(path.name)[0]
            or "application/octet-stream"
        )
        return (path.name, handle, mime)
    name = os.path.basename(str(getattr(value, "name", "upload")))
    return (name, value) if content_type is None else (name, value, content_type)


async def to_async_stream(content: Iterable[bytes]) -> AsyncIterator[bytes]:
    """Adapt a sync byte iterable for ``httpx.AsyncClient`` (which refuses them)."""
    for chunk in content:
        yield chunk
