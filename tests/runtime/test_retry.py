"""Retry policy: pure decisions, then the send loops with a fake sleep."""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith import Body, Operation, Param, Response, RetryPolicy
from clientsmith.retry import backoff_delay, parse_retry_after

from ._helpers import FakeSleep, Pet, Recorder, run

NOW = 1_700_000_000.0


def decide(
    policy: RetryPolicy,
    status: int,
    *,
    method: str = "GET",
    attempt: int = 1,
    headers: dict[str, str] | None = None,
    key: bool = False,
) -> float | None:
    return policy.delay_after_response(
        method=method,
        attempt=attempt,
        status_code=status,
        headers=headers or {},
        has_idempotency_key=key,
        random=0.0,
        now=NOW,
    )


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_default_statuses_retry(status: int) -> None:
    assert decide(RetryPolicy(), status) == 0.5


@pytest.mark.parametrize("status", [200, 400, 401, 404, 409, 422, 501])
def test_other_statuses_do_not_retry(status: int) -> None:
    assert decide(RetryPolicy(), status) is None


def test_attempts_are_bounded() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert decide(policy, 503, attempt=2) is not None
    assert decide(policy, 503, attempt=3) is None
    assert decide(RetryPolicy(max_attempts=1), 503) is None


def test_non_idempotent_methods_need_an_idempotency_key() -> None:
    policy = RetryPolicy()
    assert decide(policy, 503, method="POST") is None
    assert decide(policy, 503, method="PATCH") is None
    assert decide(policy, 503, method="POST", key=True) == 0.5
    for method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS"):
        assert decide(policy, 503, method=method) == 0.5


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(initial_delay=0.5, multiplier=2.0, max_delay=3.0, jitter=1.0)
    assert [backoff_delay(policy, n, 0.0) for n in range(1, 6)] == [
        0.5,
        1.0,
        2.0,
        3.0,
        3.0,
    ]
    assert (
        backoff_delay(policy, 2, 0.5) == 0.5
    )  # full jitter: up to the whole delay off
    assert backoff_delay(policy.with_changes(jitter=0.2), 2, 0.5) == pytest.approx(0.9)
    assert backoff_delay(policy, 10_000, 0.0) == 3.0  # huge attempt numbers stay finite


def test_retry_after_seconds_date_and_ms() -> None:
    assert parse_retry_after({"retry-after": "7"}, now=NOW) == 7.0
    assert parse_retry_after({"retry-after": " 1.5 "}, now=NOW) == 1.5
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after({"retry-after": date}, now=NOW) == pytest.approx(30.0)
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert parse_retry_after({"retry-after": past}, now=NOW) == 0.0
    assert (
        parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}, now=NOW)
        == 0.25
    )
    assert (
        parse_retry_after({"retry-after-ms": "x", "retry-after": "9"}, now=NOW) == 9.0
    )
    for bad in ("soon", "-3", "nan", ""):
        assert parse_retry_after({"retry-after": bad}, now=NOW) is None
    assert parse_retry_after({}, now=NOW) is None


def test_retry_after_wins_over_backoff_and_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=10.0)
    assert decide(policy, 429, headers={"retry-after": "4"}) == 4.0
    assert decide(policy, 503, headers={"retry-after-ms": "1200"}) == 1.2
    assert decide(policy, 429, headers={"retry-after": "3600"}) is None


def test_exceptions_retry_per_type_and_method() -> None:
    policy = RetryPolicy()

    def err(exc: BaseException, method: str = "GET", key: bool = False) -> float | None:
        return policy.delay_after_error(
            method=method, attempt=1, error=exc, has_idempotency_key=key, random=0.0
        )

    assert err(httpx.ConnectError("x")) == 0.5
    assert err(httpx.ReadTimeout("x")) == 0.5
    assert err(httpx.RemoteProtocolError("x")) == 0.5
    assert err(httpx.WriteTimeout("x")) is None
    assert err(ValueError("x")) is None
    # A connect error never reached the server: safe even for POST.
    assert err(httpx.ConnectError("x"), method="POST") == 0.5
    assert err(httpx.ReadTimeout("x"), method="POST") is None
    assert err(httpx.ReadTimeout("x"), method="POST", key=True) == 0.5


# -- the send loops ---------------------------------------------------------------

GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{id}",
    params=(Param("id", "path"),),
    responses={"200": Response("json", Pet)},
)
CREATE: Operation[Pet] = Operation(
    "POST",
    "/pets",
    body=Body("application/json", "json"),
    responses={"200": Response("json", Pet)},
)
OK = httpx.Response(200, json={"id": 1, "name": "rex"})


def make(rec: Recorder, sleep: FakeSleep, **kwargs: Any) -> clientsmith.Client:
    client = clientsmith.Client(
        base_url="https://x.test",
        transport=httpx.MockTransport(rec),
        sleep=sleep,
        **kwargs,
    )
    client._random = lambda: 0.0  # deterministic jitter
    return client


def test_flapping_503s_are_retried_then_succeed(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(503), OK)
    with make(rec, fake_sleep) as client:
        assert client.request(GET_PET, path={"id": 1}).name == "rex"
    assert len(rec.requests) == 3
    assert fake_sleep.delays == [0.5, 1.0]


def test_gives_up_after_max_attempts_with_status_error(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(503))
    with make(rec, fake_sleep, retry=RetryPolicy(max_attempts=4)) as client:
        with pytest.raises(clientsmith.InternalServerError):
            client.request(GET_PET, path={"id": 1})
    assert len(rec.requests) == 4
    assert len(fake_sleep.delays) == 3


def test_429_retry_after_is_honoured(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(429, headers={"Retry-After": "3"}), OK)
    with make(rec, fake_sleep) as client:
        client.request(GET_PET, path={"id": 1})
    assert fake_sleep.delays == [3.0]


def test_post_without_key_is_not_retried(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(503), OK)
    with (
        make(rec, fake_sleep) as client,
        pytest.raises(clientsmith.InternalServerError),
    ):
        client.request(CREATE, body={"name": "x"})
    assert len(rec.requests) == 1
    assert "idempotency-key" not in rec.requests[0].headers


def test_post_with_generated_key_is_retried_with_the_same_key(
    fake_sleep: FakeSleep,
) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(502), OK)
    policy = RetryPolicy(add_idempotency_key=True, idempotency_header="X-Idem")
    with make(rec, fake_sleep, retry=policy) as client:
        client.request(CREATE, body={"name": "x"})
    keys = {r.headers["x-idem"] for r in rec.requests}
    assert len(rec.requests) == 3 and len(keys) == 1
    assert all(r.content == b'{"name":"x"}' for r in rec.requests)


def test_post_with_caller_key_is_retried(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(503), OK)
    with make(rec, fake_sleep) as client:
        client.request(CREATE, body={}, extra_headers={"Idempotency-Key": "abc"})
    assert [r.headers["idempotency-key"] for r in rec.requests] == ["abc", "abc"]


def test_connect_errors_retry_and_then_raise(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.ConnectError("refused"))
    with make(rec, fake_sleep) as client:
        with pytest.raises(clientsmith.APIConnectionError, match="after 3 attempt"):
            client.request(GET_PET, path={"id": 1})
    assert len(rec.requests) == 3


def test_per_request_and_with_options_overrides(fake_sleep: FakeSleep) -> None:
    rec = Recorder(httpx.Response(503))
    with make(rec, fake_sleep) as client:
        with pytest.raises(clientsmith.InternalServerError):
            client.request(GET_PET, path={"id": 1}, retry=None)
        assert len(rec.requests) == 1
        with pytest.raises(clientsmith.InternalServerError):
            client.with_options(max_retries=4).request(GET_PET, path={"id": 1})
        assert len(rec.requests) == 1 + 5
        with pytest.raises(clientsmith.InternalServerError):
            client.with_options(retry=None).request(GET_PET, path={"id": 1})
        assert len(rec.requests) == 1 + 5 + 1


def test_one_shot_stream_bodies_are_not_retried(fake_sleep: FakeSleep) -> None:
    upload: Operation[None] = Operation(
        "PUT", "/blob", body=Body("application/octet-stream", "binary")
    )
    rec = Recorder(httpx.Response(503))
    with (
        make(rec, fake_sleep) as client,
        pytest.raises(clientsmith.InternalServerError),
    ):
        client.request(upload, body=iter([b"a", b"b"]))
    assert len(rec.requests) == 1


def test_async_retries_use_the_async_sleep() -> None:
    sleep = FakeSleep()
    rec = Recorder(
        httpx.Response(503, headers={"Retry-After-Ms": "20"}),
        httpx.ReadTimeout("slow"),
        OK,
    )

    async def main() -> Pet:
        async with clientsmith.AsyncClient(
            base_url="https://x.test",
            transport=httpx.MockTransport(rec),
            sleep=sleep.async_sleep,
        ) as client:
            client._random = lambda: 0.0
            return await client.request(GET_PET, path={"id": 1})

    assert run(main()).name == "rex"
    assert sleep.delays == [0.02, 1.0]
    assert len(rec.requests) == 3
