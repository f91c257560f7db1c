# mypy: disable-error-code="empty-body"
"""A hand-written client for a chat API: nested resources, NDJSON and SSE streams.

Teams hold channels; a channel's messages are listed as NDJSON lines, imported
from an NDJSON body and followed as Server-Sent Events. ``client.teams("core")``
binds ``{team_id}`` once for everything under it, so the methods declare only
their own parameters.

Run it against the chat server (``tests/declarative/chat_app.py``)::

    uvicorn chat_app:app --app-dir tests/declarative --port 8001 &
    CHAT_URL=http://127.0.0.1:8001/v1 python examples/chat_client.py
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterable, Iterator

from pydantic import BaseModel

from clientsmith import AsyncClient, Client
from clientsmith.auth import APIKeyAuth
from clientsmith.builder import ClientBuilder
from clientsmith.resources import Resource, get, post, resource
from clientsmith.streaming import ServerSentEvent

# -- models ------------------------------------------------------------------------


class Team(BaseModel):
    id: str
    name: str


class ChannelInfo(BaseModel):
    id: str
    team_id: str


class Message(BaseModel):
    id: int
    author: str
    text: str


class NewMessage(BaseModel):
    author: str
    text: str


class Imported(BaseModel):
    id: int
    status: str


# -- the synchronous client --------------------------------------------------------


class Chat(Client):
    """The chat API: ``client.teams(team_id)`` and what is under it."""

    @resource(path="/teams/{team_id}")
    class Teams(Resource):
        """One team: ``client.teams("core")``."""

        @get()
        def fetch(self) -> Team:
            """The team."""

        @get("/channels")
        def channels(self) -> list[ChannelInfo]:
            """Its channels."""

        @resource(path="/channels/{channel_id}")
        class Channel(Resource):
            """One channel of the team: ``client.teams("core").channel("general")``."""

            @get("/messages")
            def messages(self, *, author: str | None = None) -> Iterator[Message]:
                """The messages, one NDJSON line each, read as they arrive."""

            @post("/messages")
            def import_messages(
                self, messages: Iterable[NewMessage]
            ) -> Iterator[Imported]:
                """Add messages: sent as NDJSON, one result line per message."""

            @get("/events", response="sse")
            def follow(self) -> Iterator[Message]:
                """The messages as Server-Sent Events, each event's data a Message."""

            @get("/events")
            def events(self) -> Iterator[ServerSentEvent]:
                """The same stream, events as they are (name, id, data)."""

        channel: Channel

    teams: Teams


# -- the asynchronous client -------------------------------------------------------


class AsyncChat(AsyncClient):
    """The async twin: ``async def`` calls, ``AsyncIterator`` streams."""

    @resource(path="/teams/{team_id}")
    class Teams(Resource):
        """One team."""

        @get()
        async def fetch(self) -> Team:
            """The team."""

        @resource(path="/channels/{channel_id}")
        class Channel(Resource):
            """One channel of the team."""

            @get("/messages")
            def messages(self, *, author: str | None = None) -> AsyncIterator[Message]:
                """The messages: ``async for message in ...``."""

            @get("/events", response="sse")
            def follow(self) -> AsyncIterator[Message]:
                """The messages as Server-Sent Events."""

        channel: Channel

    teams: Teams


# -- using them --------------------------------------------------------------------


def main(base_url: str, api_key: str) -> None:
    auth = APIKeyAuth(api_key, name="X-API-Key")
    with ClientBuilder().base_url(base_url).auth(auth).build(Chat) as client:
        auth.validate(client, "/me")  # fails fast (InvalidAPIKeyError) on a bad key
        core = client.teams("core")
        print(core.fetch().name)
        print([channel.id for channel in core.channels()])
        general = core.channel("general")
        for message in general.messages(author="ana"):
            print(message.id, message.text)
        # Streams are lazy, like pages: the request goes out when iteration starts.
        imported = general.import_messages([NewMessage(author="cy", text="hello")])
        print([result.status for result in imported])
        print([message.id for message in general.follow()])
        print([event.event for event in general.events()])


async def amain(base_url: str, api_key: str) -> None:
    auth = APIKeyAuth(api_key, name="X-API-Key")
    builder = ClientBuilder().base_url(base_url).auth(auth)
    async with builder.build_async(AsyncChat) as client:
        await auth.avalidate(client, "/me")
        core, ops = await asyncio.gather(
            client.teams("core").fetch(), client.teams("ops").fetch()
        )
        print(core.name, "/", ops.name)
        alerts = client.teams("ops").channel("alerts")
        async for message in alerts.messages():
            print(message.author, message.text)
        print([message.id async for message in alerts.follow()])


if __name__ == "__main__":
    url = os.environ.get("CHAT_URL", "http://127.0.0.1:8001/v1")
    key = os.environ.get("CHAT_API_KEY", "secret-key")
    main(url, key)
    asyncio.run(amain(url, key))
