"""Reading responses: pick the declared ``Response``, decode, validate, or raise.

Validation goes through a process-wide cache of :class:`pydantic.TypeAdapter`
objects, one per annotation: building an adapter costs far more than using it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._redact import redact_text
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
    "adapter_for",
    "build_status_error",
    "decode_error_body",
    "parse_body",
    "pick_response",
    "transport_error",
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


def _is_json(response: httpx.Response) -> bool:
    ctype = response.headers.get("content-type", "")
    return "json" in ctype


def parse_body(
    declared: Response | None,
    response: httpx.Response,
    operation_label: str,
    adapter: pydantic.TypeAdapter[Any] | None = None,
) -> Any:
    """Turn a successful response into the operation's return value.

    Undeclared responses fall back on the content type: JSON is decoded, other
    text returned as ``str``, and an empty body is ``None``.
    """
    if declared is None:
        if not response.content:
            return None
        if _is_json(response):
            return _decode_json(response, operation_label)
        return response.text
    kind = declared.kind
    if kind == "json":
        content = response.content
        if not content and response.status_code == 204:
            return None  # "No Content" even where the spec declared a schema
        if declared.type is None:
            return _decode_json(response, operation_label) if content else None
        if adapter is None:
            adapter = adapter_for(declared.type)
        try:
            return adapter.validate_json(content)
        except pydantic.ValidationError as exc:
            raise _validation_error(
                exc, response, operation_label, declared.type
            ) from exc
    if kind == "text":
        return response.text
    if kind == "binary":
        return response.content
    if kind == "empty":
        return None
    # ndjson/sse read through request() get the raw text; stream_* are the typed way.
    return response.text


def _decode_json(response: httpx.Response, operation_label: str) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
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
    name = getattr(annotation, "__name__", None) or repr(annotation)
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
