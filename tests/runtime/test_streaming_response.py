"""``with_streaming_response`` and ``with_raw_response`` on every kind of call.

Unit level, over ``httpx.MockTransport`` with bodies that are really streamed
(generators): the functional proof against uvicorn is in
``tests/functional/test_streaming_responses.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import clientsmith
from clientsmith import (
    AsyncStreamedResponse,
    Operation,
    PagedOperation,
    Pagination,
    Param,
    RawResponse,
    Response,
    ResponseLimits,
    StreamedResponse,
)
from clientsmith.raw import CAPTURE, PendingCall
from clientsmith.streaming import ServerSentEvent

from ._helpers import Pet, Problem, run

GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{id}",
    params=(Param("id", "path"),),
    responses={"200": Response("json", Pet)},
    errors={"404": Problem},
)
LIST_PETS: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    responses={"200": Response("json", list[Pet])},
    pagination=Pagination(style="link_header"),
    item_type=Pet,
)
PET_LINES: Operation[Pet] = Operation(
    "GET", "/pets/export", responses={"200": Response("ndjson", Pet)}
)
EVENTS: Operation[str] = Operation(
    "GET", "/events", responses={"200": Response("sse", str)}
)
DOWNLOAD: Operation[bytes] = Operation(
    "GET", "/photo", responses={"200": Response("binary", bytes)}
)

PET_JSON = b'{"id": 1, "name": "rex"}'


class Body:
    """A streamed body that counts how many of its chunks were pulled."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


class Server:
    """Answers by path; every body is a :class:`Body` (streamed, not preloaded)."""

    def __init__(self, *, is_async: bool = False) -> None:
        self.is_async = is_async
        self.requests: list[httpx.Request] = []
        self.bodies: list[Body] = []
        self.streams: list[_SyncStream | _AsyncStream] = []
        self.routes: dict[str, tuple[int, dict[str, str], tuple[bytes, ...]]] = {
            "/pets/1": (200, {"content-type": "application/json"}, (PET_JSON[:9], PET_JSON[9:])),
            "/pets/2": (404, {"content-type": "application/json"}, (b'{"code": "gone", "message": "no pet 2"}',)),
            "/pets/export": (200, {"content-type": "application/x-ndjson"}, (PET_JSON + b"\n", b'{"id": 2, "name": "tom"}\n')),
            "/events": (200, {"content-type": "text/event-stream"}, (b"data: one\n\n", b"event: x\ndata: two\n\n")),
            "/photo": (200, {"content-type": "image/png"}, (b"\x89PNG", b"rest")),
        }  # fmt: skip

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/pets":
            return self._page(request)
        status, headers, chunks = self.routes[request.url.path]
        body = Body(*chunks)
        self.bodies.append(body)
        stream = _AsyncStream(body) if self.is_async else _SyncStream(body)
        self.streams.append(stream)
        return httpx.Response(status, headers=headers, stream=stream)

    def _page(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        headers = {"content-type": "application/json"}
        if page < 3:
            headers["link"] = f'<https://x.test/pets?page={page + 1}>; rel="next"'
        items = f'[{{"id": {page}, "name": "p{page}"}}]'.encode()
        return httpx.Response(200, headers=headers, content=items)


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, body: Body) -> None:
        self.body = body
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.body)

    def close(self) -> None:
        self.closed = True


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, body: Body) -> None:
        self.body = body
        self.closed = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.body.__aiter__()

    async def aclose(self) -> None:
        self.closed = True


class Pets:
    """What a generated resource looks like: one runtime call a method."""

    def __init__(self, client: clientsmith.Client) -> None:
        self._client = client

    def get(self, pet_id: int) -> Pet:
        return self._client.request(GET_PET, path={"id": pet_id})

    def list(self, *, max_items: int | None = None) -> clientsmith.SyncPage[Pet]:
        return self._client.paginate(LIST_PETS, max_items=max_items)

    def export(self) -> Iterator[Pet]:
        return self._client.stream_lines(PET_LINES)

    def events(self) -> Iterator[ServerSentEvent]:
        return self._client.stream_events(EVENTS)

    def photo(self) -> clientsmith.BinaryResponse:
        return self._client.stream(DOWNLOAD)


class AsyncPets:
    def __init__(self, client: clientsmith.AsyncClient) -> None:
        self._client = client

    async def get(self, pet_id: int) -> Pet:
        return await self._client.request(GET_PET, path={"id": pet_id})

    def list(self) -> clientsmith.AsyncPage[Pet]:
        return self._client.paginate(LIST_PETS)

    def export(self) -> AsyncIterator[Pet]:
        return self._client.stream_lines(PET_LINES)

    def events(self) -> AsyncIterator[ServerSentEvent]:
        return self._client.stream_events(EVENTS)

    async def photo(self) -> clientsmith.AsyncBinaryResponse:
        return await self._client.stream(DOWNLOAD)


def sync_client(
    server: Server, limits: ResponseLimits | None = None
) -> clientsmith.Client:
    return clientsmith.Client(
        base_url="https://x.test",
        transport=httpx.MockTransport(server),
        response_limits=limits,
    )


def async_client(server: Server) -> clientsmith.AsyncClient:
    return clientsmith.AsyncClient(
        base_url="https://x.test", transport=httpx.MockTransport(server)
    )


stream = clientsmith.to_streamed_response_wrapper
raw = clientsmith.to_raw_response_wrapper


# -- capture -------------------------------------------------------------------


def test_every_runtime_entry_point_is_captured_without_sending() -> None:
    server = Server()
    with sync_client(server) as client:
        pets = Pets(client)
        token = CAPTURE.set(True)
        try:
            calls = [pets.get(1), pets.list(max_items=3), pets.export(), pets.events(), pets.photo()]  # fmt: skip
        finally:
            CAPTURE.reset(token)
    assert server.requests == []
    assert all(isinstance(c, PendingCall) for c in calls)
    kinds = [c.kind for c in calls if isinstance(c, PendingCall)]
    assert kinds == ["request", "paginate", "stream_lines", "stream_events", "stream"]
    first = calls[0]
    assert isinstance(first, PendingCall) and first.arguments["path"] == {"id": 1}
    paged = calls[1]
    assert isinstance(paged, PendingCall) and paged.arguments["max_items"] == 3


def test_capture_is_scoped_to_the_wrapped_call() -> None:
    server = Server()
    with sync_client(server) as client:
        with stream(Pets(client).get)(1) as response:
            assert CAPTURE.get() is False
            response.read()
        assert Pets(client).get(1).name == "rex"


def test_wrappers_refuse_functions_that_do_not_call_the_client() -> None:
    with pytest.raises(TypeError, match="did not go through"):
        with stream(lambda: 1)():
            pass

    async def not_a_client_call() -> int:
        return 1

    async def main() -> None:
        with pytest.raises(TypeError, match="did not go through"):
            async with clientsmith.async_to_streamed_response_wrapper(
                not_a_client_call
            )():
                pass
        with pytest.raises(TypeError, match="did not go through"):
            await clientsmith.async_to_raw_response_wrapper(not_a_client_call)()

    run(main())


# -- with_streaming_response -----------------------------------------------------


def test_streaming_request_reads_the_body_only_when_asked() -> None:
    server = Server()
    with sync_client(server) as client:
        with stream(Pets(client).get)(1) as response:
            assert isinstance(response, StreamedResponse)
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/json"
            assert server.bodies[0].pulled == 0  # headers only so far
            pet = response.parse()
            assert server.bodies[0].pulled == 2
            assert pet == Pet(id=1, name="rex") and response.parse() is pet
            assert response.json() == {"id": 1, "name": "rex"}
            assert response.text() == PET_JSON.decode()
            assert response.read() == PET_JSON
        assert response.is_closed
        assert "StreamedResponse [200] GET /pets/1" in repr(response)


def test_streaming_iterates_bytes_text_and_lines() -> None:
    server = Server()
    with sync_client(server) as client:
        with stream(Pets(client).get)(1) as response:
            assert list(response.iter_bytes(chunk_size=5))[0] == PET_JSON[:5]
        with stream(Pets(client).get)(1) as response:
            assert "".join(response.iter_text()) == PET_JSON.decode()
        with stream(Pets(client).export)() as response:
            lines = list(response.iter_lines())
    assert [line for line in lines if line] == [
        PET_JSON.decode(),
        '{"id": 2, "name": "tom"}',
    ]


def test_streaming_closes_the_response_after_an_exception() -> None:
    server = Server()
    with sync_client(server) as client:
        with pytest.raises(ValueError, match="boom"):
            with stream(Pets(client).get)(1) as response:
                raise ValueError("boom")
        assert response.is_closed
        assert server.bodies[0].pulled == 0


def test_streaming_status_error_raises_the_typed_error_with_its_body() -> None:
    server = Server()
    with sync_client(server) as client:
        with pytest.raises(clientsmith.NotFoundError) as caught:
            with stream(Pets(client).get)(2):
                pytest.fail("the block must not run")
    assert "no pet 2" in str(caught.value)
    assert caught.value.response.is_closed
    assert isinstance(caught.value.body, Problem)


def test_streaming_read_stays_under_max_body_size() -> None:
    server = Server()
    with sync_client(server, ResponseLimits(max_body_size=10)) as client:
        with stream(Pets(client).get)(1) as response:
            with pytest.raises(clientsmith.ResponseTooLargeError):
                response.read()
        assert response.is_closed


def test_streaming_parse_of_each_kind() -> None:
    server = Server()
    with sync_client(server) as client:
        pets = Pets(client)
        with stream(pets.list)() as listed:
            page = listed.parse()
            assert isinstance(page, clientsmith.SyncPage)
            assert [p.id for p in page] == [1, 2, 3]
        with stream(pets.export)() as exported:
            assert [p.name for p in exported.parse()] == ["rex", "tom"]
        with stream(pets.events)() as events:
            assert [e.data for e in events.parse()] == ["one", "two"]
        with stream(pets.photo)() as photo:
            download = photo.parse()
            assert isinstance(download, clientsmith.BinaryResponse)
            assert download.read() == b"\x89PNGrest"
    # One request per page, the first sent once.
    assert [r.url.params.get("page") for r in server.requests[:3]] == [None, "2", "3"]


# -- with_raw_response ---------------------------------------------------------------


def test_raw_paginated_is_the_first_page_and_parse_goes_on() -> None:
    server = Server()
    with sync_client(server) as client:
        response = raw(Pets(client).list)(max_items=2)
        assert isinstance(response, RawResponse)
        assert response.status_code == 200 and len(server.requests) == 1
        assert "page=2" in response.headers["link"]
        assert [p.id for p in response.parse()] == [1, 2]
    assert len(server.requests) == 2


def test_raw_streamed_ops_hand_over_the_unread_stream() -> None:
    server = Server()
    with sync_client(server) as client:
        pets = Pets(client)
        exported = raw(pets.export)()
        assert exported.headers["content-type"] == "application/x-ndjson"
        assert server.bodies[-1].pulled == 0
        assert [p.id for p in exported.parse()] == [1, 2]
        assert exported.http_response.is_closed  # the iterator closed it when done
        events = raw(pets.events)()
        assert [e.event for e in events.parse()] == ["message", "x"]
        photo = raw(pets.photo)()
        assert photo.content == b"\x89PNGrest"  # read on demand, under the caps
        assert photo.parse().read() == b"\x89PNGrest"
        unread = raw(pets.export)()
        unread.close()
        assert unread.http_response.is_closed


def test_raw_streamed_status_error_raises() -> None:
    server = Server()
    server.routes["/pets/export"] = (500, {}, (b"down",))
    with sync_client(server) as client:
        with pytest.raises(clientsmith.InternalServerError, match="down"):
            raw(Pets(client).export)()


# -- async ------------------------------------------------------------------------


def test_async_streaming_and_raw_of_each_kind() -> None:
    server = Server(is_async=True)

    async def main() -> None:
        async with async_client(server) as client:
            pets = AsyncPets(client)
            wrap = clientsmith.async_to_streamed_response_wrapper
            async with wrap(pets.get)(1) as response:
                assert isinstance(response, AsyncStreamedResponse)
                assert server.bodies[-1].pulled == 0
                assert (await response.parse()).name == "rex"
                assert await response.json() == {"id": 1, "name": "rex"}
                assert await response.text() == PET_JSON.decode()
            assert response.is_closed
            async with wrap(pets.get)(1) as response:
                text = [t async for t in response.iter_text()]
                assert "".join(text) == PET_JSON.decode()
            async with wrap(pets.export)() as exported_lines:
                lines = [line async for line in exported_lines.iter_lines()]
                assert lines[0] == PET_JSON.decode()
            async with wrap(pets.export)() as exported_items:
                assert [p.id async for p in await exported_items.parse()] == [1, 2]
            async with wrap(pets.list)() as listed:
                assert [p.id async for p in await listed.parse()] == [1, 2, 3]
            async with wrap(pets.photo)() as photo:
                assert await (await photo.parse()).read() == b"\x89PNGrest"
            with pytest.raises(clientsmith.NotFoundError, match="no pet 2"):
                async with wrap(pets.get)(2):
                    pytest.fail("the block must not run")
            with pytest.raises(ValueError):
                async with wrap(pets.get)(1) as response:
                    raise ValueError
            assert response.is_closed

            araw = clientsmith.async_to_raw_response_wrapper
            first = await araw(pets.list)()
            assert first.status_code == 200
            assert [p.id async for p in first.parse()] == [1, 2, 3]
            events = await araw(pets.events)()
            assert [e.data async for e in events.parse()] == ["one", "two"]
            assert (await araw(pets.get)(1)).parse().id == 1
            exported = await araw(pets.export)()
            with pytest.raises(RuntimeError, match="through parse"):
                exported.content  # noqa: B018
            assert [p.id async for p in exported.parse()] == [1, 2]
            unread = await araw(pets.export)()
            assert not server.streams[-1].closed
            await unread.aclose()
            assert server.streams[-1].closed

    run(main())


def test_async_lines_close_the_response_when_the_caller_stops_early() -> None:
    server = Server(is_async=True)

    async def main() -> bool:
        async with async_client(server) as client:
            items = AsyncPets(client).export()
            assert isinstance(items, AsyncIterator)
            async for _ in items:
                break
            await items.aclose()  # type: ignore[attr-defined]
            return server.streams[0].closed

    assert run(main())
