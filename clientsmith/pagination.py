"""Pagination: pure next-page rules, pure loop guards, lazy page iterators.

Each strategy is a pure function ``(pagination, request_url, body, headers) ->
PageStep`` (the raw items of this page and the URL of the next one, or
``None``). :class:`PageWalk` holds the policy of one run over the pages: it
refuses to fetch a page twice (a cycle, a repeated cursor), to follow an
endless run of empty pages, and warns when a page says there is more while the
rule found no next page. It does no I/O: :class:`SyncPage` and
:class:`AsyncPage` are the only send loops, fetching one page at a time and
keeping no old pages, so memory stays flat however many items are iterated
(the walk remembers one short key per page fetched).
"""

from __future__ import annotations

import json
import re
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar
from urllib.parse import urlencode

import httpx

from ._logging import logger
from ._redact import is_sensitive_name, redact_url
from ._response import adapter_for, validate_item
from .errors import APIResponseValidationError, PaginationError
from .operation import Pagination

if TYPE_CHECKING:
    import pydantic
else:
    from ._lazy import pydantic


__all__ = [
    "MAX_EMPTY_PAGES",
    "AsyncPage",
    "Page",
    "PageStep",
    "PageWalk",
    "SyncPage",
    "more_signal",
    "next_page_step",
    "page_key",
    "parse_link_header",
    "same_page",
]

T = TypeVar("T")

MAX_EMPTY_PAGES: Final = 100
"""Consecutive empty pages that still point at a next page before giving up.

Cursor APIs may legitimately send a few empty pages (Slack does while it
filters); a hundred in a row is a server that will never end.
"""


@dataclass(frozen=True, slots=True)
class PageStep:
    """What one page contributes: its raw items and where the next page is."""

    items: list[Any]
    next_url: httpx.URL | None


@dataclass(frozen=True, slots=True, repr=False)
class Page(Generic[T]):
    """One fetched page: validated items plus the HTTP response it came from."""

    items: list[T]
    response: httpx.Response
    next_url: httpx.URL | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        # next links may carry signed tokens: show them redacted
        nxt = redact_url(self.next_url) if self.next_url is not None else None
        return f"<Page items={len(self.items)} status={self.response.status_code} next={nxt!r}>"


# -- pure rules ------------------------------------------------------------------


def _dig(body: Any, path: Sequence[str]) -> Any:
    for key in path:
        if isinstance(body, Mapping):
            body = body.get(key)
        else:
            return None
    return body


def _items(body: Any, path: Sequence[str]) -> list[Any]:
    found = _dig(body, path) if path else body
    if found is None:
        return []
    if not isinstance(found, list):
        raise ValueError(
            f"expected a list at {'.'.join(path) or '<root>'}, got {type(found).__name__}"
        )
    return found


_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")


def parse_link_header(value: str) -> dict[str, str]:
    """RFC 8288 ``Link`` header -> ``{rel: url}`` (first link wins per rel)."""
    links: dict[str, str] = {}
    for match in _LINK.finditer(value):
        url, params = match.group(1), match.group(2)
        for param in params.split(";"):
            name, _, raw = param.strip().partition("=")
            if name.strip().lower() != "rel":
                continue
            for rel in raw.strip().strip('"').lower().split():
                links.setdefault(rel, url)
    return links


def _int_param(url: httpx.URL, name: str, default: int | None) -> int | None:
    raw = url.params.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        return default


def _cursor_text(value: Any) -> str | None:
    """A cursor value as it goes in the query, or ``None`` when there is none."""
    if value is None or isinstance(value, bool | Mapping | list):
        return None
    if isinstance(value, float) and value.is_integer():
        # Vercel's ``pagination.next`` is a millisecond timestamp: 1.5e12 -> "1500000000000"
        value = int(value)
    text = str(value)
    return text or None


def next_page_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """Apply the operation's pagination rule to one decoded page."""
    step = _STEPS.get(pagination.style)
    if step is None:
        raise ValueError(f"unknown pagination style {pagination.style!r}")
    return step(pagination, request_url, body, headers)


def _link_in_body_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """``hal`` and ``next_link``: the next page's URL is a field of the body."""
    default = ("_embedded", "items") if pagination.style == "hal" else ()
    items = _items(body, pagination.items or default)
    href = _dig(body, pagination.next_link)
    next_url = request_url.join(href) if isinstance(href, str) and href else None
    return PageStep(items, next_url)


def _link_header_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """``link_header``: RFC 8288 ``Link: <...>; rel="next"``."""
    items = _items(body, pagination.items)
    link = parse_link_header(headers.get("link", "")).get("next")
    return PageStep(items, request_url.join(link) if link else None)


def _cursor_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """``cursor``: a cursor from the body (or the last item) goes in the query."""
    items = _items(body, pagination.items)
    if pagination.has_more_field and not _dig(body, pagination.has_more_field):
        return PageStep(items, None)
    cursor: str | None = None
    if pagination.cursor_from_last_item:
        if items and isinstance(items[-1], Mapping):
            cursor = _cursor_text(items[-1].get(pagination.cursor_from_last_item))
    elif pagination.cursor_field:
        cursor = _cursor_text(_dig(body, pagination.cursor_field))
    if cursor is None:
        return PageStep(items, None)
    param = pagination.cursor_param or "cursor"
    return PageStep(items, request_url.copy_set_param(param, cursor))


def _offset_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """``offset``: the next offset is this one plus the items received."""
    items = _items(body, pagination.items)
    if not items:
        return PageStep(items, None)
    offset = _int_param(request_url, pagination.offset_param, 0) or 0
    limit = _int_param(request_url, pagination.limit_param, None)
    if limit is not None and len(items) < limit:
        return PageStep(items, None)  # a short page is the last one
    return PageStep(
        items,
        request_url.copy_set_param(pagination.offset_param, str(offset + len(items))),
    )


def _page_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """``page``: page numbers, up to the body's page count when it has one."""
    items = _items(body, pagination.items)
    page = _int_param(request_url, pagination.page_param, pagination.first_page)
    assert page is not None
    if pagination.total_pages_field:
        total = _dig(body, pagination.total_pages_field)
        # ``totalPages`` counts pages; a 0-based API's last page is total - 1.
        last = (
            (int(total) - 1 + pagination.first_page)
            if isinstance(total, int | float)
            else None
        )
        if last is None or page >= last or not items:
            return PageStep(items, None)
    elif not items:
        return PageStep(items, None)
    return PageStep(
        items, request_url.copy_set_param(pagination.page_param, str(page + 1))
    )


_Step = Callable[[Pagination, httpx.URL, Any, Mapping[str, str]], PageStep]

# One rule per ``Pagination.style``.
_STEPS: dict[str, _Step] = {
    "hal": _link_in_body_step,
    "next_link": _link_in_body_step,
    "link_header": _link_header_step,
    "cursor": _cursor_step,
    "offset": _offset_step,
    "page": _page_step,
}


# -- pure loop guards ----------------------------------------------------------------

# Where list responses keep their paging metadata: the top level, then the usual
# envelopes (Stripe, Slack, Kubernetes, DigitalOcean, Twilio, Vercel, JSON:API...).
_CONTAINERS: tuple[tuple[str, ...], ...] = (
    (),
    ("meta",),
    ("pagination",),
    ("paging",),
    ("page_info",),
    ("pageInfo",),
    ("response_metadata",),
    ("metadata",),
    ("links",),
    ("links", "pages"),
    ("_links",),
)
_MORE_FLAGS = (
    "has_more",
    "hasMore",
    "has_next",
    "hasNext",
    "has_next_page",
    "hasNextPage",
)
_NEXT_FIELDS = (
    "next",
    "next_page",
    "nextPage",
    "next_url",
    "nextUrl",
    "next_link",
    "nextLink",
    "@odata.nextLink",
    "next_page_url",
    "next_page_uri",
    "next_cursor",
    "nextCursor",
    "next_page_token",
    "nextPageToken",
    "cursor_next",
    "continue",
)
_TOTAL_FIELDS = (
    "total",
    "total_count",
    "totalCount",
    "total_results",
    "totalResults",
    "total_items",
    "totalItems",
    "totalElements",
    "total_size",
    "totalSize",
)


def more_signal(body: Any, headers: Mapping[str, str], seen: int | None) -> str:
    """Why this page says more items exist, or ``""`` when it does not.

    Looks at what servers commonly send whatever the operation's rule reads: an
    RFC 8288 ``rel=next`` link, a ``has_more``-like flag that is true, a
    non-empty next link or cursor field, and (when ``seen`` is given: the items
    received so far, counted from the start of the list) a total above it or a
    positive ``remainingItemCount``. Used when the rule found no next page, to
    tell the user that items may be missing.
    """
    if "next" in parse_link_header(headers.get("link", "")):
        return "its Link header has rel=next"
    if not isinstance(body, Mapping):
        return ""
    for container in _CONTAINERS:
        node = _dig(body, container)
        if not isinstance(node, Mapping):
            continue
        where = ".".join(container)
        prefix = f"{where}." if where else ""
        for flag in _MORE_FLAGS:
            if node.get(flag) is True:
                return f"{prefix}{flag} is true"
        for name in _NEXT_FIELDS:
            value = node.get(name)
            if isinstance(value, Mapping):
                value = value.get("href")  # HAL: {"next": {"href": ...}}
            if _cursor_text(value) is not None:
                return f"{prefix}{name} is set"
        if seen is None:
            continue
        remaining = node.get("remainingItemCount")
        if (
            isinstance(remaining, int)
            and not isinstance(remaining, bool)
            and remaining > 0
        ):
            return f"{prefix}remainingItemCount is {remaining}"
        for name in _TOTAL_FIELDS:
            total = node.get(name)
            if isinstance(total, int) and not isinstance(total, bool) and total > seen:
                return f"{prefix}{name} is {total} but {seen} items arrived"
    return ""


def page_key(url: httpx.URL, ignore: Collection[str] = ()) -> str:
    """The identity of a page's URL, for spotting a page fetched twice.

    Userinfo, the fragment and the query parameters named in ``ignore`` (the
    credentials the client adds to every request) are left out, and the
    remaining parameters sorted, so two URLs for the same page compare equal
    however the server spells them.
    """
    params = sorted((k, v) for k, v in url.params.multi_items() if k not in ignore)
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}{url.path}?{urlencode(params)}"


def same_page(sent: httpx.URL, link: httpx.URL) -> bool:
    """Whether ``link`` (from the server) names the page fetched as ``sent``.

    ``sent`` went out with the client's credentials: a query API key the
    server's links leave out. Credential-looking parameters of ``sent`` that
    ``link`` lacks are ignored; one the link carries (a signed link's
    ``access_token``, a ``page_token``) still tells pages apart.
    """
    added = {
        k for k in sent.params.keys() if k not in link.params and is_sensitive_name(k)
    }
    return page_key(sent, added) == page_key(link)


# Styles whose next page is a URL the server wrote (rather than one built from a
# cursor or a counter).
_LINK_STYLES = frozenset({"hal", "next_link", "link_header"})


def _position_params(pagination: Pagination) -> tuple[str, ...]:
    """Query parameters that say the list was entered part-way through."""
    style = pagination.style
    if style == "offset":
        return (pagination.offset_param,)
    if style == "page":
        return (pagination.page_param,)
    if style == "cursor":
        return (pagination.cursor_param or "cursor",)
    return ()


class PageWalk:
    """The policy of one run over the pages of a list: pure, no I/O.

    The send loops ask :meth:`target` what to fetch (``FIRST``, a URL, or
    ``None`` when done) and hand each response to :meth:`accept`. The walk
    raises :class:`~clientsmith.errors.PaginationError` when the next page is
    one already fetched (an A->B->A cycle, a repeated cursor) or when more than
    ``max_empty_pages`` empty pages in a row still point at a next page, and
    logs a warning when the last page says there is more (see
    :func:`more_signal`). A next link (or ``Link`` header) to the page itself
    ends the walk: some servers mark their last page that way; a cursor that
    leads to the page itself is a repeated cursor.
    """

    FIRST: Final = "first"

    def __init__(self, pagination: Pagination, *, max_empty_pages: int) -> None:
        self.pagination = pagination
        self.max_empty_pages = max_empty_pages
        self._started = False
        self._next_url: httpx.URL | None = None
        self._done = False
        # Keys of the pages fetched after the first (hashed: a few dozen bytes
        # per page), without the credential parameters the client adds.
        self._fetched: set[int] = set()
        self._added: frozenset[str] = frozenset()
        self._first: httpx.URL | None = None
        self._empty_run = 0
        self._seen = 0
        self._from_start = True
        # A loop found while reading a page is raised when the next page is
        # asked for, so the caller still gets the items of the page just read.
        self._stop: PaginationError | None = None

    def target(self) -> str | httpx.URL | None:
        """What to fetch next: :attr:`FIRST`, a next-page URL, or ``None``.

        Raises the :class:`~clientsmith.errors.PaginationError` found on the
        previous page (a loop) instead of fetching again.
        """
        if self._stop is not None:
            stop, self._stop = self._stop, None
            raise stop
        if self._done:
            return None
        if not self._started:
            return self.FIRST
        if self._next_url is None:
            self._done = True
        return self._next_url

    def accept(
        self, response: httpx.Response, label: str, step: PageStep, body: Any
    ) -> httpx.URL | None:
        """Record one fetched page; return the URL of the next one (or ``None``)."""
        url = response.request.url
        if not self._started:
            self._started = True
            self._first = url
            # A list entered part-way through has no comparable total.
            self._from_start = not any(
                url.params.get(p) for p in _position_params(self.pagination)
            )
        else:
            self._learn_added(url)
            self._fetched.add(hash(page_key(url, self._added)))
        self._seen += len(step.items)
        next_url = step.next_url
        if (
            next_url is not None
            and self.pagination.style in _LINK_STYLES
            and self._same(url, next_url)
        ):
            # The server points at the page just read: that is its last page.
            logger.debug("%s: next page is the page itself; stopping", label)
            self._finish(None)
            return None
        if next_url is None:
            reason = more_signal(
                body, response.headers, self._seen if self._from_start else None
            )
            if reason:
                logger.warning(
                    "%s: pagination stopped after %d items although the last page "
                    "says there is more (%s); items may be missing: check the "
                    "operation's x-pagination rule",
                    label,
                    self._seen,
                    reason,
                )
            self._finish(None)
            return None
        if self._fetched_before(next_url):
            self._loop(
                f"{label}: {self._repeat(next_url)} leads back to a page already "
                f"fetched ({redact_url(next_url)}); stopped to avoid looping forever",
                response,
            )
            return None
        self._empty_run = 0 if step.items else self._empty_run + 1
        if self._empty_run > self.max_empty_pages:
            self._loop(
                f"{label}: {self._empty_run} empty pages in a row still point at a "
                "next page; stopped to avoid looping forever",
                response,
            )
            return None
        self._finish(next_url)
        return next_url

    def _loop(self, message: str, response: httpx.Response) -> None:
        """End the walk on a loop: the error comes with the next :meth:`target`."""
        self._stop = PaginationError(message, response=response)
        self._finish(None)

    def _learn_added(self, sent: httpx.URL) -> None:
        """Note the query parameters the client added to the URL asked for.

        What the sent URL carries beyond the next-page URL the walk asked for
        was put there by the client (a query API key from the auth flow), not
        by the server, so it does not tell pages apart. A redirect elsewhere
        teaches nothing.
        """
        asked = self._next_url
        if asked is None or (sent.host, sent.path) != (asked.host, asked.path):
            return
        added = {k for k, v in sent.params.multi_items() if asked.params.get(k) != v}
        if not added <= self._added:
            self._added = self._added | added

    def _same(self, sent: httpx.URL, link: httpx.URL) -> bool:
        return same_page(sent, link) or (
            page_key(sent, self._added) == page_key(link, self._added)
        )

    def _fetched_before(self, link: httpx.URL) -> bool:
        if self._first is not None and self._same(self._first, link):
            return True
        return hash(page_key(link, self._added)) in self._fetched

    def _repeat(self, next_url: httpx.URL) -> str:
        if self.pagination.style == "cursor":
            param = self.pagination.cursor_param or "cursor"
            if param in next_url.params:
                return f"the server repeated a cursor: {param}"
        return "the next link"

    def _finish(self, next_url: httpx.URL | None) -> None:
        self._next_url = next_url
        if next_url is None:
            self._done = True


# -- iterators -------------------------------------------------------------------


class _PageReader(Generic[T]):
    """Decoding, stepping and validating one page, with the walk's guards.

    Shared by the sync and async pages, which only send.
    """

    def __init__(
        self, pagination: Pagination, item_type: Any, label: str, strict: bool = False
    ) -> None:
        self.pagination = pagination
        self.label = label
        self.items_type: Any = list[item_type] if item_type is not None else None
        self.adapter: pydantic.TypeAdapter[list[Any]] | None = (
            adapter_for(self.items_type) if item_type is not None else None
        )
        # Off-spec items are kept and logged like whole responses unless strict.
        self.strict = strict

    def read(self, response: httpx.Response, walk: PageWalk) -> Page[T]:
        try:
            body = json.loads(response.content) if response.content else None
            step = next_page_step(
                self.pagination, response.request.url, body, response.headers
            )
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{self.label}: cannot read page: {exc}", response=response
            ) from exc
        items: list[Any] = step.items
        if self.adapter is not None:
            items = validate_item(
                self.adapter,
                self.items_type,
                items,
                self.label,
                self.strict,
                response,
                "page items",
            )
        next_url = walk.accept(response, self.label, step, body)
        return Page(items=items, response=response, next_url=next_url)


class SyncPage(Generic[T]):
    """Items of a paginated operation, fetched page by page while iterating.

    ``for item in page`` walks every item of every page; :meth:`iter_pages`
    yields :class:`Page` objects; :meth:`next_page` fetches one page at a time.
    ``max_items`` stops after that many items (and fetches no further page).
    A page fetched twice or more than ``max_empty_pages`` empty pages in a row
    raise :class:`~clientsmith.errors.PaginationError` (see :class:`PageWalk`).
    """

    def __init__(
        self,
        *,
        fetch_first: Callable[[], httpx.Response],
        fetch_url: Callable[[httpx.URL], httpx.Response],
        reader: _PageReader[T],
        max_items: int | None = None,
        max_empty_pages: int = MAX_EMPTY_PAGES,
    ) -> None:
        self._fetch_first = fetch_first
        self._fetch_url = fetch_url
        self._reader = reader
        self.max_items = max_items
        self._walk = PageWalk(reader.pagination, max_empty_pages=max_empty_pages)

    def next_page(self) -> Page[T] | None:
        """Fetch the next page (the first on the first call); ``None`` when done."""
        target = self._walk.target()
        if target is None:
            return None
        if isinstance(target, httpx.URL):
            response = self._fetch_url(target)
        else:
            response = self._fetch_first()
        return self._reader.read(response, self._walk)

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yield the remaining pages one by one."""
        while (page := self.next_page()) is not None:
            yield page

    def __iter__(self) -> Iterator[T]:
        remaining = self.max_items
        if remaining is not None and remaining <= 0:
            return
        for page in self.iter_pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining <= 0:
                        return

    def __repr__(self) -> str:
        return f"<SyncPage {self._reader.label}>"


class AsyncPage(Generic[T]):
    """Async twin of :class:`SyncPage`: ``async for item in page``."""

    def __init__(
        self,
        *,
        fetch_first: Callable[[], Awaitable[httpx.Response]],
        fetch_url: Callable[[httpx.URL], Awaitable[httpx.Response]],
        reader: _PageReader[T],
        max_items: int | None = None,
        max_empty_pages: int = MAX_EMPTY_PAGES,
    ) -> None:
        self._fetch_first = fetch_first
        self._fetch_url = fetch_url
        self._reader = reader
        self.max_items = max_items
        self._walk = PageWalk(reader.pagination, max_empty_pages=max_empty_pages)

    async def next_page(self) -> Page[T] | None:
        """Fetch the next page (the first on the first call); ``None`` when done."""
        target = self._walk.target()
        if target is None:
            return None
        if isinstance(target, httpx.URL):
            response = await self._fetch_url(target)
        else:
            response = await self._fetch_first()
        return self._reader.read(response, self._walk)

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Yield the remaining pages one by one."""
        while (page := await self.next_page()) is not None:
            yield page

    async def _items(self) -> AsyncIterator[T]:
        remaining = self.max_items
        if remaining is not None and remaining <= 0:
            return
        async for page in self.iter_pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining <= 0:
                        return

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __repr__(self) -> str:
        return f"<AsyncPage {self._reader.label}>"
