"""Items 6 and 9: planted manifests, symlinks, interrupted and concurrent runs."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clientsmith.generator.writer import MANIFEST, check_files, write_files

FILES = {"pkg/__init__.py": "x = 1\n", "pkg/mod.py": "y = 2\n"}


def _plant_manifest(output: Path, entries: dict[str, bytes]) -> None:
    files = {rel: hashlib.sha256(data).hexdigest() for rel, data in entries.items()}
    output.mkdir(parents=True, exist_ok=True)
    (output / MANIFEST).write_text(json.dumps({"files": files}))


def test_planted_manifest_cannot_delete_through_a_symlinked_directory(
    tmp_path: Path,
) -> None:
    victim_dir = tmp_path / "home"
    victim_dir.mkdir()
    victim = victim_dir / "precious.txt"
    victim.write_bytes(b"keep me")
    output = tmp_path / "out"
    output.mkdir()
    (output / "link").symlink_to(victim_dir, target_is_directory=True)
    _plant_manifest(output, {"link/precious.txt": b"keep me", "../x": b""})
    result = write_files(output, FILES)
    assert victim.read_bytes() == b"keep me"
    assert result.removed == []
    assert (output / "link").is_symlink()


def test_planted_manifest_cannot_delete_a_symlinked_file(tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_bytes(b"keep me")
    output = tmp_path / "out"
    output.mkdir()
    (output / "stale.py").symlink_to(victim)
    _plant_manifest(output, {"stale.py": b"keep me"})
    write_files(output, FILES)
    assert victim.read_bytes() == b"keep me"


def test_leftover_temp_files_are_seen_by_check_and_removed_by_write(
    tmp_path: Path,
) -> None:
    output = tmp_path / "out"
    write_files(output, FILES)
    assert check_files(output, FILES) == []
    orphan = output / "pkg" / ".tmp-abc123.py"
    orphan.write_text("half")
    assert check_files(output, FILES) == ["orphan: pkg/.tmp-abc123.py"]
    write_files(output, FILES)
    assert not orphan.exists()
    assert check_files(output, FILES) == []


def test_interrupted_regeneration_is_not_reported_up_to_date(tmp_path: Path) -> None:
    """Files written, manifest not yet: the new module is an orphan --check must see."""
    output = tmp_path / "out"
    write_files(output, FILES)
    (output / "pkg" / "extra.py").write_text(
        "z = 3\n"
    )  # written by the run, then killed
    assert check_files(output, FILES) == ["untracked: pkg/extra.py"]
    newer = {**FILES, "pkg/extra.py": "z = 3\n"}
    assert f"changed: {MANIFEST}" in check_files(output, newer)


def test_concurrent_runs_into_one_directory_are_serialised(tmp_path: Path) -> None:
    output = tmp_path / "out"
    output.mkdir()
    fd = os.open(output, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another run holds the directory
    done = threading.Event()

    def run() -> None:
        write_files(output, FILES)
        done.set()

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.5)
    assert not done.is_set() and not (output / MANIFEST).exists()
    os.close(fd)  # the other run ends
    thread.join(10)
    assert done.is_set() and check_files(output, FILES) == []


SIGTERM_CHILD = """
import os, signal, sys, tempfile
from clientsmith.generator.cli import _cleanup_on_signals
_cleanup_on_signals()
with tempfile.TemporaryDirectory(prefix=".clientsmith-format-", dir=sys.argv[1]) as tmp:
    open(os.path.join(tmp, "a.py"), "w").write("x = 1")
    os.kill(os.getpid(), signal.SIGTERM)
    signal.pause()
"""


def test_sigterm_during_formatting_removes_the_scratch_tree(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SIGTERM_CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 128 + 15, proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_scratch_trees_of_killed_runs_are_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL cannot be caught: the next run removes the dead run's scratch tree."""
    from clientsmith.generator import format as format_module

    killed = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    killed.kill()
    killed.wait()
    dead = tmp_path / f".clientsmith-format-{killed.pid}-abc"
    (dead / "pkg").mkdir(parents=True)
    (dead / "pkg" / "a.py").write_text("x = 1\n")
    alive = tmp_path / f".clientsmith-format-{os.getppid()}-def"
    alive.mkdir()
    monkeypatch.setattr(format_module, "_MEMORY_FS", tmp_path / "no-shm")
    files = format_module.format_python({"pkg/b.py": "y=2\n"}, scratch=tmp_path)
    assert files == {"pkg/b.py": "y = 2\n"}
    assert not dead.exists()
    assert alive.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == [alive.name]
