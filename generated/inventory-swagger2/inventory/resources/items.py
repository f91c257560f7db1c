"""The ``items`` resource."""

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
    Param,
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.item import Item
    from ..models.new_item import NewItem

__all__ = ["ItemsResource", "AsyncItemsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[Item]]
    create: Operation[Item]
    get: Operation[Item]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error import Error
    from ..models.item import Item
    from ..models.new_item import NewItem

    return _Operations(
        list=Operation(
            method="GET",
            path="/items",
            params=(
                Param("tags", "query", style="form", explode=False),
                Param("ids", "query", style="form", explode=True),
                Param("limit", "query"),
            ),
            responses={
                "200": Response("json", builtins.list[Item]),
            },
            security=(("oauth",),),
            operation_id="listItems",
        ),
        create=Operation(
            method="POST",
            path="/items",
            body=Body("application/json", "json"),
            responses={
                "201": Response("json", Item),
            },
            errors={
                "400": Error,
            },
            security=(("oauth",),),
            operation_id="createItem",
        ),
        get=Operation(
            method="GET",
            path="/items/{itemId}",
            params=(Param("itemId", "path"),),
            responses={
                "200": Response("json", Item),
            },
            errors={
                "404": Error,
            },
            security=(("oauth",),),
            operation_id="getItem",
        ),
        delete=Operation(
            method="DELETE",
            path="/items/{itemId}",
            params=(Param("itemId", "path"),),
            responses={
                "204": Response("empty"),
            },
            security=(("basic",),),
            operation_id="deleteItem",
        ),
    )


class ItemsResource:
    """Operations of the ``items`` resource.

    Reached as ``client.items``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ItemsResourceWithRawResponse(self)

    def list(
        self,
        *,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """GET /items

        ``GET /items``
        """
        return self._client.request(
            _operations().list,
            query={
                "tags": tags,
                "ids": ids,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        body: NewItem | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Item:
        """POST /items

        ``POST /items``
        """
        return self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Item:
        """GET /items/{itemId}

        ``GET /items/{itemId}``
        """
        return self._client.request(
            _operations().get,
            path={
                "itemId": item_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /items/{itemId}

        ``DELETE /items/{itemId}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "itemId": item_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncItemsResource:
    """Operations of the ``items`` resource.

    Reached as ``client.items``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncItemsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """GET /items

        ``GET /items``
        """
        return await self._client.request(
            _operations().list,
            query={
                "tags": tags,
                "ids": ids,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        body: NewItem | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Item:
        """POST /items

        ``POST /items``
        """
        return await self._client.request(
            _operations().create,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Item:
        """GET /items/{itemId}

        ``GET /items/{itemId}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "itemId": item_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /items/{itemId}

        ``DELETE /items/{itemId}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "itemId": item_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ItemsResourceWithRawResponse:
    """``client.items.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncItemsResourceWithRawResponse:
    """``client.items.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
