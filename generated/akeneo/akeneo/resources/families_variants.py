"""The ``variants`` resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
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
    from ..models.family_variant import FamilyVariant
    from ..models.get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponse,
    )
    from ..models.upsert_result import UpsertResult

__all__ = ["FamiliesVariantsResource", "AsyncFamiliesVariantsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[FamilyVariant]
    create: Operation[None]
    upsert_many: Operation[UpsertResult]
    get: Operation[FamilyVariant]
    upsert: Operation[None]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.family_variant import FamilyVariant
    from ..models.get_families_family_code_variants_response import (
        GetFamiliesFamilyCodeVariantsResponse,
    )
    from ..models.upsert_result import UpsertResult

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/families/{family_code}/variants",
            params=(
                Param("family_code", "path"),
                Param("limit", "query"),
                Param("with_count", "query"),
            ),
            responses={
                "200": Response("json", GetFamiliesFamilyCodeVariantsResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_families__family_code__variants",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=FamilyVariant,
        ),
        create=Operation(
            method="POST",
            path="/api/rest/v1/families/{family_code}/variants",
            params=(Param("family_code", "path"),),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="post_families__family_code__variants",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/families/{family_code}/variants",
            params=(Param("family_code", "path"),),
            body=Body("application/vnd.akeneo.collection+json", "ndjson"),
            responses={
                "200": Response("ndjson", UpsertResult),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "413": AkeneoError,
                "415": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_families__family_code__variants",
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/families/{family_code}/variants/{code}",
            params=(
                Param("family_code", "path"),
                Param("code", "path"),
            ),
            responses={
                "200": Response("json", FamilyVariant),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="get_families__family_code__variants__code__",
        ),
        upsert=Operation(
            method="PATCH",
            path="/api/rest/v1/families/{family_code}/variants/{code}",
            params=(
                Param("family_code", "path"),
                Param("code", "path"),
            ),
            body=Body("application/json", "json"),
            responses={
                "201": Response("empty"),
                "204": Response("empty"),
            },
            errors={
                "400": AkeneoError,
                "401": AkeneoError,
                "403": AkeneoError,
                "415": AkeneoError,
                "422": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_families__family_code__variants__code__",
        ),
    )


class FamiliesVariantsResource:
    """Operations of the ``variants`` resource.

    Reached as ``client.variants``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FamiliesVariantsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return FamiliesVariantsResourceWithRawResponse(self)

    def list(
        self,
        family_code: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FamilyVariant]:
        """Get list of family variants

        This endpoint allows you to get a list of family variants. Family variants are paginated and sorted by code.

        Args:
            family_code: Code of the family
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/families/{family_code}/variants``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "family_code": family_code,
            },
            query={
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        family_code: str,
        *,
        body: FamilyVariant | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new family variant

        This endpoint allows you to create a family variant.

        Args:
            family_code: Code of the family

        ``POST /api/rest/v1/families/{family_code}/variants``
        """
        return self._client.request(
            _operations().create,
            path={
                "family_code": family_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        family_code: str,
        *,
        body: Iterable[FamilyVariant],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[UpsertResult]:
        """Update/create several family variants

        This endpoint allows you to update and/or create several family variants at once, for a given family.

        Args:
            family_code: Code of the family

        ``PATCH /api/rest/v1/families/{family_code}/variants``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            path={
                "family_code": family_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FamilyVariant:
        """Get a family variant

        This endpoint allows you to get the information about a given family variant.

        Args:
            family_code: Code of the family
            code: Code of the resource

        ``GET /api/rest/v1/families/{family_code}/variants/{code}``
        """
        return self._client.request(
            _operations().get,
            path={
                "family_code": family_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert(
        self,
        family_code: str,
        code: str,
        *,
        body: FamilyVariant | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a family variant

        This endpoint allows you to update a given family variant. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no family variant exists for the given code, it creates it.

        Args:
            family_code: Code of the family
            code: Code of the resource

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}``
        """
        return self._client.request(
            _operations().upsert,
            path={
                "family_code": family_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncFamiliesVariantsResource:
    """Operations of the ``variants`` resource.

    Reached as ``client.variants``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFamiliesVariantsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncFamiliesVariantsResourceWithRawResponse(self)

    def list(
        self,
        family_code: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[FamilyVariant]:
        """Get list of family variants

        This endpoint allows you to get a list of family variants. Family variants are paginated and sorted by code.

        Args:
            family_code: Code of the family
            limit: Number of results by page, see <a href="/documentation/pagination.html">Pagination</a> section
            with_count: Return the count of items in the response. Be carefull with that, on a big catalog, it can decrease performance in a significative way

        ``GET /api/rest/v1/families/{family_code}/variants``
        """
        return self._client.paginate(
            _operations().list,
            path={
                "family_code": family_code,
            },
            query={
                "limit": limit,
                "with_count": with_count,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        family_code: str,
        *,
        body: FamilyVariant | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create a new family variant

        This endpoint allows you to create a family variant.

        Args:
            family_code: Code of the family

        ``POST /api/rest/v1/families/{family_code}/variants``
        """
        return await self._client.request(
            _operations().create,
            path={
                "family_code": family_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        family_code: str,
        *,
        body: Iterable[FamilyVariant],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[UpsertResult]:
        """Update/create several family variants

        This endpoint allows you to update and/or create several family variants at once, for a given family.

        Args:
            family_code: Code of the family

        ``PATCH /api/rest/v1/families/{family_code}/variants``
        """
        return self._client.stream_lines(
            _operations().upsert_many,
            path={
                "family_code": family_code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        family_code: str,
        code: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FamilyVariant:
        """Get a family variant

        This endpoint allows you to get the information about a given family variant.

        Args:
            family_code: Code of the family
            code: Code of the resource

        ``GET /api/rest/v1/families/{family_code}/variants/{code}``
        """
        return await self._client.request(
            _operations().get,
            path={
                "family_code": family_code,
                "code": code,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert(
        self,
        family_code: str,
        code: str,
        *,
        body: FamilyVariant | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update/create a family variant

        This endpoint allows you to update a given family variant. Know more about <a href="/documentation/update.html#update-behavior">Update behavior</a>. Note that if no family variant exists for the given code, it creates it.

        Args:
            family_code: Code of the family
            code: Code of the resource

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}``
        """
        return await self._client.request(
            _operations().upsert,
            path={
                "family_code": family_code,
                "code": code,
            },
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class FamiliesVariantsResourceWithRawResponse:
    """``client.families.variants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: FamiliesVariantsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.upsert = to_raw_response_wrapper(resource.upsert)


class AsyncFamiliesVariantsResourceWithRawResponse:
    """``client.families.variants.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFamiliesVariantsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
