"""The ``system`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any, NamedTuple, TYPE_CHECKING

from clientsmith import AsyncClient, Client, NOT_GIVEN, NotGiven, Operation, Response
from clientsmith._types import TimeoutTypes
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.akeneo_error import AkeneoError
    from ..models.get_endpoints_response import GetEndpointsResponse
    from ..models.get_system_information_response import GetSystemInformationResponse

__all__ = ["SystemResource", "AsyncSystemResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    endpoints: Operation[GetEndpointsResponse]
    information: Operation[GetSystemInformationResponse]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.akeneo_error import AkeneoError
    from ..models.get_endpoints_response import GetEndpointsResponse
    from ..models.get_system_information_response import GetSystemInformationResponse

    return _Operations(
        endpoints=Operation(
            method="GET",
            path="/api/rest/v1",
            responses={
                "200": Response("json", GetEndpointsResponse),
            },
            errors={
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(),
            operation_id="get_endpoints",
        ),
        information=Operation(
            method="GET",
            path="/api/rest/v1/system-information",
            responses={
                "200": Response("json", GetSystemInformationResponse),
            },
            errors={
                "406": AkeneoError,
                "429": AkeneoError,
            },
            security=(),
            operation_id="get_system_information",
        ),
    )


class SystemResource:
    """Operations of the ``system`` resource.

    Reached as ``client.system``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SystemResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SystemResourceWithRawResponse(self)

    def endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetEndpointsResponse:
        """Get list of all endpoints

        This endpoint allows you to get the list of all the available endpoints. No need to be authenticated to use this endpoint.

        ``GET /api/rest/v1``
        """
        return self._client.request(
            _operations().endpoints,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def information(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetSystemInformationResponse:
        """Get system information

        This endpoint allows you to get the version and the edition of the PIM. Example of what you can get <table class="description-table"> <thead> <tr> <th align="center">Environment</th> <th align="center">Edition</th> <th align="center">Version</th> </tr> </thead> <tbody> <tr> <td align="center">SaaS EE</td> <td align="center">Serenity</td> <td align="center">v20230112013744</td> </tr> <tr> <td align="center">SaaS CE</td> <td align="center">GE</td> <td align="center">v20210526040645</td> </tr> <tr> <td align="center">PaaS or onPrem EE</td> <td align="center">EE</td> <td align="center">5.0.28</td> </tr> <tr> <td align="center">PaaS or onPrem CE</td> <td align="center">CE</td> <td align="center">5.0.28</td> </tr> </tbody> </table>

        ``GET /api/rest/v1/system-information``
        """
        return self._client.request(
            _operations().information,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSystemResource:
    """Operations of the ``system`` resource.

    Reached as ``client.system``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSystemResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSystemResourceWithRawResponse(self)

    async def endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetEndpointsResponse:
        """Get list of all endpoints

        This endpoint allows you to get the list of all the available endpoints. No need to be authenticated to use this endpoint.

        ``GET /api/rest/v1``
        """
        return await self._client.request(
            _operations().endpoints,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def information(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetSystemInformationResponse:
        """Get system information

        This endpoint allows you to get the version and the edition of the PIM. Example of what you can get <table class="description-table"> <thead> <tr> <th align="center">Environment</th> <th align="center">Edition</th> <th align="center">Version</th> </tr> </thead> <tbody> <tr> <td align="center">SaaS EE</td> <td align="center">Serenity</td> <td align="center">v20230112013744</td> </tr> <tr> <td align="center">SaaS CE</td> <td align="center">GE</td> <td align="center">v20210526040645</td> </tr> <tr> <td align="center">PaaS or onPrem EE</td> <td align="center">EE</td> <td align="center">5.0.28</td> </tr> <tr> <td align="center">PaaS or onPrem CE</td> <td align="center">CE</td> <td align="center">5.0.28</td> </tr> </tbody> </table>

        ``GET /api/rest/v1/system-information``
        """
        return await self._client.request(
            _operations().information,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SystemResourceWithRawResponse:
    """``client.system.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SystemResource) -> None:
        self.endpoints = to_raw_response_wrapper(resource.endpoints)
        self.information = to_raw_response_wrapper(resource.information)


class AsyncSystemResourceWithRawResponse:
    """``client.system.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSystemResource) -> None:
        self.endpoints = async_to_raw_response_wrapper(resource.endpoints)
        self.information = async_to_raw_response_wrapper(resource.information)
