"""Client.request end to end over httpx.MockTransport (sync and async)."""

from __future__ import annotations

import enum
import json
from typing import Any

import httpx
import pydantic
import pytest

import clientsmith
from clientsmith import Body, Operation, Param, Response

from ._helpers import ApiKey, Bearer, Pet, Problem, Recorder, run

BASE = "https://api.example.com/v1"

GET_PET: Operation[Pet] = Operation(
    "GET",
    "/pets/{petId}",
    params=(
        Param("petId", "path"),
        Param("tags", "query", explode=False),
        Param("X-Trace", "header"),
    ),
    responses={"200": Response("json", Pet)},
    errors={"404": Problem},
    operation_id="getPet",
)
CREATE_PET: Operation[Pet] = Operation(
    "POST",
    "/pets",
    body=Body("application/json", "json"),
    responses={"201": Response("json", Pet)},
)


def pet_json(status: int = 200, **extra: object) -> httpx.Response:
    return httpx.Response(status, json={"id": 1, "name": "rex", **extra})


def client_for(recorder: Recorder, **kwargs: Any) -> clientsmith.Client:
    return clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(recorder), **kwargs
    )


def test_get_builds_url_headers_and_parses_model() -> None:
    rec = Recorder(pet_json())
    with client_for(rec) as client:
        pet = client.request(
            GET_PET,
            path={"petId": 7},
            query={"tags": ["a", "b"], "limit": None, "q": clientsmith.NOT_GIVEN},
            headers={"X-Trace": "t1", "X-None": None},
        )
    assert pet == Pet(id=1, name="rex")
    assert str(rec.last.url) == f"{BASE}/pets/7?tags=a,b"
    assert rec.last.headers["X-Trace"] == "t1"
    assert "X-None" not in rec.last.headers


def test_path_values_cannot_escape_their_segment() -> None:
    rec = Recorder(pet_json())
    with client_for(rec) as client:
        client.request(GET_PET, path={"petId": "../admin/x?y#z"})
        assert rec.last.url.raw_path == b"/v1/pets/..%2Fadmin%2Fx%3Fy%23z"
        client.request(GET_PET, path={"petId": ".."})
        assert rec.last.url.raw_path == b"/v1/pets/%2E%2E"


def test_missing_path_parameter_is_a_type_error() -> None:
    with (
        client_for(Recorder(pet_json())) as client,
        pytest.raises(TypeError, match="petId"),
    ):
        client.request(GET_PET, path={})


def test_json_body_dumps_models_by_alias_and_merges_extra_body() -> None:
    rec = Recorder(pet_json(201))
    with client_for(rec) as client:
        created = client.request(
            CREATE_PET,
            body=Pet(id=1, name="rex", photo_urls=["u"]),
            extra_body={"secret_flag": True},
            extra_headers={"X-Extra": "1"},
            extra_query={"dry_run": True},
        )
    assert created.name == "rex"
    assert json.loads(rec.last.content) == {
        "id": 1,
        "name": "rex",
        "photoUrls": ["u"],
        "secret_flag": True,
    }
    assert rec.last.headers["content-type"] == "application/json"
    assert rec.last.headers["X-Extra"] == "1"
    assert rec.last.url.params["dry_run"] == "true"


def test_json_body_excludes_unset_fields_and_handles_lists_of_models() -> None:
    class Patch(pydantic.BaseModel):
        name: str | None = None
        tag: str | None = None

    op: Operation[object] = Operation(
        "PATCH", "/pets", body=Body("application/json", "json")
    )
    rec = Recorder(httpx.Response(204))
    with client_for(rec) as client:
        assert client.request(op, body=[Patch(name=None), Patch(tag="x")]) is None
    assert json.loads(rec.last.content) == [{"name": None}, {"tag": "x"}]


class Color(enum.Enum):
    RED = "red"


def test_query_values_enum_bool_and_models() -> None:
    op: Operation[object] = Operation(
        "GET",
        "/search",
        params=(
            Param("filter", "query", style="deepObject", explode=True),
            Param("color", "query"),
        ),
    )
    rec = Recorder(httpx.Response(200, json=[]))
    with client_for(rec) as client:
        client.request(
            op,
            query={"filter": {"color": Color.RED, "cheap": False}, "color": Color.RED},
        )
    assert rec.last.url.query == b"filter[color]=red&filter[cheap]=false&color=red"


def test_cookies_are_sent_as_one_cookie_header() -> None:
    op: Operation[object] = Operation(
        "GET",
        "/c",
        params=(Param("session", "cookie"), Param("ids", "cookie", explode=False)),
    )
    rec = Recorder(httpx.Response(204))
    with client_for(rec) as client:
        client.request(op, cookies={"session": "abc", "ids": [1, 2]})
    assert rec.last.headers["cookie"] == "session=abc; ids=1,2"


@pytest.mark.parametrize(
    ("responses", "status", "expected"),
    [
        (
            {"200": Response("json", Pet), "2XX": Response("text")},
            200,
            Pet(id=1, name="rex"),
        ),
        (
            {"201": Response("json", Pet), "2XX": Response("text")},
            200,
            '{"id":1,"name":"rex"}',
        ),
        ({"default": Response("binary")}, 202, b'{"id":1,"name":"rex"}'),
        ({"200": Response("empty")}, 200, None),
        ({"200": Response("json")}, 200, {"id": 1, "name": "rex"}),
        ({}, 200, {"id": 1, "name": "rex"}),
    ],
)
def test_response_is_picked_exact_then_range_then_default(
    responses: dict[str, Response], status: int, expected: object
) -> None:
    op: Operation[object] = Operation("GET", "/p", responses=responses)
    rec = Recorder(
        httpx.Response(
            status,
            content=b'{"id":1,"name":"rex"}',
            headers={"content-type": "application/json"},
        )
    )
    with client_for(rec) as client:
        assert client.request(op) == expected


def test_invalid_body_raises_validation_error_naming_operation_and_problem() -> None:
    rec = Recorder(httpx.Response(200, json={"id": "not-a-number", "name": "rex"}))
    with (
        client_for(rec, strict_validation=True) as client,
        pytest.raises(clientsmith.APIResponseValidationError) as info,
    ):
        client.request(GET_PET, path={"petId": 1})
    message = str(info.value)
    assert "GET /pets/{petId} (getPet)" in message
    assert "Pet" in message and "id" in message
    assert info.value.body == {"id": "not-a-number", "name": "rex"}


def test_status_error_has_typed_body_and_actionable_message() -> None:
    rec = Recorder(httpx.Response(404, json={"code": "missing", "message": "no pet 9"}))
    with client_for(rec) as client, pytest.raises(clientsmith.NotFoundError) as info:
        client.request(GET_PET, path={"petId": 9})
    err = info.value
    assert err.status_code == 404
    assert err.body == Problem(code="missing", message="no pet 9")
    assert str(err).startswith("GET /v1/pets/9 -> 404 Not Found: ")
    assert "no pet 9" in str(err)


def test_undeclared_error_body_falls_back_to_json_then_text() -> None:
    rec = Recorder(
        httpx.Response(409, json={"why": "dup"}), httpx.Response(500, text="boom")
    )
    with client_for(rec, retry=None) as client:
        with pytest.raises(clientsmith.ConflictError) as conflict:
            client.request(GET_PET, path={"petId": 1})
        assert conflict.value.body == {"why": "dup"}
        with pytest.raises(clientsmith.InternalServerError) as server:
            client.request(GET_PET, path={"petId": 1})
        assert server.value.body == "boom"


def test_error_message_redacts_credentials_in_body_excerpt() -> None:
    rec = Recorder(httpx.Response(400, json={"access_token": "leaky", "error": "bad"}))
    with client_for(rec) as client, pytest.raises(clientsmith.BadRequestError) as info:
        client.request(GET_PET, path={"petId": 1})
    assert "leaky" not in str(info.value)
    assert "bad" in str(info.value)


def test_timeouts_and_connection_errors_are_wrapped_with_cause() -> None:
    rec = Recorder(httpx.ReadTimeout("slow"), httpx.ConnectError("refused"))
    with client_for(rec, retry=None) as client:
        with pytest.raises(clientsmith.APITimeoutError) as timeout:
            client.request(GET_PET, path={"petId": 1})
        assert isinstance(timeout.value.__cause__, httpx.ReadTimeout)
        with pytest.raises(clientsmith.APIConnectionError) as conn:
            client.request(GET_PET, path={"petId": 1})
        assert not isinstance(conn.value, clientsmith.APITimeoutError)
        assert isinstance(conn.value.__cause__, httpx.ConnectError)


def test_per_request_timeout_reaches_httpx() -> None:
    rec = Recorder(pet_json())
    with client_for(rec, timeout=12.0) as client:
        client.request(GET_PET, path={"petId": 1})
        assert rec.last.extensions["timeout"]["read"] == 12.0
        client.request(GET_PET, path={"petId": 1}, timeout=httpx.Timeout(1.5))
        assert rec.last.extensions["timeout"]["read"] == 1.5


SECURED = Operation[object]("GET", "/s", security=(("apiKey", "bearer"), ("bearer",)))
OPEN = Operation[object]("GET", "/open", security=())
DEFAULT_SEC = Operation[object]("GET", "/default")


def test_security_requirements_pick_configured_schemes() -> None:
    rec = Recorder(httpx.Response(204))
    with client_for(rec, auth={"bearer": Bearer()}) as client:
        client.request(SECURED)
        assert rec.last.headers["authorization"] == "Bearer s3cret-token"
        assert "x-api-key" not in rec.last.headers
    with client_for(rec, auth={"bearer": Bearer(), "apiKey": ApiKey()}) as client:
        client.request(SECURED)  # first requirement: both schemes together
        assert rec.last.headers["authorization"] == "Bearer s3cret-token"
        assert rec.last.headers["x-api-key"] == "k3y"
        client.request(DEFAULT_SEC)  # security None: all configured schemes
        assert "authorization" in rec.last.headers and "x-api-key" in rec.last.headers
        client.request(OPEN)  # security (): nothing at all
        assert "authorization" not in rec.last.headers
        assert "x-api-key" not in rec.last.headers


def test_bare_auth_is_used_for_every_secured_operation_but_not_open_ones() -> None:
    rec = Recorder(httpx.Response(204))
    with client_for(rec, auth=Bearer()) as client:
        client.request(SECURED)
        assert "authorization" in rec.last.headers
        client.request(OPEN)
        assert "authorization" not in rec.last.headers


def test_open_operation_ignores_auth_configured_on_user_http_client() -> None:
    rec = Recorder(httpx.Response(204))
    http = httpx.Client(transport=httpx.MockTransport(rec), auth=Bearer())
    client = clientsmith.Client(base_url=BASE, http_client=http)
    client.request(OPEN)
    assert "authorization" not in rec.last.headers
    client.close()
    assert not http.is_closed  # a user-supplied client is the user's to close
    http.close()


def test_own_http_client_is_closed_by_close() -> None:
    client = client_for(Recorder(pet_json()))
    with client:
        client.request(GET_PET, path={"petId": 1})
    assert client.http_client.is_closed


def test_own_http_client_is_created_on_first_use_and_shared_by_copies() -> None:
    client = client_for(Recorder(pet_json()))
    copy = client.with_options(timeout=3.0)
    assert client._pool.created is None  # constructing a client builds no pool
    copy.request(GET_PET, path={"petId": 1})
    assert client._pool.created is copy.http_client is client.http_client
    client.close()
    assert copy.http_client.is_closed
    unused = client_for(Recorder(pet_json()))
    unused.close()
    with pytest.raises(RuntimeError, match="closed"):
        unused.request(GET_PET, path={"petId": 1})


def test_cross_origin_redirect_drops_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example.com":
            return httpx.Response(
                302, headers={"location": "https://cdn.example.net/file"}
            )
        return httpx.Response(200, json={"ok": True})

    rec = Recorder(handler)
    with client_for(
        rec, auth={"bearer": Bearer(), "k": ApiKey("X-Shop-Secret", "v")}
    ) as client:
        assert client.request(DEFAULT_SEC, headers={"X-Trace": "1"}) == {"ok": True}
    first, second = rec.requests
    assert first.headers["authorization"] and first.headers["x-shop-secret"]
    assert second.url.host == "cdn.example.net"
    assert "authorization" not in second.headers
    assert "x-shop-secret" not in second.headers
    assert second.headers["x-trace"] == "1"


def test_same_origin_redirect_keeps_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/default":
            return httpx.Response(307, headers={"location": "/v1/moved"})
        return httpx.Response(200, json={"ok": True})

    rec = Recorder(handler)
    with client_for(rec, auth=Bearer()) as client:
        client.request(DEFAULT_SEC)
    assert rec.last.url.path == "/v1/moved"
    assert rec.last.headers["authorization"] == "Bearer s3cret-token"


def test_default_headers_and_with_options_share_the_pool() -> None:
    rec = Recorder(pet_json())
    with client_for(rec, headers={"X-App": "a"}) as client:
        other = client.with_options(
            headers={"X-Tenant": "t"}, timeout=3.0, max_retries=0
        )
        other.request(GET_PET, path={"petId": 1})
        assert rec.last.headers["x-app"] == "a" and rec.last.headers["x-tenant"] == "t"
        assert other.http_client is client.http_client
        assert other.retry is not None and other.retry.max_attempts == 1
        other.close()
        assert not client.http_client.is_closed
        client.request(GET_PET, path={"petId": 1})
        assert "x-tenant" not in rec.last.headers


def test_escape_hatch_get_and_post_cast_to() -> None:
    rec = Recorder(pet_json())
    with client_for(rec) as client:
        pet = client.get(
            "/undocumented/1", cast_to=Pet, params={"expand": ["a", "b"], "x": None}
        )
        assert pet == Pet(id=1, name="rex")
        assert str(rec.last.url) == f"{BASE}/undocumented/1?expand=a&expand=b"
        raw = client.post("/undocumented", body={"a": 1})
        assert raw == {"id": 1, "name": "rex"}
        assert json.loads(rec.last.content) == {"a": 1}
        assert client.delete("/u/1") == {"id": 1, "name": "rex"}
        assert rec.last.method == "DELETE"


def test_hooks_run_on_every_request() -> None:
    seen: list[str] = []
    rec = Recorder(pet_json())
    hooks = {
        "request": [lambda r: seen.append(f"req {r.method}")],
        "response": [lambda r: seen.append(f"resp {r.status_code}")],
    }
    with client_for(rec, event_hooks=hooks) as client:
        client.request(GET_PET, path={"petId": 1})
    assert seen == ["req GET", "resp 200"]


def test_repr_shows_no_credentials() -> None:
    with client_for(
        Recorder(pet_json()), auth=Bearer(), headers={"Authorization": "x"}
    ) as client:
        assert "s3cret" not in repr(client)
        assert repr(client) == f"<Client base_url='{BASE}'>"


# -- async --------------------------------------------------------------------


def async_client_for(recorder: Recorder, **kwargs: Any) -> clientsmith.AsyncClient:
    return clientsmith.AsyncClient(
        base_url=BASE, transport=httpx.MockTransport(recorder), **kwargs
    )


def test_async_request_parses_and_raises() -> None:
    rec = Recorder(pet_json(), httpx.Response(404, json={"code": "x", "message": "y"}))

    async def main() -> None:
        async with async_client_for(rec, auth=Bearer()) as client:
            pet = await client.request(
                GET_PET, path={"petId": 3}, query={"tags": ["a"]}
            )
            assert pet == Pet(id=1, name="rex")
            assert rec.last.headers["authorization"] == "Bearer s3cret-token"
            with pytest.raises(clientsmith.NotFoundError) as info:
                await client.request(GET_PET, path={"petId": 3})
            assert info.value.body == Problem(code="x", message="y")
            with pytest.raises(clientsmith.NotFoundError):
                await client.get("/x", cast_to=Problem)
            assert rec.last.url.path == "/v1/x"

    run(main())
    assert str(rec.requests[0].url) == f"{BASE}/pets/3?tags=a"


def test_async_transport_errors_are_wrapped() -> None:
    rec = Recorder(httpx.ConnectTimeout("slow"))

    async def main() -> None:
        async with async_client_for(rec, retry=None) as client:
            with pytest.raises(clientsmith.APITimeoutError):
                await client.request(GET_PET, path={"petId": 1})

    run(main())
    assert len(rec.requests) == 1


def test_async_hooks_may_be_coroutines() -> None:
    seen: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append(response.status_code)

    rec = Recorder(pet_json())

    async def main() -> None:
        async with async_client_for(
            rec, event_hooks={"response": [on_response]}
        ) as client:
            await client.request(GET_PET, path={"petId": 1})

    run(main())
    assert seen == [200]


def test_with_options_copy_does_not_reuse_resources_bound_to_the_original() -> None:
    import functools

    class Pets:
        def __init__(self, client: clientsmith.Client) -> None:
            self.client = client

    class Generated(clientsmith.Client):
        @functools.cached_property
        def pets(self) -> Pets:
            return Pets(self)

    with Generated(
        base_url=BASE, transport=httpx.MockTransport(Recorder(pet_json()))
    ) as client:
        assert client.pets.client is client
        other = client.with_options(timeout=1.0)
        assert isinstance(other, Generated)
        assert other.pets.client is other
        assert client.pets.client is client


def test_http_client_and_transport_are_exclusive() -> None:
    http = httpx.Client()
    with pytest.raises(ValueError, match="not both"):
        clientsmith.Client(
            base_url=BASE,
            http_client=http,
            transport=httpx.MockTransport(Recorder(pet_json())),
        )
    http.close()


def test_307_with_a_consumed_stream_body_is_not_followed() -> None:
    upload: Operation[None] = Operation(
        "PUT", "/blob", body=Body("application/octet-stream", "binary")
    )
    rec = Recorder(httpx.Response(307, headers={"location": "/v1/elsewhere"}))
    with client_for(rec) as client, pytest.raises(clientsmith.APIStatusError) as info:
        client.request(upload, body=iter([b"data"]))
    assert info.value.status_code == 307
    assert len(rec.requests) == 1


def test_307_with_bytes_body_is_resent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pets":
            return httpx.Response(307, headers={"location": "/v1/pets2"})
        return httpx.Response(200, json={"id": 1, "name": "rex"})

    rec = Recorder(handler)
    with client_for(rec) as client:
        client.request(CREATE_PET, body={"name": "x"})
    assert [r.method for r in rec.requests] == ["POST", "POST"]
    assert rec.last.content == b'{"name":"x"}'


def test_user_http_client_cookies_params_and_headers_are_merged() -> None:
    rec = Recorder(pet_json())
    http = httpx.Client(
        transport=httpx.MockTransport(rec),
        cookies={"jar": "1"},
        params={"tenant": "t"},
        headers={"X-Pool": "p"},
    )
    with clientsmith.Client(
        base_url=BASE, http_client=http, headers={"X-App": "a"}
    ) as client:
        client.request(GET_PET, path={"petId": 1})
        sent = rec.last
        assert sent.headers["cookie"] == "jar=1"
        assert sent.url.params["tenant"] == "t"
        assert sent.headers["x-pool"] == "p" and sent.headers["x-app"] == "a"
        http.cookies.clear()
        http.params = httpx.QueryParams()
        client.request(GET_PET, path={"petId": 1}, timeout=7.0)
        assert "cookie" not in rec.last.headers and "tenant" not in rec.last.url.params
        assert rec.last.headers["x-pool"] == "p"
        assert rec.last.extensions["timeout"]["read"] == 7.0
    http.close()


def test_server_cookies_are_kept_and_sent_back_sync_and_async() -> None:
    """The pool's cookie store skips responses without Set-Cookie, nothing else."""
    op: Operation[object] = Operation(
        "GET", "/ping", responses={"200": Response("json")}
    )

    def script() -> Recorder:
        return Recorder(
            httpx.Response(
                200,
                json={},
                headers=[
                    ("Set-Cookie", "session=s1; Path=/"),
                    ("Set-Cookie", "theme=dark; Path=/"),
                ],
            ),
            httpx.Response(200, json={}),  # no Set-Cookie: the jar stays as it is
            httpx.Response(200, json={}, headers={"Set-Cookie": "session=s2; Path=/"}),
            httpx.Response(200, json={}),
        )

    rec = script()
    with clientsmith.Client(
        base_url=BASE, transport=httpx.MockTransport(rec)
    ) as client:
        for _ in range(4):
            client.request(op)
    sent = [r.headers.get("cookie") for r in rec.requests]
    assert sent == [
        None,
        "session=s1; theme=dark",
        "session=s1; theme=dark",
        "session=s2; theme=dark",
    ]

    async def go() -> list[str | None]:
        rec = script()
        async with clientsmith.AsyncClient(
            base_url=BASE, transport=httpx.MockTransport(rec)
        ) as client:
            for _ in range(4):
                await client.request(op)
        return [r.headers.get("cookie") for r in rec.requests]

    assert run(go()) == sent


def test_concurrent_first_requests_share_one_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    created: list[httpx.Client] = []
    real_client = httpx.Client

    def counting_client(**kwargs: Any) -> httpx.Client:
        pool = real_client(**kwargs)
        created.append(pool)
        return pool

    monkeypatch.setattr(httpx, "Client", counting_client)
    client = client_for(Recorder(pet_json()))
    start = threading.Barrier(8)
    pets: list[object] = []

    def first_request() -> None:
        start.wait()
        pets.append(client.request(GET_PET, path={"petId": 1}))

    threads = [threading.Thread(target=first_request) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(pets) == 8 and len(created) == 1
    client.close()
    assert created[0].is_closed
