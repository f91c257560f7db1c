"""Streamed downloads, NDJSON both ways, SSE, and multipart/form/binary bodies."""

from __future__ import annotations

import io
import json
import pathlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pydantic
import pytest

import clientsmith
from clientsmith import Body, Operation, Response, ServerSentEvent
from clientsmith.streaming import iter_sse

from ._helpers import Pet, Recorder, run

BASE = "https://files.test"
DOWNLOAD: Operation[bytes] = Operation(
    "GET", "/blob", responses={"200": Response("binary")}
)


def test_sse_parser_follows_the_spec() -> None:
    lines = [
        ": keep-alive",
        "event: update",
        'data: {"a": 1}',
        "id: 7",
        "retry: 1500",
        "",
        "data: line one",
        "data:line two",
        "",
        "",
        "data: unterminated",
    ]
    events = list(iter_sse(lines))
    assert events == [
        ServerSentEvent(event="update", data='{"a": 1}', id="7", retry=1500),
        ServerSentEvent(event="message", data="line one\nline two", id="7"),
        ServerSentEvent(event="message", data="unterminated", id="7"),
    ]
    assert events[0].json() == {"a": 1}


def test_binary_download_is_streamed_to_a_file(tmp_path: pathlib.Path) -> None:
    chunks = [b"x" * 1000, b"y" * 1000, b"z"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"".join(chunks)))

    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(handler)
    ) as client:
        with client.stream(DOWNLOAD) as download:
            assert download.status_code == 200
            assert download.write_to(tmp_path / "out.bin") == 2001
        assert download.http_response.is_closed
        with client.stream(DOWNLOAD) as again:
            assert b"".join(again.iter_bytes(500)) == b"".join(chunks)
        with client.stream(DOWNLOAD) as third:
            assert third.read() == b"".join(chunks)
    assert (tmp_path / "out.bin").read_bytes() == b"".join(chunks)


def test_stream_raises_status_errors_with_body() -> None:
    rec = Recorder(httpx.Response(403, json={"error": "no"}))
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        with pytest.raises(clientsmith.PermissionDeniedError) as info:
            client.stream(DOWNLOAD)
    assert info.value.body == {"error": "no"}


def test_ndjson_request_body_is_streamed_from_an_iterable() -> None:
    produced: list[int] = []

    def items() -> Iterator[Pet]:
        for i in range(3):
            produced.append(i)
            yield Pet(id=i, name=f"p{i}")

    op: Operation[None] = Operation(
        "POST", "/bulk", body=Body("application/x-ndjson", "ndjson")
    )
    rec = Recorder(httpx.Response(204))
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        gen = items()
        client.request(op, body=gen)
    assert produced == [0, 1, 2]
    assert rec.last.headers["content-type"] == "application/x-ndjson"
    assert "content-length" not in rec.last.headers  # chunked: never joined in memory
    lines = rec.last.content.decode().splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": i, "name": f"p{i}"} for i in range(3)
    ]


def test_ndjson_response_lines_are_typed() -> None:
    body = b'{"id": 1, "name": "a"}\n\n{"id": 2, "name": "b"}\n'
    op: Operation[Pet] = Operation(
        "GET", "/export", responses={"200": Response("ndjson", Pet)}
    )
    rec = Recorder(
        httpx.Response(
            200, content=body, headers={"content-type": "application/x-ndjson"}
        )
    )
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        assert list(client.stream_lines(op)) == [
            Pet(id=1, name="a"),
            Pet(id=2, name="b"),
        ]

    async def main() -> list[Pet]:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec)
        ) as aclient:
            return [p async for p in aclient.stream_lines(op)]

    assert run(main()) == [Pet(id=1, name="a"), Pet(id=2, name="b")]


def test_sse_response_events() -> None:
    body = b"event: tick\ndata: 1\n\nevent: tick\ndata: 2\nid: b\n\n"
    op: Operation[object] = Operation(
        "GET", "/events", responses={"200": Response("sse")}
    )
    rec = Recorder(
        httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        events = list(client.stream_events(op))
    assert [(e.event, e.data, e.id) for e in events] == [
        ("tick", "1", None),
        ("tick", "2", "b"),
    ]

    async def main() -> list[ServerSentEvent]:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec)
        ) as aclient:
            return [e async for e in aclient.stream_events(op)]

    assert run(main()) == events


class Upload(pydantic.BaseModel):
    title: str
    tags: list[str] = []


def test_multipart_from_path_bytes_and_file_objects(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"PNGDATA")
    op: Operation[None] = Operation(
        "POST", "/upload", body=Body("multipart/form-data", "multipart")
    )
    rec = Recorder(httpx.Response(204))
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        client.request(
            op,
            body={
                "photo": path,
                "thumb": b"THUMB",
                "doc": io.BytesIO(b"DOC"),
                "named": ("n.txt", b"N", "text/plain"),
                "title": "hello",
                "count": 3,
                "flag": True,
                "skip": None,
            },
        )
    request = rec.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    content = request.content
    assert b'name="photo"; filename="photo.png"' in content and b"PNGDATA" in content
    assert b"Content-Type: image/png" in content
    assert b'name="thumb"' in content and b"THUMB" in content
    assert b'name="doc"' in content and b"DOC" in content
    assert b'filename="n.txt"' in content
    assert b'name="title"\r\n\r\nhello' in content
    assert b'name="count"\r\n\r\n3' in content
    assert b'name="flag"\r\n\r\ntrue' in content
    assert b'name="skip"' not in content


def test_multipart_closes_files_it_opened(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"A")
    opened: list[io.BufferedReader] = []
    real_open = pathlib.Path.open

    def tracking_open(self: pathlib.Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr(pathlib.Path, "open", tracking_open)
    op: Operation[None] = Operation(
        "POST", "/upload", body=Body("multipart/form-data", "multipart")
    )
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(Recorder(httpx.Response(204)))
    ) as client:
        client.request(op, body={"file": path})
    assert opened and all(h.closed for h in opened)


def test_form_text_and_binary_bodies() -> None:
    rec = Recorder(httpx.Response(204))
    form: Operation[None] = Operation(
        "POST", "/f", body=Body("application/x-www-form-urlencoded", "form")
    )
    text: Operation[None] = Operation("POST", "/t", body=Body("text/plain", "text"))
    binary: Operation[None] = Operation(
        "PUT", "/b", body=Body("application/octet-stream", "binary")
    )
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        client.request(
            form, body=Upload(title="a b", tags=["x", "y"]), extra_body={"extra": 1}
        )
        assert rec.last.content == b"title=a+b&tags=x&tags=y&extra=1"
        assert rec.last.headers["content-type"] == "application/x-www-form-urlencoded"
        client.request(text, body="héllo")
        assert rec.last.content == "héllo".encode()
        client.request(binary, body=b"\x00\x01")
        assert rec.last.content == b"\x00\x01"
        client.request(binary, body=io.BytesIO(b"filedata"))
        assert rec.last.content == b"filedata"
        client.request(binary, body=iter([b"ab", b"cd"]))
        assert rec.last.content == b"abcd"


def test_async_one_shot_bodies_are_adapted_for_httpx_async() -> None:
    rec = Recorder(httpx.Response(204))
    binary: Operation[None] = Operation(
        "PUT", "/b", body=Body("application/octet-stream", "binary")
    )
    ndjson: Operation[None] = Operation(
        "POST", "/n", body=Body("application/x-ndjson", "ndjson")
    )

    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec)
        ) as client:
            await client.request(binary, body=iter([b"ab", b"cd"]))
            assert rec.last.content == b"abcd"
            await client.request(ndjson, body=({"i": i} for i in range(2)))
            assert rec.last.content == b'{"i":0}\n{"i":1}\n'
            download = await client.stream(Operation("GET", "/blob"))
            async with download:
                assert await download.read() == b""

    run(main())


class _Breaking(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails half-way, as a dropped connection would."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": 1, "name": "a"}\n'
        raise httpx.ReadTimeout("stalled mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": 1, "name": "a"}\n'
        raise httpx.ReadError("dropped mid-body")


def test_failures_while_reading_a_stream_are_runtime_errors() -> None:
    op: Operation[Pet] = Operation(
        "GET", "/export", responses={"200": Response("ndjson", Pet)}
    )
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, stream=_Breaking())
    )
    seen: list[Pet] = []
    with clientsmith.Client(base_url=BASE, transport=transport) as client:
        with pytest.raises(clientsmith.APITimeoutError) as info:
            for pet in client.stream_lines(op):
                seen.append(pet)
        assert isinstance(info.value.__cause__, httpx.ReadTimeout)
        with client.stream(op) as download, pytest.raises(clientsmith.APITimeoutError):
            download.read()
    assert seen == [Pet(id=1, name="a")]

    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=transport
        ) as aclient:
            with pytest.raises(clientsmith.APIConnectionError) as ainfo:
                async for _pet in aclient.stream_lines(op):
                    pass
            assert not isinstance(ainfo.value, clientsmith.APITimeoutError)

    run(main())
