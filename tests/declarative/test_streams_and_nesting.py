# mypy: disable-error-code="empty-body"
"""Streamed NDJSON/SSE declarations and nested resources bound on navigation."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Annotated, Any

import httpx
import pytest

from clientsmith import (
    APIResponseValidationError,
    AsyncClient,
    Client,
    NotFoundError,
    Pagination,
    SyncPage,
)
from clientsmith.resources import (
    Body,
    DeclarationError,
    Path,
    Resource,
    get,
    post,
    resource,
)
from clientsmith.streaming import ServerSentEvent

from .models import NewPet, Pet

SEEN: list[httpx.Request] = []

NDJSON = b'{"id":1,"name":"a"}\n\n{"id":2,"name":"b"}\n'
EVENTS = (
    b'event: pet\nid: 7\ndata: {"id":1,"name":"a"}\n\n'
    b": keep-alive comment\n\n"
    b"event: ping\n\n"  # no data: skipped when the data is read
    b'data: {"id":2,\ndata: "name":"b"}\n\n'
)


def answer(request: httpx.Request) -> httpx.Response:
    SEEN.append(request)
    path = request.url.path
    if path.endswith("/missing"):
        return httpx.Response(404, json={"message": "nope"})
    if path.endswith("/bad-lines"):
        return httpx.Response(200, content=b'{"id":1,"name":"a"}\nnot json\n')
    if path.endswith("/lines"):
        return httpx.Response(
            200, content=NDJSON, headers={"content-type": "application/x-ndjson"}
        )
    if path.endswith("/events"):
        return httpx.Response(
            200, content=EVENTS, headers={"content-type": "text/event-stream"}
        )
    if path.endswith("/text-events"):
        return httpx.Response(200, content=b"data: hello\n\ndata: world\n\n")
    if path.endswith("/echo"):  # NDJSON in, NDJSON out
        return httpx.Response(200, content=request.read())
    return httpx.Response(200, json={"path": path})


@pytest.fixture(autouse=True)
def _clear() -> None:
    SEEN.clear()


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(answer)


# -- NDJSON and SSE ----------------------------------------------------------------


class Streams(Client):
    @get("/lines")
    def lines(self, *, limit: int = 10) -> Iterator[Pet]: ...

    @get("/lines", response="ndjson")
    def lines_explicit(self) -> Iterator[dict[str, Any]]: ...

    @get("/missing")
    def missing(self) -> Iterator[Pet]: ...

    @get("/bad-lines")
    def bad_lines(self) -> Iterator[Pet]: ...

    @get("/events")
    def events(self) -> Iterator[ServerSentEvent]: ...

    @get("/events", response="sse")
    def pets(self) -> Iterator[Pet]: ...

    @get("/text-events", response="sse")
    def words(self) -> Iterator[str]: ...

    @post("/echo")
    def echo(self, pets: Iterable[NewPet]) -> Iterator[NewPet]: ...

    @post("/echo")
    def echo_dicts(
        self, rows: Annotated[list[dict[str, int]], Body("ndjson")]
    ) -> Iterator[dict[str, int]]: ...


def test_ndjson_lines_are_validated_lazily() -> None:
    with Streams(base_url="https://a.example", transport=transport()) as client:
        items = client.lines(limit=2)
        assert SEEN == []  # nothing is sent until the iteration starts
        pets = list(items)
        assert pets == [Pet(id=1, name="a"), Pet(id=2, name="b")]
        assert SEEN[-1].url.params["limit"] == "2"
        assert list(client.lines_explicit()) == [
            {"id": 1, "name": "a"},
            {"id": 2, "name": "b"},
        ]
        with pytest.raises(NotFoundError):
            next(client.missing())
        bad = client.bad_lines()
        assert next(bad) == Pet(id=1, name="a")
        with pytest.raises(APIResponseValidationError, match="not valid JSON"):
            next(bad)


def test_server_sent_events_raw_and_typed() -> None:
    with Streams(base_url="https://a.example", transport=transport()) as client:
        events = list(client.events())
        assert [(e.event, e.id) for e in events] == [
            ("pet", "7"),
            ("ping", "7"),
            ("message", "7"),
        ]
        assert events[0].json() == {"id": 1, "name": "a"}
        assert SEEN[-1].headers["accept"].startswith("text/event-stream")

        assert list(client.pets()) == [Pet(id=1, name="a"), Pet(id=2, name="b")]
        assert list(client.words()) == ["hello", "world"]


def test_ndjson_request_bodies() -> None:
    with Streams(base_url="https://a.example", transport=transport()) as client:
        sent = (NewPet(name=n) for n in ("a", "b"))  # a generator: streamed
        assert list(client.echo(sent)) == [NewPet(name="a"), NewPet(name="b")]
        request = SEEN[-1]
        assert request.headers["content-type"] == "application/x-ndjson"
        assert request.content == b'{"name":"a"}\n{"name":"b"}\n'
        assert list(client.echo_dicts([{"x": 1}])) == [{"x": 1}]
        assert SEEN[-1].content == b'{"x":1}\n'


def test_async_streams() -> None:
    class AsyncStreams(AsyncClient):
        @get("/lines")
        def lines(self) -> AsyncIterator[Pet]: ...

        @get("/lines")
        async def lines_awaited(self) -> AsyncIterator[Pet]: ...

        @get("/events")
        def events(self) -> AsyncIterator[ServerSentEvent]: ...

        @get("/events", response="sse")
        def pets(self) -> AsyncIterator[Pet]: ...

        @post("/echo")
        def echo(self, pets: Iterable[NewPet]) -> AsyncIterator[NewPet]: ...

    async def main() -> list[Any]:
        async with AsyncStreams(
            base_url="https://a.example", transport=transport()
        ) as client:
            return [
                [p async for p in client.lines()],
                [p async for p in await client.lines_awaited()],
                [e.event async for e in client.events()],
                [p async for p in client.pets()],
                [p async for p in client.echo([NewPet(name="z")])],
            ]

    lines, awaited, events, pets, echoed = asyncio.run(main())
    assert lines == awaited == pets == [Pet(id=1, name="a"), Pet(id=2, name="b")]
    assert events == ["pet", "ping", "message"]
    assert echoed == [NewPet(name="z")]


def _message(error: BaseException) -> str:
    # Python < 3.12 wraps errors raised in __set_name__ in a RuntimeError.
    return f"{error} {error.__cause__}"


@pytest.mark.parametrize(
    ("declare", "expected"),
    [
        ("@get('/x', response='sse')\ndef m(self) -> Pet: ...", "streams items"),
        ("@get('/x')\ndef m(self) -> Iterator: ...", "give the item type"),
        (
            "@get('/x', response='ndjson')\ndef m(self) -> Iterator[ServerSentEvent]: ...",
            "not ServerSentEvent",
        ),
        (
            "@get('/x')\nasync def m(self) -> Iterator[Pet]: ...",
            "streams AsyncIterator",
        ),
        (
            "@get('/x', pagination=Pagination('page'), response='ndjson')\n"
            "def m(self) -> Iterator[Pet]: ...",
            "needs a SyncPage",
        ),
        (
            "@get('/x', response='xml')\ndef m(self) -> Iterator[Pet]: ...",
            "'ndjson' or 'sse'",
        ),
    ],
)
def test_refused_stream_declarations(declare: str, expected: str) -> None:
    body = "\n".join("    " + line for line in declare.splitlines())
    source = f"class Bad(Resource):\n{body}\n"
    namespace = {**globals(), "Pagination": Pagination}  # used by the sources
    with pytest.raises((DeclarationError, RuntimeError)) as err:
        exec(source, namespace)
    assert expected in _message(err.value)


def test_stream_kind_must_match_the_client() -> None:
    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Bad(Client):
            @get("/lines")
            def lines(self) -> AsyncIterator[Pet]: ...

    assert "cannot be used on a Client" in _message(err.value)
    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Bad2(AsyncClient):
            @get("/lines")
            def lines(self) -> Iterator[Pet]: ...

    assert "cannot be used on an AsyncClient" in _message(err.value)


# -- nested resources --------------------------------------------------------------


class Chat(Client):
    @resource(path="/teams/{team_id}")
    class Teams(Resource):
        @get()
        def fetch(self) -> dict[str, str]: ...

        @resource(path="/channels")
        class Channels(Resource):
            @get()
            def list(self) -> dict[str, str]: ...

            @get("/{channel_id}")
            def fetch(self, channel_id: str) -> dict[str, str]: ...

            @get("/{channel_id}/lines")
            def lines(self, channel_id: str) -> Iterator[Pet]: ...

            @resource(path="/{channel_id}/members/{member_id}")
            class Members(Resource):
                @get()
                def fetch(self) -> dict[str, str]: ...

            members: Members

        channels: Channels

        @get("/others/{team_id}")
        def other(self, team_id: str) -> dict[str, str]: ...

    teams: Teams

    @resource(path="/orgs/{org}")
    class Orgs(Resource):
        @get("/users/{user}")
        def user(self, org: Annotated[str, Path()], user: str) -> dict[str, str]: ...

    orgs: Orgs


def paths() -> list[str]:
    return [r.url.path for r in SEEN]


def test_nested_resources_continue_the_prefix() -> None:
    with Chat(base_url="https://a.example/v1", transport=transport()) as client:
        team = client.teams("t 1")
        assert team.fetch() == {"path": "/v1/teams/t 1"}
        team.channels.list()
        team.channels.fetch("c1")
        assert list(team.channels.lines("c1")) == [
            Pet(id=1, name="a"),
            Pet(id=2, name="b"),
        ]
        client.teams(team_id="t2").channels.members("c2", "m2").fetch()
        client.teams.channels.members("c3", "m3", team_id="t3").fetch()
    assert paths() == [
        "/v1/teams/t 1",
        "/v1/teams/t 1/channels",
        "/v1/teams/t 1/channels/c1",
        "/v1/teams/t 1/channels/c1/lines",
        "/v1/teams/t2/channels/c2/members/m2",
        "/v1/teams/t3/channels/c3/members/m3",
    ]
    assert SEEN[0].url.raw_path == b"/v1/teams/t%201"


def test_binding_is_a_new_resource_and_declared_parameters_win() -> None:
    with Chat(base_url="https://a.example", transport=transport()) as client:
        teams = client.teams
        bound = teams("t1")
        assert bound is not teams and type(bound) is type(teams)
        assert teams.path_params == {} and bound.path_params == {"team_id": "t1"}
        assert bound.channels is bound.channels  # cached per bound resource
        assert "{'team_id': 't1'}" in repr(bound)
        # a method declaring the prefix parameter takes it per call, bound or not
        bound.other("t9")
        client.orgs.user("acme", "u1")
        client.orgs("ignored").user("acme", "u2")
        # copies made by with_options keep nothing bound
        assert client.with_options(timeout=3).teams.path_params == {}
    assert paths() == [
        "/teams/t9/others/t9",
        "/orgs/acme/users/u1",
        "/orgs/acme/users/u2",
    ]


def test_binding_errors_are_clear() -> None:
    with Chat(base_url="https://a.example", transport=transport()) as client:
        with pytest.raises(
            TypeError, match=r"client\.teams\(team_id=\.\.\.\)\.channels"
        ):
            client.teams.channels.list()
        with pytest.raises(TypeError, match="takes 1 positional path parameter"):
            client.teams("a", "b")
        with pytest.raises(TypeError, match="unexpected path parameter 'tema_id'"):
            client.teams(tema_id="a")
        with pytest.raises(TypeError, match="multiple values for 'team_id'"):
            client.teams("a", team_id="b")
        with pytest.raises(TypeError, match="cannot be None"):
            client.teams(None)
        with pytest.raises(TypeError, match="give one of"):
            client.teams()
        with pytest.raises(TypeError, match="has no parameters"):
            NoParams(client)("x")
        # positional values bind the resource's own parameters still free;
        # those of an enclosing resource are bound by name
        members = client.teams("t").channels.members
        with pytest.raises(TypeError, match=r"\(channel_id, member_id\)"):
            members("a", "b", "c")
        with pytest.raises(TypeError, match=r"1 positional .*\(member_id\)"):
            members(channel_id="a")("b", "c")
    assert SEEN == []


class NoParams(Resource):
    @get("/plain")
    def fetch(self) -> dict[str, str]: ...


def test_attach_nests_and_a_resource_has_one_parent() -> None:
    @resource(path="/projects/{project}")
    class Projects(Resource):
        @get("/tasks/{task}")
        def task(self, task: int) -> dict[str, str]: ...

    @resource(path="/orgs/{org}")
    class Orgs(Resource):
        projects = Projects.attach()

    class Api(Client):
        orgs = Orgs.attach()

    with Api(base_url="https://a.example", transport=transport()) as client:
        client.orgs("o").projects("p").task(3)
    assert paths() == ["/orgs/o/projects/p/tasks/3"]

    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Elsewhere(Resource):
            projects = Projects.attach()

    assert "already nested in Orgs" in _message(err.value)

    class OwnProjects(Projects):
        pass

    class Elsewhere2(Resource):
        projects = OwnProjects.attach()

    class Api2(Client):
        elsewhere = Elsewhere2.attach()

    with Api2(base_url="https://a.example", transport=transport()) as other:
        other.elsewhere.projects("p").task(1)
    assert paths()[-1] == "/projects/p/tasks/1"


def test_a_path_marker_may_name_a_parameter_of_the_parent_prefix() -> None:
    class Api(Client):
        @resource(path="/teams/{teamId}")
        class Teams(Resource):
            class Channels(Resource):
                @get("/channels")
                def list(
                    self, team: Annotated[str, Path("teamId")]
                ) -> dict[str, str]: ...

            channels: Channels

        teams: Teams

    with Api(base_url="https://a.example", transport=transport()) as client:
        client.teams.channels.list("t1")
    assert paths() == ["/teams/t1/channels"]


def test_async_nested_resources() -> None:
    class AsyncChat(AsyncClient):
        @resource(path="/teams/{team_id}")
        class Teams(Resource):
            @resource(path="/channels/{channel_id}")
            class Channels(Resource):
                @get()
                async def fetch(self) -> dict[str, str]: ...

                @get("/lines")
                def lines(self) -> AsyncIterator[Pet]: ...

            channels: Channels

        teams: Teams

    async def main() -> tuple[Any, list[Pet]]:
        async with AsyncChat(base_url="https://a.example", transport=transport()) as a:
            channel = a.teams("t").channels("c")
            return await channel.fetch(), [p async for p in channel.lines()]

    fetched, lines = asyncio.run(main())
    assert fetched == {"path": "/teams/t/channels/c"}
    assert len(lines) == 2


def test_a_paged_method_takes_no_response_option() -> None:
    with pytest.raises((DeclarationError, RuntimeError)) as err:

        class Bad(Client):
            @get("/pets", pagination=Pagination("page"), response="sse")
            def pages(self) -> SyncPage[Pet]: ...

    assert "response='sse' streams items" in _message(err.value)
