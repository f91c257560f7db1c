"""The ``store`` resource: Orders and inventory."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import (
    AsyncClient,
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
    from ..models.order import Order

__all__ = ["StoreResource", "AsyncStoreResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    get_inventory: Operation[dict[str, int]]
    get_order: Operation[Order]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.order import Order

    return _Operations(
        get_inventory=Operation(
            method="GET",
            path="/store/inventory",
            responses={
                "200": Response("json", dict[str, int]),
            },
            security=(),
            operation_id="getInventory",
        ),
        get_order=Operation(
            method="GET",
            path="/store/orders/{orderId}",
            params=(Param("orderId", "path"),),
            responses={
                "200": Response("json", Order),
            },
            security=(("ApiKey",),),
            operation_id="getOrder",
        ),
    )


class StoreResource:
    """Orders and inventory.

    Reached as ``client.store``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoreResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return StoreResourceWithRawResponse(self)

    def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Counts of pets by status.

        ``GET /store/inventory``
        """
        return self._client.request(
            _operations().get_inventory,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_order(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Order:
        """GET /store/orders/{orderId}

        ``GET /store/orders/{orderId}``
        """
        return self._client.request(
            _operations().get_order,
            path={
                "orderId": order_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncStoreResource:
    """Orders and inventory.

    Reached as ``client.store``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoreResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncStoreResourceWithRawResponse(self)

    async def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Counts of pets by status.

        ``GET /store/inventory``
        """
        return await self._client.request(
            _operations().get_inventory,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_order(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Order:
        """GET /store/orders/{orderId}

        ``GET /store/orders/{orderId}``
        """
        return await self._client.request(
            _operations().get_order,
            path={
                "orderId": order_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class StoreResourceWithRawResponse:
    """``client.store.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: StoreResource) -> None:
        self.get_inventory = to_raw_response_wrapper(resource.get_inventory)
        self.get_order = to_raw_response_wrapper(resource.get_order)


class AsyncStoreResourceWithRawResponse:
    """``client.store.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.get_inventory = async_to_raw_response_wrapper(resource.get_inventory)
        self.get_order = async_to_raw_response_wrapper(resource.get_order)
