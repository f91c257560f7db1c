"""The ``measurement_families`` resource."""

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
    Response,
)
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.measurement_family import MeasurementFamily
    from ..models.patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItem,
    )

__all__ = ["MeasurementFamiliesResource", "AsyncMeasurementFamiliesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: Operation[builtins.list[MeasurementFamily]]
    upsert_many: Operation[builtins.list[PatchMeasurementFamiliesResponseItem]]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.measurement_family import MeasurementFamily
    from ..models.patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItem,
    )

    return _Operations(
        list=Operation(
            method="GET",
            path="/api/rest/v1/measurement-families",
            responses={
                "200": Response("json", builtins.list[MeasurementFamily]),
            },
            errors={
                "401": AkeneoError,
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="measurement_families_get_list",
        ),
        upsert_many=Operation(
            method="PATCH",
            path="/api/rest/v1/measurement-families",
            body=Body("application/json", "json"),
            responses={
                "200": Response(
                    "json", builtins.list[PatchMeasurementFamiliesResponseItem]
                ),
            },
            errors={
                "401": AkeneoError,
                "413": AkeneoError,
                "415": AkeneoError,
                "429": AkeneoError,
            },
            security=(("connection",),),
            operation_id="patch_measurement_families",
        ),
    )


class MeasurementFamiliesResource:
    """Operations of the ``measurement_families`` resource.

    Reached as ``client.measurement_families``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MeasurementFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return MeasurementFamiliesResourceWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[MeasurementFamily]:
        """Get list of measurement families

        This endpoint allows you to get a list of measurement families.

        ``GET /api/rest/v1/measurement-families``
        """
        return self._client.request(
            _operations().list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        *,
        body: builtins.list[MeasurementFamily],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchMeasurementFamiliesResponseItem]:
        """Update/create several measurement families

        This endpoint allows you to update and/or create several measurement families at once.

        ``PATCH /api/rest/v1/measurement-families``
        """
        return self._client.request(
            _operations().upsert_many,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMeasurementFamiliesResource:
    """Operations of the ``measurement_families`` resource.

    Reached as ``client.measurement_families``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMeasurementFamiliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncMeasurementFamiliesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[MeasurementFamily]:
        """Get list of measurement families

        This endpoint allows you to get a list of measurement families.

        ``GET /api/rest/v1/measurement-families``
        """
        return await self._client.request(
            _operations().list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert_many(
        self,
        *,
        body: builtins.list[MeasurementFamily],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PatchMeasurementFamiliesResponseItem]:
        """Update/create several measurement families

        This endpoint allows you to update and/or create several measurement families at once.

        ``PATCH /api/rest/v1/measurement-families``
        """
        return await self._client.request(
            _operations().upsert_many,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MeasurementFamiliesResourceWithRawResponse:
    """``client.measurement_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: MeasurementFamiliesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.upsert_many = to_raw_response_wrapper(resource.upsert_many)


class AsyncMeasurementFamiliesResourceWithRawResponse:
    """``client.measurement_families.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMeasurementFamiliesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.upsert_many = async_to_raw_response_wrapper(resource.upsert_many)
