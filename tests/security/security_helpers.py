"""Shared helpers of the security tests: small specs and in-process CLI runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from clientsmith.generator.cli import main


def small_spec(
    *, title: str = "Zoo", tags: tuple[str, ...] = ("pets",), **info: Any
) -> dict[str, Any]:
    """A valid OpenAPI 3.0 document with one operation per tag."""
    paths = {
        f"/p{i}": {
            "get": {
                "operationId": f"get{i}",
                "tags": [tag],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        }
        for i, tag in enumerate(tags)
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1.0.0", **info},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
    }


def write_spec(directory: Path, document: dict[str, Any] | str) -> Path:
    """``directory/spec.json`` holding ``document`` (or the text given)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "spec.json"
    path.write_text(
        document if isinstance(document, str) else json.dumps(document),
        encoding="utf-8",
    )
    return path


def run_cli(*args: str | Path) -> Result:
    """``clientsmith ...`` in this process; the result keeps stdout and stderr apart."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def tree(root: Path) -> set[str]:
    """Every path below ``root`` (relative, POSIX), to compare before and after."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}
