"""Choosing credentials per operation from the client's security schemes."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping, Sequence

import httpx

__all__ = ["CompositeAuth", "select_auth"]


class CompositeAuth(httpx.Auth):
    """Apply several auth schemes to one request (an AND security requirement).

    All but the last scheme are applied as one-step flows (they decorate the
    request, e.g. with a header or query key); the last one runs its full flow,
    so a challenge/response scheme should come last.
    """

    def __init__(self, auths: Sequence[httpx.Auth]) -> None:
        self.auths = tuple(auths)
        self.requires_request_body = any(a.requires_request_body for a in auths)
        self.requires_response_body = any(a.requires_response_body for a in auths)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        for auth in self.auths[:-1]:
            flow = auth.sync_auth_flow(request)
            request = next(flow)
            flow.close()
        yield from self.auths[-1].sync_auth_flow(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        for auth in self.auths[:-1]:
            aflow = auth.async_auth_flow(request)
            request = await aflow.__anext__()
            await aflow.aclose()
        flow = self.auths[-1].async_auth_flow(request)
        request = await flow.__anext__()
        while True:
            response = yield request
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"CompositeAuth({', '.join(type(a).__name__ for a in self.auths)})"


def _combine(auths: Sequence[httpx.Auth]) -> httpx.Auth | None:
    if not auths:
        return None
    if len(auths) == 1:
        return auths[0]
    return CompositeAuth(auths)


def select_auth(
    security: tuple[tuple[str, ...], ...] | None,
    default: httpx.Auth | None,
    schemes: Mapping[str, httpx.Auth],
) -> httpx.Auth | None:
    """The auth to send for an operation's security requirements.

    ``None`` requirements use the client's default (the bare auth, or all
    configured schemes); ``()`` sends nothing; otherwise the first requirement
    whose schemes are all configured wins. ``None`` result means no credentials.
    """
    if security is None:
        if default is not None:
            return default
        return _combine(list(schemes.values()))
    if not security:
        return None
    if default is not None:
        return default
    for requirement in security:
        if all(name in schemes for name in requirement):
            return _combine([schemes[name] for name in requirement])
    return None
