"""Golden files: ``generated/`` must be exactly what the specs in ``specs/`` produce.

Regenerate with ``python scripts/regenerate.py`` after an intended change.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientsmith.generator.config import GeneratorConfig, load_config
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.pipeline import generate_files
from clientsmith.generator.writer import BASE_ARCHIVE, MANIFEST, check_files

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from regenerate import example_specs  # noqa: E402

SPECS = example_specs()
IDS = [s.stem for s in SPECS]


def test_there_are_golden_specs_for_each_input_kind() -> None:
    versions: set[str] = set()
    for spec in SPECS:
        head = spec.read_text(encoding="utf-8")[:200]
        versions.update(
            v for v in ('swagger: "2.0"', "openapi: 3.0", "openapi: 3.1") if v in head
        )
    assert versions == {'swagger: "2.0"', "openapi: 3.0", "openapi: 3.1"}


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_generated_tree_matches_spec(spec: Path) -> None:
    config_file = spec.parent / "clientsmith.yaml"  # specs/<name>/ directories
    config = load_config(config_file) if config_file.is_file() else GeneratorConfig()
    # scripts/regenerate.py generates the committed clients with --tests.
    config = dataclasses.replace(config, tests=True)
    result = generate_files(spec, config, Diagnostics())
    target = ROOT / "generated" / spec.stem
    drift = check_files(target, result.files)
    assert drift == [], (
        f"generated/{spec.stem} drifted; run python scripts/regenerate.py"
    )
    on_disk = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*")
        if p.is_file()
        and p.name != MANIFEST
        # The base store: what was generated last, for merging hand edits.
        and p.relative_to(target).as_posix() != BASE_ARCHIVE
        and "__pycache__" not in p.parts
        and ".mypy_cache" not in p.parts
        # ruff run on a generated project caches inside it (its own pyproject.toml).
        and ".ruff_cache" not in p.parts
    }
    assert on_disk == set(result.files)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_output_is_identical_across_hash_seeds(spec: Path, tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith.generator",
                "generate",
                str(spec),
                "-o",
                str(out),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in out.rglob("*")
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 5


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_generated_package_passes_mypy_strict(spec: Path) -> None:
    # The package and its generated test suite: the tests call every method
    # through its raw and streaming views, which is where the runtime's
    # wrapper overloads are type-checked as users meet them.
    target = ROOT / "generated" / spec.stem
    packages = [p.name for p in target.iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) == 1
    checked = [packages[0], *(["tests"] if (target / "tests").is_dir() else [])]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            *checked,
        ],
        cwd=target,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_generated_code_is_black_stable(spec: Path) -> None:
    """ruff formats the output; black, the reference, must not change it."""
    target = ROOT / "generated" / spec.stem
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--quiet",
            "--target-version",
            "py310",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_generated_package_imports_and_builds_clients(spec: Path) -> None:
    target = ROOT / "generated" / spec.stem
    package = next(p.name for p in target.iterdir() if (p / "__init__.py").is_file())
    code = (
        f"import {package}, importlib\n"
        f"from {package} import models\n"
        f"c = {package}.Client(base_url='https://example.invalid')\n"
        f"a = {package}.AsyncClient(base_url='https://example.invalid')\n"
        "names = [n for n in dir(type(c)) if not n.startswith('_')]\n"
        "for name in models.__all__: getattr(models, name)\n"
        "print(len(models.__all__))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=target,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 0
