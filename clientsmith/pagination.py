"""Pagination: pure next-page rules plus lazy page iterators.

Each strategy is a pure function ``(pagination, request_url, body, headers) ->
PageStep`` (the raw items of this page and the URL of the next one, or
``None``). :class:`SyncPage` and :class:`AsyncPage` drive them, fetching one
page at a time and keeping no old pages, so memory stays flat however many
items are iterated.
"""

from __future__ import annotations

import json
import re
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._redact import redact_url
from ._response import adapter_for
from .errors import APIResponseValidationError
from .operation import Pagination

if TYPE_CHECKING:
    import pydantic
else:
    from ._lazy import pydantic


__all__ = [
    "AsyncPage",
    "Page",
    "PageStep",
    "SyncPage",
    "next_page_step",
    "parse_link_header",
]

T = TypeVar("T")


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


def next_page_step(
    pagination: Pagination,
    request_url: httpx.URL,
    body: Any,
    headers: Mapping[str, str],
) -> PageStep:
    """Apply the operation's pagination rule to one decoded page."""
    style = pagination.style
    if style == "hal":
        items = _items(body, pagination.items or ("_embedded", "items"))
        href = _dig(body, pagination.next_link)
        next_url = request_url.join(href) if isinstance(href, str) and href else None
        return PageStep(items, next_url)
    if style == "link_header":
        items = _items(body, pagination.items)
        link = parse_link_header(headers.get("link", "")).get("next")
        return PageStep(items, request_url.join(link) if link else None)
    if style == "cursor":
        items = _items(body, pagination.items)
        if pagination.has_more_field and not _dig(body, pagination.has_more_field):
            return PageStep(items, None)
        cursor: Any = None
        if pagination.cursor_from_last_item:
            if items and isinstance(items[-1], Mapping):
                cursor = items[-1].get(pagination.cursor_from_last_item)
        elif pagination.cursor_field:
            cursor = _dig(body, pagination.cursor_field)
        if cursor is None or cursor == "" or not items and not pagination.cursor_field:
            return PageStep(items, None)
        param = pagination.cursor_param or "cursor"
        return PageStep(items, request_url.copy_set_param(param, str(cursor)))
    if style == "offset":
        items = _items(body, pagination.items)
        if not items:
            return PageStep(items, None)
        offset = _int_param(request_url, pagination.offset_param, 0) or 0
        limit = _int_param(request_url, pagination.limit_param, None)
        if limit is not None and len(items) < limit:
            return PageStep(items, None)  # a short page is the last one
        return PageStep(
            items,
            request_url.copy_set_param(
                pagination.offset_param, str(offset + len(items))
            ),
        )
    if style == "page":
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
    raise ValueError(f"unknown pagination style {style!r}")


# -- iterators -------------------------------------------------------------------


class _PageReader(Generic[T]):
    """Decoding and validating one page: shared by the sync and async pages."""

    def __init__(self, pagination: Pagination, item_type: Any, label: str) -> None:
        self.pagination = pagination
        self.label = label
        self.adapter: pydantic.TypeAdapter[list[Any]] | None = (
            adapter_for(list[item_type]) if item_type is not None else None
        )

    def read(self, response: httpx.Response) -> Page[T]:
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
            try:
                items = self.adapter.validate_python(items)
            except pydantic.ValidationError as exc:
                first = exc.errors(include_url=False, include_input=False)[0]
                loc = ".".join(str(p) for p in first.get("loc", ()))
                raise APIResponseValidationError(
                    f"{self.label}: page item does not match: {loc}: {first.get('msg')}",
                    response=response,
                    body=body,
                ) from exc
        next_url = step.next_url
        if next_url is not None and next_url == response.request.url:
            next_url = None  # a server pointing at the same page would loop forever
        return Page(items=items, response=response, next_url=next_url)


class SyncPage(Generic[T]):
    """Items of a paginated operation, fetched page by page while iterating.

    ``for item in page`` walks every item of every page; :meth:`iter_pages`
    yields :class:`Page` objects; :meth:`next_page` fetches one page at a time.
    ``max_items`` stops after that many items (and fetches no further page).
    """

    def __init__(
        self,
        *,
        fetch_first: Callable[[], httpx.Response],
        fetch_url: Callable[[httpx.URL], httpx.Response],
        reader: _PageReader[T],
        max_items: int | None = None,
    ) -> None:
        self._fetch_first = fetch_first
        self._fetch_url = fetch_url
        self._reader = reader
        self.max_items = max_items
        self._started = False
        self._next_url: httpx.URL | None = None
        self._done = False

    def next_page(self) -> Page[T] | None:
        """Fetch the next page (the first on the first call); ``None`` when done."""
        if self._done:
            return None
        if not self._started:
            self._started = True
            response = self._fetch_first()
        elif self._next_url is None:
            self._done = True
            return None
        else:
            response = self._fetch_url(self._next_url)
        page = self._reader.read(response)
        self._next_url = page.next_url
        if page.next_url is None:
            self._done = True
        return page

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
    ) -> None:
        self._fetch_first = fetch_first
        self._fetch_url = fetch_url
        self._reader = reader
        self.max_items = max_items
        self._started = False
        self._next_url: httpx.URL | None = None
        self._done = False

    async def next_page(self) -> Page[T] | None:
        """Fetch the next page (the first on the first call); ``None`` when done."""
        if self._done:
            return None
        if not self._started:
            self._started = True
            response = await self._fetch_first()
        elif self._next_url is None:
            self._done = True
            return None
        else:
            response = await self._fetch_url(self._next_url)
        page = self._reader.read(response)
        self._next_url = page.next_url
        if page.next_url is None:
            self._done = True
        return page

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
