"""The generated CloudConnexa client against a loopback FastAPI fake: the token
flow, page/size iteration with ``totalPages``, cursor batches, 429 with
rate-limit headers, typed error bodies."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

import clientsmith

CLIENT_ID = "cc-client"
CLIENT_SECRET = "cc-secret"


def lister(resource: Any) -> Callable[..., Any]:
    """The resource's ``list`` method (``list_`` while the generator renames it)."""
    method = getattr(resource, "list", None)
    found: Callable[..., Any] = method if callable(method) else resource.list_
    return found


@pytest.fixture()
def client(cloudconnexa: ModuleType, fake_server: str) -> Iterator[Any]:
    with cloudconnexa.Client(
        base_url=fake_server + "/api/v1",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        env_file=None,
    ) as c:
        yield c


def seen(fake_server: str) -> dict[str, Any]:
    data: dict[str, Any] = httpx.get(fake_server + "/_seen").json()
    return data


def test_token_flow_uses_the_documented_query_style(
    client: Any, fake_server: str
) -> None:
    before = seen(fake_server)
    users = list(lister(client.users)(size=3))
    after = seen(fake_server)
    new_tokens = after["token_requests"][len(before["token_requests"]) :]
    # One token for the whole iteration (3 pages), fetched from /api/v1/oauth/token.
    assert len(new_tokens) == 1
    request = new_tokens[0]
    assert request["query"]["client_id"] == CLIENT_ID
    assert request["query"]["client_secret"] == CLIENT_SECRET
    assert request["authorization"] is None
    assert "client_credentials" in (
        request["query"].get("grant_type"),
        request["form"].get("grant_type"),
    )
    api_calls = after["requests"][len(before["requests"]) :]
    assert api_calls and all(
        c["authorization"].startswith("Bearer tok-") for c in api_calls
    )
    assert len(users) == 7


def test_iterates_every_page_using_total_pages(
    client: Any, fake_server: str, cloudconnexa: ModuleType
) -> None:
    before = len(seen(fake_server)["requests"])
    users = list(lister(client.users)(size=3))
    calls = [
        c
        for c in seen(fake_server)["requests"][before:]
        if c["path"] == "/api/v1/users"
    ]
    assert [u.username for u in users] == [f"user{i}" for i in range(7)]
    assert all(isinstance(u, cloudconnexa.models.User) for u in users)
    # 0-based pages, stopping after totalPages (3) without asking for an empty page.
    # (The first request may leave ``page`` out: the API's default is 0.)
    assert [c["query"].get("page", "0") for c in calls] == ["0", "1", "2"]
    assert all(c["query"]["size"] == "3" for c in calls)


def test_parent_id_is_a_query_parameter(client: Any, fake_server: str) -> None:
    network_id = "00000000-0000-0000-0000-0000000001f4"
    connectors = list(lister(client.networks.connectors)(network_id=network_id))
    assert [c.name for c in connectors] == ["hq"]
    assert seen(fake_server)["requests"][-1]["query"]["networkId"] == network_id
    # A status the spec does not know yet is kept, not rejected.
    everything = list(lister(client.networks.connectors)())
    assert [c.connection_status.value for c in everything] == [
        "ONLINE",
        "SOMETHING_NEW",
    ]


def test_create_route_returns_201_model(client: Any, cloudconnexa: ModuleType) -> None:
    route = client.networks.routes.create(
        network_id="00000000-0000-0000-0000-0000000001f4",
        body=cloudconnexa.models.RouteRequest(
            value="10.0.0.0/24", description="office"
        ),
    )
    assert isinstance(route, cloudconnexa.models.Route)
    assert route.subnet == "10.0.0.0/24"
    assert route.network_item_id == "00000000-0000-0000-0000-0000000001f4"


def test_text_response(client: Any) -> None:
    profile = client.networks.connectors.profile("00000000-0000-0000-0000-000000000258")
    assert isinstance(profile, str) and profile.startswith("client\n")


def test_error_body_is_typed(client: Any, cloudconnexa: ModuleType) -> None:
    with pytest.raises(clientsmith.NotFoundError) as info:
        client.networks.get("00000000-0000-0000-0000-000000000001")
    body = info.value.body
    assert isinstance(body, cloudconnexa.models.ErrorResponse)
    assert body.status_error == "Not Found"
    assert "not found" in (body.error_message or "")


def test_429_is_retried_and_rate_limit_headers_are_visible(
    client: Any, fake_server: str
) -> None:
    regions = lister(client.regions)()
    items = list(regions)
    assert [r.id for r in items] == ["us-east-1"]
    calls = [c for c in seen(fake_server)["requests"] if c["path"] == "/api/v1/regions"]
    assert len(calls) == 2  # the 429 (Retry-After: 0), then the retry

    with pytest.raises(clientsmith.RateLimitError) as info:
        list(lister(client.dns_records)())
    headers = info.value.response.headers
    assert headers["X-RateLimit-Remaining"] == "0"
    assert headers["X-RateLimit-Replenish-Rate"] == "1"
    assert headers["X-RateLimit-Replenish-Time"] == "15"


def test_cursor_batches(client: Any, fake_server: str) -> None:
    sessions = list(lister(client.sessions)(size=2))
    assert [s.session_id for s in sessions] == [f"s{i}" for i in range(5)]
    calls = [
        c for c in seen(fake_server)["requests"] if c["path"] == "/api/v1/sessions"
    ]
    assert [c["query"].get("cursor") for c in calls[-3:]] == [None, "2", "4"]


def test_missing_token_gives_authentication_error(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    with cloudconnexa.Client(
        base_url=fake_server + "/api/v1",
        client_id=CLIENT_ID,
        client_secret="wrong",
        env_file=None,
    ) as c:
        with pytest.raises(clientsmith.ClientsmithError):
            list(lister(c.users)())


async def _async_users(cloudconnexa: ModuleType, url: str) -> list[Any]:
    async with cloudconnexa.AsyncClient(
        base_url=url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, env_file=None
    ) as c:
        return [u async for u in lister(c.users)(size=4)]


def test_async_client_iterates_pages(
    cloudconnexa: ModuleType, fake_server: str
) -> None:
    import asyncio

    users = asyncio.run(_async_users(cloudconnexa, fake_server + "/api/v1"))
    assert len(users) == 7
