"""generator/imports.py: import blocks in the order ruff's isort rules (I001) want."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from clientsmith.generator.imports import import_block

# Names whose order as text differs from ruff's: digits, capitals, constants,
# lower-case names, aliases, relative levels.
TRICKY = [
    ("typing", "TYPE_CHECKING"),
    ("typing", "Any"),
    ("typing", "cast"),
    ("import", "os"),
    ("import", "builtins"),
    ("collections.abc", "Mapping"),
    ("datetime", "date"),
    ("pydantic", "Field"),
    ("typing_extensions", "deprecated"),
    ("import", "httpx"),
    ("clientsmith", "NOT_GIVEN"),
    ("clientsmith", "AsyncClient"),
    ("clientsmith", "cli_support as _cli"),
    ("clientsmith.models", "BaseModel"),
    ("..models.model10", "Model10"),
    ("..models.model2", "Model2"),
    ("..models.model2", "Model2Item"),
    ("..models.http", "HTTP2"),
    ("..models.http", "Http10Thing"),
    ("..models.http", "HttpThing"),
    ("..models.http", "http_helper"),
    ("..models.abc", "AB"),
    ("..models.abc", "Ab"),
    ("..models.abc", "A"),
    (".child", "ChildResource"),
    (".Child2", "Child2Resource"),
    ("._client", "Client as Client"),
    ("._client", "Akeneo as Client"),
    ("._client", "Akeneo as Akeneo"),
]


def test_a_block_is_sectioned_and_ordered_as_ruff_orders_it() -> None:
    assert import_block(TRICKY) == (
        (
            "import builtins",
            "import os",
            "from collections.abc import Mapping",
            "from datetime import date",
            "from typing import TYPE_CHECKING, Any, cast",
        ),
        (
            "import httpx",
            "from clientsmith import NOT_GIVEN, AsyncClient",
            "from clientsmith import cli_support as _cli",
            "from clientsmith.models import BaseModel",
            "from pydantic import Field",
            "from typing_extensions import deprecated",
        ),
        (
            "from ..models.abc import AB, A, Ab",
            "from ..models.http import HTTP2, Http10Thing, HttpThing, http_helper",
            "from ..models.model2 import Model2, Model2Item",
            "from ..models.model10 import Model10",
            "from ._client import Akeneo as Akeneo",
            "from ._client import Akeneo as Client",
            "from ._client import Client as Client",
            "from .child import ChildResource",
            "from .Child2 import Child2Resource",
        ),
    )


def test_no_names_no_block() -> None:
    assert import_block([]) == ()


def test_ruff_finds_nothing_to_reorder(tmp_path: Path) -> None:
    """The same block, checked by ruff itself (isort rules, no configuration:
    every module here is third party or relative to ruff, as in a client)."""
    block = import_block(TRICKY)
    module = tmp_path / "module.py"
    module.write_text(
        "from __future__ import annotations\n\n"
        + "\n\n".join("\n".join(section) for section in block)
        + "\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"]
        + ["--select", "I", "--target-version", "py310", str(module)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # and ruff does reorder a block that is out of order (the check can fail)
    module.write_text("from typing import Any, TYPE_CHECKING\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"]
        + ["--select", "I", str(module)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "I001" in proc.stdout
