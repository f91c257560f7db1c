"""Responses that do not match their schema, and responses with several media types.

Units over ``httpx.MockTransport``; the end-to-end proof through a generated
client against a real server is in ``tests/functional/test_response_media.py``.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Iterator
from typing import Annotated, Any, Union

import httpx
import pydantic
import pytest
from pydantic import Discriminator, Field, Tag

import clientsmith
from clientsmith import Operation, Response, _response
from clientsmith._tolerance import describe_type, json_path, repair
from clientsmith.models import BaseModel, OpenEnum, discriminate


class Color(OpenEnum):
    RED = "red"


class Cat(BaseModel):
    type: str
    lives: int


class Dog(BaseModel):
    type: str
    bark: bool


Animal = Annotated[
    Annotated[Cat, Tag("Cat")] | Annotated[Dog, Tag("Dog")],
    Discriminator(discriminate("type", {"cat": "Cat", "dog": "Dog"})),
]


class Owner(BaseModel):
    name: str
    since: datetime.date | None = None


class Pet(BaseModel):
    id: int
    name: str
    class_: str | None = Field(
        default=None, validation_alias="class", serialization_alias="class"
    )
    tags: list[int] = []
    owner: Owner | None = None
    kind: Animal | None = None
    scores: dict[str, float] = {}
    created: datetime.datetime | None = None
    color: Color | None = None


GOOD: dict[str, Any] = {
    "id": 1,
    "name": "rex",
    "class": "a",
    "tags": [1, 2],
    "owner": {"name": "ann", "since": "2020-01-02"},
    "kind": {"type": "dog", "bark": True},
    "scores": {"a": 1.5},
    "created": "2020-01-01T00:00:00Z",
}

GET_PET: Operation[Pet] = Operation(
    "GET", "/pets/1", responses={"200": Response("json", Pet)}, operation_id="getPet"
)
LIST_INTS: Operation[list[int]] = Operation(
    "GET", "/ints", responses={"200": Response("json", list[int])}
)


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Each test sees the first warning for every field (they are once per process)."""
    _response._WARNED.clear()
    yield
    _response._WARNED.clear()


def as_received(value: object) -> object:
    """A field value kept as received although it does not match the field's
    declared type (what these tests check), widened to ``object`` so that
    comparing it with the received value type-checks."""
    return value


def _client(*responses: httpx.Response, **options: Any) -> clientsmith.Client:
    script = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = script.pop(0) if len(script) > 1 else script[0]
        return httpx.Response(
            item.status_code, headers=item.headers, content=item.content
        )

    return clientsmith.Client(
        base_url="https://api.test",
        transport=httpx.MockTransport(handler),
        retry=None,
        **options,
    )


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "clientsmith" and r.levelno == logging.WARNING
    ]


# -- tolerance ---------------------------------------------------------------


def test_conforming_body_is_fully_typed_without_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _client(httpx.Response(200, json=GOOD)) as client:
        pet = client.request(GET_PET)
    assert isinstance(pet.owner, Owner) and isinstance(pet.kind, Dog)
    assert pet.created == datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    assert _warnings(caplog) == []


def test_off_spec_nested_field_is_kept_and_everything_else_typed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = {**GOOD, "owner": {"name": 42, "since": "2020-01-02"}, "new": {"x": 1}}
    with _client(httpx.Response(200, json=body)) as client:
        pet = client.request(GET_PET)
    assert isinstance(pet, Pet) and isinstance(pet.owner, Owner)
    assert as_received(pet.owner.name) == 42
    assert pet.owner.since == datetime.date(2020, 1, 2)  # still typed
    assert isinstance(pet.kind, Dog) and pet.class_ == "a"
    assert pet.created is not None and pet.created.year == 2020
    assert pet.model_extra == {"new": {"x": 1}}  # unknown fields kept
    (message,) = _warnings(caplog)
    assert "GET /pets/1 (getPet)" in message
    assert "$.owner.name" in message and "expected str" in message
    assert "got number" in message


def test_warning_is_logged_once_per_model_and_field(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad = {**GOOD, "tags": [1, "two", "three"]}
    with _client(httpx.Response(200, json=bad)) as client:
        first = client.request(GET_PET)
        second = client.request(GET_PET)
    assert first.tags == [1, "two", "three"] and second.tags == first.tags
    (message,) = _warnings(caplog)
    assert "$.tags[1]" in message and "expected int" in message


def test_strict_option_raises_on_construction_with_options_and_copies() -> None:
    bad = {**GOOD, "id": "not-a-number"}
    with _client(httpx.Response(200, json=bad), strict_validation=True) as client:
        with pytest.raises(clientsmith.APIResponseValidationError) as info:
            client.request(GET_PET)
        assert "GET /pets/1 (getPet)" in str(info.value) and "Pet" in str(info.value)
        assert info.value.body == bad
        lenient = client.with_options(strict_validation=False)
        assert as_received(lenient.request(GET_PET).id) == "not-a-number"
    with _client(httpx.Response(200, json=bad)) as client:
        assert as_received(client.request(GET_PET).id) == "not-a-number"
        with pytest.raises(clientsmith.APIResponseValidationError):
            client.with_options(strict_validation=True).request(GET_PET)
        assert client.strict_validation is False


def test_lists_dicts_and_discriminated_unions_are_repaired_per_item(
    caplog: pytest.LogCaptureFixture,
) -> None:
    first = {**GOOD, "scores": {"a": 1.5, "b": "high"}}
    second = {**GOOD, "id": 2, "kind": {"type": "dog", "bark": "loud"}}
    third = {**GOOD, "id": 3, "kind": {"type": "cat", "lives": 9}}
    value, mismatches = repair(list[Pet], [first, second, third])
    assert [type(p) for p in value] == [Pet, Pet, Pet]
    assert value[0].scores == {"a": 1.5, "b": "high"}
    assert isinstance(value[0].kind, Dog) and value[0].kind.bark is True
    # the tag picks the member; the member keeps its conforming fields typed
    assert isinstance(value[1].kind, Dog) and as_received(value[1].kind.bark) == "loud"
    assert isinstance(value[2].kind, Cat) and value[2].kind.lives == 9
    assert [(json_path(m.path), m.expected) for m in mismatches] == [
        ("$[0].scores.b", "float"),
        ("$[1].kind.bark", "bool"),
    ]


def test_plain_union_picks_the_best_fitting_member() -> None:
    value, mismatches = repair(
        Union[Cat, Dog],  # noqa: UP007
        {"type": "x", "bark": "loud", "extra": 1},
    )
    assert isinstance(value, Dog) and as_received(value.bark) == "loud"
    assert value.model_extra == {"extra": 1}
    assert [json_path(m.path) for m in mismatches] == ["$.bark"]


def test_top_level_non_model_types_are_tolerated(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _client(httpx.Response(200, json=[1, "2x", 3])) as client:
        assert client.request(LIST_INTS) == [1, "2x", 3]
    (message,) = _warnings(caplog)
    assert "$[1]" in message and "expected int" in message


def test_missing_required_field_is_none_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _client(httpx.Response(200, json={"id": 5})) as client:
        pet = client.request(GET_PET)
    assert pet.id == 5 and pet.name is None
    (message,) = _warnings(caplog)
    assert "$.name" in message and "set to None" in message


def test_unknown_enum_values_and_fields_stay_accepted_without_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _client(
        httpx.Response(200, json={**GOOD, "color": "teal", "brand_new": 1})
    ) as client:
        pet = client.request(
            GET_PET,
        )
    assert pet.color is not None and pet.color.value == "teal"
    assert pet.model_extra == {"brand_new": 1}
    assert _warnings(caplog) == []


def test_invalid_json_still_raises_the_clients_error() -> None:
    response = httpx.Response(
        200, content=b"{nope", headers={"content-type": "application/json"}
    )
    with _client(response) as client:
        with pytest.raises(
            clientsmith.APIResponseValidationError, match="not valid JSON"
        ):
            client.request(GET_PET)


def test_constraint_failure_without_a_failing_child_is_reported_at_the_node() -> None:
    class Box(pydantic.BaseModel):
        items: Annotated[list[int], Field(max_length=1)]

    value, mismatches = repair(Box, {"items": [1, 2]})
    assert value.items == [1, 2]
    assert [json_path(m.path) for m in mismatches] == ["$.items"]


def test_describe_type_and_json_path() -> None:
    assert describe_type(list[Pet]) == "list[Pet]"
    assert describe_type(datetime.datetime | None) == "datetime | None"
    assert describe_type(Animal) == "Cat | Dog"
    assert json_path(("a", 0, "b-c")) == "$.a[0]['b-c']"


def test_async_client_is_tolerant_and_strict_alike() -> None:
    bad = {**GOOD, "id": "x"}

    async def run() -> tuple[Any, bool]:
        async with clientsmith.AsyncClient(
            base_url="https://api.test",
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=bad)),
        ) as client:
            pet = await client.request(GET_PET)
            try:
                await client.with_options(strict_validation=True).request(GET_PET)
            except clientsmith.APIResponseValidationError:
                return pet, True
            return pet, False

    pet, raised = asyncio.run(run())
    assert isinstance(pet, Pet) and as_received(pet.id) == "x" and raised


# -- streamed items ----------------------------------------------------------

LINES: Operation[Owner] = Operation(
    "GET", "/owners", responses={"200": Response("ndjson", Owner)}
)


def _ndjson(text: str) -> httpx.Response:
    return httpx.Response(
        200, content=text.encode(), headers={"content-type": "application/x-ndjson"}
    )


def test_ndjson_items_are_tolerated_or_raise_the_clients_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = '{"name": "a"}\n{"name": 7}\n'
    with _client(_ndjson(text)) as client:
        owners = list(client.stream_lines(LINES))
        assert [o.name for o in owners] == ["a", 7]
        assert all(isinstance(o, Owner) for o in owners)
        assert "$.name" in _warnings(caplog)[0]
        with pytest.raises(
            clientsmith.APIResponseValidationError, match="streamed line"
        ):
            list(client.with_options(strict_validation=True).stream_lines(LINES))
    with _client(_ndjson('{"name": "a"}\nnot json\n')) as client:
        with pytest.raises(
            clientsmith.APIResponseValidationError, match="not valid JSON"
        ):
            list(client.stream_lines(LINES))


def test_async_ndjson_items_alike() -> None:
    async def run(strict: bool) -> list[Any]:
        async with clientsmith.AsyncClient(
            base_url="https://api.test",
            transport=httpx.MockTransport(
                lambda r: _ndjson('{"name": "a"}\n{"name": 7}\n')
            ),
            strict_validation=strict,
        ) as client:
            return [owner async for owner in client.stream_lines(LINES)]

    owners = asyncio.run(run(False))
    assert [o.name for o in owners] == ["a", 7]
    with pytest.raises(clientsmith.APIResponseValidationError, match="streamed line"):
        asyncio.run(run(True))


# -- media types -------------------------------------------------------------

INVOICE: Operation[Owner | bytes] = Operation(
    "GET",
    "/invoice",
    responses={"200": Response("json", Owner, alternatives=(Response("binary"),))},
)
NOTE: Operation[Owner | str] = Operation(
    "GET",
    "/note",
    responses={"200": Response("json", Owner, alternatives=(Response("text"),))},
)
LOG: Operation[str] = Operation("GET", "/log", responses={"200": Response("json", str)})


@pytest.mark.parametrize(
    ("op", "content_type", "content", "expected"),
    [
        (INVOICE, "application/json", b'{"name": "a"}', Owner(name="a")),
        (INVOICE, "application/pdf", b"%PDF-1.4 {}", b"%PDF-1.4 {}"),
        (
            INVOICE,
            "application/problem+json; charset=utf-8",
            b'{"name": "b"}',
            Owner(name="b"),
        ),
        (NOTE, "text/plain; charset=utf-8", b'{"name": "c"}', '{"name": "c"}'),
        (NOTE, "application/json", b'{"name": "d"}', Owner(name="d")),
        # no content type, or a wildcard: the primary (JSON) decoding is tried
        (NOTE, "", b'{"name": "e"}', Owner(name="e")),
        # a string declared as JSON but sent as text is never JSON-decoded
        (LOG, "text/plain", b"123", "123"),
        (LOG, "text/plain", b'"quoted"', '"quoted"'),
        (LOG, "text/plain", b"line one\nline two\n", "line one\nline two\n"),
        (LOG, "application/json", b'"quoted"', "quoted"),
    ],
)
def test_decoding_follows_the_actual_content_type(
    op: Operation[Any], content_type: str, content: bytes, expected: object
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = httpx.Response(200, content=content, headers=headers)
    with _client(response, strict_validation=True) as client:
        assert client.request(op) == expected


def test_json_declared_model_sent_as_other_type_falls_back_to_json() -> None:
    ok = httpx.Response(
        200, content=b'{"name": "x"}', headers={"content-type": "text/html"}
    )
    with _client(ok, strict_validation=True) as client:
        owner: Operation[Owner] = Operation(
            "GET", "/o", responses={"200": Response("json", Owner)}
        )
        assert client.request(owner) == Owner(name="x")
    bad = httpx.Response(200, content=b"<html>", headers={"content-type": "text/html"})
    with _client(bad) as client:
        with pytest.raises(clientsmith.APIResponseValidationError, match="text/html"):
            client.request(GET_PET)


def test_schemaless_json_response_sent_as_text_is_the_text() -> None:
    anything: Operation[Any] = Operation(
        "POST", "/ping", responses={"200": Response("json")}
    )
    text = httpx.Response(200, content=b"OK", headers={"content-type": "text/plain"})
    with _client(text, strict_validation=True) as client:
        assert client.request(anything) == "OK"
    labelled = httpx.Response(
        200, content=b"OK", headers={"content-type": "application/json"}
    )
    with _client(labelled) as client:
        with pytest.raises(
            clientsmith.APIResponseValidationError, match="not valid JSON"
        ):
            client.request(anything)


@pytest.mark.parametrize("status", [200, 201, 204])
def test_empty_bodies(status: int, caplog: pytest.LogCaptureFixture) -> None:
    optional: Operation[Owner | None] = Operation(
        "GET", "/o", responses={str(status): Response("json", Owner | None)}
    )
    required: Operation[Owner] = Operation(
        "GET", "/o", responses={str(status): Response("json", Owner)}
    )
    with _client(httpx.Response(status), strict_validation=True) as client:
        assert client.request(optional) is None
        if status == 204:
            assert client.request(required) is None  # No Content, whatever the spec
        else:
            with pytest.raises(clientsmith.APIResponseValidationError):
                client.request(required)
            assert (
                client.with_options(strict_validation=False).request(required) is None
            )
            assert "empty" in _warnings(caplog)[0]


# -- Accept ------------------------------------------------------------------

XML_OR_JSON: Operation[Owner | bytes] = Operation(
    "GET",
    "/owner",
    responses={
        "200": Response(
            "json",
            Owner,
            alternatives=(Response("binary", media_type="application/pdf"),),
            media_type="application/json",
        ),
        "404": Response("json", Owner, media_type="application/problem+json"),
    },
)


def _accepts(op: Operation[Any], **kwargs: Any) -> list[str]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.extend(v for k, v in request.headers.multi_items() if k == "accept")
        return httpx.Response(200, json={"name": "a"})

    headers = kwargs.pop("headers", None)
    with clientsmith.Client(
        base_url="https://api.test",
        transport=httpx.MockTransport(handler),
        headers=headers,
    ) as client:
        client.request(op, **kwargs)
    return seen


def test_accept_names_the_declared_media_types_primary_first() -> None:
    assert _response.accept_header(XML_OR_JSON.responses) == (
        "application/json, application/pdf;q=0.5, */*;q=0.1"
    )
    assert _accepts(XML_OR_JSON) == [
        "application/json, application/pdf;q=0.5, */*;q=0.1"
    ]
    # responses that name no media type leave httpx's default alone
    assert _response.accept_header(GET_PET.responses) is None
    assert _accepts(GET_PET) == ["*/*"]


def test_callers_accept_wins_in_any_case() -> None:
    assert _accepts(XML_OR_JSON, extra_headers={"ACCEPT": "application/pdf"}) == [
        "application/pdf"
    ]
    assert _accepts(XML_OR_JSON, headers={"accept": "text/csv"}) == ["text/csv"]


# -- repair details ----------------------------------------------------------


class Aliased(BaseModel):
    photo_urls: list[str] = Field(default_factory=list, alias="photoUrls")
    owners: dict[str, Owner] = {}
    grid: list[list[int]] = []


def test_aliases_dict_values_and_nested_lists_keep_their_wire_paths() -> None:
    data = {
        "photoUrls": ["a", 7],
        "owners": {"x": {"name": "ok"}, "y": {"name": 1, "since": "2020-02-02"}},
        "grid": [[1, 2], [3, "four"]],
    }
    value, mismatches = repair(Aliased, data)
    assert value.photo_urls == ["a", 7]
    assert value.owners["x"] == Owner(name="ok")
    assert isinstance(value.owners["y"], Owner)
    assert value.owners["y"].since == datetime.date(2020, 2, 2)
    assert value.grid == [[1, 2], [3, "four"]]
    assert [(json_path(m.path), m.field) for m in mismatches] == [
        ("$.photoUrls[1]", "photoUrls[]"),
        ("$.owners.y.name", "name"),
        ("$.grid[1][1]", "grid[][]"),
    ]
    assert value.model_fields_set == {"photo_urls", "owners", "grid"}


def test_unknown_discriminator_value_is_kept_raw_not_forced_into_a_member() -> None:
    value, mismatches = repair(Pet, {**GOOD, "kind": {"type": "bird", "wings": 2}})
    assert value.kind == {"type": "bird", "wings": 2}
    (mismatch,) = mismatches
    assert json_path(mismatch.path) == "$.kind"
    assert mismatch.received == "unknown variant 'bird'"


def test_fields_set_and_extras_mirror_validation() -> None:
    value, _ = repair(Pet, {"id": "x", "name": "n", "brand_new": 1})
    validated = Pet.model_validate({"id": 1, "name": "n", "brand_new": 1})
    assert value.model_fields_set == validated.model_fields_set
    missing, _ = repair(Pet, {"id": "x"})
    assert missing.model_fields_set == {"id"}  # name was not sent, only filled


def test_forbidden_extra_field_is_reported() -> None:
    class Closed(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="forbid")
        a: int

    value, mismatches = repair(Closed, {"a": 1, "b": 2})
    assert value.a == 1
    assert [(json_path(m.path), m.received) for m in mismatches] == [
        ("$.b", "unexpected")
    ]


def test_nothing_is_dropped_the_dump_gives_back_what_came() -> None:
    body = {
        **GOOD,
        "owner": {"name": 42, "since": "2020-01-02"},
        "tags": [1, "two"],
        "kind": {"type": "dog", "bark": "loud"},
        "brand_new": {"x": [1, 2]},
    }
    value, mismatches = repair(Pet, body)
    assert len(mismatches) == 3
    with pytest.warns(UserWarning, match="PydanticSerializationUnexpectedValue"):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == body


def test_declarative_model_or_bytes_follows_the_content_type() -> None:
    from clientsmith.resources import Resource, get, resource

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(".pdf"):
            return httpx.Response(
                200, content=b"%PDF", headers={"content-type": "application/pdf"}
            )
        return httpx.Response(200, json={"name": "a"})

    class Api(clientsmith.Client):
        @resource(path="/owners")
        class Owners(Resource):
            # A declarative method: @get supplies the body (the declarative
            # tests turn the empty-body check off for their whole files).
            @get("/{name}")
            def fetch(self, name: str) -> Owner | bytes: ...  # type: ignore[empty-body]

        owners: Owners

    with Api(base_url="https://api.test", transport=httpx.MockTransport(answer)) as api:
        assert api.owners.fetch("a") == Owner(name="a")
        assert api.owners.fetch("a.pdf") == b"%PDF"
