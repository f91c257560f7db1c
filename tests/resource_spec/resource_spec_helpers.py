"""Helpers shared by the resource-spec tests (a module with a unique name, so
test files can import it whatever else is on ``sys.path``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def require_prism(prism: Path) -> None:
    """Fail (or skip, with CLIENTSMITH_ALLOW_SKIP=1) when Prism is not installed."""
    if prism.exists():
        return
    message = (
        f"Stoplight Prism is not installed ({prism} is missing): run `npm install` in {ROOT}"
        " (set CLIENTSMITH_ALLOW_SKIP=1 to skip these tests instead)"
    )
    if os.environ.get("CLIENTSMITH_ALLOW_SKIP") == "1":
        pytest.skip(message)
    pytest.fail(message)
