"""Item 3: small inputs that used to hang or exhaust memory now fail fast."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from security_helpers import small_spec, write_spec

from clientsmith.generator.config import load_config
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.load import (
    SpecParseError,
    fetch_url,
    load_spec,
    parse_document,
    read_regular_file,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")


def _ref_spec(target: str) -> dict[str, object]:
    document = small_spec()
    document["components"] = {"schemas": {"Big": {"$ref": target}}}
    return document


def test_ref_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _ref_spec("/dev/zero#/x"))
    for allow in (False, True):
        diagnostics = Diagnostics()
        started = time.monotonic()
        load_spec(spec, diagnostics, allow_outside_refs=allow)
        assert time.monotonic() - started < 5
        (problem,) = [d for d in diagnostics if d.code == "unresolved-ref"]
        reason = "not a regular file" if allow else "outside the spec's directory"
        assert reason in problem.message


@needs_fifo
def test_ref_to_a_fifo_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    spec = write_spec(tmp_path, _ref_spec("pipe.json#/x"))
    diagnostics = Diagnostics()
    started = time.monotonic()
    load_spec(spec, diagnostics)
    assert time.monotonic() - started < 5
    assert any("not a regular file" in d.message for d in diagnostics)


@needs_fifo
def test_config_and_overlay_fifos_do_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "config.yaml")
    with pytest.raises(GeneratorError, match="cannot read config"):
        load_config(tmp_path / "config.yaml")
    os.mkfifo(tmp_path / "overlay.yaml")
    (tmp_path / "real.yaml").write_text("overlays: [overlay.yaml]\n")
    with pytest.raises(GeneratorError) as info:
        load_config(tmp_path / "real.yaml")
    assert "not a regular file" in info.value.diagnostics[0].message


def test_config_dev_zero_on_the_command_line_fails_fast(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, small_spec())
    proc = subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", "generate", str(spec)]
        + ["--config", "/dev/zero", "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "not a regular file" in proc.stderr


def test_files_over_the_size_cap_are_refused(tmp_path: Path) -> None:
    (tmp_path / "big.json").write_bytes(b" " * 1001)
    with pytest.raises(OSError, match="larger than 1000 bytes"):
        read_regular_file(tmp_path / "big.json", limit=1000)
    assert read_regular_file(tmp_path / "big.json", limit=1001) == b" " * 1001


@pytest.mark.parametrize("blank", [b" ", b"\n", b"\t", b"\r\n"])
def test_leading_whitespace_is_scanned_in_linear_time(blank: bytes) -> None:
    # The old regex took about 2 s for 16 KB and 30 s for 64 KB of blanks.
    started = time.monotonic()
    assert parse_document(blank * 65536 + b'{"a": 1}') == {"a": 1}
    with pytest.raises(SpecParseError):
        parse_document(blank * 65536 + b"\x01")
    assert time.monotonic() - started < 2


def _laughs(levels: int) -> bytes:
    lines = ["openapi: 3.0.3", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return ("\n".join(lines) + "\n").encode()


def test_billion_laughs_is_refused_before_any_walk() -> None:
    started = time.monotonic()
    with pytest.raises(SpecParseError, match="aliases expand"):
        parse_document(_laughs(9))  # 10^9 nodes from 400 bytes
    assert time.monotonic() - started < 2


def test_modest_alias_reuse_is_fine() -> None:
    document = parse_document(_laughs(3))
    assert len(document["a2"]) == 10


def test_billion_laughs_in_schemas_through_the_cli(tmp_path: Path) -> None:
    text = (
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n"
        "    S0: &s0 {type: object, properties: {a: {type: string}, b: {type: string}}}\n"
        + "".join(
            f"    S{i}: &s{i} {{type: object, properties: {{"
            + ", ".join(f"p{j}: *s{i - 1}" for j in range(8))
            + "}}\n"
            for i in range(1, 9)
        )
    )
    spec = tmp_path / "laughs.yaml"
    spec.write_text(text)
    proc = subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", "generate", str(spec)]
        + ["-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout
    assert "aliases expand" in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.fixture
def dribbling_server() -> Iterator[str]:
    """An HTTP server that sends its response one byte every 0.1 s, forever."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                head = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"
                try:
                    conn.sendall(head)
                    while not stop.is_set():
                        conn.sendall(b" ")
                        time.sleep(0.1)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/spec.json"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_slow_server_cannot_defeat_the_fetch_deadline(dribbling_server: str) -> None:
    started = time.monotonic()
    with pytest.raises(OSError, match="no complete response within 1 s"):
        fetch_url(dribbling_server, timeout=1.0)
    assert time.monotonic() - started < 3
