"""The ``books`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
    Body,
    Client,
    NOT_GIVEN,
    NotGiven,
    Operation,
    PagedOperation,
    Pagination,
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.files import FileContent
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.book import Book
    from ..models.genre import Genre
    from ..models.list_books_response import ListBooksResponse
    from ..models.problem import Problem

__all__ = ["BooksResource", "AsyncBooksResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Book]
    add: Operation[Book]
    get: Operation[Book]
    put_cover: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.book import Book
    from ..models.genre import Genre
    from ..models.list_books_response import ListBooksResponse
    from ..models.problem import Problem

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/books",
            params=(
                Param("cursor", "query"),
                Param("genre", "query"),
            ),
            responses={
                "200": Response("json", ListBooksResponse),
            },
            operation_id="listBooks",
            pagination=Pagination(
                style="cursor",
                items=("items",),
                cursor_field=("next_cursor",),
                cursor_param="cursor",
            ),
            item_type=Book,
        ),
        add=Operation(
            method="POST",
            path="/books",
            body=Body("application/json", "json"),
            responses={
                "201": Response("json", Book),
            },
            operation_id="addBook",
        ),
        get=Operation(
            method="GET",
            path="/books/{isbn}",
            params=(Param("isbn", "path"),),
            responses={
                "200": Response("json", Book),
            },
            errors={
                "404": Problem,
            },
            operation_id="getBook",
        ),
        put_cover=Operation(
            method="PUT",
            path="/books/{isbn}/cover",
            params=(Param("isbn", "path"),),
            body=Body("image/jpeg", "binary"),
            responses={
                "204": Response("empty"),
            },
            operation_id="putCover",
        ),
    )


class BooksResource:
    """Operations of the ``books`` resource.

    Reached as ``client.books``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return BooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        cursor: str | None | NotGiven = NOT_GIVEN,
        genre: Genre | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Book]:
        """GET /books

        ``GET /books``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "cursor": cursor,
                "genre": genre,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add(
        self,
        *,
        body: Book | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Book:
        """POST /books

        ``POST /books``
        """
        return self._client.request(
            _operations().add,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        isbn: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Book:
        """GET /books/{isbn}

        ``GET /books/{isbn}``
        """
        return self._client.request(
            _operations().get,
            path={
                "isbn": isbn,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def put_cover(
        self,
        isbn: str,
        *,
        body: FileContent,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /books/{isbn}/cover

        ``PUT /books/{isbn}/cover``
        """
        return self._client.request(
            _operations().put_cover,
            path={
                "isbn": isbn,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBooksResource:
    """Operations of the ``books`` resource.

    Reached as ``client.books``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncBooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        cursor: str | None | NotGiven = NOT_GIVEN,
        genre: Genre | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Book]:
        """GET /books

        ``GET /books``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "cursor": cursor,
                "genre": genre,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add(
        self,
        *,
        body: Book | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Book:
        """POST /books

        ``POST /books``
        """
        return await self._client.request(
            _operations().add,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        isbn: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Book:
        """GET /books/{isbn}

        ``GET /books/{isbn}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "isbn": isbn,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def put_cover(
        self,
        isbn: str,
        *,
        body: FileContent,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /books/{isbn}/cover

        ``PUT /books/{isbn}/cover``
        """
        return await self._client.request(
            _operations().put_cover,
            path={
                "isbn": isbn,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BooksResourceWithRawResponse:
    """``client.books.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: BooksResource) -> None:
        self.add = to_raw_response_wrapper(resource.add)
        self.get = to_raw_response_wrapper(resource.get)
        self.put_cover = to_raw_response_wrapper(resource.put_cover)


class AsyncBooksResourceWithRawResponse:
    """``client.books.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBooksResource) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.put_cover = async_to_raw_response_wrapper(resource.put_cover)
