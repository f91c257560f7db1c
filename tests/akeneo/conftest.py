"""Fixtures: the committed Akeneo client, a FastAPI fake and Stoplight Prism.

Both servers run as subprocesses on 127.0.0.1 (free ports) and are stopped by PID.
Prism mocks the *cleaned* document (the spec with ``specs/akeneo/clientsmith.yaml``
applied), written to a temporary file: it cannot load the raw spec's bogus media
types.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from akeneo_support import control
from local_servers import require_prism, start_prism, start_uvicorn, stop

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = ROOT / "specs" / "akeneo" / "akeneo.json"
CONFIG = ROOT / "specs" / "akeneo" / "clientsmith.yaml"

GENERATED = str(ROOT / "generated" / "akeneo")
if GENERATED not in sys.path:
    sys.path.insert(0, GENERATED)


@pytest.fixture(scope="session")
def fake_url() -> Iterator[str]:
    proc, url = start_uvicorn("fake_akeneo:app", HERE, what="the Akeneo fake (uvicorn)")
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture()
def fake(fake_url: str) -> str:
    """The fake's URL, with its state reset."""
    control(fake_url, "reset")
    return fake_url


def cleaned_document() -> dict[str, object]:
    """The spec as the generator sees it: ``clientsmith.yaml`` applied."""
    from clientsmith.generator.config import load_config
    from clientsmith.generator.diagnostics import Diagnostics
    from clientsmith.generator.overlay import apply_config

    document = json.loads(SPEC.read_text(encoding="utf-8"))
    return apply_config(document, load_config(CONFIG), Diagnostics())


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_prism()
    directory = tmp_path_factory.mktemp("prism")
    spec = directory / "akeneo-cleaned.json"
    spec.write_text(json.dumps(cleaned_document()), encoding="utf-8")
    proc, url = start_prism(
        spec, directory / "prism.log", probe="/api/rest/v1/system-information"
    )
    try:
        yield url
    finally:
        stop(proc)
