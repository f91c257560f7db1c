"""The generated CloudConnexa client against Stoplight Prism mocking the OpenAPI
document exported from ``specs/cloudconnexa.yaml``.

Prism validates every request against the document (parameters, formats,
bodies, security) and answers with examples generated from the response schemas,
so these tests check that the client, the exported document and the resource
spec agree. Token flow, multi-page iteration and 429 are in the fake-server tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import clientsmith
from clientsmith.auth import BearerAuth

NETWORK_ID = "6c8b7c10-2a0c-4d8b-9a57-0d1f6a0f7a11"
CONNECTOR_ID = "8f0e2a3c-5b1d-4e6f-9a7b-1c2d3e4f5a6b"
USER_ID = "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"


def lister(resource: Any) -> Callable[..., Any]:
    """The resource's ``list`` method (``list_`` while the generator renames it)."""
    method = getattr(resource, "list", None)
    found: Callable[..., Any] = method if callable(method) else resource.list_
    return found


@pytest.fixture()
def client(cloudconnexa: ModuleType, prism_server: str) -> Iterator[Any]:
    with cloudconnexa.Client(
        base_url=prism_server, auth={"oauth": BearerAuth("test-token")}, env_file=None
    ) as c:
        yield c


def test_list_networks(client: Any, cloudconnexa: ModuleType) -> None:
    networks = list(lister(client.networks)(size=10))
    assert networks and all(
        isinstance(n, cloudconnexa.models.Network) for n in networks
    )
    assert isinstance(networks[0].connectors[0], cloudconnexa.models.NetworkConnector)


def test_create_network_body_passes_prism_validation(
    client: Any, cloudconnexa: ModuleType
) -> None:
    models = cloudconnexa.models
    network = client.networks.create(
        body=models.NetworkCreateRequest(
            name="office",
            internet_access=models.InternetAccess.SPLIT_TUNNEL_ON,
            egress=False,
            routes=[models.RouteRequest(value="10.1.0.0/16")],
            connectors=[
                models.NetworkConnectorRequest(name="hq", vpn_region_id="us-east-1")
            ],
        )
    )
    assert isinstance(network, models.Network)


def test_connector_crud_with_parent_query_param(
    client: Any, cloudconnexa: ModuleType
) -> None:
    models = cloudconnexa.models
    connectors = client.networks.connectors
    created = connectors.create(
        network_id=NETWORK_ID,
        body=models.NetworkConnector(name="hq", vpn_region_id="us-east-1"),
    )
    assert isinstance(created, models.NetworkConnector)
    assert isinstance(connectors.get(CONNECTOR_ID), models.NetworkConnector)
    assert connectors.delete(CONNECTOR_ID, network_id=NETWORK_ID) is None
    assert list(lister(connectors)(network_id=NETWORK_ID))
    assert isinstance(connectors.profile(CONNECTOR_ID), str)
    assert connectors.activate(CONNECTOR_ID) is None


def test_route_create_answers_201(client: Any, cloudconnexa: ModuleType) -> None:
    route = client.networks.routes.create(
        network_id=NETWORK_ID,
        body=cloudconnexa.models.RouteRequest(value="10.2.0.0/24"),
    )
    assert isinstance(route, cloudconnexa.models.Route)


def test_devices_need_the_user(client: Any, cloudconnexa: ModuleType) -> None:
    device = client.devices.get(CONNECTOR_ID, user_id=USER_ID)
    assert isinstance(device, cloudconnexa.models.Device)
    profile = client.devices.profile(
        CONNECTOR_ID, user_id=USER_ID, region_id="us-east-1"
    )
    assert isinstance(profile, str)


def test_sessions_and_regions(client: Any, cloudconnexa: ModuleType) -> None:
    # Prism answers every page with the same static example, cursor included:
    # page 2 repeats its own cursor, which ends the walk with a PaginationError
    # once its items are delivered. Two items need exactly those two pages.
    sessions = list(
        lister(client.sessions)(
            size=10, status=cloudconnexa.models.SessionStatus.ACTIVE, max_items=2
        )
    )
    assert len(sessions) == 2
    assert all(isinstance(s, cloudconnexa.models.Session) for s in sessions)
    regions = lister(client.regions)()
    assert isinstance(regions, list) and isinstance(
        regions[0], cloudconnexa.models.VpnRegion
    )


def test_prism_rejects_a_bad_id_with_the_error_model(
    client: Any, cloudconnexa: ModuleType
) -> None:
    # Prism validates the uuid format of {id} and answers 422 with the 4XX schema.
    with pytest.raises(clientsmith.UnprocessableEntityError) as info:
        client.users.get("not-a-uuid")
    assert isinstance(info.value.body, cloudconnexa.models.ErrorResponse)


def test_no_credentials_is_401(cloudconnexa: ModuleType, prism_server: str) -> None:
    with cloudconnexa.Client(base_url=prism_server, auth={}, env_file=None) as c:
        with pytest.raises(clientsmith.AuthenticationError) as info:
            c.user_groups.get(USER_ID)
    assert isinstance(info.value.body, cloudconnexa.models.ErrorResponse)


def test_missing_prism_fails_clearly_unless_skipping_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from local_servers import require_prism

    missing = tmp_path / "node_modules" / ".bin" / "prism"
    monkeypatch.delenv("CLIENTSMITH_ALLOW_SKIP", raising=False)
    with pytest.raises(pytest.fail.Exception, match="npm install"):
        require_prism(missing)
    monkeypatch.setenv("CLIENTSMITH_ALLOW_SKIP", "1")
    with pytest.raises(pytest.skip.Exception, match="npm install"):
        require_prism(missing)


def test_settings_scalar_and_text_bodies(client: Any, cloudconnexa: ModuleType) -> None:
    settings = client.settings
    assert isinstance(settings.auth.set_two_factor_auth(body=True), bool)
    assert isinstance(settings.dns.set_default_suffix(body="corp.example"), str)
    assert isinstance(settings.user.set_device_allowance(body=3), int)
    assert isinstance(settings.get_user_connection_timeout(), int)
    zones = cloudconnexa.models.DnsZones(
        zones=[cloudconnexa.models.DnsZone(name="corp", addresses=["10.0.0.53"])]
    )
    assert isinstance(settings.dns.set_zones(body=zones), cloudconnexa.models.DnsZones)
    assert isinstance(settings.wpc.set_client_options(body=["verb 3"]), list)
