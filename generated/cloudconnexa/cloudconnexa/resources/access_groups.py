"""The ``access_groups`` resource: Access groups (who may reach what)."""

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
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.access_group import AccessGroup
    from ..models.access_group_page import AccessGroupPage
    from ..models.error_response import ErrorResponse

__all__ = ["AccessGroupsResource", "AsyncAccessGroupsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[AccessGroup]
    create: Operation[AccessGroup]
    get: Operation[AccessGroup]
    update: Operation[AccessGroup]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.access_group import AccessGroup
    from ..models.access_group_page import AccessGroupPage
    from ..models.error_response import ErrorResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/access-groups",
            params=(
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", AccessGroupPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="accessGroupsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=AccessGroup,
        ),
        create=Operation(
            method="POST",
            path="/access-groups",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", AccessGroup),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="accessGroupsCreate",
        ),
        get=Operation(
            method="GET",
            path="/access-groups/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", AccessGroup),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="accessGroupsGet",
        ),
        update=Operation(
            method="PUT",
            path="/access-groups/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", AccessGroup),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="accessGroupsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/access-groups/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="accessGroupsDelete",
        ),
    )


class AccessGroupsResource:
    """Access groups (who may reach what).

    Reached as ``client.access_groups``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccessGroupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AccessGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AccessGroup]:
        """List access groups.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /access-groups``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "page": page,
                "size": size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        body: AccessGroup | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Create an access group.

        ``POST /access-groups``
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
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Get an access group.

        ``GET /access-groups/{id}``
        """
        return self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: str,
        *,
        body: AccessGroup | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Replace an access group.

        ``PUT /access-groups/{id}``
        """
        return self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an access group.

        ``DELETE /access-groups/{id}``
        """
        return self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAccessGroupsResource:
    """Access groups (who may reach what).

    Reached as ``client.access_groups``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccessGroupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncAccessGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AccessGroup]:
        """List access groups.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /access-groups``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "page": page,
                "size": size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        body: AccessGroup | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Create an access group.

        ``POST /access-groups``
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
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Get an access group.

        ``GET /access-groups/{id}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: str,
        *,
        body: AccessGroup | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AccessGroup:
        """Replace an access group.

        ``PUT /access-groups/{id}``
        """
        return await self._client.request(
            _operations().update,
            path={
                "id": id,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an access group.

        ``DELETE /access-groups/{id}``
        """
        return await self._client.request(
            _operations().delete,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AccessGroupsResourceWithRawResponse:
    """``client.access_groups.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AccessGroupsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncAccessGroupsResourceWithRawResponse:
    """``client.access_groups.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAccessGroupsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
