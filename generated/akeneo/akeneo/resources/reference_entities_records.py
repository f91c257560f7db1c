"""The ``records`` resource."""

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
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponse,
    )
    from ..models.patch_reference_entity_records_response_item import (
        PatchReferenceEntityRecordsResponseItem,
    )
    from ..models.reference_entity_record import ReferenceEntityRecord
    from ..models.search_filters import SearchFilters

__all__ = ["ReferenceEntitiesRecordsResource", "AsyncReferenceEntitiesRecordsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[ReferenceEntityRecord]
    upsert_many: Operation[builtins.list[PatchReferenceEntityRecordsResponseItem]]
    get: Operation[ReferenceEntityRecord]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entity_records_response import (
        GetReferenceEntityRecordsResponse,
    )
    from ..models.patch_reference_entity_records_response_item import (
        PatchReferenceEntityRecordsResponseItem,
    )
    from ..models.reference_entity_record import ReferenceEntityRecord
    from ..models.search_filters import SearchFilters

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/records",
            params=(
                Param("reference_entity_code", "path"),
                Param("search", "query", json=True),
                Param("channel", "query"),
                Param("locales", "query"),
            ),
            responses={
                "200": Response("json", GetReferenceEntityRecordsResponse),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_records",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=ReferenceEntityRecord,
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/records",
            params=(Param("reference_entity_code", "path"),),
            body=Body("application/json", "json"),
            responses={
                "200": Response(
                    "json", builtins.list[PatchReferenceEntityRecordsResponseItem]
                ),
            },
            errors={
                "401": AkeneoError,
                "413": AkeneoError,
                "415": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_reference_entity_records",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/records/{code}",
            params=(
                Param("reference_entity_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", ReferenceEntityRecord),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entity_records__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/reference-entities/{reference_entity_code}/records/{code}",
            params=(
                Param("reference_entity_code", "path"),
                Param("code", "path"),
            ),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "401": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_reference_entity_records__code_",
        ),
    )


class ReferenceEntitiesRecordsResource:
    """Operations of the ``records`` resource.

    Reached as ``client.records``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReferenceEntitiesRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ReferenceEntitiesRecordsResourceWithRawResponse(self)

    def list(
        self,
        reference_entity_code: str,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        channel: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ReferenceEntityRecord]:
        """Get the list of the records of a reference entity

        This endpoint allows you to get a list of records of a given reference entity. Records are paginated and can be filtered.

        Args:
            reference_entity_code: Code of the reference entity
            search: Filter records of the reference entity, for more details see the <a href="/documentation/filter.html#filter-reference-entity-records">Filters</a> section
            channel: Filter attribute values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#record-values-by-channel">Filter attribute values by channel</a> section
            locales: Filter attribute values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#record-values-by-locale">Filter attribute values by locale</a> section

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/records``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
            },
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        reference_entity_code: str,
        *,
        body: builtins.list[ReferenceEntityRecord],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchReferenceEntityRecordsResponseItem]:
        """Update/create several reference entity records

        This endpoint allows you to update and/or create several records of one given reference entity at once. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the record does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/records``
        """
        return self._client.request(
            _operations().upsert_many,
            path={
                "reference_entity_code": reference_entity_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityRecord:
        """Get a record of a given reference entity

        This endpoint allows you to get the information about a given record for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/records/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        reference_entity_code: str,
        code: str,
        *,
        body: ReferenceEntityRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a record of a given reference entity

        This endpoint allows you to update a given record of a given renference entity. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the record does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/records/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReferenceEntitiesRecordsResource:
    """Operations of the ``records`` resource.

    Reached as ``client.records``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReferenceEntitiesRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncReferenceEntitiesRecordsResourceWithRawResponse(self)

    def list(
        self,
        reference_entity_code: str,
        *,
        search: SearchFilters | NotGiven = NOT_GIVEN,
        channel: str | NotGiven = NOT_GIVEN,
        locales: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ReferenceEntityRecord]:
        """Get the list of the records of a reference entity

        This endpoint allows you to get a list of records of a given reference entity. Records are paginated and can be filtered.

        Args:
            reference_entity_code: Code of the reference entity
            search: Filter records of the reference entity, for more details see the <a href="/documentation/filter.html#filter-reference-entity-records">Filters</a> section
            channel: Filter attribute values to return scopable attributes for the given channel as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#record-values-by-channel">Filter attribute values by channel</a> section
            locales: Filter attribute values to return localizable attributes for the given locales as well as the non localizable/non scopable attributes, for more details see the <a href="/documentation/filter.html#record-values-by-locale">Filter attribute values by locale</a> section

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/records``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "reference_entity_code": reference_entity_code,
            },
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert_many(
        self,
        reference_entity_code: str,
        *,
        body: builtins.list[ReferenceEntityRecord],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchReferenceEntityRecordsResponseItem]:
        """Update/create several reference entity records

        This endpoint allows you to update and/or create several records of one given reference entity at once. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the record does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/records``
        """
        return await self._client.request(
            _operations().upsert_many,
            path={
                "reference_entity_code": reference_entity_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntityRecord:
        """Get a record of a given reference entity

        This endpoint allows you to get the information about a given record for a given reference entity.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/records/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        reference_entity_code: str,
        code: str,
        *,
        body: ReferenceEntityRecord | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a record of a given reference entity

        This endpoint allows you to update a given record of a given renference entity. Learn more about <a href="/documentation/update.html#patch-reference-entity-record-values">Update behavior</a>. Note that if the record does not already exist for the given reference entity, it creates it.

        Args:
            reference_entity_code: Code of the reference entity
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/records/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "reference_entity_code": reference_entity_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReferenceEntitiesRecordsResourceWithRawResponse:
    """``client.reference_entities.records.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ReferenceEntitiesRecordsResource) -> None:
        self.upsert_many = to_raw_response_wrapper(resource.upsert_many)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncReferenceEntitiesRecordsResourceWithRawResponse:
    """``client.reference_entities.records.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReferenceEntitiesRecordsResource) -> None:
        self.upsert_many = async_to_raw_response_wrapper(resource.upsert_many)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
