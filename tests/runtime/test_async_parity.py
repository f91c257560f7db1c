"""AsyncClient features beyond request(): the same behaviour as the sync client."""

from __future__ import annotations

import pathlib

import httpx
import pytest

import clientsmith
from clientsmith import Operation, PagedOperation, Pagination, Response

from ._helpers import Bearer, Pet, Recorder, run

BASE = "https://api.test"


def test_async_stream_download_and_errors(tmp_path: pathlib.Path) -> None:
    rec = Recorder(
        httpx.Response(200, content=b"x" * 5000), httpx.Response(500, text="down")
    )
    op: Operation[bytes] = Operation(
        "GET", "/blob", responses={"200": Response("binary")}
    )

    async def main() -> int:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec), retry=None
        ) as client:
            async with await client.stream(op) as download:
                assert (
                    download.status_code == 200
                    and "AsyncBinaryResponse [200]" in repr(download)
                )
                written = await download.write_to(tmp_path / "b")
            with pytest.raises(clientsmith.InternalServerError) as info:
                await client.stream(op)
            assert info.value.body == "down"
            return written

    assert run(main()) == 5000
    assert (tmp_path / "b").read_bytes() == b"x" * 5000


def test_async_escape_hatch_and_with_options() -> None:
    rec = Recorder(httpx.Response(200, json={"id": 1, "name": "a"}))

    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec), auth=Bearer()
        ) as client:
            assert await client.get("/x", cast_to=Pet, params={"q": 1}) == Pet(
                id=1, name="a"
            )
            assert rec.last.headers["authorization"] == "Bearer s3cret-token"
            assert await client.post("/x", body={"a": 1}) == {"id": 1, "name": "a"}
            assert await client.put("/x", body={}) == {"id": 1, "name": "a"}
            assert await client.patch("/x", body={}) == {"id": 1, "name": "a"}
            assert await client.delete("/x") == {"id": 1, "name": "a"}
            assert [r.method for r in rec.requests[-4:]] == [
                "POST",
                "PUT",
                "PATCH",
                "DELETE",
            ]
            other = client.with_options(headers={"X-T": "1"}, retry=None)
            await other.get("/y")
            assert rec.last.headers["x-t"] == "1"
            assert other.http_client is client.http_client
            await other.aclose()
            assert not client.http_client.is_closed

    run(main())


def test_escape_hatch_to_another_origin_sends_no_credentials() -> None:
    rec = Recorder(httpx.Response(200, json={}))
    with clientsmith.Client(
        base_url=BASE,
        transport=httpx.MockTransport(rec),
        auth=Bearer(),
        headers={"X-API-Key": "k", "X-App": "a"},
    ) as client:
        client.get("https://elsewhere.test/x")
        assert (
            "authorization" not in rec.last.headers
            and "x-api-key" not in rec.last.headers
        )
        assert rec.last.headers["x-app"] == "a"
        client.get(f"{BASE}/same")
        assert rec.last.headers["authorization"] == "Bearer s3cret-token"


def test_async_cross_origin_next_link_gets_no_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.test":
            return httpx.Response(
                200,
                json=[{"id": 1, "name": "a"}],
                headers={"link": '<https://cdn.test/p2>; rel="next"'},
            )
        return httpx.Response(200, json=[{"id": 2, "name": "b"}])

    rec = Recorder(handler)
    op: PagedOperation[Pet] = PagedOperation(
        "GET", "/pets", pagination=Pagination("link_header"), item_type=Pet
    )

    async def main() -> list[int]:
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec), auth=Bearer()
        ) as client:
            page = client.paginate(op)
            first = await page.next_page()
            assert first is not None and first.next_url == httpx.URL(
                "https://cdn.test/p2"
            )
            rest = [p.id async for p in page]
            return [p.id for p in first] + rest

    assert run(main()) == [1, 2]
    assert "authorization" in rec.requests[0].headers
    assert "authorization" not in rec.requests[1].headers


def test_204_with_declared_json_is_none() -> None:
    op: Operation[Pet | None] = Operation(
        "DELETE", "/p", responses={"2XX": Response("json", Pet)}
    )
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(Recorder(httpx.Response(204)))
    ) as client:
        assert client.request(op) is None
