"""Raw responses, redaction and logging."""

from __future__ import annotations

import logging

import httpx
import pytest

import clientsmith
from clientsmith import Operation, Param, RawResponse, Response
from clientsmith._logging import setup_from_env
from clientsmith._redact import (
    REDACTED,
    is_sensitive_name,
    redact_body,
    redact_headers,
    redact_text,
    redact_url,
)

from ._helpers import Bearer, Pet, Recorder, run

GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{id}",
    params=(Param("id", "path"),),
    responses={"200": Response("json", Pet)},
)


class Pets:
    """What a generated resource looks like."""

    def __init__(self, client: clientsmith.Client) -> None:
        self._client = client

    def get(self, pet_id: int) -> Pet:
        return self._client.request(GET_PET, path={"id": pet_id})


class AsyncPets:
    def __init__(self, client: clientsmith.AsyncClient) -> None:
        self._client = client

    async def get(self, pet_id: int) -> Pet:
        return await self._client.request(GET_PET, path={"id": pet_id})


def test_raw_response_wrapper_returns_http_response_and_parse() -> None:
    rec = Recorder(
        httpx.Response(200, json={"id": 1, "name": "rex"}, headers={"X-Rate": "9"})
    )
    with clientsmith.Client(
        base_url="https://x.test", transport=httpx.MockTransport(rec)
    ) as client:
        pets = Pets(client)
        raw = clientsmith.to_raw_response_wrapper(pets.get)(1)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.headers["x-rate"] == "9"
        assert raw.http_response.request.url.path == "/pets/1"
        assert raw.parse() == Pet(id=1, name="rex")
        assert raw.parse() is raw.parse()
        assert "RawResponse [200] GET /pets/1" in repr(raw)
        # The flag is scoped to that one call.
        assert pets.get(1) == Pet(id=1, name="rex")


def test_raw_response_still_raises_status_errors() -> None:
    rec = Recorder(httpx.Response(404, json={}))
    with clientsmith.Client(
        base_url="https://x.test", transport=httpx.MockTransport(rec)
    ) as client:
        with pytest.raises(clientsmith.NotFoundError):
            clientsmith.to_raw_response_wrapper(Pets(client).get)(1)


def test_raw_wrapper_rejects_functions_that_do_not_request() -> None:
    with pytest.raises(TypeError, match="did not go through"):
        clientsmith.to_raw_response_wrapper(lambda: 1)()


def test_async_raw_response_wrapper() -> None:
    rec = Recorder(httpx.Response(200, json={"id": 2, "name": "b"}))

    async def main() -> RawResponse[Pet]:
        async with clientsmith.AsyncClient(
            base_url="https://x.test", transport=httpx.MockTransport(rec)
        ) as client:
            return await clientsmith.async_to_raw_response_wrapper(
                AsyncPets(client).get
            )(2)

    raw = run(main())
    assert raw.status_code == 200
    assert raw.parse() == Pet(id=2, name="b")


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "Cookie",
        "Set-Cookie",
        "X-API-Key",
        "api_key",
        "access_token",
        "token",
        "password",
        "client_secret",
        "X-Shop-Token",
        "refresh_token",
    ],
)
def test_sensitive_names(name: str) -> None:
    assert is_sensitive_name(name)


@pytest.mark.parametrize("name", ["Content-Type", "X-Trace", "page", "name", "Accept"])
def test_non_sensitive_names(name: str) -> None:
    assert not is_sensitive_name(name)


def test_redact_headers_url_body_and_text() -> None:
    assert redact_headers({"Authorization": "Bearer x", "Accept": "a"}) == {
        "Authorization": REDACTED,
        "Accept": "a",
    }
    assert redact_headers(httpx.Headers({"x-api-key": "k"})) == {"x-api-key": REDACTED}
    url = redact_url("https://user:pw@api.test/p?token=abc&page=2&tags=a,b")
    assert url == f"https://api.test/p?token={REDACTED}&page=2&tags=a,b"
    assert redact_url("https://api.test/p?page=2") == "https://api.test/p?page=2"
    assert redact_body(
        {"user": "a", "password": "p", "nested": [{"client_secret": "s", "ok": 1}]}
    ) == {
        "user": "a",
        "password": REDACTED,
        "nested": [{"client_secret": REDACTED, "ok": 1}],
    }
    text = redact_text(
        '{"access_token": "abc123", "ok": "yes"} token=zzz&x=1 Authorization: Bearer qqq'
    )
    assert "abc123" not in text and "zzz" not in text and "qqq" not in text
    assert '"ok": "yes"' in text and "x=1" in text


def test_logging_lines_are_redacted_and_carry_timing_and_attempts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rec = Recorder(
        httpx.Response(503),
        httpx.Response(
            200, json={"id": 1, "name": "rex"}, headers={"Set-Cookie": "sid=topsecret"}
        ),
    )
    with caplog.at_level(logging.DEBUG, logger="clientsmith"):
        with clientsmith.Client(
            base_url="https://x.test",
            transport=httpx.MockTransport(rec),
            auth=Bearer("tok-xyz"),
            sleep=lambda s: None,
        ) as client:
            client.request(
                GET_PET, path={"id": 1}, extra_query={"access_token": "qs-secret"}
            )
    text = caplog.text
    assert "HTTP GET https://x.test/pets/1?access_token=[REDACTED]" in text
    assert "503 Service Unavailable" in text and "attempt 1/3" in text
    assert "200 OK" in text and "attempt 2/3" in text and " ms," in text
    assert "retrying GET" in text
    for secret in ("tok-xyz", "qs-secret", "topsecret"):
        assert secret not in text
    assert REDACTED in text


def test_logger_is_quiet_by_default_and_env_switch_adds_a_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logger = logging.getLogger("clientsmith")
    before_level, before_handlers = logger.level, list(logger.handlers)
    try:
        monkeypatch.delenv("CLIENTSMITH_LOG", raising=False)
        setup_from_env()
        assert logger.handlers == before_handlers
        monkeypatch.setenv("CLIENTSMITH_LOG", "debug")
        setup_from_env()
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(before_handlers) + 1
        setup_from_env("info")  # idempotent: no second handler
        assert logger.level == logging.INFO
        assert len(logger.handlers) == len(before_handlers) + 1
    finally:
        for handler in logger.handlers[len(before_handlers) :]:
            logger.removeHandler(handler)
        logger.setLevel(before_level)


def test_debug_request_line_and_page_repr_are_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from clientsmith import PagedOperation, Pagination

    body = {
        "_embedded": {"items": []},
        "_links": {"next": {"href": "/p?access_token=signed-secret"}},
    }
    rec = Recorder(httpx.Response(200, json=body))
    op: PagedOperation[Pet] = PagedOperation(
        "GET", "/p", pagination=Pagination("hal"), item_type=Pet
    )
    with caplog.at_level(logging.DEBUG, logger="clientsmith"):
        with clientsmith.Client(
            base_url="https://x.test",
            transport=httpx.MockTransport(rec),
            headers={"X-API-Key": "hdr-secret"},
        ) as client:
            page = client.paginate(op).next_page()
    assert page is not None
    assert "signed-secret" not in repr(page) and REDACTED in repr(page)
    assert "HTTP GET https://x.test/p (attempt 1/3) headers:" in caplog.text
    assert "hdr-secret" not in caplog.text
