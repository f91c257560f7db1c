"""The clients generated packages subclass: :class:`Client` and :class:`AsyncClient`.

Request building, policies and parsing live in small I/O-free modules; this
module holds only the two send loops (sync and async) and the public methods
around them.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx
from typing_extensions import Unpack

from ._base_client import AuthArg, BaseClient, Prepared
from ._body import to_async_stream
from ._limits import ResponseLimits
from ._logging import log_request, log_response, log_retry, logger
from ._options import (
    AdhocBodyOptions,
    AdhocOptions,
    CallOptions,
    RequestOptions,
    TimeoutArg,
    call_options,
)
from ._plan import OperationPlan, plan_for
from ._read import aread_body, read_body
from ._response import (
    build_status_error,
    transport_error,
)
from ._types import NOT_GIVEN, NotGiven
from .operation import Operation, PagedOperation
from .pagination import AsyncPage, SyncPage, _PageReader
from .raw import CAPTURE, PendingCall, RawResponse, pending
from .retry import RetryPolicy
from .streaming import (
    AsyncBinaryResponse,
    BinaryResponse,
    ServerSentEvent,
    andjson_items,
    asse_events,
    ndjson_items,
    sse_events,
)
from .streaming_response import AsyncStreamedResponse, StreamedResponse

if TYPE_CHECKING:
    import anyio
else:
    from ._lazy import anyio

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")
Self = TypeVar("Self", bound="Client")
ASelf = TypeVar("ASelf", bound="AsyncClient")

Hooks = Mapping[str, Sequence[Callable[..., Any]]]


def _ensure_success(plan: OperationPlan, response: httpx.Response) -> None:
    status = response.status_code
    if not 200 <= status < 300 and str(status) not in plan.responses:
        raise build_status_error(response, plan.errors)


def _stream_value(call: PendingCall, streamed: BinaryResponse, strict: bool) -> Any:
    """What a streamed operation's method returns, over an open response."""
    if call.kind == "stream":
        return streamed
    if call.kind == "stream_lines":
        return ndjson_items(streamed, call.operation, strict)
    return sse_events(streamed)


def _astream_value(
    call: PendingCall, streamed: AsyncBinaryResponse, strict: bool
) -> Any:
    """Async twin of :func:`_stream_value`."""
    if call.kind == "stream":
        return streamed
    if call.kind == "stream_lines":
        return andjson_items(streamed, call.operation, strict)
    return asse_events(streamed)


class Client(BaseClient[httpx.Client]):
    """A synchronous API client; generated packages subclass it.

    ``auth`` maps security-scheme names to ``httpx.Auth`` objects (or is one
    ``httpx.Auth`` used for every secured operation). ``retry`` is the default
    :class:`~clientsmith.retry.RetryPolicy` (``None`` disables retries;
    ``max_retries`` is a shortcut). ``event_hooks`` take ``"request"`` and
    ``"response"`` lists of callables, run on every request that goes on the
    wire -- each attempt and redirect hop, token requests and logins, a resend
    after a 401 -- with its final headers. ``sleep`` is
    injectable for tests. Response bodies that do not match their schema are
    kept (conforming parts typed, the rest as received) and logged as a
    warning; ``strict_validation=True`` raises
    :class:`~clientsmith.APIResponseValidationError` instead.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        auth: AuthArg = None,
        retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        follow_redirects: bool = True,
        max_redirects: int = 20,
        sleep: Callable[[float], None] = time.sleep,
        strict_validation: bool = False,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            follow_redirects=follow_redirects,
            max_redirects=max_redirects,
            http_timeout=http_client.timeout if http_client is not None else None,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
            response_limits=response_limits,
        )
        self._use_pool(http_client, transport, httpx.Client)
        self._sleep = sleep

    # -- lifecycle --------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (never a user-supplied ``http_client``)."""
        pool = self._pool.shut() if self._owns_http else None
        if pool is not None:
            pool.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def with_options(
        self: Self,
        *,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        auth: AuthArg | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        base_url: str | httpx.URL | None = None,
        strict_validation: bool | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool.

        ``strict_validation=True`` makes the copy raise
        :class:`~clientsmith.APIResponseValidationError` for response bodies that
        do not match their schema (the default keeps them and logs a warning).
        """
        clone: Self = self._copy_with(
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            base_url=base_url,
            strict_validation=strict_validation,
            response_limits=response_limits,
        )
        return clone

    # -- the send loop ----------------------------------------------------------

    def _send_once(self, prepared: Prepared, stream: bool) -> httpx.Response:
        # Always streamed: a body is read here under the caps of
        # prepared.limits, never by httpx without them.
        response = self._http.send(
            prepared.request,
            auth=self._observed(prepared.auth),
            stream=True,
            follow_redirects=False,
        )
        hops = 0
        # the status test first: is_redirect also looks up the Location header
        while (
            300 <= response.status_code < 400
            and response.is_redirect
            and hops < self.max_redirects
        ):
            follow = self._redirect(prepared, response)
            if follow is None:
                break
            # read (under the caps) so the connection can be reused
            read_body(response, prepared.limits)
            response.close()
            prepared = follow
            hops += 1
            response = self._http.send(
                prepared.request,
                auth=self._observed(prepared.auth),
                stream=True,
                follow_redirects=False,
            )
        if not stream:
            read_body(response, prepared.limits)
        return response

    def _send(self, prepared: Prepared, *, stream: bool = False) -> httpx.Response:
        policy = prepared.retry
        request = prepared.request
        attempt = 1
        logging_on = logger.isEnabledFor(logging.INFO)
        max_attempts = policy.max_attempts if policy is not None else 1
        try:
            while True:
                started = 0.0
                if logging_on:
                    log_request(request, attempt, max_attempts)
                    started = time.perf_counter()
                try:
                    response = self._send_once(prepared, stream)
                except httpx.TransportError as exc:
                    if logging_on:
                        log_response(
                            request,
                            None,
                            time.perf_counter() - started,
                            attempt,
                            max_attempts,
                            exc,
                        )
                    delay = None
                    if policy is not None and (
                        prepared.body is None or prepared.body.replayable
                    ):
                        delay = policy.delay_after_error(
                            method=request.method,
                            attempt=attempt,
                            error=exc,
                            has_idempotency_key=prepared.has_idempotency_key,
                            random=self._random(),
                        )
                    if delay is None:
                        raise transport_error(exc, request, attempt) from exc
                    if logging_on:
                        log_retry(request, delay, attempt, type(exc).__name__)
                    self._sleep(delay)
                    attempt += 1
                    continue
                if logging_on:
                    log_response(
                        request,
                        response,
                        time.perf_counter() - started,
                        attempt,
                        max_attempts,
                    )
                if policy is not None and response.status_code in policy.statuses:
                    delay = None
                    if prepared.body is None or prepared.body.replayable:
                        delay = policy.delay_after_response(
                            method=request.method,
                            attempt=attempt,
                            status_code=response.status_code,
                            headers=response.headers,
                            has_idempotency_key=prepared.has_idempotency_key,
                            random=self._random(),
                            now=self._clock(),
                        )
                    if delay is not None:
                        response.close()
                        if logging_on:
                            log_retry(
                                request, delay, attempt, str(response.status_code)
                            )
                        self._sleep(delay)
                        attempt += 1
                        continue
                return response
        finally:
            if prepared.body is not None and prepared.body.to_close:
                prepared.body.close()

    # -- operations -------------------------------------------------------------

    def request(
        self,
        operation: Operation[T],
        **options: Unpack[CallOptions],
    ) -> T:
        """Perform ``operation`` and return its parsed result.

        Parameter mappings are keyed by wire name; ``NOT_GIVEN`` values are
        dropped, and ``None`` omits a query/header/cookie parameter. Raises
        :class:`~clientsmith.APIStatusError` subclasses for non-2xx answers,
        :class:`~clientsmith.APITimeoutError` / :class:`~clientsmith.APIConnectionError`
        for transport failures.
        """
        if CAPTURE.get():
            return pending(self, "request", operation, options)  # type: ignore[no-any-return]
        plan = plan_for(operation)
        prepared = self._prepare(plan, call_options(options))
        response = self._send(prepared)
        return plan.parse(response, self.strict_validation)  # type: ignore[no-any-return]

    def paginate(
        self,
        operation: PagedOperation[T],
        *,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[T]:
        """Iterate a paginated operation's items lazily (no request until iterated)."""
        if CAPTURE.get():
            return pending(  # type: ignore[no-any-return]
                self, "paginate", operation, options, max_items=max_items
            )
        plan = plan_for(operation)
        first = self._prepare(plan, call_options(options))
        return self._pages(operation, plan, first, max_items)

    def _pages(
        self,
        operation: PagedOperation[T],
        plan: OperationPlan,
        first: Prepared,
        max_items: int | None,
        primed: httpx.Response | None = None,
    ) -> SyncPage[T]:
        """The page iterator; ``primed`` is the first page's response when already sent."""
        waiting = [primed] if primed is not None else []

        def fetch_first() -> httpx.Response:
            if waiting:
                return waiting.pop()
            response = self._send(first)
            _ensure_success(plan, response)
            return response

        def fetch_url(url: httpx.URL) -> httpx.Response:
            response = self._send(self._next_page_request(first, url))
            _ensure_success(plan, response)
            return response

        return SyncPage(
            fetch_first=fetch_first,
            fetch_url=fetch_url,
            reader=_PageReader(
                operation.pagination,
                operation.item_type,
                plan.label,
                self.strict_validation,
            ),
            max_items=max_items,
        )

    def stream(
        self,
        operation: Operation[Any],
        **options: Unpack[CallOptions],
    ) -> BinaryResponse:
        """Start a streamed download; use the result as a context manager."""
        if CAPTURE.get():
            return pending(self, "stream", operation, options)  # type: ignore[no-any-return]
        plan = plan_for(operation)
        prepared = self._prepare(plan, call_options(options))
        return BinaryResponse(self._checked(plan, prepared, True), prepared.limits)

    def _checked(
        self, plan: OperationPlan, prepared: Prepared, stream: bool
    ) -> httpx.Response:
        """Send; a status error raises its typed error, read under the caps first."""
        response = self._send(prepared, stream=stream)
        try:
            if not 200 <= response.status_code < 300:
                if stream:
                    read_body(response, prepared.limits)
                _ensure_success(plan, response)
        except BaseException:
            response.close()
            raise
        return response

    def stream_lines(
        self,
        operation: Operation[T],
        **options: Unpack[CallOptions],
    ) -> Iterator[T]:
        """Yield each line of an NDJSON response, validated into the response type.

        Nothing is sent until the first item is asked for.
        """
        call: PendingCall = pending(self, "stream_lines", operation, options)
        if CAPTURE.get():
            return call  # type: ignore[return-value]
        return self._lazy(call)

    def _lazy(self, call: PendingCall) -> Iterator[Any]:
        """A streamed call's items; sends on the first ``next()``."""
        streamed = self.stream(call.operation, **call.arguments)
        if call.kind == "stream_lines":
            yield from ndjson_items(streamed, call.operation, self.strict_validation)
        else:
            yield from sse_events(streamed)

    def stream_events(
        self,
        operation: Operation[Any],
        **options: Unpack[CallOptions],
    ) -> Iterator[ServerSentEvent]:
        """Yield the events of a ``text/event-stream`` response as they arrive."""
        call: PendingCall = pending(self, "stream_events", operation, options)
        if CAPTURE.get():
            return call  # type: ignore[return-value]
        return self._lazy(call)

    # -- raw and streamed responses (clientsmith.raw, clientsmith.streaming_response)

    def _raw(self, call: PendingCall) -> RawResponse[Any]:
        """Send a captured call; its response with ``parse()`` for the value."""
        response, limits, parser = self._open(call, stream=False)
        return RawResponse(response, parser, limits)

    def _streamed(self, call: PendingCall) -> StreamedResponse[Any]:
        """Send a captured call without reading the body."""
        response, limits, parser = self._open(call, stream=True)
        return StreamedResponse(response, parser, limits, reads_body=call.reads_body)

    def _open(
        self, call: PendingCall, *, stream: bool
    ) -> tuple[httpx.Response, ResponseLimits, Callable[[], Any]]:
        """Send a captured call: the response (status checked), its limits, its parser.

        The body is read unless ``stream`` or the operation streams it.
        """
        arguments = dict(call.arguments)
        max_items = arguments.pop("max_items", None)
        plan = plan_for(call.operation)
        prepared = self._prepare(plan, call_options(arguments))
        response = self._checked(plan, prepared, stream or not call.reads_body)
        strict = self.strict_validation
        parser: Callable[[], Any]
        if call.kind == "request":
            parser = functools.partial(plan.parse, response, strict)
        elif call.kind == "paginate":
            paged: PagedOperation[Any] = call.operation  # type: ignore[assignment]
            parser = functools.partial(
                self._pages, paged, plan, prepared, max_items, response
            )
        else:
            streamed = BinaryResponse(response, prepared.limits)
            parser = functools.partial(_stream_value, call, streamed, strict)
        return response, prepared.limits, parser

    # -- escape hatch -----------------------------------------------------------

    def _adhoc(
        self,
        method: str,
        path: str,
        cast_to: Any,
        options: AdhocOptions,
        body: object = NOT_GIVEN,
    ) -> Any:
        prepared = self._prepare_adhoc(method, path, cast_to, options, body)
        return prepared.plan.parse(self._send(prepared), self.strict_validation)

    @overload
    def get(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocOptions]
    ) -> T: ...
    @overload
    def get(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocOptions]
    ) -> Any: ...
    def get(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocOptions]
    ) -> Any:
        """GET an endpoint the spec does not describe; ``cast_to`` validates the JSON."""
        return self._adhoc("GET", path, cast_to, options)

    @overload
    def delete(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocOptions]
    ) -> T: ...
    @overload
    def delete(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocOptions]
    ) -> Any: ...
    def delete(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocOptions]
    ) -> Any:
        """DELETE an undocumented endpoint (see :meth:`get`)."""
        return self._adhoc("DELETE", path, cast_to, options)

    @overload
    def post(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    def post(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    def post(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """POST a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return self._adhoc(
            "POST", path, cast_to, options, options.get("body", NOT_GIVEN)
        )

    @overload
    def put(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    def put(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    def put(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """PUT a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return self._adhoc(
            "PUT", path, cast_to, options, options.get("body", NOT_GIVEN)
        )

    @overload
    def patch(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    def patch(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    def patch(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """PATCH a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return self._adhoc(
            "PATCH", path, cast_to, options, options.get("body", NOT_GIVEN)
        )


async def _anyio_sleep(seconds: float) -> None:
    # Not ``anyio.sleep`` itself as the default: anyio (and asyncio with it) is
    # imported when an async client first waits, not with the package.
    await anyio.sleep(seconds)


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """The asynchronous twin of :class:`Client` (same options; ``sleep`` is async).

    Event hooks may be plain functions or coroutine functions.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        auth: AuthArg = None,
        retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        event_hooks: Hooks | None = None,
        follow_redirects: bool = True,
        max_redirects: int = 20,
        sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
        strict_validation: bool = False,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            follow_redirects=follow_redirects,
            max_redirects=max_redirects,
            http_timeout=http_client.timeout if http_client is not None else None,
            event_hooks=event_hooks,
            strict_validation=strict_validation,
            response_limits=response_limits,
        )
        self._use_pool(http_client, transport, httpx.AsyncClient)
        self._sleep = sleep

    async def aclose(self) -> None:
        """Close the connection pool (never a user-supplied ``http_client``)."""
        pool = self._pool.shut() if self._owns_http else None
        if pool is not None:
            await pool.aclose()

    close = aclose

    async def __aenter__(self: ASelf) -> ASelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def with_options(
        self: ASelf,
        *,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        auth: AuthArg | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        base_url: str | httpx.URL | None = None,
        strict_validation: bool | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> ASelf:
        """A copy with some options changed, sharing this client's connection pool.

        ``strict_validation`` as in :meth:`Client.with_options`.
        """
        clone: ASelf = self._copy_with(
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            base_url=base_url,
            strict_validation=strict_validation,
            response_limits=response_limits,
        )
        return clone

    def _prepare_async(self, plan: OperationPlan, options: RequestOptions) -> Prepared:
        prepared = self._prepare(plan, options)
        body = prepared.body
        # httpx.AsyncClient refuses sync iterators: adapt one-shot sync bodies.
        if (
            body is not None
            and not body.replayable
            and body.content is not None
            and not hasattr(body.content, "__aiter__")
        ):
            old = prepared.request
            prepared.request = httpx.Request(
                old.method,
                old.url,
                headers=old.headers,
                content=to_async_stream(body.content),
                extensions=old.extensions,
            )
        return prepared

    async def _send_once(self, prepared: Prepared, stream: bool) -> httpx.Response:
        # Always streamed: a body is read here under the caps of
        # prepared.limits, never by httpx without them.
        response = await self._http.send(
            prepared.request,
            auth=self._observed(prepared.auth),
            stream=True,
            follow_redirects=False,
        )
        hops = 0
        # the status test first: is_redirect also looks up the Location header
        while (
            300 <= response.status_code < 400
            and response.is_redirect
            and hops < self.max_redirects
        ):
            follow = self._redirect(prepared, response)
            if follow is None:
                break
            # read (under the caps) so the connection can be reused
            await aread_body(response, prepared.limits)
            await response.aclose()
            prepared = follow
            hops += 1
            response = await self._http.send(
                prepared.request,
                auth=self._observed(prepared.auth),
                stream=True,
                follow_redirects=False,
            )
        if not stream:
            await aread_body(response, prepared.limits)
        return response

    async def _send(
        self, prepared: Prepared, *, stream: bool = False
    ) -> httpx.Response:
        policy = prepared.retry
        request = prepared.request
        attempt = 1
        logging_on = logger.isEnabledFor(logging.INFO)
        max_attempts = policy.max_attempts if policy is not None else 1
        try:
            while True:
                started = 0.0
                if logging_on:
                    log_request(request, attempt, max_attempts)
                    started = time.perf_counter()
                try:
                    response = await self._send_once(prepared, stream)
                except httpx.TransportError as exc:
                    if logging_on:
                        log_response(
                            request,
                            None,
                            time.perf_counter() - started,
                            attempt,
                            max_attempts,
                            exc,
                        )
                    delay = None
                    if policy is not None and (
                        prepared.body is None or prepared.body.replayable
                    ):
                        delay = policy.delay_after_error(
                            method=request.method,
                            attempt=attempt,
                            error=exc,
                            has_idempotency_key=prepared.has_idempotency_key,
                            random=self._random(),
                        )
                    if delay is None:
                        raise transport_error(exc, request, attempt) from exc
                    if logging_on:
                        log_retry(request, delay, attempt, type(exc).__name__)
                    await self._sleep(delay)
                    attempt += 1
                    continue
                if logging_on:
                    log_response(
                        request,
                        response,
                        time.perf_counter() - started,
                        attempt,
                        max_attempts,
                    )
                if policy is not None and response.status_code in policy.statuses:
                    delay = None
                    if prepared.body is None or prepared.body.replayable:
                        delay = policy.delay_after_response(
                            method=request.method,
                            attempt=attempt,
                            status_code=response.status_code,
                            headers=response.headers,
                            has_idempotency_key=prepared.has_idempotency_key,
                            random=self._random(),
                            now=self._clock(),
                        )
                    if delay is not None:
                        await response.aclose()
                        if logging_on:
                            log_retry(
                                request, delay, attempt, str(response.status_code)
                            )
                        await self._sleep(delay)
                        attempt += 1
                        continue
                return response
        finally:
            if prepared.body is not None and prepared.body.to_close:
                prepared.body.close()

    async def request(
        self,
        operation: Operation[T],
        **options: Unpack[CallOptions],
    ) -> T:
        """Async twin of :meth:`Client.request`."""
        if CAPTURE.get():
            return pending(self, "request", operation, options)  # type: ignore[no-any-return]
        plan = plan_for(operation)
        prepared = self._prepare_async(plan, call_options(options))
        response = await self._send(prepared)
        return plan.parse(response, self.strict_validation)  # type: ignore[no-any-return]

    def paginate(
        self,
        operation: PagedOperation[T],
        *,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[T]:
        """Iterate a paginated operation's items lazily with ``async for``."""
        if CAPTURE.get():
            return pending(  # type: ignore[no-any-return]
                self, "paginate", operation, options, max_items=max_items
            )
        plan = plan_for(operation)
        first = self._prepare_async(plan, call_options(options))
        return self._pages(operation, plan, first, max_items)

    def _pages(
        self,
        operation: PagedOperation[T],
        plan: OperationPlan,
        first: Prepared,
        max_items: int | None,
        primed: httpx.Response | None = None,
    ) -> AsyncPage[T]:
        """The page iterator; ``primed`` is the first page's response when already sent."""
        waiting = [primed] if primed is not None else []

        async def fetch_first() -> httpx.Response:
            if waiting:
                return waiting.pop()
            response = await self._send(first)
            _ensure_success(plan, response)
            return response

        async def fetch_url(url: httpx.URL) -> httpx.Response:
            response = await self._send(self._next_page_request(first, url))
            _ensure_success(plan, response)
            return response

        return AsyncPage(
            fetch_first=fetch_first,
            fetch_url=fetch_url,
            reader=_PageReader(
                operation.pagination,
                operation.item_type,
                plan.label,
                self.strict_validation,
            ),
            max_items=max_items,
        )

    async def stream(
        self,
        operation: Operation[Any],
        **options: Unpack[CallOptions],
    ) -> AsyncBinaryResponse:
        """Start a streamed download: ``async with await client.stream(op) as r``."""
        if CAPTURE.get():
            return pending(self, "stream", operation, options)  # type: ignore[no-any-return]
        plan = plan_for(operation)
        prepared = self._prepare_async(plan, call_options(options))
        response = await self._checked(plan, prepared, True)
        return AsyncBinaryResponse(response, prepared.limits)

    async def _checked(
        self, plan: OperationPlan, prepared: Prepared, stream: bool
    ) -> httpx.Response:
        """Async twin of :meth:`Client._checked`."""
        response = await self._send(prepared, stream=stream)
        try:
            if not 200 <= response.status_code < 300:
                if stream:
                    await aread_body(response, prepared.limits)
                _ensure_success(plan, response)
        except BaseException:
            await response.aclose()
            raise
        return response

    def stream_lines(
        self,
        operation: Operation[T],
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[T]:
        """Async twin of :meth:`Client.stream_lines` (``async for``)."""
        call: PendingCall = pending(self, "stream_lines", operation, options)
        if CAPTURE.get():
            return call  # type: ignore[return-value]
        return self._lazy(call)

    async def _lazy(self, call: PendingCall) -> AsyncIterator[Any]:
        """Async twin of :meth:`Client._lazy`."""
        streamed = await self.stream(call.operation, **call.arguments)
        items: AsyncGenerator[Any, None]
        if call.kind == "stream_lines":
            items = andjson_items(streamed, call.operation, self.strict_validation)
        else:
            items = asse_events(streamed)
        try:
            async for item in items:
                yield item
        finally:
            await items.aclose()  # closes the response when the caller stops early

    def stream_events(
        self,
        operation: Operation[Any],
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ServerSentEvent]:
        """Async twin of :meth:`Client.stream_events`."""
        call: PendingCall = pending(self, "stream_events", operation, options)
        if CAPTURE.get():
            return call  # type: ignore[return-value]
        return self._lazy(call)

    # -- raw and streamed responses (clientsmith.raw, clientsmith.streaming_response)

    async def _raw(self, call: PendingCall) -> RawResponse[Any]:
        """Async twin of :meth:`Client._raw`."""
        response, limits, parser = await self._open(call, stream=False)
        return RawResponse(response, parser, limits)

    async def _streamed(self, call: PendingCall) -> AsyncStreamedResponse[Any]:
        """Async twin of :meth:`Client._streamed`."""
        response, limits, parser = await self._open(call, stream=True)
        return AsyncStreamedResponse(
            response, parser, limits, reads_body=call.reads_body
        )

    async def _open(
        self, call: PendingCall, *, stream: bool
    ) -> tuple[httpx.Response, ResponseLimits, Callable[[], Any]]:
        """Async twin of :meth:`Client._open`."""
        arguments = dict(call.arguments)
        max_items = arguments.pop("max_items", None)
        plan = plan_for(call.operation)
        prepared = self._prepare_async(plan, call_options(arguments))
        response = await self._checked(plan, prepared, stream or not call.reads_body)
        strict = self.strict_validation
        parser: Callable[[], Any]
        if call.kind == "request":
            parser = functools.partial(plan.parse, response, strict)
        elif call.kind == "paginate":
            paged: PagedOperation[Any] = call.operation  # type: ignore[assignment]
            parser = functools.partial(
                self._pages, paged, plan, prepared, max_items, response
            )
        else:
            streamed = AsyncBinaryResponse(response, prepared.limits)
            parser = functools.partial(_astream_value, call, streamed, strict)
        return response, prepared.limits, parser

    async def _adhoc(
        self,
        method: str,
        path: str,
        cast_to: Any,
        options: AdhocOptions,
        body: object = NOT_GIVEN,
    ) -> Any:
        prepared = self._prepare_adhoc(method, path, cast_to, options, body)
        return prepared.plan.parse(await self._send(prepared), self.strict_validation)

    @overload
    async def get(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocOptions]
    ) -> T: ...
    @overload
    async def get(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocOptions]
    ) -> Any: ...
    async def get(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocOptions]
    ) -> Any:
        """GET an endpoint the spec does not describe; ``cast_to`` validates the JSON."""
        return await self._adhoc("GET", path, cast_to, options)

    @overload
    async def delete(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocOptions]
    ) -> T: ...
    @overload
    async def delete(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocOptions]
    ) -> Any: ...
    async def delete(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocOptions]
    ) -> Any:
        """DELETE an undocumented endpoint (see :meth:`get`)."""
        return await self._adhoc("DELETE", path, cast_to, options)

    @overload
    async def post(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    async def post(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    async def post(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """POST a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return await self._adhoc(
            "POST", path, cast_to, options, options.get("body", NOT_GIVEN)
        )

    @overload
    async def put(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    async def put(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    async def put(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """PUT a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return await self._adhoc(
            "PUT", path, cast_to, options, options.get("body", NOT_GIVEN)
        )

    @overload
    async def patch(
        self, path: str, *, cast_to: type[T], **options: Unpack[AdhocBodyOptions]
    ) -> T: ...
    @overload
    async def patch(
        self, path: str, *, cast_to: None = ..., **options: Unpack[AdhocBodyOptions]
    ) -> Any: ...
    async def patch(
        self, path: str, *, cast_to: Any = None, **options: Unpack[AdhocBodyOptions]
    ) -> Any:
        """PATCH a JSON ``body`` to an undocumented endpoint (see :meth:`get`)."""
        return await self._adhoc(
            "PATCH", path, cast_to, options, options.get("body", NOT_GIVEN)
        )
