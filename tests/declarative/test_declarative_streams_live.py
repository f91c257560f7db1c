"""The chat example against the real chat app: nested resources, NDJSON, SSE, validate."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import httpx
import pytest

from clientsmith import NotFoundError
from clientsmith.auth import APIKeyAuth, InvalidAPIKeyError
from clientsmith.builder import ClientBuilder

KEY = "secret-key"


def seen(server: str) -> list[dict[str, Any]]:
    answer: list[dict[str, Any]] = httpx.get(server + "/_seen").json()
    return answer


def build(server: str, example: ModuleType, key: str = KEY) -> Any:
    auth = APIKeyAuth(key, name="X-API-Key")
    return ClientBuilder().base_url(server + "/v1").auth(auth).build(example.Chat)


def test_nested_resources_bind_their_prefix(
    chat_server: str, chat_example: ModuleType
) -> None:
    with build(chat_server, chat_example) as client:
        core = client.teams("core")
        team = core.fetch()
        assert isinstance(team, chat_example.Team) and team.name == "Core team"
        assert [c.id for c in core.channels()] == ["general", "random"]
        assert seen(chat_server)[-1]["path"] == "/v1/teams/core/channels"
        # a team and a channel bound by navigation; the method declares no path parameter
        alerts = client.teams("ops").channel("alerts")
        assert [m.text for m in alerts.messages()] == ["disk full"]
        assert seen(chat_server)[-1]["path"] == "/v1/teams/ops/channels/alerts/messages"
        with pytest.raises(TypeError, match=r"client\.teams\(team_id=\.\.\.\)"):
            client.teams.channel("alerts").messages()
        with pytest.raises(NotFoundError) as missing:
            list(client.teams("core").channel("nope").messages())
        assert missing.value.body == {"message": "no channel core/nope"}


def test_ndjson_lines_stream_in_and_out(
    chat_server: str, chat_example: ModuleType
) -> None:
    with build(chat_server, chat_example) as client:
        general = client.teams("core").channel("general")
        before = len(seen(chat_server))
        lines = general.messages(author="ana")
        assert len(seen(chat_server)) == before  # lazy: sent when iterated
        first = next(lines)
        assert isinstance(first, chat_example.Message)
        assert (first.id, first.author) == (1, "ana")
        assert [m.id for m in lines] == [3, 5]
        request = seen(chat_server)[-1]
        assert request["query"] == "author=ana" and request["api_key"] == KEY

        random = client.teams("core").channel("random")
        new = [chat_example.NewMessage(author="cy", text=t) for t in ("a", "b")]
        results = list(random.import_messages(iter(new)))  # a generator body
        assert [(r.id, r.status) for r in results] == [(1, "created"), (2, "created")]
        request = seen(chat_server)[-1]
        assert request["content_type"] == "application/x-ndjson"
        assert request["body"] == (
            '{"author":"cy","text":"a"}\n{"author":"cy","text":"b"}\n'
        )
        assert [m.text for m in random.messages()] == ["a", "b"]


def test_server_sent_events_typed_and_raw(
    chat_server: str, chat_example: ModuleType
) -> None:
    with build(chat_server, chat_example) as client:
        alerts = client.teams("ops").channel("alerts")
        followed = list(alerts.follow())
        assert followed == [
            chat_example.Message(id=1, author="pager", text="disk full")
        ]
        assert seen(chat_server)[-1]["accept"].startswith("text/event-stream")
        events = list(alerts.events())
        assert [(e.event, e.id) for e in events] == [("message", "1"), ("ping", "1")]
        assert events[0].json()["text"] == "disk full"


def test_async_client(chat_server: str, chat_example: ModuleType) -> None:
    async def main() -> tuple[Any, ...]:
        auth = APIKeyAuth(KEY, name="X-API-Key")
        builder = ClientBuilder().base_url(chat_server + "/v1").auth(auth)
        async with builder.build_async(chat_example.AsyncChat) as client:
            await auth.avalidate(client, "/me")
            teams = await asyncio.gather(
                client.teams("core").fetch(), client.teams("ops").fetch()
            )
            alerts = client.teams("ops").channel("alerts")
            lines = [m.text async for m in alerts.messages()]
            events = [m.id async for m in alerts.follow()]
        return teams, lines, events

    teams, lines, events = asyncio.run(main())
    assert [t.id for t in teams] == ["core", "ops"]
    assert lines == ["disk full"]
    assert events == [1]


def test_validate_accepts_a_declared_client(
    chat_server: str, chat_example: ModuleType
) -> None:
    auth = APIKeyAuth(["old-key", KEY], name="X-API-Key")
    client = ClientBuilder().base_url(chat_server + "/v1").build(chat_example.Chat)
    with client:
        assert auth.validate(client, "/me").status_code == 200
    assert auth.active_key_index == 1
    probes = seen(chat_server)[-2:]
    assert [(p["path"], p["api_key"]) for p in probes] == [
        ("/v1/me", "old-key"),
        ("/v1/me", KEY),
    ]

    bad = APIKeyAuth(["old-key", "older-key"], name="X-API-Key")
    with build(chat_server, chat_example, "unused") as client:
        with pytest.raises(InvalidAPIKeyError, match="all 2 API key") as info:
            bad.validate(client, "/me")
    assert info.value.status_code == 401
    assert "old-key" not in str(info.value)


def test_example_main_runs(
    chat_server: str, chat_example: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    chat_example.main(chat_server + "/v1", KEY)
    asyncio.run(chat_example.amain(chat_server + "/v1", KEY))
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Core team", "['general', 'random']"]
    assert out[2:5] == ["1 message 1", "3 message 3", "5 message 5"]
    assert out[5] == "['created']"
    assert out[-3:] == ["Core team / Operations", "pager disk full", "[1]"]
    with pytest.raises(InvalidAPIKeyError):
        chat_example.main(chat_server + "/v1", "wrong")
