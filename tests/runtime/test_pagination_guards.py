"""Pagination never loses data silently nor loops forever (issue 10 §2, issue 11 item 5).

Each server below is scripted with a request cap: before the guards existed
these iterations looped until the cap tripped, so every test here failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith import PagedOperation, Pagination, Param
from clientsmith.auth import APIKeyAuth
from clientsmith.pagination import (
    PageStep,
    PageWalk,
    SyncPage,
    _PageReader,
    more_signal,
    next_page_step,
    page_key,
    same_page,
)

from ._helpers import Pet, run

CAP = 300  # more requests than any test needs: a runaway loop trips it


class Runaway(AssertionError):
    """The client kept fetching: it would have looped forever."""


class Capped:
    """A handler that records the requests it is sent and stops a runaway loop."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if len(self.sent) > CAP:
            raise Runaway(f"{len(self.sent)} requests: {request.url}")
        return self.handler(request)


def pets(start: int, count: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"p{i}"} for i in range(start, start + count)]


NEXT_LINK: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    pagination=Pagination("next_link", items=("data",), next_link=("links", "next")),
    item_type=Pet,
)
CURSOR: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    params=(Param("limit", "query"),),
    pagination=Pagination(
        "cursor",
        items=("data",),
        cursor_field=("response_metadata", "next_cursor"),
        cursor_param="cursor",
    ),
    item_type=Pet,
)
STRIPE: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    pagination=Pagination(
        "cursor",
        items=("data",),
        has_more_field=("has_more",),
        cursor_param="starting_after",
        cursor_from_last_item="id",
    ),
    item_type=Pet,
)
LINK_HEADER: PagedOperation[Pet] = PagedOperation(
    "GET", "/pets", pagination=Pagination("link_header"), item_type=Pet
)
OFFSET: PagedOperation[Pet] = PagedOperation(
    "GET",
    "/pets",
    params=(Param("limit", "query"), Param("offset", "query")),
    pagination=Pagination("offset", items=("results",)),
    item_type=Pet,
)


def client(handler: Any, **kwargs: Any) -> clientsmith.Client:
    return clientsmith.Client(
        base_url="https://api.test", transport=httpx.MockTransport(handler), **kwargs
    )


# -- cycles ------------------------------------------------------------------------


def cycle_server(request: httpx.Request) -> httpx.Response:
    """A -> B -> A: page 2 links back to page 1 (links without the API key)."""
    page = request.url.params.get("page", "1")
    nxt = "/pets?page=2" if page == "1" else "/pets?page=1"
    return httpx.Response(
        200, json={"data": pets(int(page), 1), "links": {"next": nxt}}
    )


@pytest.mark.parametrize("max_items", [None, 1000])
def test_a_b_a_cycle_raises_pagination_error(max_items: int | None) -> None:
    handler = Capped(cycle_server)
    with client(handler) as c:
        page = c.paginate(NEXT_LINK, max_items=max_items)
        with pytest.raises(clientsmith.PaginationError, match="already fetched") as err:
            list(page)
    # /pets, /pets?page=2, /pets?page=1 (the first page spelled differently: it
    # cannot be known to be /pets), whose next link is page 2 again: stop.
    assert len(handler.sent) == 3
    assert err.value.response.request.url.params["page"] == "1"
    assert isinstance(err.value, clientsmith.ClientsmithError)


def test_cycle_is_seen_through_a_query_api_key() -> None:
    """The client adds ?key=... to every request; the server's links lack it."""
    handler = Capped(cycle_server)
    auth = APIKeyAuth("SECRET-KEY-1", name="key", location="query")
    with client(handler, auth=auth) as c:
        with pytest.raises(clientsmith.PaginationError) as err:
            list(c.paginate(NEXT_LINK))
    assert [r.url.params["key"] for r in handler.sent] == ["SECRET-KEY-1"] * 3
    assert "SECRET-KEY-1" not in str(err.value)


def test_self_link_with_a_query_api_key_ends_the_list() -> None:
    """Issue 11 item 5: a query key defeated the self-link check (endless loop)."""

    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        # the last page (2) points at itself, spelled without the key
        nxt = "/pets?page=2"
        return httpx.Response(
            200, json={"data": pets(int(page) * 10, 2), "links": {"next": nxt}}
        )

    capped_handler = Capped(handler)
    auth = APIKeyAuth("SECRET-KEY-2", name="key", location="query")
    with client(capped_handler, auth=auth) as c:
        ids = [p.id for p in c.paginate(NEXT_LINK)]
    assert ids == [10, 11, 20, 21]
    assert len(capped_handler.sent) == 2


def test_repeated_cursor_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        # page 1 -> "abc"; page "abc" -> "abc" again
        body = {"data": pets(0 if cursor is None else 5, 5)}
        return httpx.Response(
            200, json={**body, "response_metadata": {"next_cursor": "abc"}}
        )

    sending = Capped(handler)
    with client(sending) as c:
        with pytest.raises(
            clientsmith.PaginationError, match="repeated a cursor: cursor"
        ):
            list(c.paginate(CURSOR, query={"limit": 5}, max_items=50))
    assert len(sending.sent) == 2


def test_stripe_last_item_cursor_repeating_raises() -> None:
    """has_more stays true and the server ignores starting_after: same page again."""
    handler = Capped(
        lambda request: httpx.Response(200, json={"data": pets(0, 3), "has_more": True})
    )
    with client(handler) as c:
        with pytest.raises(clientsmith.PaginationError, match="starting_after"):
            list(c.paginate(STRIPE))
    assert len(handler.sent) == 2


@pytest.mark.parametrize("max_items", [None, 5])
def test_endless_empty_pages_raise(max_items: int | None) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("cursor", "0"))
        return httpx.Response(
            200,
            json={
                "data": pets(0, 2) if n == 0 else [],
                "response_metadata": {"next_cursor": str(n + 1)},
            },
        )

    sending = Capped(handler)
    with client(sending) as c:
        with pytest.raises(clientsmith.PaginationError, match="empty pages in a row"):
            list(c.paginate(CURSOR, query={"limit": 2}, max_items=max_items))
    # the first page, then MAX_EMPTY_PAGES + 1 empty ones
    assert len(sending.sent) == clientsmith.pagination.MAX_EMPTY_PAGES + 2


def test_a_few_empty_pages_are_followed() -> None:
    """Slack may send empty pages with a next cursor: they are not an error."""

    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("cursor", "0"))
        data = pets(n, 1) if n in (0, 4) else []
        nxt = str(n + 1) if n < 4 else ""
        return httpx.Response(
            200, json={"data": data, "response_metadata": {"next_cursor": nxt}}
        )

    with client(Capped(handler)) as c:
        assert [p.id for p in c.paginate(CURSOR)] == [0, 4]


def test_async_cycle_and_empty_pages_raise() -> None:
    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url="https://api.test",
            transport=httpx.MockTransport(Capped(cycle_server)),
        ) as c:
            with pytest.raises(clientsmith.PaginationError):
                async for _ in c.paginate(NEXT_LINK, max_items=1000):
                    pass

    run(main())


# -- a page that says there is more -------------------------------------------------


def test_has_more_without_a_cursor_warns(caplog: pytest.LogCaptureFixture) -> None:
    """Stripe: has_more true on an empty page (no last id): items may be missing."""
    handler = Capped(lambda r: httpx.Response(200, json={"data": [], "has_more": True}))
    with caplog.at_level(logging.WARNING, logger="clientsmith"), client(handler) as c:
        assert list(c.paginate(STRIPE)) == []
    (record,) = [r for r in caplog.records if "pagination stopped" in r.getMessage()]
    assert "has_more is true" in record.getMessage()
    assert "GET /pets" in record.getMessage()


def test_body_next_link_under_a_link_header_rule_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """DigitalOcean's shape read with the wrong (Link header) rule stops at page 1."""
    handler = Capped(
        lambda r: httpx.Response(
            200,
            json=pets(0, 2)
            and {"droplets": pets(0, 2), "links": {"pages": {"next": "/pets?page=2"}}},
        )
    )
    op: PagedOperation[Pet] = PagedOperation(
        "GET",
        "/pets",
        pagination=Pagination("link_header", items=("droplets",)),
        item_type=Pet,
    )
    with caplog.at_level(logging.WARNING, logger="clientsmith"), client(handler) as c:
        assert len(list(c.paginate(op))) == 2
    assert any("links.pages.next is set" in r.getMessage() for r in caplog.records)


def test_total_above_items_seen_warns(caplog: pytest.LogCaptureFixture) -> None:
    """The server caps limit=10 to 5: the short page ends the offset rule early."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        return httpx.Response(200, json={"results": pets(offset, 5), "total_count": 12})

    with (
        caplog.at_level(logging.WARNING, logger="clientsmith"),
        client(Capped(handler)) as c,
    ):
        assert len(list(c.paginate(OFFSET, query={"limit": 10}))) == 5
    assert any(
        "total_count is 12 but 5 items arrived" in r.getMessage()
        for r in caplog.records
    )


def test_complete_lists_do_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        return httpx.Response(
            200,
            json={
                "results": pets(offset, max(0, min(5, 12 - offset))),
                "total_count": 12,
            },
        )

    with (
        caplog.at_level(logging.WARNING, logger="clientsmith"),
        client(Capped(handler)) as c,
    ):
        assert len(list(c.paginate(OFFSET, query={"limit": 5}))) == 12
        # entered part-way through: the total is not comparable, no warning
        assert len(list(c.paginate(OFFSET, query={"limit": 5, "offset": 10}))) == 2
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# -- the pure pieces --------------------------------------------------------------


def test_more_signal_reads_the_usual_envelopes() -> None:
    assert more_signal({}, {"link": '</p?page=2>; rel="next"'}, 0) == (
        "its Link header has rel=next"
    )
    assert more_signal({"has_more": True}, {}, None) == "has_more is true"
    assert more_signal({"pagination": {"hasNext": True}}, {}, None) == (
        "pagination.hasNext is true"
    )
    assert (
        more_signal({"next_page_uri": "/x?Page=1"}, {}, None) == "next_page_uri is set"
    )
    assert more_signal({"meta": {"next_page_url": "https://x"}}, {}, None) == (
        "meta.next_page_url is set"
    )
    assert more_signal({"_links": {"next": {"href": "/p2"}}}, {}, None) == (
        "_links.next is set"
    )
    assert more_signal({"metadata": {"continue": "tok"}}, {}, None) == (
        "metadata.continue is set"
    )
    assert more_signal({"pagination": {"next": 1540095775951.0}}, {}, None) == (
        "pagination.next is set"
    )
    assert more_signal({"metadata": {"remainingItemCount": 3}}, {}, 10) == (
        "metadata.remainingItemCount is 3"
    )
    assert more_signal({"meta": {"total": 30}}, {}, 20) == (
        "meta.total is 30 but 20 items arrived"
    )
    # totals are only compared when counted from the start of the list
    assert more_signal({"meta": {"total": 30}}, {}, None) == ""
    for done in (
        {"has_more": False, "next_cursor": "", "total": 2},
        {"response_metadata": {"next_cursor": ""}},
        {"links": {"pages": {"prev": "/p1"}}, "meta": {"total": 2}},
        {"pagination": {"next": None}},
        [1, 2],
        None,
    ):
        assert more_signal(done, {}, 2) == "", done


def test_page_key_ignores_credentials_order_and_fragment() -> None:
    a = httpx.URL("https://user:pw@API.test/p?b=2&a=1&api_key=S#frag")
    b = httpx.URL("https://api.test/p?a=1&b=2")
    assert page_key(a, {"api_key"}) == page_key(b)
    assert page_key(a) != page_key(b)
    assert page_key(b) != page_key(httpx.URL("https://api.test/p?a=1&b=3"))
    assert page_key(b) != page_key(httpx.URL("https://api.test:8443/p?a=1&b=2"))


def test_same_page_drops_only_credentials_the_link_lacks() -> None:
    sent = httpx.URL("https://api.test/p?page=2&api_key=S")
    assert same_page(sent, httpx.URL("https://api.test/p?page=2"))
    assert not same_page(sent, httpx.URL("https://api.test/p?page=3"))
    # a token the server's link carries is part of the page's identity
    assert not same_page(
        httpx.URL("https://api.test/p"), httpx.URL("https://api.test/p?access_token=x")
    )
    assert not same_page(
        httpx.URL("https://api.test/p?page_token=a"),
        httpx.URL("https://api.test/p?page_token=b"),
    )


def response_for(url: str) -> httpx.Response:
    return httpx.Response(200, request=httpx.Request("GET", url))


def test_page_walk_targets_and_guards() -> None:
    walk = PageWalk(Pagination("next_link", items=("d",)), max_empty_pages=1)
    assert walk.target() == PageWalk.FIRST
    p2 = httpx.URL("https://a.test/l?p=2")
    assert (
        walk.accept(response_for("https://a.test/l"), "L", PageStep([1], p2), {}) == p2
    )
    assert walk.target() == p2
    p3 = httpx.URL("https://a.test/l?p=3")
    assert walk.accept(response_for(str(p2)), "L", PageStep([], p3), {}) == p3
    # The loop ends the walk at once; the error comes when the next page is
    # asked for, so the items of the page just read are not lost.
    assert (
        walk.accept(
            response_for(str(p3)),
            "L",
            PageStep([], httpx.URL("https://a.test/l?p=4")),
            {},
        )
        is None
    )
    with pytest.raises(clientsmith.PaginationError, match="2 empty pages in a row"):
        walk.target()
    assert walk.target() is None


def test_page_walk_self_link_ends_but_repeated_cursor_raises() -> None:
    url = "https://a.test/l?cursor=x"
    link = PageWalk(Pagination("next_link"), max_empty_pages=5)
    link.accept(
        response_for("https://a.test/l"), "L", PageStep([1], httpx.URL(url)), {}
    )
    assert (
        link.accept(response_for(url), "L", PageStep([2], httpx.URL(url)), {}) is None
    )
    assert link.target() is None
    cursor = PageWalk(Pagination("cursor", cursor_param="cursor"), max_empty_pages=5)
    cursor.accept(
        response_for("https://a.test/l"), "L", PageStep([1], httpx.URL(url)), {}
    )
    assert (
        cursor.accept(response_for(url), "L", PageStep([2], httpx.URL(url)), {}) is None
    )
    with pytest.raises(clientsmith.PaginationError, match="repeated a cursor"):
        cursor.target()


def test_first_page_repeating_its_own_cursor_keeps_its_items() -> None:
    """A caller resumes at cursor x and the server answers cursor x again (a
    mock serving a static example does): the page's items arrive, and the walk
    raises only when asked for more (seen on Kubernetes lists under Prism)."""
    url = "https://a.test/l?cursor=x"
    seen: list[str] = []

    def fetch_first() -> httpx.Response:
        seen.append(url)
        return httpx.Response(
            200, json={"d": [1, 2], "next": "x"}, request=httpx.Request("GET", url)
        )

    def fetch_url(next_url: httpx.URL) -> httpx.Response:
        raise AssertionError(f"fetched {next_url} again")

    pagination = Pagination(
        "cursor", items=("d",), cursor_param="cursor", cursor_field=("next",)
    )
    pages: SyncPage[int] = SyncPage(
        fetch_first=fetch_first,
        fetch_url=fetch_url,
        reader=_PageReader(pagination, int, "L"),
    )
    items: list[int] = []
    with pytest.raises(clientsmith.PaginationError, match="repeated a cursor"):
        for item in pages:
            items.append(item)
    assert items == [1, 2]
    assert seen == [url]


def test_next_link_style_and_number_cursors() -> None:
    url = httpx.URL("https://api.twilio.test/2010-04-01/Accounts/AC1/Messages.json")
    twilio = Pagination("next_link", items=("messages",), next_link=("next_page_uri",))
    step = next_page_step(
        twilio,
        url,
        {
            "messages": [1],
            "next_page_uri": "/2010-04-01/Accounts/AC1/Messages.json?Page=1&PageToken=PA1",
        },
        {},
    )
    assert step.items == [1]
    assert step.next_url == httpx.URL(
        "https://api.twilio.test/2010-04-01/Accounts/AC1/Messages.json?Page=1&PageToken=PA1"
    )
    assert (
        next_page_step(
            twilio, url, {"messages": [], "next_page_uri": None}, {}
        ).next_url
        is None
    )
    vercel = Pagination(
        "cursor",
        items=("teams",),
        cursor_field=("pagination", "next"),
        cursor_param="until",
    )
    step = next_page_step(
        vercel,
        httpx.URL("https://v.test/teams"),
        {"teams": [1], "pagination": {"next": 1540095775951}},
        {},
    )
    assert step.next_url == httpx.URL("https://v.test/teams?until=1540095775951")
    step = next_page_step(
        vercel,
        httpx.URL("https://v.test/teams"),
        {"teams": [1], "pagination": {"next": 1.5e12}},
        {},
    )
    assert step.next_url == httpx.URL("https://v.test/teams?until=1500000000000")


def test_pagination_errors_and_warnings_carry_no_query_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Cursor URLs are built from the sent URL, query API key included."""

    def repeating(request: httpx.Request) -> httpx.Response:
        body = {"data": pets(0, 1), "response_metadata": {"next_cursor": "same"}}
        return httpx.Response(200, json=body)

    auth = APIKeyAuth("SECRET-KEY-3", name="sig", location="query")
    with caplog.at_level(logging.DEBUG, logger="clientsmith"):
        with client(Capped(repeating), auth=auth) as c:
            with pytest.raises(clientsmith.PaginationError) as err:
                list(c.paginate(CURSOR))
            more = Capped(
                lambda r: httpx.Response(200, json={"data": [], "has_more": True})
            )
        with client(more, auth=auth) as c:
            assert list(c.paginate(STRIPE)) == []
    assert "repeated a cursor" in str(err.value)
    assert "SECRET-KEY-3" not in str(err.value)
    assert "has_more is true" in caplog.text
    assert "SECRET-KEY-3" not in caplog.text
