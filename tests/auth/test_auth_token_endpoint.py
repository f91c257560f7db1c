"""Token request variants and error parsing."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest

from clientsmith.auth import Token, TokenEndpoint, TokenRequestError


def test_basic_json_akeneo_style() -> None:
    endpoint = TokenEndpoint(
        "/api/oauth/v1/token",
        client_id="1_abc",
        client_secret="sec ret",
        client_auth="basic",
        body_format="json",
    )
    request = endpoint.build_request(
        {"grant_type": "password", "username": "u", "password": "p"},
        base_url=httpx.URL("https://pim.test/api/rest/v1/products"),
    )
    assert request.url == "https://pim.test/api/oauth/v1/token"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "grant_type": "password",
        "username": "u",
        "password": "p",
    }
    raw = base64.b64decode(request.headers["authorization"][6:]).decode()
    assert raw == "1_abc:sec%20ret"  # RFC 6749 2.3.1 form-encodes both parts


def test_query_client_auth_cloudconnexa_style() -> None:
    endpoint = TokenEndpoint(
        "https://acme.api.openvpn.com/api/v1/oauth/token",
        client_id="cid",
        client_secret="csec",
        client_auth="query",
    )
    request = endpoint.build_request({"grant_type": "client_credentials"})
    assert request.url.params["client_id"] == "cid"
    assert request.url.params["client_secret"] == "csec"
    assert "authorization" not in request.headers
    assert request.content == b"grant_type=client_credentials"


def test_body_client_auth_scope_and_extra_params() -> None:
    endpoint = TokenEndpoint(
        "https://id.test/token",
        client_id="cid",
        client_secret="csec",
        client_auth="body",
        scope=["read", "write"],
        extra_params={"audience": "api"},
    )
    request = endpoint.build_request({"grant_type": "client_credentials"})
    body = dict(httpx.QueryParams(request.content.decode()))
    assert body == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": "csec",
        "scope": "read write",
        "audience": "api",
    }
    refresh = endpoint.build_request(
        {"grant_type": "refresh_token", "refresh_token": "r"}
    )
    assert "scope" not in dict(httpx.QueryParams(refresh.content.decode()))


def test_public_client_sends_only_client_id() -> None:
    endpoint = TokenEndpoint(
        "https://id.test/token", client_id="app", client_auth="none"
    )
    request = endpoint.build_request({"grant_type": "authorization_code", "code": "c"})
    assert dict(httpx.QueryParams(request.content.decode()))["client_id"] == "app"
    assert "authorization" not in request.headers


def respond(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(
        status, request=httpx.Request("POST", "https://id.test/t"), **kwargs
    )


def test_oauth_error_shape() -> None:
    endpoint = TokenEndpoint(
        "https://id.test/t", client_id="c", client_secret="csecret1"
    )
    with pytest.raises(TokenRequestError) as info:
        endpoint.parse_response(
            respond(
                400,
                json={"error": "invalid_grant", "error_description": "Refresh expired"},
            ),
            now=0,
        )
    error = info.value
    assert (error.status_code, error.error, error.error_description) == (
        400,
        "invalid_grant",
        "Refresh expired",
    )
    assert (
        str(error)
        == "token request failed with HTTP 400: invalid_grant: Refresh expired"
    )


def test_api_own_error_shape_is_reported_and_secrets_masked() -> None:
    endpoint = TokenEndpoint(
        "https://id.test/t", client_id="c", client_secret="csecret1"
    )
    body = {"code": 422, "message": "Invalid password hunter22 for client csecret1"}
    with pytest.raises(TokenRequestError) as info:
        endpoint.parse_response(respond(422, json=body), now=0, secrets=["hunter22"])
    text = str(info.value) + repr(info.value.body) + repr(info.value.args)
    assert "422" in text and "Invalid password" in text
    assert "hunter22" not in text and "csecret1" not in text


def test_non_json_error_and_missing_access_token() -> None:
    endpoint = TokenEndpoint("https://id.test/t")
    with pytest.raises(TokenRequestError, match="HTTP 502: Bad gateway"):
        endpoint.parse_response(respond(502, text="Bad gateway"), now=0)
    with pytest.raises(TokenRequestError, match="no access_token"):
        endpoint.parse_response(respond(200, json={"token_type": "bearer"}), now=0)


def test_token_parsing_and_rotation() -> None:
    endpoint = TokenEndpoint("https://id.test/t")
    previous = Token.from_response({"access_token": "a", "refresh_token": "r1"}, now=0)
    token = endpoint.parse_response(
        respond(200, json={"access_token": "b", "expires_in": "120"}),
        now=1000,
        previous=previous,
    )
    assert token.expires_at == 1120
    assert token.refresh_token == previous.refresh_token  # kept when not rotated
    assert "b" != token.access_token.reveal() or "Secret(" in repr(token)
    assert Token.from_dict(token.to_dict()) == token
    with pytest.raises(ValueError):
        Token.from_dict({"access_token": "x", "expires_at": "soon"})
    with pytest.raises(ValueError):
        # Not one of the client_auth values, on purpose: refused.
        TokenEndpoint("x", client_auth="header")  # type: ignore[arg-type]


def test_query_body_format_puts_every_parameter_in_the_url() -> None:
    """CloudConnexa documents its token call with all parameters in the query."""
    from clientsmith.auth.token_endpoint import TokenEndpoint

    endpoint = TokenEndpoint(
        "https://acme.api.openvpn.com/api/v1/oauth/token",
        client_id="id",
        client_secret="s3cret",
        client_auth="query",
        body_format="query",
    )
    request = endpoint.build_request({"grant_type": "client_credentials"})
    assert request.method == "POST"
    assert dict(request.url.params) == {
        "grant_type": "client_credentials",
        "client_id": "id",
        "client_secret": "s3cret",
    }
    assert request.content == b""
