"""Environment names of a spec's servers (``naming.environment_names``)."""

from __future__ import annotations

from pathlib import Path

from gen_helpers import generate

from clientsmith.generator.naming import environment_name, environment_names


def test_extension_then_description_then_host_then_position() -> None:
    url = "https://{region}.example.com"
    assert environment_name("Sandbox EU", "Production", url, 0) == "sandbox_eu"
    assert environment_name(None, "Production server", url, 0) == "production"
    assert environment_name(None, "The sandbox environment", url, 1) == "sandbox"
    assert environment_name(None, "EU data center, shard 2", url, 0) == "eu_data_center"
    assert (
        environment_name(None, None, "https://staging.example.com/v1", 1) == "staging"
    )
    # A generic or templated host label names nothing.
    assert environment_name(None, None, "https://api.example.com", 0) == "default"
    assert environment_name(None, None, "https://v2.example.com", 0) == "default"
    assert environment_name(None, "Server", url, 1) == "server_2"
    assert environment_name(None, None, "/v1", 2) == "server_3"


def test_names_are_words_never_code() -> None:
    assert environment_name('x"); import os; ("', None, "", 0) == "x_import_os"


def test_repeated_names_are_numbered() -> None:
    servers = [
        (None, "Production", "https://a.example.com"),
        (None, "Production", "https://b.example.com"),
        ("production", None, "https://c.example.com"),
    ]
    assert environment_names(servers) == ("production", "production_2", "production_3")


def test_generated_clients_offer_every_server(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "servers": [
            {"url": "https://api.example.com", "description": "Live"},
            {"url": "https://sandbox.example.com"},
        ],
        "paths": {},
    }
    result, _ = generate(document, tmp_path)
    client = result.files["api/_client.py"]
    assert 'Environment = Literal["live", "sandbox"]' in client
    assert "environment: Environment | None = None" in client
    assert '"sandbox": Server(' in client
    readme = result.files["README.md"]
    assert "| `sandbox` | `https://sandbox.example.com` |" in readme
