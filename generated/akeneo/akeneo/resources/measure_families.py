"""The ``measure_families`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
import builtins
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
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
    from ..models.measure_families_get_list_response import (
        MeasureFamiliesGetListResponse,
    )
    from ..models.measure_family import MeasureFamily

__all__ = ["MeasureFamiliesResource", "AsyncMeasureFamiliesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[MeasureFamily]
    get: Operation[MeasureFamily]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.measure_families_get_list_response import (
        MeasureFamiliesGetListResponse,
    )
    from ..models.measure_family import MeasureFamily

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/api/rest/v1/measure-families",
            responses={
                "200": Response("json", MeasureFamiliesGetListResponse),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="measure_families_get_list",
            pagination=Pagination(
                style="hal",
                items=("_embedded", "items"),
                next_link=("_links", "next", "href"),
            ),
            item_type=MeasureFamily,
        ),
        get=Operation(
            method="GET",
            path="/api/rest/v1/measure-families/{code}",
            params=(Param("code", "path"),),
            responses={
                "200": Response("json", MeasureFamily),
            },
            errors={
                "401": AkeneoError,
                "403": AkeneoError,
                "404": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="measure_families_get",
        ),
    )


class MeasureFamiliesResource:
    """Operations of the ``measure_families`` resource.

    Reached as ``client.measure_families``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MeasureFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return MeasureFamiliesResourceWithRawResponse(self)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MeasureFamily]:
        """Get list of measure familiy

        This endpoint allows you to get a list of measure families. Measure families are paginated and sorted by code.

        ``GET /api/rest/v1/measure-families``
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
    ) -> MeasureFamily:
        """Get a measure family

        This endpoint allows you to get the information about a given measure family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/measure-families/{code}``
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


class AsyncMeasureFamiliesResource:
    """Operations of the ``measure_families`` resource.

    Reached as ``client.measure_families``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMeasureFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncMeasureFamiliesResourceWithRawResponse(self)

    def list(
        self,
        *,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[MeasureFamily]:
        """Get list of measure familiy

        This endpoint allows you to get a list of measure families. Measure families are paginated and sorted by code.

        ``GET /api/rest/v1/measure-families``
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
    ) -> MeasureFamily:
        """Get a measure family

        This endpoint allows you to get the information about a given measure family.

        Args:
            code: Code of the resource

        ``GET /api/rest/v1/measure-families/{code}``
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


class MeasureFamiliesResourceWithRawResponse:
    """``client.measure_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MeasureFamiliesResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMeasureFamiliesResourceWithRawResponse:
    """``client.measure_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMeasureFamiliesResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
