"""The formatting stage: ruff on a scratch tree, in memory when there is room."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from clientsmith.generator import format as fmt
from clientsmith.generator.diagnostics import GeneratorError

UGLY = "x = {  'a':1 }\ndef f( a ):\n  return a\n"
PRETTY = 'x = {"a": 1}\n\n\ndef f(a):\n    return a\n'


def test_formats_python_and_leaves_other_files(tmp_path: Path) -> None:
    files = {"pkg/a.py": UGLY, "README.md": "  keep  me\n"}
    assert fmt.format_python(files, scratch=tmp_path) == {
        "pkg/a.py": PRETTY,
        "README.md": "  keep  me\n",
    }
    assert not list(tmp_path.iterdir())  # the scratch tree is gone


@pytest.mark.parametrize("memory_fs", ["missing", "full"])
def test_scratch_falls_back_beside_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_fs: str
) -> None:
    memory = tmp_path / "shm"
    if memory_fs == "full":
        memory.mkdir()
        full = SimpleNamespace(total=1 << 30, used=(1 << 30) - 1024, free=1024)
        monkeypatch.setattr("shutil.disk_usage", lambda _: full)
    monkeypatch.setattr(fmt, "_MEMORY_FS", memory)
    fallback = tmp_path / "beside"
    assert fmt._scratch_dir(10_000, fallback) == fallback


def test_scratch_prefers_memory_when_there_is_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fmt, "_MEMORY_FS", tmp_path)
    assert fmt._scratch_dir(10_000, Path("/elsewhere")) == tmp_path


def test_unparsable_output_is_an_internal_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="does not parse"):
        fmt.format_python({"a.py": "def (:\n"}, scratch=tmp_path)
