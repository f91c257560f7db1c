"""Security requirement selection and combining several schemes."""

from __future__ import annotations

from collections.abc import Generator

import httpx
from call_results import returns_none, returns_none_async

import clientsmith
from clientsmith import Operation
from clientsmith._auth import CompositeAuth, select_auth

from ._helpers import ApiKey, Bearer, Recorder, run


class Challenge(httpx.Auth):
    """A two-step scheme: retry once with a token after a 401."""

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        if response.status_code == 401:
            request.headers["X-Answer"] = "42"
            yield request


def test_select_auth_rules() -> None:
    bearer, key = Bearer(), ApiKey()
    schemes = {"bearer": bearer, "key": key}
    assert select_auth(None, None, {"bearer": bearer}) is bearer
    assert select_auth(None, None, {}) is None
    assert select_auth((), bearer, schemes) is None
    assert select_auth((("oauth",), ("bearer",)), None, schemes) is bearer
    assert select_auth((("oauth",),), None, schemes) is None
    combined = select_auth((("bearer", "key"),), None, schemes)
    assert isinstance(combined, CompositeAuth) and combined.auths == (bearer, key)
    assert (
        select_auth((("oauth",),), bearer, {}) is bearer
    )  # a bare auth covers any requirement
    assert repr(combined) == "CompositeAuth(Bearer, ApiKey)"


def test_composite_runs_the_last_scheme_full_flow_sync_and_async() -> None:
    seen: list[tuple[str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        # The auth flow mutates one request object: record what each send carried.
        seen.append((request.headers.get("x-answer"), request.headers.get("x-api-key")))
        return httpx.Response(200 if request.headers.get("x-answer") == "42" else 401)

    op: Operation[None] = Operation("GET", "/x", security=(("key", "challenge"),))
    auth = {"key": ApiKey(), "challenge": Challenge()}
    rec = Recorder(handler)
    with clientsmith.Client(
        base_url="https://a.test", transport=httpx.MockTransport(rec), auth=auth
    ) as client:
        assert returns_none(client.request, op)
    assert seen == [(None, "k3y"), ("42", "k3y")]
    seen.clear()

    arec = Recorder(handler)

    async def main() -> None:
        async with clientsmith.AsyncClient(
            base_url="https://a.test", transport=httpx.MockTransport(arec), auth=auth
        ) as client:
            assert await returns_none_async(client.request, op)

    run(main())
    assert seen == [(None, "k3y"), ("42", "k3y")]
