"""The writer's refusals and ``--check`` findings, one rule each, on a temporary tree.

``write_files`` never writes outside the output directory and never
overwrites a file it did not write; ``check_output`` names every way the
tree differs from what would be generated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clientsmith.generator.diagnostics import GeneratorError
from clientsmith.generator.writer import MANIFEST, check_output, write_files

FILES = {"pkg/__init__.py": "", "pkg/api.py": "VALUE = 1\n", "README.md": "hi\n"}


def kinds(output: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    return [(f.kind, f.path) for f in check_output(output, files)]


def test_a_fresh_write_checks_clean_and_a_rewrite_is_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = write_files(out, FILES)
    assert sorted(first.written) == sorted(FILES)
    assert kinds(out, FILES) == []
    again = write_files(out, FILES)
    assert sorted(again.unchanged) == sorted(FILES) and again.written == []


def test_missing_changed_and_stale_files_are_found(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, FILES)
    (out / "README.md").unlink()
    newer = {**FILES, "pkg/api.py": "VALUE = 2\n", "pkg/new.py": "X = 0\n"}
    del newer["pkg/__init__.py"]
    assert kinds(out, newer) == [
        ("changed", MANIFEST),
        ("missing", "README.md"),
        ("changed", "pkg/api.py"),
        ("missing", "pkg/new.py"),
        ("stale", "pkg/__init__.py"),
        # its last generated text, kept for merges, goes with it
        ("stale", ".clientsmith/base.zip/pkg/__init__.py"),
    ]
    result = write_files(out, newer)
    assert result.removed == ["pkg/__init__.py"]
    assert not (out / "pkg/__init__.py").exists()
    assert kinds(out, newer) == []


def test_a_module_nobody_generated_in_a_generated_package_is_untracked(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_files(out, FILES)
    (out / "pkg" / "stray.py").write_text("import os\n")
    (out / "pkg" / "notes.txt").write_text("not a module\n")
    assert kinds(out, FILES) == [("untracked", "pkg/stray.py")]


def test_a_package_directory_that_is_not_there_is_only_missing_files(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_files(out, {"README.md": "hi\n"})
    files = {"README.md": "hi\n", "pkg/api.py": "VALUE = 1\n"}
    assert kinds(out, files) == [("changed", MANIFEST), ("missing", "pkg/api.py")]


def test_an_edited_file_is_reported_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, FILES)
    (out / "pkg/api.py").write_text("VALUE = 1\nMINE = 2\n")
    (finding,) = check_output(out, FILES)
    assert (finding.kind, finding.path) == ("edited", "pkg/api.py")
    assert "keeps the edits" in finding.detail and finding.blocking
    assert not check_output(out, FILES, allow_edits=True)[0].blocking
    result = write_files(out, FILES)
    assert result.kept == ["pkg/api.py"] and "pkg/api.py" not in result.written
    assert (out / "pkg/api.py").read_text() == "VALUE = 1\nMINE = 2\n"


def test_edits_merge_with_the_new_text_or_conflict(tmp_path: Path) -> None:
    out = tmp_path / "out"
    base = {"a.py": "one\ntwo\nthree\nfour\nfive\n"}
    write_files(out, base)
    (out / "a.py").write_text("ONE\ntwo\nthree\nfour\nfive\n")
    merged = write_files(out, {"a.py": "one\ntwo\nthree\nfour\nFIVE\n"})
    assert merged.merged == ["a.py"] and merged.written == []
    assert (out / "a.py").read_text() == "ONE\ntwo\nthree\nfour\nFIVE\n"
    (out / "a.py").write_text("ONE\ntwo\nthree\nfour\nmine\n")
    theirs = {"a.py": "ONE\ntwo\nthree\nfour\ntheirs\n"}
    conflict = write_files(out, theirs)
    assert conflict.conflicts == ["a.py"]
    assert "<<<<<<<" in (out / "a.py").read_text()
    assert kinds(out, theirs) == [("conflict", "a.py")]


def test_a_file_it_did_not_write_is_not_overwritten_without_force(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "api.py").write_text("precious\n")
    with pytest.raises(GeneratorError) as info:
        write_files(out, FILES)
    assert [d.code for d in info.value.diagnostics] == ["would-overwrite"]
    # refused before writing anything
    assert (out / "pkg" / "api.py").read_text() == "precious\n"
    assert not (out / "README.md").exists() and not (out / MANIFEST).exists()
    result = write_files(out, FILES, force=True)
    assert "pkg/api.py" in result.written
    assert (out / "pkg" / "api.py").read_text() == "VALUE = 1\n"


def test_the_same_bytes_already_there_are_adopted_without_force(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("hi\n")
    result = write_files(out, {"README.md": "hi\n"})
    assert result.unchanged == ["README.md"]


def test_a_symlinked_package_directory_leading_outside_is_refused(
    tmp_path: Path,
) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "pkg").symlink_to(outside, target_is_directory=True)
    with pytest.raises(GeneratorError, match="resolves outside the output directory"):
        write_files(out, FILES)
    assert list(outside.iterdir()) == []
    assert not (out / "README.md").exists()


def test_a_symlinked_base_store_directory_is_refused(tmp_path: Path) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / ".clientsmith").symlink_to(outside, target_is_directory=True)
    with pytest.raises(GeneratorError, match="a symlink"):
        write_files(out, FILES)
    assert list(outside.iterdir()) == []
    assert not (out / "README.md").exists()
