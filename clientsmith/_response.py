"""Reading responses: pick the declared ``Response``, decode, validate, or raise.

Validation goes through a process-wide cache of :class:`pydantic.TypeAdapter`
objects, one per annotation: building an adapter costs far more than using it.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Union

import httpx

from ._logging import logger
from ._redact import redact_text
from ._tolerance import describe_type, json_path, repair
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from .operation import Response

if TYPE_CHECKING:
    import pydantic
else:
    from ._lazy import pydantic


__all__ = [
    "accept_header",
    "adapter_for",
    "build_status_error",
    "choose_response",
    "decode_error_body",
    "parse_body",
    "parse_line",
    "pick_response",
    "takes_text",
    "tolerate",
    "transport_error",
    "validate_item",
]

_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}
_EXCERPT = 200


def adapter_for(annotation: Any) -> pydantic.TypeAdapter[Any]:
    """The cached ``TypeAdapter`` for an annotation (models, ``list[Model]``...)."""
    try:
        return _ADAPTERS[annotation]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(annotation)
        _ADAPTERS[annotation] = adapter
        return adapter
    except TypeError:  # unhashable annotation: rare, build every time
        return pydantic.TypeAdapter(annotation)


def pick_response(
    responses: Mapping[str, Response], status_code: int
) -> Response | None:
    """The declared response for a status: exact code, then ``"2XX"``, then ``"default"``."""
    found = responses.get(str(status_code))
    if found is None:
        found = responses.get(f"{status_code // 100}XX")
        if found is None:
            found = responses.get("default")
    return found


def accept_header(responses: Mapping[str, Response]) -> str | None:
    """The ``Accept`` header an operation sends, or ``None`` to leave httpx's ``*/*``.

    Only responses that name their media types (those declared with several)
    contribute: the primary media type of each success response first, then
    the alternatives at a lower quality. A server that could answer JSON or XML
    then answers with the JSON the client reads. ``*/*`` closes the list at the
    lowest quality, so a server (or mock) never answers 406 Not Acceptable
    where it would have answered without the header.
    """
    keys = [k for k in responses if k.startswith("2")] or [
        k for k in responses if k == "default"
    ]
    first: list[str] = []
    rest: list[str] = []
    for key in keys:
        declared = responses[key]
        if declared.media_type:
            first.append(declared.media_type)
        rest.extend(a.media_type for a in declared.alternatives if a.media_type)
    wanted = list(dict.fromkeys(first))
    others = [m for m in dict.fromkeys(rest) if m not in wanted]
    if not wanted and not others:
        return None
    return ", ".join([*wanted, *(f"{m};q=0.5" for m in others), "*/*;q=0.1"])


def _is_json(response: httpx.Response) -> bool:
    ctype = response.headers.get("content-type", "")
    return "json" in ctype


def _media_class(content_type: str) -> str:
    """What an actual ``Content-Type`` calls for: ``json``, ``text``, ``binary`` or ``""``.

    ``""`` is a missing or wildcard type, which says nothing about the body.
    """
    mt = content_type.split(";", 1)[0].strip().lower()
    if not mt or mt == "*/*":
        return ""
    if "json" in mt:
        return "json"
    if (
        mt.startswith("text/")
        or mt.endswith(("/xml", "+xml", "/yaml", "+yaml", "/x-yaml"))
        or mt in ("application/javascript", "application/x-www-form-urlencoded")
    ):
        return "text"
    return "binary"


def choose_response(declared: Response, response: httpx.Response) -> Response:
    """The declared decoding that fits the response's actual ``Content-Type``.

    Only responses declared with several media types (``alternatives``) have a
    choice; a content type that fits none of them gets the primary decoding.
    """
    actual = _media_class(response.headers.get("content-type", ""))
    if not actual:
        return declared
    for candidate in (declared, *declared.alternatives):
        kind = candidate.kind
        if kind == actual or (actual == "json" and kind in ("ndjson", "sse")):
            return candidate
    return declared


def parse_body(
    declared: Response | None,
    response: httpx.Response,
    operation_label: str,
    adapter: pydantic.TypeAdapter[Any] | None = None,
    strict: bool = False,
    text: bool | None = None,
) -> Any:
    """Turn a successful response into the operation's return value.

    Undeclared responses fall back on the content type: JSON is decoded, other
    text returned as ``str``, and an empty body is ``None``. A body that does
    not match the declared type raises :class:`APIResponseValidationError`
    when ``strict``; otherwise it is kept (see :func:`tolerate`). ``text``
    caches :func:`takes_text` of the declared type.
    """
    if declared is None:
        return _parse_undeclared(response, operation_label)
    if declared.alternatives:
        chosen = choose_response(declared, response)
        if chosen is not declared:
            # another media type: its own (uncached) adapter, if it has a type
            declared, adapter, text = chosen, None, None
    kind = declared.kind
    if kind == "json":
        return _parse_json(declared, response, operation_label, adapter, strict, text)
    if kind == "binary":
        return response.content
    if kind == "empty":
        return None
    # text, and ndjson/sse read through request(), are the raw text; stream_*
    # are the typed way to read the latter.
    return response.text


def _parse_undeclared(response: httpx.Response, operation_label: str) -> Any:
    """A response the operation does not describe: by its content type."""
    if not response.content:
        return None
    if _is_json(response):
        return _decode_json(response, operation_label)
    return response.text


def _parse_json(
    declared: Response,
    response: httpx.Response,
    operation_label: str,
    adapter: pydantic.TypeAdapter[Any] | None,
    strict: bool,
    text: bool | None,
) -> Any:
    """A body declared as JSON, validated into its declared type."""
    content = response.content
    annotation = declared.type
    if not content:
        if response.status_code == 204 or annotation is None:
            return None  # "No Content" even where the spec declared a schema
        return _empty_body(annotation, response, operation_label, strict)
    if annotation is None:
        return _decode_json(response, operation_label, text_fallback=True)
    if adapter is None:
        adapter = adapter_for(annotation)
    if text is None:
        text = takes_text(annotation)
    if text and _media_class(response.headers.get("content-type", "")) in (
        "text",
        "binary",
    ):
        # A string declared as JSON but sent as text (Kubernetes' */* and
        # log endpoints) is the text itself, never JSON-decoded.
        try:
            return adapter.validate_python(response.text)
        except (pydantic.ValidationError, UnicodeDecodeError):
            pass
    try:
        return adapter.validate_json(content)
    except pydantic.ValidationError as exc:
        error = exc
    return _off_schema(error, response, operation_label, annotation, strict)


def _off_schema(
    error: pydantic.ValidationError,
    response: httpx.Response,
    operation_label: str,
    annotation: Any,
    strict: bool,
) -> Any:
    """The slow path: the body is not what the schema says (raise when
    ``strict``, else keep it as received with the conforming parts typed)."""
    if strict:
        raise _validation_error(error, response, operation_label, annotation) from error
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        ctype = response.headers.get("content-type", "")
        raise APIResponseValidationError(
            f"{operation_label}: response is not valid JSON "
            f"(Content-Type {ctype or 'missing'}: {exc})",
            response=response,
            body=redact_text(response.text[:_EXCERPT]),
        ) from exc
    return tolerate(annotation, data, operation_label)


def takes_text(annotation: Any) -> bool:
    """Whether a declared type is a string (``str``, ``str | None``...).

    Such a response sent as ``text/plain`` is the text itself.
    """
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return takes_text(typing.get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return any(takes_text(a) for a in typing.get_args(annotation))
    return annotation is str


def _empty_body(
    annotation: Any, response: httpx.Response, operation_label: str, strict: bool
) -> Any:
    """An empty 2xx body where JSON was declared: ``None`` when the type allows it."""
    adapter = adapter_for(annotation)
    try:
        return adapter.validate_python(None)
    except pydantic.ValidationError as exc:
        if strict:
            raise _validation_error(exc, response, operation_label, annotation) from exc
    _warn_once(
        (operation_label, "<empty>"),
        "%s: response body is empty where %s was declared; returning None",
        operation_label,
        describe_type(annotation),
    )
    return None


_WARNED: set[tuple[str, str]] = set()
"""(model or operation, field) pairs already warned about: once per process."""


def _warn_once(key: tuple[str, str], message: str, *args: object) -> None:
    if key in _WARNED:
        return
    _WARNED.add(key)
    logger.warning(message, *args)


def tolerate(annotation: Any, data: Any, operation_label: str) -> Any:
    """``data`` validated into ``annotation`` as far as it conforms; the rest kept raw.

    Each field that does not match is logged once per process (per model and
    field) as a warning on the ``clientsmith`` logger, naming the JSON path, the
    expected type and the JSON type received.
    """
    value, mismatches = repair(annotation, data)
    for found in mismatches:
        owner = found.owner or operation_label
        received = (
            "nothing (set to None)"
            if found.received == "missing"
            else f"{found.received}, kept as received"
        )
        _warn_once(
            (owner, found.field),
            "%s: response field %s does not match the spec: expected %s, got %s "
            "(logged once for %s.%s)",
            operation_label,
            json_path(found.path),
            found.expected,
            received,
            found.owner.rpartition(".")[2] or "response",
            found.field,
        )
    return value


def validate_item(
    adapter: pydantic.TypeAdapter[Any],
    annotation: Any,
    data: Any,
    operation_label: str,
    strict: bool,
    response: httpx.Response,
    what: str = "item",
) -> Any:
    """Validate one decoded value (a page's items, a streamed line) like a body.

    ``data`` is decoded JSON; a mismatch raises
    :class:`APIResponseValidationError` when ``strict`` and is tolerated
    otherwise, as for whole responses.
    """
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        if not strict:
            return tolerate(annotation, data, operation_label)
        first = exc.errors(include_url=False, include_input=False)[0]
        loc = ".".join(str(part) for part in first.get("loc", ())) or "<root>"
        raise APIResponseValidationError(
            f"{operation_label}: {what} does not match {describe_type(annotation)}: "
            f"{loc}: {first.get('msg', 'invalid')} ({exc.error_count()} error(s) in total)",
            response=response,
            body=data,
        ) from exc


def parse_line(
    annotation: Any,
    adapter: pydantic.TypeAdapter[Any] | None,
    line: str,
    operation_label: str,
    strict: bool,
    response: httpx.Response,
) -> Any:
    """One NDJSON line: decoded, then validated like a response body.

    A line that is not JSON, or (with ``strict``) does not match, raises
    :class:`APIResponseValidationError`, never a raw decoding or pydantic error.
    """
    if adapter is not None:
        try:
            return adapter.validate_json(line)
        except pydantic.ValidationError:
            pass  # not JSON, or off-spec: sorted out below
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{operation_label}: streamed line is not valid JSON ({exc})",
            response=response,
            body=redact_text(line[:_EXCERPT]),
        ) from exc
    if adapter is None:
        return data
    return validate_item(
        adapter, annotation, data, operation_label, strict, response, "streamed line"
    )


def _decode_json(
    response: httpx.Response, operation_label: str, text_fallback: bool = False
) -> Any:
    """The body decoded as JSON, or :class:`APIResponseValidationError`.

    With ``text_fallback`` (JSON declared without a schema, so any value will
    do), a body that is not JSON and is labelled as something else is returned
    as its text: a plain ``OK`` is not worth an exception.
    """
    try:
        return json.loads(response.content)
    except ValueError as exc:
        if text_fallback and _media_class(response.headers.get("content-type", "")) in (
            "text",
            "binary",
        ):
            try:
                return response.text
            except UnicodeDecodeError:
                pass
        raise APIResponseValidationError(
            f"{operation_label}: response is not valid JSON ({exc})",
            response=response,
            body=redact_text(response.text[:_EXCERPT]),
        ) from exc


def _validation_error(
    exc: pydantic.ValidationError,
    response: httpx.Response,
    operation_label: str,
    annotation: Any,
) -> APIResponseValidationError:
    first = exc.errors(include_url=False, include_input=False)[0]
    loc = ".".join(str(part) for part in first.get("loc", ())) or "<root>"
    name = describe_type(annotation)
    message = (
        f"{operation_label}: response body does not match {name}: "
        f"{loc}: {first.get('msg', 'invalid')} ({exc.error_count()} error(s) in total)"
    )
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = response.text
    return APIResponseValidationError(message, response=response, body=body)


def decode_error_body(errors: Mapping[str, Any], response: httpx.Response) -> Any:
    """The error body: the declared model when there is one, else JSON, else text."""
    status = response.status_code
    declared = errors.get(str(status))
    if declared is None:
        declared = errors.get(f"{status // 100}XX")
        if declared is None:
            declared = errors.get("default")
    content = response.content
    if declared is not None and content:
        try:
            return adapter_for(declared).validate_json(content)
        except pydantic.ValidationError:
            pass  # an undocumented error shape is still worth showing raw
    if not content:
        return None
    if _is_json(response):
        try:
            return json.loads(content)
        except ValueError:
            pass
    return response.text


def build_status_error(
    response: httpx.Response,
    errors: Mapping[str, Any],
) -> APIStatusError:
    """A status error whose message says what was asked and what came back."""
    body = decode_error_body(errors, response)
    request = response.request
    excerpt = (
        redact_text(response.text[:_EXCERPT].strip().replace("\n", " "))
        if response.content
        else ""
    )
    if len(response.content) > _EXCERPT:
        excerpt += "..."
    reason = response.reason_phrase or ""
    message = f"{request.method} {request.url.path} -> {response.status_code} {reason}".rstrip()
    if excerpt:
        message += f": {excerpt}"
    return status_error_class(response.status_code)(
        message, response=response, body=body
    )


def transport_error(
    exc: httpx.TransportError, request: httpx.Request, attempts: int = 1
) -> APIConnectionError:
    """The runtime's error for an httpx transport failure (chain ``exc`` as cause)."""
    what = f"{request.method} {request.url.path}"
    tries = f" after {attempts} attempt(s)" if attempts > 1 else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{what} timed out{tries} ({type(exc).__name__})", request=request
        )
    detail = redact_text(str(exc)) or type(exc).__name__
    return APIConnectionError(f"{what} failed{tries}: {detail}", request=request)
