"""Choosing credentials per operation from the client's security schemes."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping, Sequence

import httpx

__all__ = ["CompositeAuth", "select_auth"]


class CompositeAuth(httpx.Auth):
    """Apply several auth schemes to one request (an AND security requirement).

    The flows nest: every request the first scheme's flow yields (the API
    request, or a token request of its own) runs through the second scheme's full
    flow, and so on, and each flow receives the responses to its requests. So
    challenge/response schemes (OAuth2 refresh on 401, cookie re-login) work in
    any position.
    """

    def __init__(self, auths: Sequence[httpx.Auth]) -> None:
        if not auths:
            raise ValueError("CompositeAuth needs at least one auth")
        self.auths = tuple(auths)
        self.requires_request_body = any(a.requires_request_body for a in auths)
        self.requires_response_body = any(a.requires_response_body for a in auths)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        yield from _sync_nested(self.auths, request)

    def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # httpx closes the flow when it is done with it; the nested flow closes
        # its inner flows in turn.
        return _async_nested(self.auths, request)

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


def _sync_nested(
    auths: Sequence[httpx.Auth], request: httpx.Request
) -> Generator[httpx.Request, httpx.Response, httpx.Response | None]:
    """Run ``auths[0]``'s flow, sending each of its requests through the rest.

    Returns the last response (``None`` if the flow sent nothing).
    """
    flow = auths[0].sync_auth_flow(request)
    response: httpx.Response | None = None
    try:
        outgoing = next(flow)
    except StopIteration:
        return None
    while True:
        if len(auths) > 1:
            response = yield from _sync_nested(auths[1:], outgoing)
        else:
            response = yield outgoing
        assert response is not None
        try:
            outgoing = flow.send(response)
        except StopIteration:
            return response


async def _async_nested(
    auths: Sequence[httpx.Auth], request: httpx.Request
) -> AsyncGenerator[httpx.Request, httpx.Response]:
    """Async twin of :func:`_sync_nested` (async generators cannot return values)."""
    flow = auths[0].async_auth_flow(request)
    try:
        try:
            outgoing = await flow.__anext__()
        except StopAsyncIteration:
            return
        while True:
            if len(auths) > 1:
                inner = _async_nested(auths[1:], outgoing)
                try:
                    sent = await inner.__anext__()
                    while True:
                        response = yield sent
                        try:
                            sent = await inner.asend(response)
                        except StopAsyncIteration:
                            break
                finally:
                    await inner.aclose()
            else:
                response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return
    finally:
        # Close every flow however this one ends (a scheme may hold a lock).
        aclose = getattr(flow, "aclose", None)
        if aclose is not None:
            await aclose()
