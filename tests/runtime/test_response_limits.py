"""The response caps' pure policy (``_limits.py``) and their wiring in the clients.

Against a real server: ``tests/security/test_response_caps.py``.
"""

from __future__ import annotations

import asyncio
import random
import zlib
from typing import Any

import httpx
import pytest
from httpx._decoders import LineDecoder  # the reference for line boundaries

import clientsmith
from clientsmith import Operation, Response, ResponseLimits, ResponseTooLargeError
from clientsmith._limits import (
    DEFAULT_RESPONSE_LIMITS,
    BodyDecoder,
    LimitExceeded,
    LineSplitter,
    MiB,
)

JSON_OP: Operation[Any] = Operation("GET", "/x", responses={"200": Response("json")})
BIN_OP: Operation[Any] = Operation("GET", "/x", responses={"200": Response("binary")})
LINES_OP: Operation[Any] = Operation("GET", "/x", responses={"200": Response("ndjson")})


def gz(data: bytes) -> bytes:
    # compressobj: zlib.compress() takes no wbits before Python 3.11.
    gzip = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return gzip.compress(data) + gzip.flush()


def decode_all(
    body: bytes, encoding: str | None, limits: ResponseLimits, chunk: int = 65536
) -> bytes:
    headers = httpx.Headers({"content-encoding": encoding} if encoding else {})
    decoder = BodyDecoder(headers, limits, buffered=True)
    out = bytearray()
    for i in range(0, len(body), chunk):
        for piece in decoder.decode(body[i : i + chunk]):
            assert len(piece) <= 256 * 1024  # bounded inflation per step
            out += piece
    out += decoder.flush()
    return bytes(out)


# -- the pure policy ---------------------------------------------------------------


def test_defaults_are_generous_and_documented() -> None:
    assert DEFAULT_RESPONSE_LIMITS.max_body_size == 100 * MiB
    assert DEFAULT_RESPONSE_LIMITS.max_decompression_ratio == 100
    assert DEFAULT_RESPONSE_LIMITS.max_line_size == 16 * MiB
    assert DEFAULT_RESPONSE_LIMITS.ratio_check_after == 8 * MiB


@pytest.mark.parametrize(
    "field", ["max_body_size", "max_decompression_ratio", "max_line_size"]
)
@pytest.mark.parametrize("value", [0, -1, True])
def test_limits_must_be_positive_or_none(field: str, value: object) -> None:
    # The field name comes from parametrize, so its value's type is not known
    # statically; the bad values are the point of the test.
    bad: dict[str, Any] = {field: value}
    with pytest.raises(ValueError, match=field):
        ResponseLimits(**bad)
    unset: dict[str, Any] = {field: None}
    assert getattr(ResponseLimits(**unset), field) is None


@pytest.mark.parametrize("encoding", [None, "gzip", "deflate", "identity"])
def test_bodies_decode_to_what_was_sent(encoding: str | None) -> None:
    data = random.Random(1).randbytes(300_000)
    data += b"abc" * 200_000
    if encoding == "gzip":
        body = gz(data)
    elif encoding == "deflate":
        body = zlib.compress(data)
    else:
        body = data
    assert decode_all(body, encoding, DEFAULT_RESPONSE_LIMITS) == data


def test_raw_deflate_is_accepted_like_httpx_does() -> None:
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = c.compress(b"hello " * 1000) + c.flush()
    assert decode_all(body, "deflate", DEFAULT_RESPONSE_LIMITS) == b"hello " * 1000


def test_corrupt_gzip_is_a_decoding_error() -> None:
    with pytest.raises(httpx.DecodingError):
        decode_all(b"\x1f\x8b" + b"\xff" * 100, "gzip", DEFAULT_RESPONSE_LIMITS)


def test_a_bomb_is_refused_after_the_threshold_not_after_inflating() -> None:
    bomb = gz(bytes(64 * MiB))  # about 64 KB
    limits = ResponseLimits(ratio_check_after=1 * MiB)
    headers = httpx.Headers({"content-encoding": "gzip"})
    decoder = BodyDecoder(headers, limits, buffered=True)
    with pytest.raises(LimitExceeded) as info:
        for piece in decoder.decode(bomb):
            assert len(piece) <= 256 * 1024
    assert info.value.option == "max_decompression_ratio"
    assert 1 * MiB < decoder.decoded <= 1 * MiB + 256 * 1024
    assert "max_decompression_ratio=100:1" in str(info.value)


def test_small_very_compressible_bodies_pass_whatever_their_ratio() -> None:
    data = bytes(4 * MiB)  # ratio about 1000:1 but under ratio_check_after
    assert decode_all(gz(data), "gzip", DEFAULT_RESPONSE_LIMITS) == data


def test_the_ratio_cap_can_be_lifted() -> None:
    data = bytes(12 * MiB)
    limits = ResponseLimits(max_decompression_ratio=None)
    assert decode_all(gz(data), "gzip", limits) == data
    with pytest.raises(LimitExceeded):
        decode_all(gz(data), "gzip", DEFAULT_RESPONSE_LIMITS)


def test_body_size_counts_decoded_bytes() -> None:
    limits = ResponseLimits(max_body_size=1000)
    assert decode_all(b"x" * 1000, None, limits) == b"x" * 1000
    with pytest.raises(LimitExceeded, match=r"max_body_size=1000 bytes"):
        decode_all(b"x" * 1001, None, limits)
    with pytest.raises(LimitExceeded, match="max_body_size"):
        decode_all(gz(b"y" * 5000), "gzip", limits)


def test_declared_length_over_the_cap_is_refused_up_front() -> None:
    headers = httpx.Headers({"content-length": str(200 * MiB)})
    with pytest.raises(LimitExceeded, match="from Content-Length"):
        BodyDecoder(headers, DEFAULT_RESPONSE_LIMITS, buffered=True)
    # a streamed download has no size cap
    assert BodyDecoder(headers, DEFAULT_RESPONSE_LIMITS, buffered=False).identity


def test_head_and_304_answers_declare_lengths_they_do_not_send() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        status = 200 if request.method == "HEAD" else 304
        headers = {"content-length": str(500 * MiB)}
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(b""))

    head: Operation[Any] = Operation("HEAD", "/x", responses={"200": Response("empty")})
    cached: Operation[Any] = Operation(
        "GET", "/x", responses={"304": Response("empty")}
    )
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(handler)
    ) as c:
        assert c.request(head) is None
        assert c.request(cached) is None


def test_unknown_encodings_are_left_to_httpx_and_counted() -> None:
    headers = httpx.Headers({"content-encoding": "br"})
    decoder = BodyDecoder(headers, ResponseLimits(max_body_size=10), buffered=True)
    assert not decoder.native
    decoder.count(b"x" * 10, 10)
    with pytest.raises(LimitExceeded):
        decoder.count(b"x", 11)


def _reference_lines(pieces: list[str]) -> list[str]:
    decoder = LineDecoder()
    out: list[str] = []
    for piece in pieces:
        if piece:
            out.extend(decoder.decode(piece))
    return out + decoder.flush()


def _lines(
    pieces: list[str], limits: ResponseLimits = DEFAULT_RESPONSE_LIMITS
) -> list[str]:
    splitter = LineSplitter(limits)
    out: list[str] = []
    for piece in pieces:
        out.extend(splitter.feed(piece))
    return out + splitter.flush()


def test_lines_split_like_httpx() -> None:
    rng = random.Random(7)
    alphabet = ["a", "b", "\n", "\r", "\r\n", "\x1c", "\u2028", "é", ""]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(3, len(text) + 1)))
        pieces = [
            text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)
        ]
        assert _lines(pieces) == _reference_lines(pieces), repr(pieces)


def test_a_line_that_never_ends_is_refused_at_the_cap() -> None:
    splitter = LineSplitter(ResponseLimits(max_line_size=100))
    assert splitter.feed("ok\n" + "a" * 50) == ["ok"]
    with pytest.raises(LimitExceeded, match="max_line_size=100 characters"):
        splitter.feed("a" * 51)


def test_a_long_line_inside_one_chunk_is_refused() -> None:
    splitter = LineSplitter(ResponseLimits(max_line_size=100))
    assert splitter.feed("first\n" + "a" * 101 + "\nshort\n") == ["first"]
    with pytest.raises(LimitExceeded):
        splitter.flush()
    assert _lines(["a" * 100 + "\n"], ResponseLimits(max_line_size=100)) == ["a" * 100]


# -- the clients -------------------------------------------------------------------


def _streamed(body: bytes, **headers: str) -> httpx.MockTransport:
    """A transport whose bodies arrive as a stream (not preloaded like json=)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))

    return httpx.MockTransport(handler)


def test_the_client_refuses_a_bomb_with_an_api_error() -> None:
    transport = _streamed(
        gz(bytes(16 * MiB)),
        **{"content-type": "application/json", "content-encoding": "gzip"},
    )
    with clientsmith.Client(base_url="https://api.test", transport=transport) as c:
        with pytest.raises(clientsmith.APIError) as info:
            c.request(JSON_OP)
    error = info.value
    assert isinstance(error, ResponseTooLargeError)
    assert error.limit_name == "max_decompression_ratio" and error.limit == 100
    assert error.response.status_code == 200
    assert str(error).startswith("GET /x -> 200: the response body's decompression")


def test_limits_from_constructor_with_options_and_per_call() -> None:
    transport = _streamed(
        b'"' + b"x" * 2000 + b'"', **{"content-type": "application/json"}
    )
    small = ResponseLimits(max_body_size=1000)
    with clientsmith.Client(base_url="https://api.test", transport=transport) as c:
        assert len(c.request(JSON_OP)) == 2000
        with pytest.raises(ResponseTooLargeError, match="max_body_size=1000 bytes"):
            c.request(JSON_OP, response_limits=small)
        capped = c.with_options(response_limits=small)
        assert capped.response_limits is small and c.response_limits is not small
        with pytest.raises(ResponseTooLargeError):
            capped.request(JSON_OP)
        with pytest.raises(ResponseTooLargeError):
            capped.get("/x")  # the escape hatch too
        # a cap on the client, lifted for one call
        assert (
            len(capped.request(JSON_OP, response_limits=DEFAULT_RESPONSE_LIMITS))
            == 2000
        )
    with clientsmith.Client(
        base_url="https://api.test", transport=transport, response_limits=small
    ) as c2:
        with pytest.raises(ResponseTooLargeError):
            c2.request(JSON_OP)


def test_preloaded_bodies_are_capped_too() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=["x" * 2000]))
    small = ResponseLimits(max_body_size=1000)
    with clientsmith.Client(
        base_url="https://api.test", transport=transport, response_limits=small
    ) as c:
        with pytest.raises(ResponseTooLargeError):
            c.request(JSON_OP)


def test_error_bodies_are_capped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, stream=httpx.ByteStream(b"e" * 5000))

    small = ResponseLimits(max_body_size=1000)
    with clientsmith.Client(
        base_url="https://api.test",
        transport=httpx.MockTransport(handler),
        response_limits=small,
        retry=None,
    ) as c:
        with pytest.raises(ResponseTooLargeError):
            c.request(JSON_OP)
        with pytest.raises(ResponseTooLargeError):
            c.stream(BIN_OP)


def test_streamed_lines_are_capped_sync_and_async() -> None:
    body = b'{"a": 1}\n"' + b"z" * 3000 + b'"\n'
    transport = _streamed(body, **{"content-type": "application/x-ndjson"})
    small = ResponseLimits(max_line_size=1000)
    with clientsmith.Client(base_url="https://api.test", transport=transport) as c:
        assert list(c.stream_lines(LINES_OP)) == [{"a": 1}, "z" * 3000]
        got: list[Any] = []
        with pytest.raises(ResponseTooLargeError, match="max_line_size"):
            for item in c.stream_lines(LINES_OP, response_limits=small):
                got.append(item)
        assert got == [{"a": 1}]

    async def main() -> list[Any]:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, stream=httpx.ByteStream(body))

        async with clientsmith.AsyncClient(
            base_url="https://api.test",
            transport=httpx.MockTransport(handler),
            response_limits=small,
        ) as ac:
            seen: list[Any] = []
            with pytest.raises(ResponseTooLargeError):
                async for item in ac.stream_lines(LINES_OP):
                    seen.append(item)
            return seen

    assert asyncio.run(main()) == [{"a": 1}]


def test_async_client_caps_bodies() -> None:
    async def main() -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(
                200,
                headers={"content-encoding": "gzip"},
                stream=httpx.ByteStream(gz(bytes(16 * MiB))),
            )

        async with clientsmith.AsyncClient(
            base_url="https://api.test", transport=httpx.MockTransport(handler)
        ) as ac:
            with pytest.raises(ResponseTooLargeError, match="decompression ratio"):
                await ac.request(JSON_OP)
            lifted = ResponseLimits(max_decompression_ratio=None)
            assert len(await ac.request(BIN_OP, response_limits=lifted)) == 16 * MiB

    asyncio.run(main())


def test_generated_client_takes_limits_from_argument_environment_and_env_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "generated" / "petstore"))
    for name in ("MAX_RESPONSE_SIZE", "MAX_DECOMPRESSION_RATIO", "MAX_LINE_SIZE"):
        monkeypatch.delenv("PETSTORE_" + name, raising=False)
    import petstore

    with petstore.Client(api_key="k", env_file=None) as c:
        assert c.response_limits == DEFAULT_RESPONSE_LIMITS
    mine = ResponseLimits(max_line_size=10)
    async_client = petstore.AsyncClient(
        api_key="k", env_file=None, response_limits=mine
    )
    assert async_client.response_limits is mine
    monkeypatch.setenv("PETSTORE_MAX_RESPONSE_SIZE", "1000")
    monkeypatch.setenv("PETSTORE_MAX_DECOMPRESSION_RATIO", "none")
    env_file = tmp_path / ".env"
    env_file.write_text("PETSTORE_MAX_LINE_SIZE=77\n")
    with petstore.Client(api_key="k", env_file=env_file) as c:
        assert c.response_limits == ResponseLimits(
            max_body_size=1000, max_decompression_ratio=None, max_line_size=77
        )
    monkeypatch.setenv("PETSTORE_MAX_RESPONSE_SIZE", "lots")
    with pytest.raises(
        clientsmith.ClientsmithError, match="PETSTORE_MAX_RESPONSE_SIZE"
    ):
        petstore.Client(api_key="k", env_file=None)
    # the package's error hierarchy is the runtime's
    assert petstore.ResponseTooLargeError is ResponseTooLargeError
    assert issubclass(petstore.ResponseTooLargeError, petstore.APIError)
