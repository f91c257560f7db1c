"""Minimal specs for the failure classes found by ``benchmarks/corpus.py``.

Each ``specs/<class>.yaml`` reduces one class of real-world failure (crash,
package that does not import, ``mypy --strict`` errors) to a few lines; its
header comment names the class, the corpus specs that hit it and the error.
Every spec must generate, and the package must import (client, every model,
every resource module); specs whose name starts with ``mypy-`` must also pass
``mypy --strict``. A header line ``# expect: no-warnings`` also requires no
warning or error diagnostics, ``# expect: operations-equal`` requires
operations emitted == operations in spec. Classes not fixed yet are listed in ``XFAIL`` with the
error: the test is ``xfail(strict=True)``, so fixing the generator turns it
into an XPASS failure -- then delete the entry.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import write_files

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPECS = sorted((HERE / "specs").glob("*.yaml"))

# spec stem -> why it still fails (the error seen); remove when fixed
XFAIL: dict[str, str] = {}

IMPORT_CHECK = """
import importlib, pkgutil, sys
name = sys.argv[1]
pkg = importlib.import_module(name)
pkg.Client(base_url="https://x.invalid")
pkg.AsyncClient(base_url="https://x.invalid")
m = importlib.import_module(name + ".models")
[getattr(m, n) for n in m.__all__]
try:
    s = importlib.import_module(name + ".resources")
except ModuleNotFoundError as e:
    if e.name != name + ".resources":
        raise
else:
    for info in pkgutil.walk_packages(s.__path__, s.__name__ + "."):
        importlib.import_module(info.name)
"""


def _env(out: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(out), str(ROOT)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _params() -> list[object]:
    params: list[object] = []
    for spec in SPECS:
        marks = []
        if spec.stem in XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[spec.stem]))
        params.append(pytest.param(spec, id=spec.stem, marks=marks))
    return params


def test_every_xfail_has_a_spec() -> None:
    assert set(XFAIL) <= {s.stem for s in SPECS}


@pytest.mark.parametrize("spec", _params())
def test_generates_and_imports(spec: Path, tmp_path: Path) -> None:
    package = "reg_" + spec.stem.replace("-", "_")
    result = generate_files(spec, GeneratorConfig(package_name=package), Diagnostics())
    expect = {
        line.split(":", 1)[1].strip()
        for line in spec.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect:")
    }
    if "no-warnings" in expect:
        assert [
            d.format() for d in result.diagnostics if d.severity.value != "info"
        ] == []
    if "operations-equal" in expect:
        assert result.operations_emitted == result.operations_in_spec
    out = tmp_path / "out"
    write_files(out, result.files)
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, package],
        env=_env(out),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    if spec.stem.startswith("mypy-"):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-incremental",
                "--cache-dir",
                os.devnull,
                package,
            ],  # fmt: skip
            env={**_env(out), "MYPYPATH": str(ROOT)},
            cwd=out,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stdout[-3000:]
