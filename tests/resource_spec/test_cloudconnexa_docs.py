"""Every code block of the "Common tasks" in docs/cloudconnexa.md runs, in order,
against the loopback CloudConnexa fake (so the documentation only shows what works)."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "cloudconnexa.md"


def task_blocks() -> list[str]:
    text = (
        DOC.read_text(encoding="utf-8")
        .split("## Common tasks", 1)[1]
        .split("## Known differences", 1)[0]
    )
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_there_are_ten_tasks_and_an_error_section() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert [int(n) for n in re.findall(r"^### (\d+)\. ", text, flags=re.M)] == list(
        range(1, 11)
    )
    assert len(task_blocks()) == 14


def test_setup_block_builds_the_documented_base_url(cloudconnexa: ModuleType) -> None:
    setup = DOC.read_text(encoding="utf-8").split("## Setup", 1)[1]
    code = re.findall(r"```python\n(.*?)```", setup, flags=re.S)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    client = namespace["client"]
    try:
        assert str(client.base_url) == "https://acme.api.openvpn.com/api/v1"
    finally:
        client.close()


def test_common_tasks_run_against_the_fake(
    cloudconnexa: ModuleType, fake_server: str, capsys: Any
) -> None:
    with cloudconnexa.Client(
        base_url=fake_server + "/api/v1",
        client_id="cc-client",
        client_secret="cc-secret",
        env_file=None,
    ) as client:
        namespace: dict[str, Any] = {"client": client}
        for block in task_blocks():
            exec(compile(block, str(DOC), "exec"), namespace)
    assert namespace["usernames"] == [f"user{i}" for i in range(7)]
    assert namespace["network"].name == "office"
    assert namespace["connector"].name in ("branch-gw", "hq", "other")
    assert namespace["ovpn"].startswith("client\n")
    assert namespace["route"].subnet == "192.168.50.0/24"
    assert namespace["user"].username == "jdoe"
    assert namespace["profile"].startswith("client\n")
    assert namespace["region_ids"] == ["us-east-1"]
    assert namespace["two_factor"] is False
    assert namespace["suffix"] == "corp.example"
    sent = httpx.get(fake_server + "/_seen").json()["default_suffix_content_type"]
    assert sent.startswith("text/plain")
    printed = capsys.readouterr().out
    assert "net0" in printed and "Not Found" in printed
    assert "0 1 15" in printed  # the rate-limit headers of the final 429
