"""The ``session`` resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
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
    from ..models.login_body import LoginBody, LoginResponse

__all__ = ["SessionResource", "AsyncSessionResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    login: Operation[LoginResponse]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.login_body import LoginBody, LoginResponse

    return _Operations(
        login=Operation(
            method="POST",
            path="/login",
            body=Body("application/x-www-form-urlencoded", "form"),
            responses={
                "200": Response("json", LoginResponse),
            },
            security=(),
            operation_id="login",
        ),
    )


class SessionResource:
    """Operations of the ``session`` resource.

    Reached as ``client.session``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SessionResourceWithRawResponse(self)

    def login(
        self,
        *,
        body: LoginBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LoginResponse:
        """POST /login

        Args:
            body: The form fields: ``username``, ``password``.

        ``POST /login``
        """
        return self._client.request(
            _operations().login,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSessionResource:
    """Operations of the ``session`` resource.

    Reached as ``client.session``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSessionResourceWithRawResponse(self)

    async def login(
        self,
        *,
        body: LoginBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LoginResponse:
        """POST /login

        Args:
            body: The form fields: ``username``, ``password``.

        ``POST /login``
        """
        return await self._client.request(
            _operations().login,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SessionResourceWithRawResponse:
    """``client.session.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SessionResource) -> None:
        self.login = to_raw_response_wrapper(resource.login)


class AsyncSessionResourceWithRawResponse:
    """``client.session.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.login = async_to_raw_response_wrapper(resource.login)
