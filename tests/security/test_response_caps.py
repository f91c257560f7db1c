"""A hostile server cannot make the client hold unbounded memory.

Each test starts a real HTTP server on 127.0.0.1 (``hostile_server.py``) and
runs the client in a subprocess (``caps_client.py``) that reports how the call
ended and how much its peak resident memory grew. Before the caps, the gzip
bomb alone grew the client by 3 GB; the subprocess's address space is capped
at 2 GiB so a regression fails here rather than exhausting the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_server import SECRET_IN_BODY, hostile_server

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("caps_client.py")

# What the client may grow by while refusing: the caps in force plus working
# room. The bomb is refused after about 8 MiB decoded (ratio_check_after).
BOUNDED_MIB = 64


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with hostile_server() as url:
        yield url


def run_client(
    server: str, scenario: str, mode: str = "sync", limits: dict[str, Any] | None = None
) -> dict[str, Any]:
    args = [sys.executable, str(CLIENT), server, scenario, mode]
    if limits is not None:
        args.append(json.dumps(limits))
    proc = subprocess.run(
        args,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def assert_refused(result: dict[str, Any], limit_name: str) -> None:
    assert result.get("error") == "ResponseTooLargeError", result
    assert result["limit_name"] == limit_name
    message = result["message"]
    assert limit_name in message and "response_limits=ResponseLimits(" in message
    assert SECRET_IN_BODY not in message  # never the body


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_gzip_bomb_is_refused(server: str, mode: str) -> None:
    result = run_client(server, "bomb", mode)
    assert_refused(result, "max_decompression_ratio")
    assert "100:1" in result["message"]
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


def test_deflate_bomb_is_refused(server: str) -> None:
    result = run_client(server, "bomb-deflate")
    assert_refused(result, "max_decompression_ratio")
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_gzip_bomb_download_is_refused(server: str, mode: str) -> None:
    """A streamed download has no size cap, but still the ratio cap."""
    result = run_client(server, "bomb-download", mode)
    assert_refused(result, "max_decompression_ratio")
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


def test_gzip_bomb_passes_when_the_caller_lifts_the_ratio_cap(server: str) -> None:
    """The caps are the caller's to change: without the ratio cap the size cap acts."""
    result = run_client(
        server,
        "bomb",
        limits={"max_decompression_ratio": None, "max_body_size": 32 << 20},
    )
    assert_refused(result, "max_body_size")
    assert "32 MiB" in result["message"]
    assert result["peak_growth_mib"] < BOUNDED_MIB + 32, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_endless_body_is_capped(server: str, mode: str) -> None:
    result = run_client(server, "endless", mode, {"max_body_size": 16 << 20})
    assert_refused(result, "max_body_size")
    assert "16 MiB" in result["message"]
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


def test_endless_body_is_capped_at_the_default(server: str) -> None:
    result = run_client(server, "endless")
    assert_refused(result, "max_body_size")
    assert "100 MiB" in result["message"]
    # the chunks of up to 100 MiB, and nothing like the stream's endless length
    assert result["peak_growth_mib"] < 100 + BOUNDED_MIB, result


def test_declared_huge_body_is_refused_before_reading(server: str) -> None:
    result = run_client(server, "declared-huge")
    assert_refused(result, "max_body_size")
    assert "from Content-Length" in result["message"]
    assert result["peak_growth_mib"] < 16, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_sse_line_without_newline_is_capped(server: str, mode: str) -> None:
    result = run_client(server, "sse-endless", mode)
    assert_refused(result, "max_line_size")
    assert "16777216 characters" in result["message"]
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_ndjson_giant_line_is_capped(server: str, mode: str) -> None:
    result = run_client(server, "ndjson-giant", mode, {"max_line_size": 1 << 20})
    assert_refused(result, "max_line_size")
    assert "1048576 characters" in result["message"]
    assert result["peak_growth_mib"] < BOUNDED_MIB, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_legitimate_gzip_json_and_events_still_work(server: str, mode: str) -> None:
    result = run_client(server, "gzip-json", mode)
    assert "error" not in result, result
    assert result["result"]["items"] == 20000
    assert result["result"]["first"] == {"id": 0, "name": "item 0", "tags": ["a", "b"]}
    events = run_client(server, "sse", mode)
    assert events.get("result") == ["one", "two"], events
