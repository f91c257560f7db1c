"""Fixtures: the CloudConnexa client generated from its resource spec, and real
servers on 127.0.0.1 (a FastAPI fake under uvicorn, Stoplight Prism) started as
subprocesses and stopped by PID."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from local_servers import require_prism, start_prism, start_uvicorn, stop

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.resource_spec import load_resource_spec
from clientsmith.generator.writer import write_files

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = ROOT / "specs" / "cloudconnexa.yaml"


@pytest.fixture(scope="session")
def openapi_document() -> dict[str, Any]:
    return load_resource_spec(SPEC, Diagnostics())


@pytest.fixture(scope="session")
def cloudconnexa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The CloudConnexa package generated fresh from the spec (the normal
    ``load_spec`` path, which compiles resource specs), then imported."""
    diagnostics = Diagnostics()
    result = generate_files(SPEC, GeneratorConfig(), diagnostics, strict=True)
    out = tmp_path_factory.mktemp("cloudconnexa")
    write_files(out, result.files, force=True)
    package = result.package.package
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        for name in [
            m for m in sys.modules if m == package or m.startswith(package + ".")
        ]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def fake_server() -> Iterator[str]:
    proc, url = start_uvicorn(
        "cloudconnexa_fake:app", HERE, what="the CloudConnexa fake", timeout=60
    )
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def prism_server(
    openapi_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Prism mocking the OpenAPI document exported from the resource spec."""
    require_prism()
    spec_file = tmp_path_factory.mktemp("prism") / "cloudconnexa.openapi.json"
    spec_file.write_text(json.dumps(openapi_document), encoding="utf-8")
    # Prism logs every request; a file (not a pipe) can never fill up and block it.
    proc, url = start_prism(
        spec_file, spec_file.parent / "prism.log", probe="/regions", timeout=60
    )
    try:
        yield url
    finally:
        stop(proc)
