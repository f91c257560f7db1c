"""Caps on what a server can make the client hold in memory: the policy, I/O-free.

A server (or anything between it and us) decides how large a response is, how
far it inflates and how long a streamed line grows. Without caps, an endless
body, a gzip bomb (1 GiB of zeros is 1 MB on the wire) or an SSE line that
never ends grows the process until it dies. :class:`ResponseLimits` holds the
three caps; :class:`BodyDecoder` decodes a body's ``Content-Encoding`` in
bounded pieces while counting, and :class:`LineSplitter` cuts text into lines
with a cap on the line being assembled. Both raise :class:`LimitExceeded`,
which the read loops (``_read.py``) turn into
:class:`~clientsmith.ResponseTooLargeError` with the response attached.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from ._checks import check_count
from .errors import ConfigurationError, LimitExceeded

__all__ = [
    "DEFAULT_RESPONSE_LIMITS",
    "MiB",
    "BodyDecoder",
    "LimitExceeded",
    "LineSplitter",
    "ResponseLimits",
]

MiB = 1024 * 1024

# Inflated output per zlib call: a compressed chunk of 64 KiB can inflate to
# 64 MiB in one call; asking for at most this much at a time lets the caps act
# before a bomb is inflated rather than after.
_PIECE = 256 * 1024

# Encodings inflated here, with bounded output per call (what httpx would also
# decode without optional packages).
_ZLIB_ENCODINGS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16}


@dataclass(frozen=True, slots=True)
class ResponseLimits:
    """How much a response may make the client hold; ``None`` disables a cap.

    ``max_body_size``: bytes of a buffered body after decoding (every response
    the client parses: results, error bodies, pages). Streamed downloads
    (``client.stream``) are not capped in size: they go where the caller puts
    them.

    ``max_decompression_ratio``: decoded bytes per byte received, for gzip and
    deflate bodies, buffered or streamed, checked once more than
    ``ratio_check_after`` bytes have been decoded (small, very repetitive
    bodies pass whatever their ratio).

    ``max_line_size``: characters of one line of an NDJSON or SSE stream
    (``stream_lines``, ``stream_events``, ``iter_lines``).
    """

    max_body_size: int | None = 100 * MiB
    max_decompression_ratio: float | None = 100.0
    max_line_size: int | None = 16 * MiB
    ratio_check_after: int = 8 * MiB

    def __post_init__(self) -> None:
        # ConfigurationError is a ValueError: the message names the field.
        for name in ("max_body_size", "max_decompression_ratio", "max_line_size"):
            value = getattr(self, name)
            if value is not None and not _positive_number(value):
                raise ConfigurationError(
                    f"ResponseLimits.{name} must be positive or None, got {value!r}"
                )
        check_count("ResponseLimits.ratio_check_after", self.ratio_check_after, 0)


def _positive_number(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


DEFAULT_RESPONSE_LIMITS = ResponseLimits()


def body_headers(headers: httpx.Headers) -> tuple[list[str], str]:
    """The response's ``Content-Encoding`` values (lower case, ``identity``
    dropped) and its ``Content-Length`` (``""`` when absent).

    One pass over the raw headers: ``Headers.get`` re-derives the headers'
    text encoding on every call, which costs microseconds on every response.
    """
    encodings: list[str] = []
    length = b""
    for key, value in headers.raw:
        if len(key) == 16 and key.lower() == b"content-encoding":
            for part in value.decode("latin-1").split(","):
                part = part.strip().lower()
                if part and part != "identity":
                    encodings.append(part)
        elif len(key) == 14 and key.lower() == b"content-length":
            length = value
    return encodings, length.decode("latin-1").strip()


class BodyDecoder:
    """Decodes a body's raw chunks under :class:`ResponseLimits`.

    ``native`` says whether this class decodes the encoding itself (none,
    gzip, deflate): then feed it raw chunks with :meth:`decode` and end with
    :meth:`flush`. Other encodings (``br``, ``zstd`` when their packages are
    installed, stacked encodings) are decoded by httpx; report each decoded
    chunk and the raw byte count so far to :meth:`count`.
    ``buffered`` applies ``max_body_size`` (streamed downloads only get the
    ratio cap); ``bodiless`` says the response has no body whatever its
    ``Content-Length`` (an answer to HEAD, a 204 or 304).
    """

    __slots__ = (
        "_inflater",
        "_deflate_first",
        "_max_body",
        "_max_ratio",
        "_ratio_after",
        "raw",
        "_unread",
        "decoded",
        "native",
    )

    def __init__(
        self,
        headers: httpx.Headers,
        limits: ResponseLimits,
        *,
        buffered: bool,
        bodiless: bool = False,
    ) -> None:
        self._max_body = limits.max_body_size if buffered else None
        self._max_ratio = limits.max_decompression_ratio
        self._ratio_after = limits.ratio_check_after
        self.raw = 0
        self._unread = 0  # received but not yet inflated (zlib's unconsumed tail)
        self.decoded = 0
        self._deflate_first = False
        self._inflater: zlib._Decompress | None = None
        encodings, declared = body_headers(headers)
        self.native = True
        if not encodings:
            # a HEAD answer, 204 or 304 declares a length it does not send
            if self._max_body is not None and not bodiless:
                if declared.isdigit() and int(declared) > self._max_body:
                    raise LimitExceeded(
                        "max_body_size",
                        self._max_body,
                        f"the response body ({declared} bytes, from Content-Length)",
                    )
            self._max_ratio = None  # nothing inflates
        elif len(encodings) == 1 and encodings[0] in _ZLIB_ENCODINGS:
            self._inflater = zlib.decompressobj(_ZLIB_ENCODINGS[encodings[0]])
        elif len(encodings) == 1 and encodings[0] == "deflate":
            # RFC 9110 says zlib-wrapped; some servers send raw deflate. Like
            # httpx, try zlib first and fall back on the first chunk's error.
            self._inflater = zlib.decompressobj()
            self._deflate_first = True
        else:
            self.native = False

    def _check(self) -> None:
        decoded = self.decoded
        if self._max_body is not None and decoded > self._max_body:
            raise LimitExceeded(
                "max_body_size", self._max_body, "the decoded response body"
            )
        ratio = self._max_ratio
        if (
            ratio is not None
            and decoded > self._ratio_after
            and decoded > ratio * max(self.raw - self._unread, 1)
        ):
            raise LimitExceeded(
                "max_decompression_ratio",
                ratio,
                f"the response body's decompression ratio "
                f"({decoded} bytes from {self.raw - self._unread})",
            )

    def add_raw(self, raw: bytes) -> None:
        """Count a chunk of a body without encoding (the fast path: no copy)."""
        self.raw += len(raw)
        self.decoded += len(raw)
        if self._max_body is not None and self.decoded > self._max_body:
            self._check()

    def decode(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces of one raw chunk, checking the caps after each."""
        if self._inflater is None:
            self.add_raw(raw)
            yield raw
            return
        self.raw += len(raw)
        data = raw
        while data:
            piece = self._inflate(data)
            assert self._inflater is not None
            data = self._inflater.unconsumed_tail
            self._unread = len(data)
            if piece:
                self.decoded += len(piece)
                self._check()
                yield piece

    def _inflate(self, data: bytes) -> bytes:
        inflater = self._inflater
        assert inflater is not None
        first = self._deflate_first
        self._deflate_first = False
        try:
            return inflater.decompress(data, _PIECE)
        except zlib.error as exc:
            if first:
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._inflate(data)
            raise httpx.DecodingError(str(exc)) from exc

    @property
    def identity(self) -> bool:
        """Whether the body has no encoding: raw chunks are the body."""
        return self.native and self._inflater is None

    def flush(self) -> bytes:
        """What the decoder still holds at the end of the body."""
        if self._inflater is None:
            return b""
        try:
            rest = self._inflater.flush()
        except zlib.error as exc:  # pragma: no cover - flush rarely fails
            raise httpx.DecodingError(str(exc)) from exc
        self.decoded += len(rest)
        self._check()
        return rest

    def count(self, chunk: bytes, raw_total: int) -> None:
        """Account for a chunk httpx decoded (non-native encodings)."""
        self.raw = raw_total
        self.decoded += len(chunk)
        self._check()


# str.splitlines' line boundaries, as httpx's line iterator uses them.
_NEWLINES = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class LineSplitter:
    """Text to lines (``str.splitlines`` boundaries, as httpx) with a line cap.

    The line being assembled is measured as text arrives, so a line that never
    ends fails at the cap instead of growing without bound.
    """

    __slots__ = ("_buffer", "_pending", "_trailing_cr", "_max", "_over")

    def __init__(self, limits: ResponseLimits) -> None:
        self._buffer: list[str] = []
        self._pending = 0
        self._trailing_cr = False
        self._max = limits.max_line_size
        # A line over the cap was met after complete lines of the same text:
        # those are returned first, the error comes with the next call.
        self._over = False

    def _too_long(self) -> LimitExceeded:
        assert self._max is not None
        return LimitExceeded("max_line_size", self._max, "a streamed line")

    def feed(self, text: str) -> list[str]:
        """The lines ``text`` completes (without their line breaks)."""
        if self._over:
            raise self._too_long()
        if self._trailing_cr:
            text = "\r" + text
            self._trailing_cr = False
        if text.endswith("\r"):
            # "\r" may be the first half of "\r\n": decide with the next text
            self._trailing_cr = True
            text = text[:-1]
        if not text:
            return []
        limit = self._max
        trailing_newline = text[-1] in _NEWLINES
        lines = text.splitlines()
        if len(lines) == 1 and not trailing_newline:
            self._buffer.append(lines[0])
            self._pending += len(lines[0])
            if limit is not None and self._pending > limit:
                raise self._too_long()
            return []
        if self._buffer:
            lines[0] = "".join(self._buffer) + lines[0]
            self._buffer = []
            self._pending = 0
        if not trailing_newline:
            rest = lines.pop()
            self._buffer = [rest]
            self._pending = len(rest)
        if limit is not None:
            for index, line in enumerate(lines):
                if len(line) > limit:
                    self._over = True
                    return lines[:index]
            if self._pending > limit:
                self._over = True
        return lines

    def flush(self) -> list[str]:
        """The last line, when the text did not end with a line break."""
        if self._over:
            raise self._too_long()
        if not self._buffer and not self._trailing_cr:
            return []
        line = "".join(self._buffer)
        self._buffer, self._pending, self._trailing_cr = [], 0, False
        return [line]
