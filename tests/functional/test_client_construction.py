"""Constructing generated clients: base URLs, server variables, credentials."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import clientsmith

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cloudconnexa_path() -> Iterator[None]:
    path = str(ROOT / "generated" / "cloudconnexa")
    sys.path.insert(0, path)
    try:
        yield
    finally:
        sys.path.remove(path)


def test_server_variable_without_a_value_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import cloudconnexa

    monkeypatch.delenv("CLOUDCONNEXA_BASE_URL", raising=False)
    with pytest.raises(
        clientsmith.ClientsmithError, match="server_variables=.'cloud_id'"
    ):
        cloudconnexa.Client(client_id="id", client_secret="secret", env_file=None)
    with cloudconnexa.Client(
        server_variables={"cloud_id": "acme"},
        client_id="id",
        client_secret="s",
        env_file=None,
    ) as client:
        assert client.base_url.host == "acme.api.openvpn.com"


def test_method_names_read_naturally() -> None:
    import cloudconnexa

    with cloudconnexa.Client(
        base_url="https://acme.api.openvpn.com/api/v1", env_file=None
    ) as c:
        assert callable(c.networks.list)
        assert callable(c.networks.connectors.list)
        # a method named `list` shadows the builtin in its class: annotations
        # there say builtins.list (mypy --strict over generated/ checks the rest)
        regions = (
            ROOT / "generated/cloudconnexa/cloudconnexa/resources/regions.py"
        ).read_text()
        assert "def list(" in regions
        assert "-> builtins.list[" in regions
