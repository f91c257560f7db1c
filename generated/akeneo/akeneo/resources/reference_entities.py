"""The ``reference_entities`` resource."""

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
    from ..models.get_reference_entities_response import GetReferenceEntitiesResponse
    from ..models.reference_entity import ReferenceEntity
    from .reference_entities_attributes import (
        AsyncReferenceEntitiesAttributesResource,
        ReferenceEntitiesAttributesResource,
    )
    from .reference_entities_records import (
        AsyncReferenceEntitiesRecordsResource,
        ReferenceEntitiesRecordsResource,
    )

__all__ = ["ReferenceEntitiesResource", "AsyncReferenceEntitiesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[ReferenceEntity]
    get: Operation[ReferenceEntity]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_reference_entities_response import GetReferenceEntitiesResponse
    from ..models.reference_entity import ReferenceEntity

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/reference-entities",
            responses={
                "200": Response("json", GetReferenceEntitiesResponse),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entities",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=ReferenceEntity,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/reference-entities/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", ReferenceEntity),
            },
            errors={
                "401": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_reference_entities__code_",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/reference-entities/{code}",
            params=(Param("code", "path"),),
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
            operation_id="patch_reference_entity__code_",
        ),
    )


class ReferenceEntitiesResource:
    """Operations of the ``reference_entities`` resource.

    Reached as ``client.reference_entities``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReferenceEntitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return ReferenceEntitiesResourceWithRawResponse(self)

    @cached_property
    def attributes(self) -> ReferenceEntitiesAttributesResource:
        """Nested resource: ``client.reference_entities.attributes``."""
        from .reference_entities_attributes import ReferenceEntitiesAttributesResource

        return ReferenceEntitiesAttributesResource(self._client)

    @cached_property
    def records(self) -> ReferenceEntitiesRecordsResource:
        """Nested resource: ``client.reference_entities.records``."""
        from .reference_entities_records import ReferenceEntitiesRecordsResource

        return ReferenceEntitiesRecordsResource(self._client)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ReferenceEntity]:
        """Get list of reference entities

        This endpoint allows you to get a list of reference entities. Reference entities are paginated.

        ``GET /api/rest/v1/reference-entities``
        """
        return self._client.paginate(
            _operations().list,
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntity:
        """Get a reference entity

        This endpoint allows you to get the information about a given reference entity.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        code: str,
        *,
        body: ReferenceEntity | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a reference entity

        This endpoint allows you to update a given reference entity. Note that if the reference entity does not already exist, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReferenceEntitiesResource:
    """Operations of the ``reference_entities`` resource.

    Reached as ``client.reference_entities``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReferenceEntitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncReferenceEntitiesResourceWithRawResponse(self)

    @cached_property
    def attributes(self) -> AsyncReferenceEntitiesAttributesResource:
        """Nested resource: ``client.reference_entities.attributes``."""
        from .reference_entities_attributes import (
            AsyncReferenceEntitiesAttributesResource,
        )

        return AsyncReferenceEntitiesAttributesResource(self._client)

    @cached_property
    def records(self) -> AsyncReferenceEntitiesRecordsResource:
        """Nested resource: ``client.reference_entities.records``."""
        from .reference_entities_records import AsyncReferenceEntitiesRecordsResource

        return AsyncReferenceEntitiesRecordsResource(self._client)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ReferenceEntity]:
        """Get list of reference entities

        This endpoint allows you to get a list of reference entities. Reference entities are paginated.

        ``GET /api/rest/v1/reference-entities``
        """
        return self._client.paginate(
            _operations().list,
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReferenceEntity:
        """Get a reference entity

        This endpoint allows you to get the information about a given reference entity.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/reference-entities/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        code: str,
        *,
        body: ReferenceEntity | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a reference entity

        This endpoint allows you to update a given reference entity. Note that if the reference entity does not already exist, it creates it.

        Args:
            code: Code of the resource

        ``PATCH /api/rest/v1/reference-entities/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReferenceEntitiesResourceWithRawResponse:
    """``client.reference_entities.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: ReferenceEntitiesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncReferenceEntitiesResourceWithRawResponse:
    """``client.reference_entities.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReferenceEntitiesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
