"""The ``measurement_families`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
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

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.measurement_family import MeasurementFamily
    from ..models.patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItem,
    )

__all__ = ["MeasurementFamiliesResource", "AsyncMeasurementFamiliesResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list_all: Operation[list[MeasurementFamily]]
    upsert_many: Operation[list[PatchMeasurementFamiliesResponseItem]]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.measurement_family import MeasurementFamily
    from ..models.patch_measurement_families_response_item import (
        PatchMeasurementFamiliesResponseItem,
    )

    return _Operations(
        list_all=Operation(
            method="GET",
            path="/api/rest/v1/measurement-families",
            responses={
                "200": Response("json", list[MeasurementFamily]),
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
                "200": Response("json", list[PatchMeasurementFamiliesResponseItem]),
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

    def list_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[MeasurementFamily]:
        """Get list of measurement families

        This endpoint allows you to get a list of measurement families.

        ``GET /api/rest/v1/measurement-families``
        """
        return self._client.request(
            _operations().list_all,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upsert_many(
        self,
        *,
        body: list[MeasurementFamily],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[PatchMeasurementFamiliesResponseItem]:
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

    async def list_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[MeasurementFamily]:
        """Get list of measurement families

        This endpoint allows you to get a list of measurement families.

        ``GET /api/rest/v1/measurement-families``
        """
        return await self._client.request(
            _operations().list_all,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upsert_many(
        self,
        *,
        body: list[MeasurementFamily],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[PatchMeasurementFamiliesResponseItem]:
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
