"""Edge cases of encoding and decoding."""

from __future__ import annotations

import httpx
import pytest

import clientsmith
from clientsmith import Body, Operation, Param, Response
from clientsmith._body import encode_body
from clientsmith._params import expand_path_param

from ._helpers import Pet, Problem, Recorder


def client_for(*responses: httpx.Response) -> clientsmith.Client:
    return clientsmith.Client(
        base_url="https://e.test",
        transport=httpx.MockTransport(Recorder(*responses)),
        retry=None,
    )


def test_invalid_json_is_a_validation_error() -> None:
    op: Operation[object] = Operation("GET", "/x", responses={"200": Response("json")})
    with client_for(
        httpx.Response(
            200, content=b"{not json", headers={"content-type": "application/json"}
        )
    ) as client:
        with pytest.raises(
            clientsmith.APIResponseValidationError, match="not valid JSON"
        ):
            client.request(op)


def test_declared_error_model_that_does_not_match_keeps_raw_json() -> None:
    op: Operation[Pet] = Operation("GET", "/x", errors={"4XX": Problem})
    with client_for(httpx.Response(418, json={"unexpected": True})) as client:
        with pytest.raises(clientsmith.APIStatusError) as info:
            client.request(op)
    assert info.value.body == {"unexpected": True}
    assert str(info.value).startswith("GET /x -> 418 I'm a teapot")


def test_long_error_bodies_are_cut_in_the_message() -> None:
    op: Operation[Pet] = Operation("GET", "/x")
    with client_for(httpx.Response(500, text="e" * 1000)) as client:
        with pytest.raises(clientsmith.InternalServerError) as info:
            client.request(op)
    assert str(info.value).endswith("e" * 10 + "...")
    assert len(str(info.value)) < 260
    assert info.value.body == "e" * 1000


def test_text_response_kind_and_undeclared_text() -> None:
    op: Operation[str] = Operation("GET", "/x", responses={"200": Response("text")})
    with client_for(httpx.Response(200, text="hello")) as client:
        assert client.request(op) == "hello"
        assert client.request(Operation("GET", "/y")) == "hello"


def test_unsupported_styles_and_bad_bodies_fail_loudly() -> None:
    with pytest.raises(ValueError, match="unsupported path style"):
        expand_path_param(Param("id", "path", style="form"), 1)
    with pytest.raises(TypeError, match="binary body"):
        encode_body(Body("application/octet-stream", "binary"), 42, None)
    with pytest.raises(TypeError, match="mapping or a model"):
        encode_body(Body("application/x-www-form-urlencoded", "form"), [1], None)
    with pytest.raises(TypeError, match="JSON object"):
        encode_body(Body("application/json", "json"), [1], {"a": 1})


def test_extra_body_alone_makes_a_json_object() -> None:
    encoded = encode_body(
        Body("application/json", "json"), clientsmith.NOT_GIVEN, {"a": 1}
    )
    assert encoded.content == b'{"a":1}'
    assert encode_body(None, {"b": [1]}, None).content == b'{"b":[1]}'
