"""Pagination: each pure rule, then SyncPage/AsyncPage over a mock API."""

from __future__ import annotations

import gc
import json
import tracemalloc
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith import PagedOperation, Pagination, Param
from clientsmith.pagination import next_page_step, parse_link_header

from ._helpers import Bearer, Pet, Recorder, run

URL = httpx.URL("https://api.test/pets?limit=2")


def test_hal_next_href_and_embedded_items() -> None:
    body = {
        "_embedded": {"items": [1, 2]},
        "_links": {"next": {"href": "/pets?page=2"}},
    }
    step = next_page_step(Pagination("hal"), URL, body, {})
    assert step.items == [1, 2]
    assert step.next_url == httpx.URL("https://api.test/pets?page=2")
    last = next_page_step(
        Pagination("hal"), URL, {"_embedded": {"items": [3]}, "_links": {}}, {}
    )
    assert last.items == [3] and last.next_url is None


def test_link_header_rel_next() -> None:
    header = '<https://api.test/pets?page=3>; rel="next", <https://api.test/pets?page=9>; rel="last"'
    assert parse_link_header(header) == {
        "next": "https://api.test/pets?page=3",
        "last": "https://api.test/pets?page=9",
    }
    assert parse_link_header('<a>; rel="prev next"') == {"prev": "a", "next": "a"}
    step = next_page_step(Pagination("link_header"), URL, [1], {"link": header})
    assert step.next_url == httpx.URL("https://api.test/pets?page=3")
    assert next_page_step(Pagination("link_header"), URL, [1], {}).next_url is None


def test_cursor_field() -> None:
    rule = Pagination(
        "cursor",
        items=("data",),
        cursor_field=("meta", "next_cursor"),
        cursor_param="cursor",
    )
    step = next_page_step(rule, URL, {"data": [1], "meta": {"next_cursor": "abc"}}, {})
    assert step.next_url == httpx.URL("https://api.test/pets?limit=2&cursor=abc")
    assert (
        next_page_step(
            rule, URL, {"data": [1], "meta": {"next_cursor": None}}, {}
        ).next_url
        is None
    )
    assert (
        next_page_step(
            rule, URL, {"data": [1], "meta": {"next_cursor": ""}}, {}
        ).next_url
        is None
    )


def test_cursor_has_more_and_last_item_id() -> None:
    rule = Pagination(
        "cursor",
        items=("data",),
        has_more_field=("has_more",),
        cursor_from_last_item="id",
        cursor_param="starting_after",
    )
    body = {"data": [{"id": "a"}, {"id": "b"}], "has_more": True}
    assert next_page_step(rule, URL, body, {}).next_url == httpx.URL(
        "https://api.test/pets?limit=2&starting_after=b"
    )
    assert next_page_step(rule, URL, {**body, "has_more": False}, {}).next_url is None
    assert (
        next_page_step(rule, URL, {"data": [], "has_more": True}, {}).next_url is None
    )


def test_offset_limit() -> None:
    rule = Pagination("offset", items=("results",))
    full = next_page_step(
        rule, httpx.URL("https://api.test/p?offset=4&limit=2"), {"results": [1, 2]}, {}
    )
    assert full.next_url == httpx.URL("https://api.test/p?offset=6&limit=2")
    short = next_page_step(
        rule, httpx.URL("https://api.test/p?offset=4&limit=2"), {"results": [1]}, {}
    )
    assert short.next_url is None
    no_limit = next_page_step(
        rule, httpx.URL("https://api.test/p"), {"results": [1, 2, 3]}, {}
    )
    assert no_limit.next_url == httpx.URL("https://api.test/p?offset=3")
    assert (
        next_page_step(
            rule, httpx.URL("https://api.test/p"), {"results": []}, {}
        ).next_url
        is None
    )


def test_page_number_with_total_pages() -> None:
    rule = Pagination(
        "page",
        items=("content",),
        total_pages_field=("totalPages",),
        page_param="page",
        first_page=0,
    )
    first = next_page_step(
        rule,
        httpx.URL("https://api.test/p?size=2"),
        {"content": [1, 2], "totalPages": 2},
        {},
    )
    assert first.next_url == httpx.URL("https://api.test/p?size=2&page=1")
    last = next_page_step(
        rule,
        httpx.URL("https://api.test/p?size=2&page=1"),
        {"content": [3], "totalPages": 2},
        {},
    )
    assert last.next_url is None


def test_page_number_until_empty_page() -> None:
    rule = Pagination("page")
    step = next_page_step(rule, httpx.URL("https://api.test/p"), [1], {})
    assert step.next_url == httpx.URL("https://api.test/p?page=2")
    assert (
        next_page_step(rule, httpx.URL("https://api.test/p?page=2"), [], {}).next_url
        is None
    )


def test_items_path_must_be_a_list() -> None:
    with pytest.raises(ValueError, match="expected a list"):
        next_page_step(Pagination("page", items=("data",)), URL, {"data": {"a": 1}}, {})


# -- iterating ---------------------------------------------------------------------


def pets(start: int, count: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"p{i}"} for i in range(start, start + count)]


def offset_api(total: int) -> Recorder:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params["limit"])
        return httpx.Response(
            200, json={"results": pets(offset, max(0, min(limit, total - offset)))}
        )

    return Recorder(handler)


LIST_OFFSET: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    params=(Param("limit", "query"),),
    pagination=Pagination("offset", items=("results",)),
    item_type=Pet,
)


def test_sync_page_iterates_all_items_without_loss_or_duplicates() -> None:
    rec = offset_api(25)
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec)
    ) as client:
        page = client.paginate(LIST_OFFSET, query={"limit": 10})
        assert rec.requests == []  # lazy: nothing sent yet
        items = list(page)
    assert [p.id for p in items] == list(range(25))
    assert all(isinstance(p, Pet) for p in items)
    assert len(rec.requests) == 3


def test_iter_pages_next_page_and_max_items() -> None:
    rec = offset_api(25)
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec)
    ) as client:
        pages = list(client.paginate(LIST_OFFSET, query={"limit": 10}).iter_pages())
        assert [len(p) for p in pages] == [10, 10, 5]
        assert pages[0].response.status_code == 200
        paged = client.paginate(LIST_OFFSET, query={"limit": 10})
        first = paged.next_page()
        second = paged.next_page()
        assert first is not None and second is not None
        assert [p.id for p in second] == list(range(10, 20))
        before = len(rec.requests)
        assert [
            p.id
            for p in client.paginate(LIST_OFFSET, query={"limit": 10}, max_items=12)
        ] == list(range(12))
        assert len(rec.requests) - before == 2  # stopped without fetching page 3


def test_next_link_to_another_origin_gets_no_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.test":
            body = {
                "_embedded": {"items": pets(0, 2)},
                "_links": {"next": {"href": "https://evil.test/pets?page=2"}},
            }
        else:
            body = {"_embedded": {"items": pets(2, 1)}, "_links": {}}
        return httpx.Response(200, json=body)

    rec = Recorder(handler)
    op: PagedOperation[Pet] = PagedOperation(
        "GET", "/pets", pagination=Pagination("hal"), item_type=Pet
    )
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec), auth=Bearer()
    ) as client:
        ids = [
            p.id
            for p in client.paginate(
                op, cookies={"session": "s"}, extra_headers={"X-Trace": "t"}
            )
        ]
    assert ids == [0, 1, 2]
    first, second = rec.requests
    assert first.headers["authorization"] and first.headers["cookie"] == "session=s"
    assert second.url.host == "evil.test"
    assert "authorization" not in second.headers and "cookie" not in second.headers
    assert second.headers["x-trace"] == "t"


def test_same_origin_next_link_keeps_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        link = {"link": '</pets?page=2>; rel="next"'} if page == 1 else {}
        return httpx.Response(200, json=pets(page * 10, 2), headers=link)

    rec = Recorder(handler)
    op: PagedOperation[Pet] = PagedOperation(
        "GET", "/pets", pagination=Pagination("link_header"), item_type=Pet
    )
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec), auth=Bearer()
    ) as client:
        assert [p.id for p in client.paginate(op)] == [10, 11, 20, 21]
    assert all(
        r.headers["authorization"] == "Bearer s3cret-token" for r in rec.requests
    )


def test_invalid_item_raises_validation_error_when_strict() -> None:
    rec = Recorder(httpx.Response(200, json={"results": [{"id": "x"}]}))
    with clientsmith.Client(
        base_url="https://api.test",
        transport=httpx.MockTransport(rec),
        strict_validation=True,
    ) as client:
        with pytest.raises(clientsmith.APIResponseValidationError, match="GET /pets"):
            list(client.paginate(LIST_OFFSET, query={"limit": 10}))


def test_off_spec_item_is_kept_and_logged_by_default(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from clientsmith import _response

    _response._WARNED.clear()
    rec = Recorder(
        httpx.Response(
            200, json={"results": [{"id": 1, "name": "a"}, {"id": "x", "name": "b"}]}
        ),
        httpx.Response(200, json={"results": []}),
    )
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec)
    ) as client:
        items = list(client.paginate(LIST_OFFSET, query={"limit": 2}))
    _response._WARNED.clear()
    assert [type(p) for p in items] == [Pet, Pet]
    assert [(p.id, p.name) for p in items] == [(1, "a"), ("x", "b")]
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 1 and "GET /pets" in warned[0] and "$[1].id" in warned[0]


def test_status_error_on_a_later_page_raises() -> None:
    rec = Recorder(
        httpx.Response(200, json={"results": pets(0, 2)}), httpx.Response(404, json={})
    )
    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(rec)
    ) as client:
        page = client.paginate(LIST_OFFSET, query={"limit": 2})
        with pytest.raises(clientsmith.NotFoundError):
            list(page)


def test_memory_stays_flat_over_100k_items() -> None:
    page_body = json.dumps({"results": pets(0, 1000)}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        if offset >= 100_000:
            return httpx.Response(200, json={"results": []})
        return httpx.Response(
            200, content=page_body, headers={"content-type": "application/json"}
        )

    with clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(handler)
    ) as client:
        count = 0
        gc.collect()
        tracemalloc.start()
        try:
            for _item in client.paginate(LIST_OFFSET, query={"limit": 1000}):
                count += 1
                if count == 5_000:
                    early = tracemalloc.get_traced_memory()[0]
            late, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        del _item
    assert count == 100_000
    # One page of 1,000 models is a few hundred KB; 100 pages kept would be tens of MB.
    assert peak < 8_000_000
    assert late - early < 2_000_000


def test_async_page_iterates_and_walks_pages() -> None:
    rec = offset_api(7)

    async def main() -> tuple[list[int], list[int]]:
        async with clientsmith.AsyncClient(
            base_url="https://api.test", transport=httpx.MockTransport(rec)
        ) as client:
            ids = [p.id async for p in client.paginate(LIST_OFFSET, query={"limit": 3})]
            sizes = [
                len(page)
                async for page in client.paginate(
                    LIST_OFFSET, query={"limit": 3}
                ).iter_pages()
            ]
            capped = [
                p.id
                async for p in client.paginate(
                    LIST_OFFSET, query={"limit": 3}, max_items=4
                )
            ]
            assert capped == [0, 1, 2, 3]
            return ids, sizes

    ids, sizes = run(main())
    assert ids == list(range(7))
    assert sizes == [3, 3, 1]
