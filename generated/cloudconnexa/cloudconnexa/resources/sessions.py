"""The ``sessions`` resource: OpenVPN sessions, read in batches with a cursor."""

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
from clientsmith.formats import DateTimeOrStr
from clientsmith.pagination import AsyncPage, SyncPage
from clientsmith.raw import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.session import Session
    from ..models.session_batch import SessionBatch
    from ..models.session_status import SessionStatus

__all__ = ["SessionsResource", "AsyncSessionsResource"]


class _Operations(NamedTuple):
    """What the runtime needs for each operation of this resource."""

    list: PagedOperation[Session]


@cache
def _operations() -> _Operations:
    """Built on first use: importing this module loads no models."""
    from ..models.error_response import ErrorResponse
    from ..models.session import Session
    from ..models.session_batch import SessionBatch
    from ..models.session_status import SessionStatus

    return _Operations(
        list=PagedOperation(
            method="GET",
            path="/sessions",
            params=(
                Param("size", "query"),
                Param("startDate", "query"),
                Param("endDate", "query"),
                Param("status", "query"),
                Param("returnOnlyNew", "query"),
                Param("cursor", "query"),
            ),
            responses={
                "200": Response("json", SessionBatch),
            },
            errors={
                "4XX": ErrorResponse,
                "5XX": ErrorResponse,
            },
            security=(("oauth",),),
            operation_id="sessionsList",
            pagination=Pagination(
                style="cursor",
                items=("sessions",),
                cursor_field=("nextCursor",),
                cursor_param="cursor",
            ),
            item_type=Session,
        ),
    )


class SessionsResource:
    """OpenVPN sessions, read in batches with a cursor.

    Reached as ``client.sessions``; created on first access.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return SessionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        size: int,
        start_date: DateTimeOrStr | NotGiven = NOT_GIVEN,
        end_date: DateTimeOrStr | NotGiven = NOT_GIVEN,
        status: SessionStatus | NotGiven = NOT_GIVEN,
        return_only_new: bool | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Session]:
        """List OpenVPN sessions in batches of up to 100.

        If you hit rate limits, the API documentation advises retrying after a minute.

        Args:
            size: Sessions per batch (1-100).
            start_date: Start of the period (at most 30 days back).
            end_date: End of the period.
            cursor: The ``nextCursor`` of the previous batch; omit for the first batch.

        ``GET /sessions``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "size": size,
                "startDate": start_date,
                "endDate": end_date,
                "status": status,
                "returnOnlyNew": return_only_new,
                "cursor": cursor,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSessionsResource:
    """OpenVPN sessions, read in batches with a cursor.

    Reached as ``client.sessions``; created on first access.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers) and ``.parse()``."""
        return AsyncSessionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        size: int,
        start_date: DateTimeOrStr | NotGiven = NOT_GIVEN,
        end_date: DateTimeOrStr | NotGiven = NOT_GIVEN,
        status: SessionStatus | NotGiven = NOT_GIVEN,
        return_only_new: bool | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Session]:
        """List OpenVPN sessions in batches of up to 100.

        If you hit rate limits, the API documentation advises retrying after a minute.

        Args:
            size: Sessions per batch (1-100).
            start_date: Start of the period (at most 30 days back).
            end_date: End of the period.
            cursor: The ``nextCursor`` of the previous batch; omit for the first batch.

        ``GET /sessions``
        """
        return self._client.paginate(
            _operations().list,
            query={
                "size": size,
                "startDate": start_date,
                "endDate": end_date,
                "status": status,
                "returnOnlyNew": return_only_new,
                "cursor": cursor,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SessionsResourceWithRawResponse:
    """``client.sessions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: SessionsResource) -> None:
        self._resource = resource


class AsyncSessionsResourceWithRawResponse:
    """``client.sessions.with_raw_response``: every method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSessionsResource) -> None:
        self._resource = resource
