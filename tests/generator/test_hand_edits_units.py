"""Hand edits, in process: merge cases, the writer's bookkeeping, the CLI's lines.

The end-to-end runs are in test_hand_edits.py; these pin the edge cases
(final newlines, bytes that are not UTF-8, planted manifests and bases).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from clientsmith.generator.basestore import LEGACY_BASE_DIR, archive_bytes
from clientsmith.generator.cli import main
from clientsmith.generator.merge import (
    END_MARKER,
    START_MARKER,
    has_conflict_markers,
    merge_texts,
)
from clientsmith.generator.writer import (
    BASE_ARCHIVE,
    MANIFEST,
    Finding,
    check_output,
    write_files,
)

OLD = {
    "pkg/__init__.py": "",
    "pkg/mod.py": "a = 1\nb = 2\nc = 3\n",
    "pkg/gone.py": "g = 1\nh = 1\ni = 1\n",
}
NEW = {"pkg/__init__.py": "", "pkg/mod.py": "a = 1\nb = 2\nc = 30\n"}


def test_merge_applies_both_sides_changes() -> None:
    merged = merge_texts("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n")
    assert merged.text == "A\nb\nC\n" and merged.conflicts == 0


def test_merge_conflict_keeps_both_sides() -> None:
    merged = merge_texts("a\nb\n", "a\nmine\n", "a\ntheirs\n")
    assert merged.conflicts == 1
    assert merged.text == (f"a\n{START_MARKER}\nmine\n=======\ntheirs\n{END_MARKER}\n")
    assert has_conflict_markers(merged.text)
    assert not has_conflict_markers("a\n" + START_MARKER + "\n")  # half a conflict


def test_merge_without_base_conflicts_only_where_texts_differ() -> None:
    merged = merge_texts(None, "x\ny\nz\n", "x\nY\nz\n")
    assert merged.conflicts == 1
    assert merged.text.startswith("x\n") and merged.text.endswith("\nz\n")
    same = merge_texts(None, "x\n", "x\n")
    assert same == type(same)("x\n", 0)


def test_merge_keeps_a_missing_final_newline_and_never_glues_a_marker() -> None:
    assert merge_texts("a\n", "a\nb", "a\n").text == "a\nb"  # yours, byte for byte
    merged = merge_texts("a\nb\n", "a\nmine", "a\ntheirs\n")
    assert "mine\n=======\n" in merged.text


def take_yours(text: str) -> str:
    """Resolve every conflict in ``text`` in favour of the hand edits."""
    pattern = (
        re.escape(START_MARKER) + r"\n(.*?)=======\n.*?" + re.escape(END_MARKER) + r"\n"
    )
    resolved, count = re.subn(pattern, r"\1", text, flags=re.S)
    assert count > 0
    return resolved


def _manifest(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / MANIFEST).read_text())
    return data


def test_writer_merges_keeps_orphans_and_reports(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, OLD)
    (out / "pkg/mod.py").write_text("a = 100\nb = 2\nc = 3\n")  # edited
    (out / "pkg/gone.py").write_text(
        "g = 1\nh = 1\ni = 1\n# mine\n"
    )  # edited, leaves the spec
    result = write_files(out, NEW)
    assert result.merged == ["pkg/mod.py"]
    assert (out / "pkg/mod.py").read_text() == "a = 100\nb = 2\nc = 30\n"
    assert result.orphaned == ["pkg/gone.py"] and result.removed == []
    manifest = _manifest(out)
    assert manifest["orphans"] == {
        "pkg/gone.py": hashlib.sha256(b"g = 1\nh = 1\ni = 1\n").hexdigest()
    }
    # The orphan keeps its base; the others' bases are the new output.
    bases = _bases(out)
    assert bases["pkg/gone.py"] == b"g = 1\nh = 1\ni = 1\n"
    assert bases["pkg/mod.py"] == NEW["pkg/mod.py"].encode()
    kinds = {f.path: f.kind for f in check_output(out, NEW)}
    assert kinds == {"pkg/mod.py": "edited", "pkg/gone.py": "orphaned"}
    # The spec produces the orphan again: merged against its kept base.
    back = {**NEW, "pkg/gone.py": "g = 2\nh = 1\ni = 1\n"}
    again = write_files(out, back)
    assert "pkg/gone.py" in again.merged
    assert (out / "pkg/gone.py").read_text() == "g = 2\nh = 1\ni = 1\n# mine\n"
    assert "orphans" not in _manifest(out)


def test_edit_that_is_not_utf8_survives_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, OLD)
    edited = b"# caf\xe9 (latin-1)\na = 1\nb = 2\nc = 3\n"
    (out / "pkg/mod.py").write_bytes(edited)
    result = write_files(out, NEW)
    assert result.merged == ["pkg/mod.py"]
    assert (
        out / "pkg/mod.py"
    ).read_bytes() == b"# caf\xe9 (latin-1)\na = 1\nb = 2\nc = 30\n"


def test_planted_base_and_orphan_entries_are_not_trusted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, OLD)
    (out / "pkg/mod.py").write_text("a = 1\nb = 20\nc = 3\n")
    # A base whose content does not have the manifest's hash is not taken
    # for the base.
    _plant(out, {"pkg/mod.py": b"something else\n"})
    manifest = _manifest(out)
    manifest["orphans"] = {"../outside.py": "0" * 64, "pkg/absent.py": "0" * 64}
    (out / MANIFEST).write_text(json.dumps(manifest))
    result = write_files(out, NEW)
    assert result.conflicts == ["pkg/mod.py"]  # no trusted base: a conflict
    assert "b = 20" in (out / "pkg/mod.py").read_text()
    assert "orphans" not in _manifest(out)  # planted and absent entries dropped
    _plant(out, {"pkg/__init__.py": b"planted\n", "pkg/extra.py": b""})
    findings = check_output(out, NEW)
    assert Finding("changed", f"{BASE_ARCHIVE}/pkg/__init__.py") in findings
    assert Finding("stale", f"{BASE_ARCHIVE}/pkg/extra.py") in findings
    write_files(out, NEW)
    assert set(_bases(out)) == set(NEW)
    assert not [f for f in check_output(out, NEW) if BASE_ARCHIVE in f.path]


def test_archive_that_is_not_a_zip_is_no_base(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, OLD)
    (out / "pkg/mod.py").write_text("a = 1\nb = 20\nc = 3\n")
    (out / BASE_ARCHIVE).write_bytes(b"not a zip")
    findings = check_output(out, OLD)
    assert (
        Finding(
            "missing", BASE_ARCHIVE, "no copy of the last generated text of 2 files"
        )
        in findings
    )
    result = write_files(out, NEW)
    assert result.conflicts == ["pkg/mod.py"]
    assert set(_bases(out)) == set(NEW)


def test_bases_of_an_output_from_before_the_archive_are_read_then_converted(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_files(out, OLD)
    # What outputs written before the archive hold: one gzipped file per base.
    (out / BASE_ARCHIVE).unlink()
    for rel, text in OLD.items():
        legacy = out / LEGACY_BASE_DIR / f"{rel}.gz"
        legacy.parent.mkdir(parents=True, exist_ok=True)
        legacy.write_bytes(gzip.compress(text.encode(), mtime=0))
    assert Finding("stale", f"{LEGACY_BASE_DIR}/pkg/mod.py.gz") in check_output(
        out, OLD
    )
    (out / "pkg/mod.py").write_text("a = 100\nb = 2\nc = 3\n")
    result = write_files(out, NEW)
    assert result.merged == ["pkg/mod.py"]  # merged against the legacy base
    assert (out / "pkg/mod.py").read_text() == "a = 100\nb = 2\nc = 30\n"
    assert not (out / LEGACY_BASE_DIR).exists()
    assert _bases(out)["pkg/mod.py"] == NEW["pkg/mod.py"].encode()


def test_archive_is_deterministic_and_rewritten_only_on_change(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write_files(one, OLD)
    write_files(two, dict(reversed(list(OLD.items()))))
    assert (one / BASE_ARCHIVE).read_bytes() == (two / BASE_ARCHIVE).read_bytes()
    before = (one / BASE_ARCHIVE).stat().st_ino
    write_files(one, OLD)
    assert (one / BASE_ARCHIVE).stat().st_ino == before  # unchanged: not rewritten
    write_files(one, NEW)
    assert (one / BASE_ARCHIVE).stat().st_ino != before


def _bases(out: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(out / BASE_ARCHIVE) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _plant(out: Path, entries: dict[str, bytes]) -> None:
    """Replace entries of the base archive, as someone with write access could."""
    (out / BASE_ARCHIVE).write_bytes(archive_bytes({**_bases(out), **entries}))


def test_cli_lines_for_kept_merged_conflicting_and_orphaned_files(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "spec.json"
    out = tmp_path / "out"

    def spec_with(summary: str, extra: bool) -> None:
        ok = {"200": {"description": "ok"}}
        paths = {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "tags": ["a"],
                    "summary": summary,
                    "responses": ok,
                }
            }
        }
        if extra:
            paths["/b"] = {
                "get": {"operationId": "getB", "tags": ["b"], "responses": ok}
            }
        spec.write_text(
            json.dumps(
                {
                    "openapi": "3.0.3",
                    "info": {"title": "T", "version": "1"},
                    "paths": paths,
                }
            )
        )

    runner = CliRunner()

    def generate(*extra: str) -> tuple[int, str, str]:
        result = runner.invoke(
            main, ["generate", str(spec), "-o", str(out), "--package-name", "t", *extra]
        )
        return result.exit_code, result.stdout, result.stderr

    spec_with("First.", extra=True)
    assert generate()[0] == 0
    a, b = out / "t/resources/a.py", out / "t/resources/b.py"
    a.write_text(a.read_text().replace('"""First.', '"""Mine.'))
    b.write_text(b.read_text() + "# mine\n")
    (out / "README.md").write_text("<!-- notes -->\n" + (out / "README.md").read_text())
    spec_with("Second.", extra=False)
    code, stdout, stderr = generate("--check")
    assert (
        code == 1
        and "regenerating would conflict in 2 place(s)" in stderr
        and "orphaned: t/resources/b.py" in stderr
    )
    code, stdout, stderr = generate()
    assert code == 1
    assert (
        "conflict: t/resources/a.py" in stderr
        and "orphaned: t/resources/b.py" in stderr
    )
    assert "with conflicts" in stdout and "1 orphaned" in stdout
    assert "merged: README.md" in stderr
    b.unlink()
    a.write_text(take_yours(a.read_text()))  # both conflicts (sync and async)
    code, stdout, stderr = generate()
    assert code == 0, stderr
    assert "kept: t/resources/a.py" in stderr
    code, stdout, stderr = generate("--check")
    assert code == 1 and "move hand edits out of generated files" in stderr
    code, stdout, stderr = generate("--check", "--allow-edits")
    assert code == 0 and "in step with the spec; 2 file(s) edited by hand" in stdout
