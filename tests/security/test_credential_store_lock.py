"""Hardening: two processes writing one encrypted credential store lose nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("cryptography")
pytest.importorskip("fcntl")

from clientsmith.session.encrypted_file import (  # noqa: E402
    EncryptedFileStore,
    generate_key,
)

WRITER = """
import sys
from clientsmith.session.encrypted_file import EncryptedFileStore
store = EncryptedFileStore(sys.argv[1], key=sys.argv[2])
for i in range(int(sys.argv[4])):
    store.save(f"{sys.argv[3]}-{i}", {"token": f"t{i}"})
"""


def test_concurrent_writers_lose_no_update(tmp_path: Path) -> None:
    key = generate_key()
    path = tmp_path / "credentials.bin"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), key, name, "40"],
            stderr=subprocess.PIPE,
        )
        for name in ("a", "b", "c")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    store = EncryptedFileStore(path, key=key)
    missing = [
        f"{name}-{i}"
        for name in ("a", "b", "c")
        for i in range(40)
        if store.load(f"{name}-{i}") is None
    ]
    assert missing == []
    assert [p.name for p in tmp_path.iterdir()] == ["credentials.bin"]
