"""ClientBuilder: each option validated, and the client it builds configured."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from clientsmith import AsyncClient, Client, RetryPolicy
from clientsmith.auth import BearerAuth
from clientsmith.builder import HOOK_EVENTS, ClientBuilder, ConfigurationError
from clientsmith.errors import ClientsmithError

B = ClientBuilder().base_url("https://api.example.com/v1")


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"url": str(request.url)})


@pytest.mark.parametrize(
    "url",
    [
        "api.example.com",
        "/v1",
        "ftp://example.com",
        "https://",
        "https://a.example/?x=1",
    ],
)
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base URL"):
        ClientBuilder().base_url(url)


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, ClientsmithError)


def test_build_needs_a_base_url() -> None:
    with pytest.raises(ConfigurationError, match="no base URL"):
        ClientBuilder().build()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"seconds": 0}, "timeout must be positive"),
        ({"seconds": -1}, "timeout must be positive"),
        ({"seconds": float("inf")}, "finite"),
        ({"seconds": "10"}, "number of seconds"),
        ({"seconds": True}, "number of seconds"),
        ({"seconds": 5, "connect": 0}, "connect timeout"),
        ({"seconds": httpx.Timeout(5, read=-1)}, "timeout read"),
        ({"seconds": httpx.Timeout(5), "read": 1}, "not both"),
    ],
)
def test_timeouts_must_be_positive(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        B.timeout(**kwargs)


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        ((-1,), {}, "max_retries must be an int >= 0"),
        ((1.5,), {}, "max_retries must be an int"),
        ((True,), {}, "max_retries must be an int"),
        ((1000,), {}, "not sane"),
        ((2,), {"initial_delay": -1}, "initial_delay"),
        ((2,), {"initial_delay": 5, "max_delay": 1}, "below initial_delay"),
        ((2,), {"jitter": 2}, "jitter"),
        ((2,), {"statuses": [503, 42]}, "HTTP statuses"),
    ],
)
def test_retry_values_must_be_sane(
    args: tuple[Any, ...], kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(ConfigurationError, match=match):
        B.retries(*args, **kwargs)


def test_retry_policy_is_checked_too() -> None:
    with pytest.raises(ConfigurationError, match="multiplier"):
        B.retry_policy(RetryPolicy(multiplier=0.5))
    with pytest.raises(ConfigurationError, match="max_attempts"):
        B.retry_policy(RetryPolicy(max_attempts=0))
    with pytest.raises(ConfigurationError, match="RetryPolicy or None"):
        # Wrong on purpose: the check under test refuses it.
        B.retry_policy(3)  # type: ignore[arg-type]
    assert B.retry_policy(None).build().retry is None


def test_unknown_hook_event() -> None:
    with pytest.raises(
        ConfigurationError, match=r"unknown hook event 'reqest'.*request"
    ):
        B.hook("reqest", print)
    with pytest.raises(ConfigurationError, match="must be callable"):
        # Wrong on purpose: the check under test refuses it.
        B.hook("request", "print")  # type: ignore[arg-type]
    assert HOOK_EVENTS == ("request", "response")


def test_headers_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="not a valid header name"):
        B.header("Bad Name", "x")
    with pytest.raises(ConfigurationError, match="CR, LF"):
        B.header("X-A", "a\r\nInjected: yes")
    with pytest.raises(ConfigurationError, match="must be str"):
        # Wrong on purpose: the check under test refuses it.
        B.header("X-A", 1)  # type: ignore[arg-type]


def test_auth_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="must be an httpx.Auth"):
        # Wrong on purpose: the check under test refuses it.
        B.auth("token")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not both"):
        B.auth(BearerAuth("t")).auth(BearerAuth("u"), scheme="Other")
    with pytest.raises(ConfigurationError, match="not both"):
        B.auth(BearerAuth("u"), scheme="Other").auth(BearerAuth("t"))
    with pytest.raises(ConfigurationError, match="empty"):
        B.auth(BearerAuth("u"), scheme="")


def test_auth_by_scheme_mapping() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    client = (
        B.auth({"Bearer": BearerAuth("t")})
        .transport(httpx.MockTransport(record))
        .build()
    )
    with client:
        client.get("/a", cast_to=dict)
    assert seen[0].headers["authorization"] == "Bearer t"
    with pytest.raises(ConfigurationError, match="must be an httpx.Auth"):
        # Wrong on purpose: the check under test refuses it.
        B.auth({"Bearer": "t"})  # type: ignore[dict-item]


def test_session_and_transport() -> None:
    # The type: ignores below: wrong types on purpose, refused by the builder.
    with pytest.raises(ConfigurationError, match="httpx.Client or httpx.AsyncClient"):
        B.session(object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="either session"):
        B.transport(httpx.MockTransport(ok)).session(httpx.Client())
    with pytest.raises(ConfigurationError, match="either session"):
        B.session(httpx.Client()).transport(httpx.MockTransport(ok))
    with pytest.raises(ConfigurationError, match="httpx transport"):
        B.transport(object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="build_async needs a session"):
        B.session(httpx.Client()).build_async()
    with pytest.raises(ConfigurationError, match="build needs a session"):
        B.session(httpx.AsyncClient()).build()
    with pytest.raises(ConfigurationError, match="redirects"):
        B.redirects(max_redirects=-1)


def test_client_classes_are_checked() -> None:
    # The type: ignores below: the wrong client class on purpose, refused.
    with pytest.raises(ConfigurationError, match="use build_async"):
        B.build(AsyncClient)  # type: ignore[type-var]
    with pytest.raises(ConfigurationError, match="AsyncClient subclass"):
        B.build_async(Client)  # type: ignore[type-var]

    class Fixed(Client):
        def __init__(self, *, base_url: str) -> None:
            super().__init__(base_url=base_url)

    assert isinstance(B.build(Fixed), Fixed)
    with pytest.raises(ConfigurationError, match=r"does not accept \['headers'\]"):
        B.header("X-A", "1").build(Fixed)


def test_async_hooks_need_an_async_client() -> None:
    async def hook(request: httpx.Request) -> None:
        pass

    with pytest.raises(ConfigurationError, match="use build_async"):
        B.hook("request", hook).build()


def test_builders_are_immutable() -> None:
    base = B.header("X-A", "1")
    one = base.header("X-B", "2")
    assert "X-B" not in repr(base) and "X-B" in repr(one)
    assert "secret" not in repr(B.header("X-Key", "secret").auth(BearerAuth("secret")))


def test_the_built_client_is_configured() -> None:
    requests: list[httpx.Request] = []
    responses: list[int] = []
    client = (
        B.auth(BearerAuth("tok"))
        .header("User-Agent", "ua/1")
        .header("user-agent", "ua/2")
        .headers({"X-A": "1"})
        .timeout(10, connect=2)
        .retries(4, initial_delay=0.01, statuses=[503])
        .hook("request", requests.append)
        .hook("response", lambda r: responses.append(r.status_code))
        .transport(httpx.MockTransport(ok))
        .redirects(False)
        .build()
    )
    with client:
        assert type(client) is Client
        assert client.base_url == httpx.URL("https://api.example.com/v1")
        assert client.timeout == httpx.Timeout(10, connect=2)
        assert client.retry is not None and client.retry.max_attempts == 5
        assert client.retry.statuses == frozenset({503})
        assert client.follow_redirects is False
        assert client.get("/x", cast_to=dict)["url"] == "https://api.example.com/v1/x"
    request = requests[0]
    assert request.headers["user-agent"] == "ua/2"
    assert request.headers["x-a"] == "1"
    assert responses == [200]


def test_timeout_none_and_per_scheme_auth() -> None:
    client = B.timeout(None).auth(BearerAuth("t"), scheme="Bearer").build()
    assert client.timeout == httpx.Timeout(None)
    assert client.get is not None


def test_session_is_used_and_not_closed() -> None:
    session = httpx.Client(transport=httpx.MockTransport(ok))
    with B.session(session).build() as client:
        assert client.http_client is session
        client.get("/y", cast_to=dict)
    assert not session.is_closed
    session.close()


def test_build_async() -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def main() -> dict[str, Any]:
        async with (
            B.hook("request", hook)
            .transport(httpx.MockTransport(ok))
            .build_async() as client
        ):
            assert isinstance(client, AsyncClient)
            result: dict[str, Any] = await client.get("/z", cast_to=dict)
            return result

    assert asyncio.run(main())["url"].endswith("/v1/z")
    assert seen == ["/v1/z"]
