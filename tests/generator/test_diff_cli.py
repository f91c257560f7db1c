"""``clientsmith diff`` and ``generate``'s change report, --report and --bump, end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientsmith.generator.surface import SURFACE_FILE


def cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def library(
    *, removed: bool = False, added: bool = False, version: str = "1.0.0"
) -> dict[str, Any]:
    """A small spec; ``removed`` drops a method and a field, ``added`` adds an optional parameter and a method."""
    book: dict[str, Any] = {
        "type": "object",
        "required": ["title"],
        "properties": {"title": {"type": "string"}, "pages": {"type": "integer"}},
    }
    paths: dict[str, Any] = {
        "/books/{id}": {
            "get": {
                "operationId": "getBook",
                "tags": ["books"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Book"}
                            }
                        },
                    }
                },
            },
            "delete": {
                "operationId": "deleteBook",
                "tags": ["books"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {"204": {"description": "gone"}},
            },
        }
    }
    if removed:
        del paths["/books/{id}"]["delete"]
        del book["properties"]["pages"]
    if added:
        paths["/books/{id}"]["get"]["parameters"].append(
            {"name": "fields", "in": "query", "schema": {"type": "string"}}
        )
        paths["/authors"] = {
            "get": {
                "operationId": "listAuthors",
                "tags": ["authors"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "string"}}},
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Library", "version": version},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": {"Book": book}},
    }


def write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, Path]:
    return {
        "v1": write(tmp_path / "v1" / "library.yaml", library()),
        "removed": write(tmp_path / "removed" / "library.yaml", library(removed=True)),
        "added": write(tmp_path / "added" / "library.yaml", library(added=True)),
    }


def generate(
    spec: Path, out: Path, *extra: str | Path
) -> subprocess.CompletedProcess[str]:
    proc = cli("generate", spec, "-o", out, *extra, cwd=spec.parent)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_spec_vs_spec_markdown_lists_breaking_first(specs: dict[str, Path]) -> None:
    proc = cli("diff", specs["v1"], specs["removed"])
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("## Client API changes\n")
    assert "Semver: **major** — 2 breaking, 0 other change(s)." in out
    assert "- `books.delete`: method removed (`DELETE /books/{id}`)" in out
    assert "- `Book.pages`: field `pages` removed" in out


def test_fail_on_breaking_exit_codes(specs: dict[str, Path]) -> None:
    breaking = cli("diff", specs["v1"], specs["removed"], "--fail-on-breaking")
    assert breaking.returncode == 1
    assert "2 breaking change(s)" in breaking.stderr
    additive = cli("diff", specs["v1"], specs["added"], "--fail-on-breaking")
    assert additive.returncode == 0, additive.stderr
    assert "Semver: **minor**" in additive.stdout
    same = cli("diff", specs["v1"], specs["v1"], "--fail-on-breaking")
    assert same.returncode == 0
    assert "No changes to the client's API." in same.stdout


def test_json_shape(specs: dict[str, Path]) -> None:
    proc = cli("diff", specs["v1"], specs["added"], "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"semver", "changes"}
    assert data["semver"] == "minor"
    assert {(c["kind"], c["where"], c["breaking"]) for c in data["changes"]} == {
        ("resource-added", "authors", False),
        ("parameter-added", "books.get(fields)", False),
    }
    for change in data["changes"]:
        assert set(change) == {"kind", "breaking", "where", "message"}
        assert isinstance(change["message"], str) and change["message"]


def test_dir_vs_dir_and_spec_vs_dir(specs: dict[str, Path], tmp_path: Path) -> None:
    old, new = tmp_path / "client-old", tmp_path / "client-new"
    generate(specs["v1"], old)
    generate(specs["removed"], new)
    assert (old / SURFACE_FILE).is_file()
    manifest = json.loads((old / ".clientsmith-manifest.json").read_text())
    assert SURFACE_FILE in manifest["files"]
    by_dir = json.loads(cli("diff", old, new, "--json").stdout)
    by_spec = json.loads(cli("diff", specs["v1"], specs["removed"], "--json").stdout)
    assert by_dir == by_spec and by_dir["semver"] == "major"
    mixed = cli("diff", old, specs["removed"], "--json")
    assert json.loads(mixed.stdout) == by_spec
    # The surface file itself is accepted too, and the reverse direction is additive.
    back = json.loads(cli("diff", new / SURFACE_FILE, old, "--json").stdout)
    assert back["semver"] == "minor"
    assert {c["kind"] for c in back["changes"]} == {"method-added", "field-added"}


def test_directory_without_surface_is_a_usage_error(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    proc = cli("diff", tmp_path / "empty", specs["v1"])
    assert proc.returncode == 2
    assert SURFACE_FILE in proc.stderr
    assert "Traceback" not in proc.stderr


def test_git_revision_side(specs: dict[str, Path], tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
            cwd=repo,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    generate(specs["v1"], repo / "client")
    git("add", "client")
    git("commit", "-q", "-m", "client")
    generate(specs["removed"], repo / "client")
    proc = cli("diff", "git:HEAD:client", "client", "--fail-on-breaking", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    assert "`books.delete`: method removed" in proc.stdout
    missing = cli("diff", "git:HEAD:nowhere", "client", cwd=repo)
    assert missing.returncode == 2 and "git show" in missing.stderr
    # A "revision" that git would take for an option is refused, not run.
    option = cli("diff", f"git:--output={tmp_path / 'written'}:x", "client", cwd=repo)
    assert option.returncode == 2 and "cannot start with '-'" in option.stderr
    assert not (tmp_path / "written").exists()


def test_generate_reports_changes_when_rewriting(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "client"
    first = generate(specs["v1"], out, "--report", tmp_path / "first.md")
    assert "API changes" not in first.stdout
    assert "No previous client in" in (tmp_path / "first.md").read_text()
    write(specs["v1"], library(removed=True, added=True))
    md, js = tmp_path / "r" / "changes.md", tmp_path / "r" / "changes.json"
    second = generate(specs["v1"], out, "--report", md, "--report", js)
    assert "API changes: semver major, 2 breaking, 2 other" in second.stdout
    assert (
        "  BREAKING books.delete: method removed (DELETE /books/{id})" in second.stdout
    )
    assert "  minor    authors: resource added (1 method(s))" in second.stdout
    data = json.loads(js.read_text())
    assert data["semver"] == "major" and len(data["changes"]) == 4
    assert "- `Book.pages`: field `pages` removed" in md.read_text()
    # Nothing changed since: no report lines.
    assert "API changes" not in generate(specs["v1"], out).stdout


def test_generate_summary_is_capped(tmp_path: Path) -> None:
    doc = library()
    spec_path = write(tmp_path / "s" / "library.yaml", doc)
    out = tmp_path / "client"
    generate(spec_path, out)
    for i in range(25):
        doc["components"]["schemas"][f"Extra{i:02}"] = {
            "type": "object",
            "properties": {},
        }
    write(spec_path, doc)
    proc = generate(spec_path, out)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("  ")]
    assert len(lines) == 21
    assert lines[-1] == "  ... and 5 more (--report FILE lists all)"


def package_version(out: Path) -> str:
    text = (out / "library" / "__init__.py").read_text()
    return next(
        line.split('"')[1]
        for line in text.splitlines()
        if line.startswith("__version__")
    )


def test_bump_versions_by_the_report(specs: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "client"
    spec_path = specs["v1"]
    generate(spec_path, out, "--bump")
    assert package_version(out) == "1.0.0"  # first generation: info.version
    init = (out / "library" / "__init__.py").read_text()
    assert '__spec_version__ = "1.0.0"' in init
    assert "__spec_hash__ = " in init
    write(spec_path, library(added=True))
    generate(spec_path, out, "--bump")
    assert package_version(out) == "1.1.0"
    assert 'version = "1.1.0"' in (out / "pyproject.toml").read_text()
    # Same spec again: same version, and --check agrees.
    assert (
        cli(
            "generate", spec_path, "-o", out, "--check", "--bump", cwd=spec_path.parent
        ).returncode
        == 0
    )
    write(spec_path, library(added=True, removed=True, version="1.0.1"))
    proc = generate(spec_path, out, "--bump")
    assert "package version 1.1.0 -> 2.0.0" in proc.stdout
    assert package_version(out) == "2.0.0"
    init = (out / "library" / "__init__.py").read_text()
    assert '__spec_version__ = "1.0.1"' in init
    surface = json.loads((out / SURFACE_FILE).read_text())
    assert surface["version"] == "2.0.0" and surface["spec"]["version"] == "1.0.1"


def test_versioning_config_key(specs: dict[str, Path], tmp_path: Path) -> None:
    spec_path = specs["v1"]
    (spec_path.parent / "clientsmith.yaml").write_text(
        "versioning: semver\nversion: '0.3.0'\n"
    )
    out = spec_path.parent / "client"
    generate(spec_path, out)
    assert package_version(out) == "0.3.0"
    write(spec_path, library(version="1.0.0", added=True))
    generate(spec_path, out)
    assert package_version(out) == "0.4.0"
    # --check needs no flag: the config says how to version.
    check = cli("generate", spec_path, "-o", out, "--check", cwd=spec_path.parent)
    assert check.returncode == 0, check.stderr


def test_spec_hash_is_the_spec_bytes_wherever_it_lies(tmp_path: Path) -> None:
    """The recorded hash covers the spec's bytes only: not the config (whose
    parsed form holds file paths), so a checkout elsewhere records the same."""
    import hashlib

    hashes = set()
    for place in ("a", "b/c"):
        spec_path = write(tmp_path / place / "library.yaml", library())
        (spec_path.parent / "clientsmith.yaml").write_text(
            "rename:\n  models:\n    Book: Volume\n"
        )
        out = spec_path.parent / "client"
        generate(spec_path, out)
        surface = json.loads((out / SURFACE_FILE).read_text())
        assert "Volume" in surface["models"]  # the config was applied
        hashes.add(surface["spec"]["hash"])
        assert (
            surface["spec"]["hash"]
            == hashlib.sha256(spec_path.read_bytes()).hexdigest()
        )
    assert len(hashes) == 1


def test_report_on_a_client_without_surface_says_why(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    """A client generated before surfaces existed: no changes, and a note."""
    out = tmp_path / "client"
    generate(specs["v1"], out)
    (out / SURFACE_FILE).unlink()
    report = tmp_path / "report.md"
    proc = generate(specs["removed"], out, "--report", report)
    assert "API changes" not in proc.stdout
    text = report.read_text()
    assert f"has no {SURFACE_FILE} (generated by an older clientsmith)" in text
    assert "No changes to the client's API." in text
    # The next regeneration compares again.
    write(specs["removed"], library())
    again = generate(specs["removed"], out)
    assert "API changes: semver minor" in again.stdout


def test_check_with_report_compares_with_the_client_on_disk(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "client"
    generate(specs["v1"], out)
    report = tmp_path / "check.json"
    proc = cli(
        "generate",
        specs["removed"],
        "-o",
        out,
        "--check",
        "--report",
        report,
        cwd=specs["removed"].parent,
    )
    assert proc.returncode == 1  # out of date
    data = json.loads(report.read_text())
    assert data["semver"] == "major"
    assert {c["kind"] for c in data["changes"]} == {"method-removed", "field-removed"}
    assert (out / "library" / "resources").is_dir()  # --check wrote nothing else
    assert json.loads((out / SURFACE_FILE).read_text())["methods"].get("books.delete")


def test_each_side_can_have_its_own_config(
    specs: dict[str, Path], tmp_path: Path
) -> None:
    renamed = tmp_path / "renamed.yaml"
    renamed.write_text("rename:\n  models:\n    Book: Volume\n")
    proc = cli(
        "diff",
        specs["v1"],
        specs["v1"],
        "--new-config",
        renamed,
        "--json",
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    kinds = {(c["kind"], c["where"]) for c in json.loads(proc.stdout)["changes"]}
    assert ("model-removed", "Book") in kinds and ("model-added", "Volume") in kinds
    assert ("return-type-changed", "books.get") in kinds
    both = cli(
        "diff", specs["v1"], specs["v1"], "--config", renamed, "--json", cwd=tmp_path
    )
    assert json.loads(both.stdout)["changes"] == []
