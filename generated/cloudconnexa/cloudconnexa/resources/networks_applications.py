"""The ``applications`` resource."""

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
    from ..models.application import Application
    from ..models.application_page import ApplicationPage
    from ..models.error_response import ErrorResponse

__all__ = ["NetworksApplicationsResource", "AsyncNetworksApplicationsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Application]
    create: Operation[Application]
    get: Operation[Application]
    update: Operation[Application]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.application import Application
    from ..models.application_page import ApplicationPage
    from ..models.error_response import ErrorResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/networks/applications",
            params=(
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", ApplicationPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksApplicationsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=Application,
        ),
        create=Operation(
            method="POST",
            path="/networks/applications",
            params=(Param("networkId", "query"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Application),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksApplicationsCreate",
        ),
        get=Operation(
            method="GET",
            path="/networks/applications/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", Application),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksApplicationsGet",
        ),
        update=Operation(
            method="PUT",
            path="/networks/applications/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", Application),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksApplicationsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/networks/applications/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="networksApplicationsDelete",
        ),
    )


class NetworksApplicationsResource:
    """Operations of the ``applications`` resource.

    Reached as ``client.applications``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NetworksApplicationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return NetworksApplicationsResourceWithRawResponse(self)

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
    ) -> SyncPage[Application]:
        """List network applications.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/applications``
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
        network_id: str,
        body: Application | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Application:
        """Add an application to a network.

        Args:
            network_id: The network the application belongs to.

        ``POST /networks/applications``
        """
        return self._client.request(
            _operations().create,
            query={
                "networkId": network_id,
            },
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
    ) -> Application:
        """Get a network application.

        ``GET /networks/applications/{id}``
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
        body: Application | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Application:
        """Replace a network application.

        ``PUT /networks/applications/{id}``
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
        """Delete a network application.

        ``DELETE /networks/applications/{id}``
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


class AsyncNetworksApplicationsResource:
    """Operations of the ``applications`` resource.

    Reached as ``client.applications``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNetworksApplicationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncNetworksApplicationsResourceWithRawResponse(self)

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
    ) -> AsyncPage[Application]:
        """List network applications.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /networks/applications``
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
        network_id: str,
        body: Application | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Application:
        """Add an application to a network.

        Args:
            network_id: The network the application belongs to.

        ``POST /networks/applications``
        """
        return await self._client.request(
            _operations().create,
            query={
                "networkId": network_id,
            },
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
    ) -> Application:
        """Get a network application.

        ``GET /networks/applications/{id}``
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
        body: Application | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Application:
        """Replace a network application.

        ``PUT /networks/applications/{id}``
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
        """Delete a network application.

        ``DELETE /networks/applications/{id}``
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


class NetworksApplicationsResourceWithRawResponse:
    """``client.networks.applications.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: NetworksApplicationsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncNetworksApplicationsResourceWithRawResponse:
    """``client.networks.applications.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNetworksApplicationsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
