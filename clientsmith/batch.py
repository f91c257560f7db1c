"""Batch upserts with NDJSON line results (Akeneo's ``application/vnd.akeneo.collection+json``).

A batch endpoint takes one JSON document per line (at most ``chunk_size`` lines
per request) and answers with one JSON object per input line::

    {"line": 1, "uuid": "fc24...", "status_code": 204}
    {"line": 2, "code": "shoes", "status_code": 422, "message": "...", "errors": [...]}

:func:`upsert_lines` cuts any iterable of models or dicts into requests of at most
``chunk_size`` items, sends each through a generated method (which streams the
answer's lines as typed models, or returns the NDJSON text) and yields one :class:`BatchResult` per input item, in
order, with ``line`` counted across the whole iterable. Per-line failures are
results, not exceptions; an HTTP-level error (401, 413, 415, 422...) still raises
from the method. :func:`aupsert_lines` is the async twin.

The chunking and parsing are pure (:func:`chunked`, :func:`parse_results`); the
send loops only call the method::

    from clientsmith.batch import upsert_lines

    for result in upsert_lines(client.products_uuid.upsert_many, products):
        if not result.ok:
            print(result.line, result.key, result.status_code, result.message)
"""

from __future__ import annotations

import json
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from .errors import BatchAnswerError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "BatchAnswerError",
    "BatchResult",
    "aupsert_lines",
    "achunked",
    "chunked",
    "parse_results",
    "results_from_lines",
    "upsert_lines",
]

T = TypeVar("T")

DEFAULT_CHUNK_SIZE = 100
"""Akeneo accepts at most 100 lines per batch request."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of one line of a batch request.

    ``line`` is 1-based over everything passed to :func:`upsert_lines` (the
    server's own number plus the lines of earlier requests); ``key`` is whichever
    of ``uuid``, ``identifier`` or ``code`` the server sent. ``errors`` holds the
    validation errors of a 422 line, when the server sends them.
    """

    line: int
    status_code: int
    uuid: str | None = None
    identifier: str | None = None
    code: str | None = None
    message: str | None = None
    errors: tuple[Mapping[str, Any], ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str | None:
        """The resource's uuid, identifier or code, as the server named it."""
        return self.uuid or self.identifier or self.code

    @property
    def ok(self) -> bool:
        """True for 2xx lines (201 created, 204 updated)."""
        return 200 <= self.status_code < 300

    @property
    def created(self) -> bool:
        return self.status_code == 201


def chunked(items: Iterable[T], size: int = DEFAULT_CHUNK_SIZE) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items (lazily; the last may be shorter)."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


async def achunked(
    items: Iterable[T] | AsyncIterable[T], size: int = DEFAULT_CHUNK_SIZE
) -> AsyncIterator[list[T]]:
    """:func:`chunked` for sync or async iterables."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    if not isinstance(items, AsyncIterable):
        for whole in chunked(items, size):
            yield whole
        return
    chunk: list[T] = []
    async for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def parse_results(text: str | bytes, *, offset: int = 0) -> list[BatchResult]:
    """Parse an NDJSON batch answer; ``offset`` is added to each line number.

    Blank lines are skipped. A line that is not a JSON object, or has no integer
    ``status_code``, raises :class:`BatchAnswerError`.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    decoded: list[Any] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            decoded.append(json.loads(line))
        except ValueError as exc:
            raise BatchAnswerError(
                f"batch answer line {number} is not JSON ({exc})", body=line
            ) from exc
    return results_from_lines(decoded, offset=offset)


def results_from_lines(lines: Iterable[Any], *, offset: int = 0) -> list[BatchResult]:
    """Results from answer lines already decoded: dicts, or models (a generated
    batch method streams one typed model per line)."""
    results: list[BatchResult] = []
    for number, item in enumerate(lines, start=1):
        data = _as_dict(item)
        status = data.get("status_code") if isinstance(data, dict) else None
        if (
            not isinstance(data, dict)
            or not isinstance(status, int)
            or isinstance(status, bool)
        ):
            raise BatchAnswerError(
                f"batch answer line {number} has no integer status_code", body=item
            )
        server_line = data.get("line")
        if not isinstance(server_line, int) or isinstance(server_line, bool):
            server_line = len(results) + 1
        errors = data.get("errors")
        results.append(
            BatchResult(
                line=offset + server_line,
                status_code=status,
                uuid=_text(data.get("uuid")),
                identifier=_text(data.get("identifier")),
                code=_text(data.get("code")),
                message=_text(data.get("message")),
                errors=tuple(e for e in errors if isinstance(e, dict))
                if isinstance(errors, list)
                else (),
                raw=data,
            )
        )
    return results


def _as_dict(item: Any) -> Any:
    dump = getattr(item, "model_dump", None)
    if callable(dump):  # a pydantic model, by wire names
        return dump(mode="json", by_alias=True, exclude_unset=True)
    return item


def _results(answer: Any, offset: int) -> list[BatchResult]:
    if isinstance(answer, (str, bytes)):
        return parse_results(answer, offset=offset)
    return results_from_lines(answer, offset=offset)


def upsert_lines(
    send: Callable[..., str | Iterable[Any]],
    items: Iterable[Any],
    *args: Any,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    **kwargs: Any,
) -> Iterator[BatchResult]:
    """Send ``items`` through ``send`` in chunks; yield every line's result.

    ``send`` is a generated batch method (``client.products_uuid.upsert_many``);
    ``args`` (path parameters) and ``kwargs`` (``timeout=``, ``extra_headers=``...)
    are passed on each call, with ``body=`` set to the chunk. Lazy: a request is
    sent when its results are needed, so ``items`` may be an endless generator.
    """
    offset = 0
    for chunk in chunked(items, chunk_size):
        answer = send(*args, body=chunk, **kwargs)
        yield from _results(answer, offset)
        offset += len(chunk)


async def aupsert_lines(
    send: Callable[..., Awaitable[str] | AsyncIterable[Any]],
    items: Iterable[Any] | AsyncIterable[Any],
    *args: Any,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    **kwargs: Any,
) -> AsyncIterator[BatchResult]:
    """The async twin of :func:`upsert_lines` (``items`` may be an async iterable)."""
    offset = 0
    async for chunk in achunked(items, chunk_size):
        answer = send(*args, body=chunk, **kwargs)
        if isinstance(answer, AsyncIterable):  # generated methods stream the lines
            lines = [line async for line in answer]
            results = results_from_lines(lines, offset=offset)
        else:
            results = _results(await answer, offset)
        for result in results:
            yield result
        offset += len(chunk)
