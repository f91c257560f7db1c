"""``with_raw_response`` and ``with_streaming_response`` of the committed golden
clients against a real server (``streaming_app.py`` under uvicorn).

Akeneo's nested ``families.variants`` resource has a paginated list, an NDJSON
batch and plain requests; the 3.1 library has Server-Sent Events.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import httpx
import pytest

import clientsmith

pytestmark = pytest.mark.usefixtures("generated_path")

AKENEO = str(Path(__file__).resolve().parents[2] / "generated" / "akeneo")
if AKENEO not in sys.path:  # as tests/akeneo/conftest.py does
    sys.path.insert(0, AKENEO)

import akeneo  # noqa: E402
from akeneo.models import FamilyVariant, UpsertResult  # noqa: E402

TOKEN = "t0k"
ALL_CODES = ["v1", "v2", "v3", "v4", "v5"]


def control(url: str, what: str) -> Any:
    if what == "state":
        return httpx.get(f"{url}/_state").json()
    return httpx.post(f"{url}/_{what}").json()


@pytest.fixture
def server(streaming_server: str) -> str:
    control(streaming_server, "reset")
    return streaming_server


class Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def make(url: str, token: str = TOKEN, **kwargs: Any) -> akeneo.Akeneo:
    return akeneo.Akeneo(base_url=url, auth=Bearer(token), env_file=None, **kwargs)


def make_async(url: str) -> akeneo.AsyncAkeneo:
    return akeneo.AsyncAkeneo(base_url=url, auth=Bearer(TOKEN), env_file=None)


def one_connection() -> httpx.Client:
    """A pool of one: a response that kept its connection blocks the next call."""
    return httpx.Client(
        limits=httpx.Limits(max_connections=1),
        timeout=httpx.Timeout(10.0, pool=3.0),
    )


def variants_to_send() -> list[FamilyVariant]:
    return [FamilyVariant(code=code, variant_attribute_sets=[]) for code in ("a", "b")]


# -- with_raw_response ------------------------------------------------------------


def test_raw_paginated_gives_the_first_page_and_parse_walks_on(server: str) -> None:
    with make(server) as client:
        raw = client.families.variants.with_raw_response.list("shirts", limit=2)
        assert raw.status_code == 200 and raw.headers["x-page"] == "1"
        assert len(control(server, "state")["seen"]) == 1
        page = raw.parse()
        assert isinstance(page, clientsmith.SyncPage)
        assert [v.code for v in page] == ALL_CODES
    seen = control(server, "state")["seen"]
    assert len(seen) == 3  # the first page was not fetched again
    assert "page=3" in seen[-1]


def test_raw_ndjson_hands_over_the_stream(server: str) -> None:
    with make(server) as client:
        raw = client.families.variants.with_raw_response.upsert_many(
            "shirts", body=variants_to_send()
        )
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith(
            "application/vnd.akeneo.collection+json"
        )
        results = list(raw.parse())
        assert all(isinstance(r, UpsertResult) for r in results)
        assert [(r.line, r.code) for r in results] == [(1, "a"), (2, "b")]
        assert raw.http_response.is_closed


def test_raw_sse_hands_over_the_events(server: str) -> None:
    import library

    with library.Client(base_url=server, env_file=None) as client:
        raw = client.events.with_raw_response.stream()
        assert raw.headers["content-type"].startswith("text/event-stream")
        events = list(raw.parse())
    assert [(e.event, e.data, e.id) for e in events] == [
        ("message", "first", None),
        ("update", "second", "2"),
    ]


def test_raw_on_nested_resource_from_either_side(server: str) -> None:
    with make(server) as client:
        below = client.families.variants.with_raw_response.get("shirts", "v2")
        above = client.families.with_raw_response.variants.get("shirts", "v3")
        assert below.headers["x-family"] == above.headers["x-family"] == "shirts"
        assert below.parse().code == "v2" and above.parse().code == "v3"
        with client.families.with_streaming_response.variants.get(
            "shirts", "v4"
        ) as response:
            assert response.parse().code == "v4"
        with pytest.raises(akeneo.NotFoundError, match="variant nope of shirts"):
            client.families.with_raw_response.variants.get("shirts", "nope")


# -- with_streaming_response ---------------------------------------------------------


def test_headers_arrive_before_the_body_is_read(server: str) -> None:
    with make(server) as client:
        started = time.monotonic()
        with client.families.variants.with_streaming_response.get(
            "shirts", "slow"
        ) as response:
            assert time.monotonic() - started < 10  # not the gate's 15 s timeout
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/json"
            # The server still holds the rest of the body: nothing waited for it.
            assert control(server, "state")["slow_finished"] is False
            assert not response.http_response.is_stream_consumed
            control(server, "release")
            variant = response.parse()
        assert response.is_closed
    assert isinstance(variant, FamilyVariant) and variant.code == "slow"


def test_streaming_read_text_json_and_lines(server: str) -> None:
    with make(server) as client:
        variants = client.families.variants.with_streaming_response
        with variants.get("shirts", "v1") as response:
            assert response.json()["code"] == "v1"
            assert '"v1"' in response.text()
            assert response.read().startswith(b"{")
            assert response.parse() == FamilyVariant.model_validate(response.json())
        with variants.upsert_many("shirts", body=variants_to_send()) as response:
            lines = list(response.iter_lines())
        assert [line for line in lines if line][0].startswith('{"line": 1')
        with variants.upsert_many("shirts", body=variants_to_send()) as response:
            assert [r.code for r in response.parse()] == ["a", "b"]
        with variants.list("shirts", limit=2) as response:
            assert [v.code for v in response.parse()] == ALL_CODES


def test_leaving_early_releases_the_connection(server: str) -> None:
    with one_connection() as pool, make(server, http_client=pool) as client:
        variants = client.families.variants.with_streaming_response
        with variants.get("shirts", "huge") as response:
            first = next(response.iter_bytes())
            assert first.startswith(b'{"code": "huge"')
        assert response.is_closed
        with pytest.raises(RuntimeError, match="stopped"):
            with variants.get("shirts", "huge") as response:
                raise RuntimeError("stopped")
        assert response.is_closed
        # With a pool of one, these would wait for the pool (and time out)
        # if either response still held the connection.
        assert client.families.variants.get("shirts", "v5").code == "v5"


def test_status_error_raises_the_typed_error_and_frees_the_connection(
    server: str,
) -> None:
    with one_connection() as pool, make(server, http_client=pool) as client:
        variants = client.families.variants.with_streaming_response
        with pytest.raises(akeneo.NotFoundError) as caught:
            with variants.get("shirts", "missing"):
                pytest.fail("the block must not run")
        assert "variant missing of shirts does not exist" in str(caught.value)
        with make(server, "wrong", http_client=pool) as wrong:
            listing = wrong.families.variants.with_streaming_response.list
            with pytest.raises(akeneo.AuthenticationError, match="bad token"):
                with listing("shirts"):
                    pytest.fail("the block must not run")
        assert client.families.variants.get("shirts", "v1").code == "v1"


# -- async ---------------------------------------------------------------------------


def test_async_raw_and_streaming(server: str) -> None:
    async def main() -> None:
        async with make_async(server) as client:
            variants = client.families.variants
            first = await variants.with_raw_response.list("shirts", limit=2)
            assert first.headers["x-page"] == "1"
            assert [v.code async for v in first.parse()] == ALL_CODES
            raw_lines = await client.families.with_raw_response.variants.upsert_many(
                "shirts", body=variants_to_send()
            )
            assert [r.code async for r in raw_lines.parse()] == ["a", "b"]

            async with variants.with_streaming_response.get(
                "shirts", "slow"
            ) as response:
                assert response.status_code == 200
                state = await asyncio.to_thread(control, server, "state")
                assert state["slow_finished"] is False
                await asyncio.to_thread(control, server, "release")
                assert (await response.parse()).code == "slow"
            assert response.is_closed

            async with variants.with_streaming_response.upsert_many(
                "shirts", body=variants_to_send()
            ) as streamed:
                lines = [line async for line in streamed.iter_lines() if line]
            assert len(lines) == 2 and streamed.is_closed

            with pytest.raises(akeneo.NotFoundError, match="variant gone"):
                async with variants.with_streaming_response.get("shirts", "gone"):
                    pytest.fail("the block must not run")
            assert (await variants.get("shirts", "v2")).code == "v2"

        import library

        async with library.AsyncClient(base_url=server, env_file=None) as lib:
            async with lib.events.with_streaming_response.stream() as events:
                assert [e.data async for e in await events.parse()] == [
                    "first",
                    "second",
                ]

    asyncio.run(main())
