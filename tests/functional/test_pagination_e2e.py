"""Generated clients page through real-API-shaped lists on a local server.

Clients are generated from the trimmed regression specs in
``tests/pagination/specs`` and run against ``pagination_app.py`` (uvicorn on
127.0.0.1): every item must arrive exactly once, over more than one page, with
no warning about items left behind. Before the detection fix, Slack,
Kubernetes, Twilio and Vercel lists were not paginated at all and
DigitalOcean stopped after page 1 (Link-header guess).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import write_files

SPECS = Path(__file__).resolve().parents[1] / "pagination" / "specs"
APIS = ("slack", "digitalocean", "twilio", "stripe", "kubernetes", "vercel")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out = tmp_path_factory.mktemp("pagination-clients")
    for api in APIS:
        result = generate_files(
            SPECS / f"{api}.yaml",
            GeneratorConfig(package_name=f"e2e_pages_{api}"),
            Diagnostics(),
            scratch=out,
        )
        write_files(out / api, result.files)
        sys.path.insert(0, str(out / api))
    try:
        yield {api: importlib.import_module(f"e2e_pages_{api}") for api in APIS}
    finally:
        for api in APIS:
            sys.path.remove(str(out / api))


@pytest.fixture()
def server(pagination_server: str) -> str:
    httpx.delete(pagination_server + "/_seen")
    return pagination_server


def requests_to(server: str, path: str) -> list[str]:
    return [
        s["query"] for s in httpx.get(server + "/_seen").json() if s["path"] == path
    ]


@pytest.fixture(autouse=True)
def no_missing_items_warning(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    with caplog.at_level(logging.WARNING, logger="clientsmith"):
        yield
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def once(ids: list[str], expected: list[str]) -> None:
    assert ids == expected
    assert len(set(ids)) == len(ids)


def test_slack_conversations_list_across_pages(
    packages: dict[str, Any], server: str
) -> None:
    slack = packages["slack"]
    with slack.Client(base_url=server + "/api") as client:
        ids = [c.id for c in client.conversations.list(limit=2)]
    once(ids, [f"C{i:03}" for i in range(7)])
    # 2 + (an empty page) + 2 + 2 + 1
    assert len(requests_to(server, "/api/conversations.list")) == 5


def test_slack_async_client_across_pages(packages: dict[str, Any], server: str) -> None:
    slack = packages["slack"]

    async def main() -> list[str]:
        async with slack.AsyncClient(base_url=server + "/api") as client:
            return [c.id async for c in client.conversations.list(limit=3)]

    once(asyncio.run(main()), [f"C{i:03}" for i in range(7)])


def test_digitalocean_list_droplets_across_pages(
    packages: dict[str, Any], server: str
) -> None:
    do = packages["digitalocean"]
    with do.Client(base_url=server) as client:
        droplets = list(client.droplets.list(per_page=2))
    once([str(d.id) for d in droplets], [str(3164440 + i) for i in range(5)])
    assert requests_to(server, "/v2/droplets") == [
        "per_page=2",
        "page=2&per_page=2",  # the server's own links.pages.next
        "page=3&per_page=2",
    ]


def test_twilio_messages_and_services_across_pages(
    packages: dict[str, Any], server: str
) -> None:
    twilio = packages["twilio"]
    with twilio.Client(base_url=server) as client:
        sids = [m.sid for m in client.accounts.messages.list("AC1", page_size=2)]
        services = [s.sid for s in client.services.list(page_size=2)]
    once(sids, [f"SM{i:032}" for i in range(5)])
    once(services, [f"IS{i:032}" for i in range(5)])
    assert len(requests_to(server, "/2010-04-01/Accounts/AC1/Messages.json")) == 3


def test_stripe_list_and_search_across_pages(
    packages: dict[str, Any], server: str
) -> None:
    stripe = packages["stripe"]
    with stripe.Client(base_url=server) as client:
        listed = [c.id for c in client.customers.list(limit=2)]
        found = [c.id for c in client.customers.search(query="email:'x'", limit=2)]
    expected = [f"cus_{i:04}" for i in range(5)]
    once(listed, expected)
    once(found, expected)
    assert requests_to(server, "/v1/customers") == [
        "limit=2",
        "limit=2&starting_after=cus_0001",
        "limit=2&starting_after=cus_0003",
    ]


def test_kubernetes_pods_across_pages(packages: dict[str, Any], server: str) -> None:
    k8s = packages["kubernetes"]
    with k8s.Client(base_url=server) as client:
        names = [
            p.metadata.name
            for p in client.core_v1.list_namespaced_pod("default", limit=2)
        ]
    once(names, [f"pod-{i}" for i in range(5)])
    assert len(requests_to(server, "/api/v1/namespaces/default/pods")) == 3


def test_vercel_team_members_across_pages(
    packages: dict[str, Any], server: str
) -> None:
    vercel = packages["vercel"]
    with vercel.Client(base_url=server) as client:
        uids = [m.uid for m in client.teams.get_members("team_1", limit=2)]
    once(uids, [f"u{i}" for i in range(5)])
    assert requests_to(server, "/v2/teams/team_1/members")[1:] == [
        "limit=2&until=1540095774000",
        "limit=2&until=1540095772000",
    ]
