"""Tolerant responses and media types through a generated client, against a real server.

``media_spec.yaml`` is generated into a temporary package and called against
``media_app.py`` (FastAPI under uvicorn on 127.0.0.1, stopped by PID).
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import clientsmith
from clientsmith import _response
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import load_spec
from clientsmith.generator.pipeline import generate_from_loaded
from clientsmith.generator.writer import write_files

HERE = Path(__file__).resolve().parent
PACKAGE = "media_e2e"


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The generated package for media_spec.yaml, importable for this module."""
    out = tmp_path_factory.mktemp("media")
    diagnostics = Diagnostics()
    result = generate_from_loaded(
        load_spec(str(HERE / "media_spec.yaml"), diagnostics),
        GeneratorConfig(package_name=PACKAGE),
        diagnostics,
    )
    write_files(out, result.files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    _response._WARNED.clear()
    yield
    _response._WARNED.clear()


@pytest.fixture()
def client(media: Any, media_server: str) -> Iterator[Any]:
    with media.Client(base_url=media_server, env_file=None) as c:
        yield c


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "clientsmith" and r.levelno == logging.WARNING
    ]


def test_conforming_response_is_typed_without_warning(
    client: Any, media: Any, caplog: pytest.LogCaptureFixture
) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    Item, Part = models.Item, models.Part

    item = client.items.get(1)
    assert isinstance(item, Item) and item.count == 3
    assert all(isinstance(p, Part) for p in item.parts)
    assert _warnings(caplog) == []


def test_off_spec_fields_are_tolerated_with_one_warning_each(
    client: Any, media: Any, caplog: pytest.LogCaptureFixture
) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    Item, Part = models.Item, models.Part

    item = client.items.get(2)
    again = client.items.get(2)
    assert isinstance(item, Item) and item.count == "many"  # kept as received
    assert item.created == datetime.datetime(
        2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc
    )  # conforming fields stay typed
    assert all(isinstance(p, Part) for p in item.parts)
    assert item.parts[0].weight == 1.5 and item.parts[1].weight == "heavy"
    assert item.model_extra == {"since_v2": True}
    assert again.count == "many"
    messages = _warnings(caplog)
    assert len(messages) == 2  # one per model and field, not per call
    assert "GET /items/{id} (getItem)" in messages[0]
    assert "$.count" in messages[0] and "expected int" in messages[0]
    assert "$.parts[1].weight" in messages[1] and "expected float" in messages[1]


def test_strict_validation_raises(media: Any, media_server: str) -> None:
    with media.Client(
        base_url=media_server, env_file=None, strict_validation=True
    ) as strict:
        with pytest.raises(clientsmith.APIResponseValidationError) as info:
            strict.items.get(2)
        assert "Item" in str(info.value) and "count" in str(info.value)
        body = info.value.body
        assert isinstance(body, dict) and body["count"] == "many"
    with media.Client(base_url=media_server, env_file=None) as lenient:
        with pytest.raises(clientsmith.APIResponseValidationError):
            lenient.with_options(strict_validation=True).items.get(2)
        assert lenient.items.get(2).count == "many"


def test_json_or_pdf_follows_the_content_type(client: Any, media: Any) -> None:
    Invoice = importlib.import_module(f"{PACKAGE}.models").Invoice

    invoice = client.invoices.get("inv-1")
    assert isinstance(invoice, Invoice) and invoice.total == 12.5
    # the client asks for JSON first; YAML, the same data re-encoded, is not asked for
    asked = httpx.get(str(client.base_url) + "/_seen").json()[-1]["accept"]
    assert asked == "application/json, application/pdf;q=0.5, */*;q=0.1"
    pdf = client.invoices.get("inv-1", extra_headers={"Accept": "application/pdf"})
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-1.4")
    method = type(client.invoices).get
    assert method.__annotations__["return"] == "Invoice | bytes"


def test_text_plain_and_wildcard_string_endpoints_are_never_json_decoded(
    client: Any,
) -> None:
    log = client.pods.read_log("web-1")
    assert log == "web-1 started\n42\n{not json}\n"
    assert client.pods.connect_proxy("web-1") == "true"  # not True
    assert type(client.pods).read_log.__annotations__["return"] == "str"
    assert type(client.pods).connect_proxy.__annotations__["return"] == "str"


def test_empty_bodies_are_none(client: Any) -> None:
    assert client.items.archive(1) is None  # 204
    assert client.items.archive(2) is None  # 200, empty body


def test_async_client_reads_media_and_tolerates_alike(
    media: Any, media_server: str
) -> None:
    async def run() -> tuple[Any, Any, Any]:
        async with media.AsyncClient(base_url=media_server, env_file=None) as c:
            item = await c.items.get(2)
            pdf = await c.invoices.get("x", extra_headers={"Accept": "application/pdf"})
            log = await c.pods.read_log("a")
            return item, pdf, log

    item, pdf, log = asyncio.run(run())
    assert item.count == "many" and item.parts[0].weight == 1.5
    assert pdf.startswith(b"%PDF") and log.startswith("a started")
