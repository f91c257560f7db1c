"""The generated ``akeneo`` command line against the Akeneo fake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fake_akeneo import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME

ROOT = Path(__file__).resolve().parents[2]


def akeneo(fake: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "generated" / "akeneo"), str(ROOT)]),
        "AKENEO_BASE_URL": fake,
        "AKENEO_CLIENT_ID": CLIENT_ID,
        "AKENEO_CLIENT_SECRET": CLIENT_SECRET,
        "AKENEO_USERNAME": USERNAME,
        "AKENEO_PASSWORD": PASSWORD,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "akeneo.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        cwd=ROOT,
    )


def test_console_script_is_named_akeneo() -> None:
    pyproject = (ROOT / "generated" / "akeneo" / "pyproject.toml").read_text()
    assert '"akeneo" = "akeneo.cli:main"' in pyproject


def test_auth_obtains_a_token(fake: str) -> None:
    proc = akeneo(fake, "auth")
    assert proc.returncode == 0, proc.stderr


def test_wrong_password_is_one_line_and_exit_1(fake: str) -> None:
    proc = akeneo(fake, "auth", AKENEO_PASSWORD="wrong")
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_list_streams_json_lines_across_pages(fake: str) -> None:
    proc = akeneo(fake, "products-uuid", "list", "--max-items", "12")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 12
    assert len({line["uuid"] for line in lines}) == 12
