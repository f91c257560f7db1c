"""Generate a client from an inline spec dict into a temporary directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.pipeline import GenerationResult, generate_from_loaded
from clientsmith.generator.writer import write_files


def generate(
    document: dict[str, Any], out: Path, *, package: str = "api", **config: Any
) -> tuple[GenerationResult, Diagnostics]:
    """``config``: any other ``GeneratorConfig`` fields, each of its own type."""
    diagnostics = Diagnostics()
    result = generate_from_loaded(
        LoadedSpec.from_document(document),
        GeneratorConfig(package_name=package, **config),
        diagnostics,
    )
    write_files(out, result.files)
    return result, diagnostics


def run_python(code: str, cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def mypy_strict(package_dir: Path, package: str) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            package,
        ],
        cwd=package_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def op(operation_id: str | None = None, **extra: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        }
    }
    if operation_id:
        result["operationId"] = operation_id
    result.update(extra)
    return result


def spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **top: Any
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "servers": [{"url": "https://api.example.com"}],
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(top)
    return doc
