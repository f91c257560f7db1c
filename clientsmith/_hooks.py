"""Event hooks and debug logging for every request that goes on the wire.

The client sends each attempt with ``http.send(request, auth=...)``; the auth
scheme's flow may add headers, fetch a token, log in, or resend the request after
a 401. :class:`ObservedAuth` wraps that flow, so request hooks run on each request
the flow hands to httpx -- token requests, logins, the API request with its final
``Authorization`` header, the resend after a rejected attempt -- and response
hooks on each answer, including the rejected 401.

Requests other than the API request itself (token requests, logins) get the
API request's ``User-Agent`` (auth schemes build them bare), and are logged at
DEBUG on the ``clientsmith`` logger, redacted: method, URL without credential
parameters, headers with credentials masked, never the body (it holds the
password or client secret).
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from typing import Any

import httpx

from ._logging import logger
from ._redact import redact_headers, redact_url
from .auth._flow import carry_user_agent
from .errors import request_id_of

__all__ = ["ObservedAuth"]

Hook = Callable[..., Any]


def _no_auth_flow(request: httpx.Request) -> httpx.Auth:
    # What httpx does for auth=None: credentials in the URL become Basic auth.
    if request.url.username or request.url.password:
        return httpx.BasicAuth(request.url.username, request.url.password)
    return httpx.Auth()


class ObservedAuth(httpx.Auth):
    """Run hooks (and debug logging) around each request of ``inner``'s flow."""

    def __init__(
        self,
        inner: httpx.Auth | None,
        request_hooks: Sequence[Hook],
        response_hooks: Sequence[Hook],
    ) -> None:
        self.inner = inner
        self.request_hooks = request_hooks
        self.response_hooks = response_hooks

    def _flow_of(self, request: httpx.Request) -> httpx.Auth:
        return self.inner if self.inner is not None else _no_auth_flow(request)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow_of(request).sync_auth_flow(request)
        try:
            outgoing = next(flow)
            while True:
                carry_user_agent(request, outgoing)
                for hook in self.request_hooks:
                    hook(outgoing)
                started = _log_auth_request(request, outgoing)
                response = yield outgoing
                _log_auth_response(request, outgoing, response, started)
                for hook in self.response_hooks:
                    hook(response)
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
        finally:
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow_of(request).async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                carry_user_agent(request, outgoing)
                for hook in self.request_hooks:
                    await _call(hook, outgoing)
                started = _log_auth_request(request, outgoing)
                response = yield outgoing
                _log_auth_response(request, outgoing, response, started)
                for hook in self.response_hooks:
                    await _call(hook, response)
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()


async def _call(hook: Hook, arg: object) -> None:
    # AsyncClient accepts plain functions and coroutine functions as hooks.
    result = hook(arg)
    if inspect.isawaitable(result):
        await result


def _log_auth_request(api_request: httpx.Request, outgoing: httpx.Request) -> float:
    """Log a token request or login (not the API request); return a start time."""
    if outgoing is api_request or not logger.isEnabledFor(logging.DEBUG):
        return 0.0
    logger.debug(
        "auth request for %s %s: %s %s headers: %s",
        api_request.method,
        redact_url(api_request.url),
        outgoing.method,
        redact_url(outgoing.url),
        redact_headers(outgoing.headers),
    )
    return time.perf_counter()


def _log_auth_response(
    api_request: httpx.Request,
    outgoing: httpx.Request,
    response: httpx.Response,
    started: float,
) -> None:
    if outgoing is api_request or not logger.isEnabledFor(logging.DEBUG):
        return
    request_id = request_id_of(response)
    logger.debug(
        "auth response: %s %s -> %s %s (%.1f ms)%s",
        outgoing.method,
        redact_url(outgoing.url),
        response.status_code,
        response.reason_phrase,
        (time.perf_counter() - started) * 1000.0,
        f" request id {request_id}" if request_id else "",
    )
