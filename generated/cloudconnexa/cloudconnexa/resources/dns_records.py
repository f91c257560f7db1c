"""The ``dns_records`` resource: DNS records served to connected clients."""

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
    from ..models.dns_record import DnsRecord
    from ..models.dns_record_page import DnsRecordPage
    from ..models.error_response import ErrorResponse

__all__ = ["DnsRecordsResource", "AsyncDnsRecordsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[DnsRecord]
    create: Operation[DnsRecord]
    get: Operation[DnsRecord]
    update: Operation[DnsRecord]
    delete: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.dns_record import DnsRecord
    from ..models.dns_record_page import DnsRecordPage
    from ..models.error_response import ErrorResponse

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/dns-records",
            params=(
                Param("page", "query"),
                Param("size", "query"),
            ),
            responses={
                "200": Response("json", DnsRecordPage),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="dnsRecordsList",
            pagination=Pagination(
                style="page",
                items=("content",),
                page_param="page",
                size_param="size",
                first_page=0,
                total_pages_field=("totalPages",),
            ),
            item_type=DnsRecord,
        ),
        create=Operation(
            method="POST",
            path="/dns-records",
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", DnsRecord),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="dnsRecordsCreate",
        ),
        get=Operation(
            method="GET",
            path="/dns-records/{id}",
            params=(Param("id", "path"),),
            responses={
                "200": Response("json", DnsRecord),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="dnsRecordsGet",
        ),
        update=Operation(
            method="PUT",
            path="/dns-records/{id}",
            params=(Param("id", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response("json", DnsRecord),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="dnsRecordsUpdate",
        ),
        delete=Operation(
            method="DELETE",
            path="/dns-records/{id}",
            params=(Param("id", "path"),),
            responses={
                "204": Response("empty"),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="dnsRecordsDelete",
        ),
    )


class DnsRecordsResource:
    """DNS records served to connected clients.

    Reached as ``client.dns_records``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DnsRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return DnsRecordsResourceWithRawResponse(self)

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
    ) -> SyncPage[DnsRecord]:
        """List DNS records.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /dns-records``
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
        body: DnsRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsRecord:
        """Create a DNS record.

        ``POST /dns-records``
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
    ) -> DnsRecord:
        """Get a DNS record.

        ``GET /dns-records/{id}``
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
        body: DnsRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsRecord:
        """Replace a DNS record.

        ``PUT /dns-records/{id}``
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
        """Delete a DNS record.

        ``DELETE /dns-records/{id}``
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


class AsyncDnsRecordsResource:
    """DNS records served to connected clients.

    Reached as ``client.dns_records``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDnsRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncDnsRecordsResourceWithRawResponse(self)

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
    ) -> AsyncPage[DnsRecord]:
        """List DNS records.

        Args:
            page: Number of the page to get, starting from 0.
            size: Items per page (1-1000).

        ``GET /dns-records``
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
        body: DnsRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsRecord:
        """Create a DNS record.

        ``POST /dns-records``
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
    ) -> DnsRecord:
        """Get a DNS record.

        ``GET /dns-records/{id}``
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
        body: DnsRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DnsRecord:
        """Replace a DNS record.

        ``PUT /dns-records/{id}``
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
        """Delete a DNS record.

        ``DELETE /dns-records/{id}``
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


class DnsRecordsResourceWithRawResponse:
    """``client.dns_records.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: DnsRecordsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncDnsRecordsResourceWithRawResponse:
    """``client.dns_records.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDnsRecordsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
