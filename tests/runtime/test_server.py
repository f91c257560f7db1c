"""Against a real server on 127.0.0.1: retries, drops, timeouts, every pagination style."""

from __future__ import annotations

import pathlib
import uuid
from typing import Any

import pytest

import clientsmith
from clientsmith import (
    Operation,
    PagedOperation,
    Pagination,
    Param,
    Response,
    RetryPolicy,
)

from ._helpers import Bearer, FakeSleep, Pet, run

TOTAL = 53  # matches _server_app.TOTAL

FLAKY: Operation[Pet] = Operation(
    "GET",
    "/flaky/{key}",
    params=(Param("key", "path"),),
    responses={"200": Response("json", Pet)},
)
FLAKY_POST: Operation[Pet] = Operation(
    "POST",
    "/flaky/{key}",
    params=(Param("key", "path"),),
    responses={"200": Response("json", Pet)},
)
DROP: Operation[Pet] = Operation(
    "GET",
    "/drop/{key}",
    params=(Param("key", "path"),),
    responses={"200": Response("json", Pet)},
)
STALL: Operation[object] = Operation("GET", "/stall")


def key() -> str:
    return uuid.uuid4().hex


def calls(client: clientsmith.Client, k: str) -> int:
    counted: dict[str, int] = client.get(f"/count/{k}")
    return counted["calls"]


def make(url: str, sleep: FakeSleep, **kwargs: Any) -> clientsmith.Client:
    client = clientsmith.Client(base_url=url, sleep=sleep, **kwargs)
    client._random = lambda: 0.0
    return client


def test_flapping_503s_are_retried(server_url: str, fake_sleep: FakeSleep) -> None:
    k = key()
    with make(server_url, fake_sleep) as client:
        pet = client.request(FLAKY, path={"key": k}, query={"fails": 2})
        assert pet.id == 3
        assert calls(client, k) == 3
    assert fake_sleep.delays == [0.5, 1.0]


def test_429_with_retry_after_is_honoured(
    server_url: str, fake_sleep: FakeSleep
) -> None:
    k = key()
    with make(server_url, fake_sleep) as client:
        client.request(
            FLAKY,
            path={"key": k},
            query={"fails": 1, "status": 429, "retry_after": "2"},
        )
        assert calls(client, k) == 2
    assert fake_sleep.delays == [2.0]


def test_exhausted_retries_raise_the_last_status(
    server_url: str, fake_sleep: FakeSleep
) -> None:
    k = key()
    with make(server_url, fake_sleep, retry=RetryPolicy(max_attempts=2)) as client:
        with pytest.raises(clientsmith.RateLimitError) as info:
            client.request(
                FLAKY,
                path={"key": k},
                query={"fails": 5, "status": 429, "retry_after": "1"},
            )
        assert info.value.retry_after == "1"
        assert calls(client, k) == 2


def test_post_is_retried_only_with_an_idempotency_key(
    server_url: str, fake_sleep: FakeSleep
) -> None:
    k1, k2 = key(), key()
    with make(server_url, fake_sleep) as client:
        with pytest.raises(clientsmith.InternalServerError):
            client.request(FLAKY_POST, path={"key": k1}, query={"fails": 1})
        assert calls(client, k1) == 1
        with_keys = client.with_options(retry=RetryPolicy(add_idempotency_key=True))
        assert (
            with_keys.request(FLAKY_POST, path={"key": k2}, query={"fails": 1}).id == 2
        )
        assert calls(client, k2) == 2


def test_dropped_connections_are_retried(
    server_url: str, fake_sleep: FakeSleep
) -> None:
    k = key()
    with make(server_url, fake_sleep) as client:
        pet = client.request(DROP, path={"key": k}, query={"fails": 2})
        assert pet.name == "survivor"
    assert len(fake_sleep.delays) == 2


def test_dropped_connection_without_retries_is_a_connection_error(
    server_url: str,
) -> None:
    k = key()
    with clientsmith.Client(base_url=server_url, retry=None) as client:
        with pytest.raises(clientsmith.APIConnectionError) as info:
            client.request(DROP, path={"key": k}, query={"fails": 1})
    assert not isinstance(info.value, clientsmith.APITimeoutError)
    assert info.value.__cause__ is not None


def test_stall_past_the_timeout_raises_timeout_error(server_url: str) -> None:
    with clientsmith.Client(base_url=server_url, timeout=0.2, retry=None) as client:
        with pytest.raises(clientsmith.APITimeoutError, match="GET /stall timed out"):
            client.request(STALL, query={"seconds": 3})
        # Per-request timeout beats the client default.
        assert client.request(STALL, query={"seconds": 0.05}, timeout=5.0) == {
            "status": "late"
        }


def test_connect_refused_is_a_connection_error(fake_sleep: FakeSleep) -> None:
    with make(
        "http://127.0.0.1:9", fake_sleep
    ) as client:  # discard port: nothing listens
        with pytest.raises(clientsmith.APIConnectionError, match="after 3 attempt"):
            client.request(STALL)
    assert len(fake_sleep.delays) == 2


PAGINATIONS: dict[str, tuple[str, Pagination, dict[str, object]]] = {
    "hal": ("/pages/hal", Pagination("hal"), {"size": 10}),
    "link_header": ("/pages/link", Pagination("link_header"), {"size": 10}),
    "cursor": (
        "/pages/cursor",
        Pagination(
            "cursor",
            items=("data",),
            cursor_field=("next_cursor",),
            cursor_param="cursor",
        ),
        {"size": 10},
    ),
    "has_more": (
        "/pages/has_more",
        Pagination(
            "cursor",
            items=("data",),
            has_more_field=("has_more",),
            cursor_from_last_item="id",
            cursor_param="starting_after",
        ),
        {"size": 10},
    ),
    "offset": (
        "/pages/offset",
        Pagination("offset", items=("results",)),
        {"limit": 10},
    ),
    "offset_no_short_page": (
        "/pages/offset",
        Pagination("offset", items=("results",)),
        {"limit": 53},
    ),
    "page_total": (
        "/pages/page",
        Pagination(
            "page", items=("content",), total_pages_field=("totalPages",), first_page=0
        ),
        {"size": 10},
    ),
    "until_empty": ("/pages/until_empty", Pagination("page"), {"size": 10}),
}


@pytest.mark.parametrize("style", sorted(PAGINATIONS))
def test_every_pagination_style_yields_each_item_once(
    server_url: str, style: str
) -> None:
    path, rule, query = PAGINATIONS[style]
    op: PagedOperation[Pet] = PagedOperation(
        "GET", path, pagination=rule, item_type=Pet
    )
    with clientsmith.Client(base_url=server_url, auth=Bearer()) as client:
        ids = [pet.id for pet in client.paginate(op, query=query)]
    assert ids == list(range(TOTAL))


@pytest.mark.parametrize("style", ["hal", "cursor", "page_total"])
def test_async_pagination_against_the_server(server_url: str, style: str) -> None:
    path, rule, query = PAGINATIONS[style]
    op: PagedOperation[Pet] = PagedOperation(
        "GET", path, pagination=rule, item_type=Pet
    )

    async def main() -> list[int]:
        async with clientsmith.AsyncClient(base_url=server_url) as client:
            return [pet.id async for pet in client.paginate(op, query=query)]

    assert run(main()) == list(range(TOTAL))


def test_async_retries_and_timeouts_against_the_server(server_url: str) -> None:
    sleep = FakeSleep()
    k = key()

    async def main() -> Pet:
        async with clientsmith.AsyncClient(
            base_url=server_url, sleep=sleep.async_sleep
        ) as client:
            client._random = lambda: 0.0
            pet = await client.request(FLAKY, path={"key": k}, query={"fails": 1})
            with pytest.raises(clientsmith.APITimeoutError):
                await client.request(
                    STALL, query={"seconds": 3}, timeout=0.2, retry=None
                )
            return pet

    assert run(main()).id == 2
    assert sleep.delays == [0.5]


def test_streams_against_the_server(server_url: str, tmp_path: pathlib.Path) -> None:
    ndjson: Operation[Pet] = Operation(
        "GET", "/ndjson", responses={"200": Response("ndjson", Pet)}
    )
    sse: Operation[object] = Operation(
        "GET", "/sse", responses={"200": Response("sse")}
    )
    download: Operation[bytes] = Operation(
        "GET", "/download", responses={"200": Response("binary")}
    )
    with clientsmith.Client(base_url=server_url) as client:
        assert [p.id for p in client.stream_lines(ndjson, query={"n": 4})] == [
            0,
            1,
            2,
            3,
        ]
        events = list(client.stream_events(sse))
        assert [(e.event, e.id, e.json()) for e in events] == [
            ("tick", str(i), {"n": i}) for i in range(3)
        ]
        with client.stream(download, query={"size": 300_000}) as body:
            assert body.write_to(tmp_path / "d.bin") == 300_000
    assert (tmp_path / "d.bin").stat().st_size == 300_000
