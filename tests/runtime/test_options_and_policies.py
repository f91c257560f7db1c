"""RequestOptions (one value per call) and self-validating policy values."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith import (
    Body,
    Operation,
    PagedOperation,
    Pagination,
    Param,
    Response,
    RetryPolicy,
)
from clientsmith._options import CallOptions, RequestOptions, call_options
from clientsmith._plan import plan_for
from clientsmith.errors import ConfigurationError

from ._helpers import Pet, Recorder

BASE = "https://api.example.com/v1"

CREATE: Operation[Pet] = Operation(
    "POST",
    "/stores/{store}/pets",
    params=(Param("store", "path"), Param("dry", "query")),
    body=Body("application/json", "json"),
    responses={"201": Response("json", Pet)},
)


def make_client(**kwargs: Any) -> clientsmith.Client:
    recorder = Recorder(httpx.Response(201, json={"id": 1, "name": "rex"}))
    return clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(recorder), **kwargs
    )


# -- RequestOptions --------------------------------------------------------------


def test_options_are_immutable_and_default_to_not_given() -> None:
    options = RequestOptions()
    assert options.body is clientsmith.NOT_GIVEN
    assert options.timeout is clientsmith.NOT_GIVEN
    assert options.retry is clientsmith.NOT_GIVEN
    with pytest.raises(AttributeError):
        options.timeout = 3.0  # type: ignore[misc]


def test_with_changes_copies_and_refuses_unknown_fields() -> None:
    options = RequestOptions(extra_headers={"X-A": "1"})
    changed = options.with_changes(timeout=2.0)
    assert changed.timeout == 2.0
    assert changed.extra_headers == {"X-A": "1"}
    assert options.timeout is clientsmith.NOT_GIVEN
    with pytest.raises(ValueError, match="nope"):
        options.with_changes(nope=1)


def test_repr_names_the_options_but_never_their_values() -> None:
    options = RequestOptions(extra_headers={"Authorization": "Bearer s3cret"})
    text = repr(options)
    assert "extra_headers" in text
    assert "s3cret" not in text
    assert "timeout" not in text


def test_prepare_reads_everything_from_one_options_value() -> None:
    with make_client() as client:
        plan = plan_for(CREATE)
        prepared = client._prepare(
            plan,
            RequestOptions(
                path={"store": "s1"},
                query={"dry": "true"},
                body={"name": "rex"},
                extra_headers={"X-Extra": "yes"},
                extra_query={"trace": "1"},
                extra_body={"tag": "t"},
                timeout=4.5,
                retry=RetryPolicy(max_attempts=2, add_idempotency_key=True),
            ),
        )
    request = prepared.request
    assert str(request.url) == f"{BASE}/stores/s1/pets?dry=true&trace=1"
    assert request.headers["X-Extra"] == "yes"
    assert request.read() == b'{"name":"rex","tag":"t"}'
    assert request.extensions["timeout"]["read"] == 4.5
    # the call's retry policy decided the idempotency key, not the client's
    assert prepared.retry is not None and prepared.retry.max_attempts == 2
    assert prepared.has_idempotency_key
    assert "Idempotency-Key" in request.headers


def test_url_option_replaces_path_and_query() -> None:
    with make_client() as client:
        prepared = client._prepare(
            plan_for(CREATE),
            RequestOptions(url="https://api.example.com/v1/elsewhere?x=1"),
        )
    assert str(prepared.request.url) == "https://api.example.com/v1/elsewhere?x=1"


# -- CallOptions: the keyword arguments, declared once ----------------------------


def test_call_options_declare_every_request_option_but_url() -> None:
    # One declaration of the keywords every call takes: RequestOptions' fields.
    assert set(CallOptions.__annotations__) == set(RequestOptions._fields) - {"url"}


def test_a_misspelt_keyword_is_a_type_error_naming_it() -> None:
    with make_client() as client:
        with pytest.raises(TypeError, match="unexpected keyword argument 'qurey'"):
            client.request(CREATE, qurey={"dry": "1"})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="a call takes: body, cookies"):
            client.stream(CREATE, bdy={})  # type: ignore[call-arg]
        # Lazy streams fail when called, not at their first item.
        with pytest.raises(TypeError, match="unexpected keyword argument 'qurey'"):
            client.stream_lines(CREATE, qurey={})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="unexpected keyword argument 'qurey'"):
            client.stream_events(CREATE, qurey={})  # type: ignore[call-arg]


def test_a_misspelt_keyword_fails_when_an_async_stream_is_made() -> None:
    recorder = Recorder(httpx.Response(201, json={"id": 1, "name": "rex"}))
    client = clientsmith.AsyncClient(
        base_url=BASE, transport=httpx.MockTransport(recorder)
    )
    with pytest.raises(TypeError, match="unexpected keyword argument 'qurey'"):
        client.stream_lines(CREATE, qurey={})  # type: ignore[call-arg]
    assert recorder.requests == []


def test_url_cannot_be_smuggled_into_an_operation_call() -> None:
    # ``url`` replaces the operation's path (the escape hatch's, origin-guarded
    # there); an operation call must not take it through **options.
    recorder = Recorder(httpx.Response(201, json={"id": 1, "name": "rex"}))
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(recorder)
    ) as client:
        with pytest.raises(TypeError, match="unexpected keyword argument 'url'"):
            client.request(CREATE, path={"store": "s"}, url="https://evil.example/")  # type: ignore[call-arg]
    assert recorder.requests == []
    with pytest.raises(TypeError, match="'url'"):
        call_options({"url": "https://evil.example/"})


def test_paginate_takes_a_per_call_retry_for_every_page() -> None:
    pages: PagedOperation[Pet] = PagedOperation(
        "GET", "/pets", pagination=Pagination("link_header"), item_type=Pet
    )
    second = f"{BASE}/pets?page=2"
    recorder = Recorder(
        httpx.Response(503),
        httpx.Response(
            200,
            json=[{"id": 1, "name": "a"}],
            headers={"Link": f'<{second}>; rel="next"'},
        ),
        httpx.Response(503),
        httpx.Response(200, json=[{"id": 2, "name": "b"}]),
    )
    with clientsmith.Client(
        base_url=BASE,
        transport=httpx.MockTransport(recorder),
        retry=None,
        sleep=lambda _: None,
    ) as client:
        policy = RetryPolicy(max_attempts=2, initial_delay=0)
        items = list(client.paginate(pages, retry=policy))
    assert [pet.id for pet in items] == [1, 2]
    assert [str(r.url) for r in recorder.requests] == [
        f"{BASE}/pets",
        f"{BASE}/pets",
        second,
        second,
    ]


# -- self-validating values ------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"max_attempts": 0}, "max_attempts must be an int >= 1, got 0"),
        ({"max_attempts": True}, "max_attempts must be an int"),
        ({"max_attempts": 2.0}, "max_attempts must be an int"),
        ({"initial_delay": -1}, "initial_delay must be >= 0"),
        ({"max_delay": math.inf}, "max_delay must be >= 0 and finite"),
        ({"initial_delay": 5, "max_delay": 1}, "below initial_delay"),
        ({"multiplier": 0.5}, "multiplier must be >= 1"),
        ({"jitter": 1.5}, "jitter is a fraction"),
        ({"max_retry_after": -3}, "max_retry_after"),
        ({"statuses": frozenset({503, 42})}, r"HTTP statuses.*\[42\]"),
    ],
)
def test_retry_policy_checks_itself(changes: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RetryPolicy(**changes)
    with pytest.raises(ValueError, match=match):  # a ValueError for callers too
        RetryPolicy().with_changes(**changes)


def test_valid_retry_policies_are_accepted() -> None:
    assert RetryPolicy(max_attempts=1, initial_delay=0, max_delay=0).max_attempts == 1
    assert RetryPolicy(jitter=0.0, multiplier=1.0).jitter == 0.0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"retry": None, "max_retries": -1}, "max_retries must be an int >= 0"),
        ({"max_retries": -1}, "max_retries must be an int >= 0"),
        ({"timeout": -1}, "timeout must be positive"),
        ({"timeout": 0}, "timeout must be positive"),
        ({"timeout": httpx.Timeout(5.0, connect=-1.0)}, r"timeout \(connect\)"),
        ({"max_redirects": -2}, "max_redirects must be an int >= 0"),
    ],
)
def test_client_refuses_bad_settings(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        make_client(**kwargs)


def test_with_options_and_calls_refuse_bad_settings() -> None:
    with make_client() as client:
        with pytest.raises(ConfigurationError, match="max_retries"):
            client.with_options(max_retries=-1)
        with pytest.raises(ConfigurationError, match="timeout"):
            client.with_options(timeout=math.nan)
        with pytest.raises(ConfigurationError, match="timeout must be positive"):
            client.request(CREATE, path={"store": "s"}, body={}, timeout=-5)
        assert client.with_options(timeout=None).timeout == httpx.Timeout(None)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"max_body_size": 0}, "max_body_size must be positive or None, got 0"),
        ({"max_line_size": "big"}, "max_line_size must be positive or None"),
        ({"max_decompression_ratio": math.nan}, "max_decompression_ratio"),
        ({"ratio_check_after": -1}, "ratio_check_after must be an int >= 0"),
    ],
)
def test_response_limits_check_themselves(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        clientsmith.ResponseLimits(**kwargs)
