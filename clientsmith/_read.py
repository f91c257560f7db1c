"""Reading response bodies under :class:`~clientsmith.ResponseLimits`: the loops.

The policy (what to count, when to stop) is in ``_limits.py``; here are only
the short loops that pull chunks from httpx, twice (sync and async). A body is
read from ``iter_raw`` and decoded by :class:`~clientsmith._limits.BodyDecoder`
in bounded pieces, so memory stays near the caps whatever the server sends.
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncIterator, Iterator

import httpx

from ._limits import BodyDecoder, LimitExceeded, LineSplitter, ResponseLimits
from .errors import ResponseTooLargeError

__all__ = [
    "aiter_body",
    "aiter_lines",
    "aread_body",
    "iter_body",
    "iter_lines",
    "read_body",
]


def _too_large(exc: LimitExceeded, response: httpx.Response) -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        f"{request.method} {request.url.path} -> {response.status_code}: {exc}",
        response=response,
        limit_name=exc.option,
        limit=exc.limit,
    )


def _store(response: httpx.Response, content: bytes) -> None:
    # What ``Response.read()`` would have stored: ``.content``, ``.text`` and
    # ``.json()`` read it from here (httpx has no public setter).
    response._content = content


def _bodiless(response: httpx.Response) -> bool:
    """Whether the response carries no body whatever its headers say (RFC 9110 6.4.1)."""
    return response.status_code in (204, 304) or response.request.method == "HEAD"


def _preloaded(response: httpx.Response, limits: ResponseLimits) -> bytes:
    """A body already in memory (a transport that built it whole): still capped."""
    content = response.content
    cap = limits.max_body_size
    if cap is not None and len(content) > cap:
        raise _too_large(
            LimitExceeded("max_body_size", cap, "the response body"), response
        )
    return content


def read_body(response: httpx.Response, limits: ResponseLimits) -> bytes:
    """Read a streamed response's whole body under ``max_body_size`` and the ratio cap.

    Afterwards ``response.content`` works as after ``response.read()``. A cap
    exceeded closes the response and raises :class:`ResponseTooLargeError`.
    """
    if hasattr(response, "_content"):
        return _preloaded(response, limits)
    try:
        decoder = BodyDecoder(
            response.headers, limits, buffered=True, bodiless=_bodiless(response)
        )
        if decoder.identity:
            chunks = []
            for raw in response.iter_raw():
                decoder.add_raw(raw)
                chunks.append(raw)
        else:
            chunks = list(_decoded(response, decoder))
    except LimitExceeded as exc:
        response.close()
        raise _too_large(exc, response) from None
    except BaseException:
        response.close()
        raise
    content = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    _store(response, content)
    return content


def _decoded(response: httpx.Response, decoder: BodyDecoder) -> Iterator[bytes]:
    if hasattr(response, "_content"):  # built whole in memory (MockTransport)
        yield response.content
    elif decoder.native:
        for raw in response.iter_raw():
            yield from decoder.decode(raw)
        rest = decoder.flush()
        if rest:
            yield rest
    else:
        for chunk in response.iter_bytes():
            decoder.count(chunk, response.num_bytes_downloaded)
            yield chunk


async def aread_body(response: httpx.Response, limits: ResponseLimits) -> bytes:
    """Async twin of :func:`read_body`."""
    if hasattr(response, "_content"):
        return _preloaded(response, limits)
    try:
        decoder = BodyDecoder(
            response.headers, limits, buffered=True, bodiless=_bodiless(response)
        )
        chunks = []
        if decoder.identity:
            async for raw in response.aiter_raw():
                decoder.add_raw(raw)
                chunks.append(raw)
        else:
            async for piece in _adecoded(response, decoder):
                chunks.append(piece)
    except LimitExceeded as exc:
        await response.aclose()
        raise _too_large(exc, response) from None
    except BaseException:
        await response.aclose()
        raise
    content = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    _store(response, content)
    return content


async def _adecoded(
    response: httpx.Response, decoder: BodyDecoder
) -> AsyncIterator[bytes]:
    if hasattr(response, "_content"):
        yield response.content
    elif decoder.native:
        async for raw in response.aiter_raw():
            for piece in decoder.decode(raw):
                yield piece
        rest = decoder.flush()
        if rest:
            yield rest
    else:
        async for chunk in response.aiter_bytes():
            decoder.count(chunk, response.num_bytes_downloaded)
            yield chunk


def _rechunk(pieces: Iterator[bytes], size: int | None) -> Iterator[bytes]:
    if not size:
        yield from pieces
        return
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def iter_body(
    response: httpx.Response, limits: ResponseLimits, chunk_size: int | None = None
) -> Iterator[bytes]:
    """A streamed body, decoded, in chunks, under the decompression-ratio cap."""
    try:
        decoder = BodyDecoder(response.headers, limits, buffered=False)
        yield from _rechunk(_decoded(response, decoder), chunk_size)
    except LimitExceeded as exc:
        response.close()
        raise _too_large(exc, response) from None


async def aiter_body(
    response: httpx.Response, limits: ResponseLimits, chunk_size: int | None = None
) -> AsyncIterator[bytes]:
    """Async twin of :func:`iter_body`."""
    try:
        decoder = BodyDecoder(response.headers, limits, buffered=False)
        buffer = bytearray()
        async for piece in _adecoded(response, decoder):
            if not chunk_size:
                yield piece
                continue
            buffer += piece
            while len(buffer) >= chunk_size:
                yield bytes(buffer[:chunk_size])
                del buffer[:chunk_size]
        if buffer:
            yield bytes(buffer)
    except LimitExceeded as exc:
        await response.aclose()
        raise _too_large(exc, response) from None


def _text_decoder(response: httpx.Response) -> codecs.IncrementalDecoder:
    # as httpx's iter_text: the charset or utf-8, undecodable bytes replaced
    return codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")


def iter_lines(response: httpx.Response, limits: ResponseLimits) -> Iterator[str]:
    """A streamed body as text lines, each under ``max_line_size``."""
    text = _text_decoder(response)
    splitter = LineSplitter(limits)
    try:
        for piece in iter_body(response, limits):
            yield from splitter.feed(text.decode(piece))
        yield from splitter.feed(text.decode(b"", final=True))
        yield from splitter.flush()
    except LimitExceeded as exc:
        response.close()
        raise _too_large(exc, response) from None


async def aiter_lines(
    response: httpx.Response, limits: ResponseLimits
) -> AsyncIterator[str]:
    """Async twin of :func:`iter_lines`."""
    text = _text_decoder(response)
    splitter = LineSplitter(limits)
    try:
        async for piece in aiter_body(response, limits):
            for line in splitter.feed(text.decode(piece)):
                yield line
        for line in splitter.feed(text.decode(b"", final=True)):
            yield line
        for line in splitter.flush():
            yield line
    except LimitExceeded as exc:
        await response.aclose()
        raise _too_large(exc, response) from None
