"""Hand edits to generated files survive regeneration (issue 12 item 3).

Everything runs through the ``clientsmith`` command line on a small spec that
changes between runs, as a user's would: an edit merges with the spec's
changes, a conflict is marked and fails the run, an edited file the spec no
longer produces is kept, and ``--check`` tells edited files from out-of-date
ones.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from clientsmith.generator.basestore import archive_bytes
from clientsmith.generator.merge import END_MARKER, START_MARKER
from clientsmith.generator.writer import BASE_ARCHIVE, MANIFEST

BOOKS = "books/resources/books.py"
AUTHORS = "books/resources/authors.py"
AUTHOR_MODEL = "books/models/author.py"


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": schema}},
        }
    }


def _path_param(name: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}
    ]


BOOK = {"$ref": "#/components/schemas/Book"}
V1: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Books", "version": "1.0.0"},
    "servers": [{"url": "https://books.example.com"}],
    "paths": {
        "/books": {
            "get": {
                "operationId": "listBooks",
                "tags": ["books"],
                "summary": "List books.",
                "responses": _json_response({"type": "array", "items": BOOK}),
            }
        },
        "/books/{bookId}": {
            "get": {
                "operationId": "getBook",
                "tags": ["books"],
                "summary": "Fetch one book.",
                "parameters": _path_param("bookId"),
                "responses": _json_response(BOOK),
            }
        },
        "/authors/{authorId}": {
            "get": {
                "operationId": "getAuthor",
                "tags": ["authors"],
                "summary": "Fetch an author.",
                "parameters": _path_param("authorId"),
                "responses": _json_response({"$ref": "#/components/schemas/Author"}),
            }
        },
    },
    "components": {
        "schemas": {
            "Book": {
                "type": "object",
                "required": ["id", "title"],
                "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
            },
            "Author": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
        }
    },
}

HELPER = '''

def shelf_label(book_id: int, title: str) -> str:
    """Written by hand: must survive regeneration."""
    return f"{book_id}: {title}"
'''


def with_create_book(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` plus ``POST /books`` (createBook)."""
    spec = copy.deepcopy(spec)
    spec["paths"]["/books"]["post"] = {
        "operationId": "createBook",
        "tags": ["books"],
        "summary": "Add a book.",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": BOOK}},
        },
        "responses": _json_response(BOOK),
    }
    return spec


def without_authors(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    del spec["paths"]["/authors/{authorId}"]
    del spec["components"]["schemas"]["Author"]
    return spec


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientsmith.generator", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


class Project:
    """A spec file and the client generated from it, in a temporary directory."""

    def __init__(self, root: Path) -> None:
        self.spec = root / "books.json"
        self.out = root / "client"

    def generate(
        self, spec: dict[str, Any], *extra: str
    ) -> subprocess.CompletedProcess[str]:
        self.spec.write_text(json.dumps(spec), encoding="utf-8")
        return cli(
            "generate", self.spec, "-o", self.out, "--package-name", "books", *extra
        )

    def file(self, rel: str) -> Path:
        return self.out / rel

    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.out / MANIFEST).read_text())
        return data


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project(tmp_path)
    first = project.generate(V1)
    assert first.returncode == 0, first.stderr
    return project


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


class _Books(BaseHTTPRequestHandler):
    """A real HTTP server for the regenerated client's new operation."""

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        payload = json.dumps({**body, "id": 7}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def books_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Books)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_edit_survives_a_spec_change_and_the_new_operation_works(
    project: Project, books_server: str
) -> None:
    append(project.file(BOOKS), HELPER)
    second = project.generate(with_create_book(V1))
    assert second.returncode == 0, second.stderr
    assert f"merged: {BOOKS}" in second.stderr
    assert "1 merged" in second.stdout
    text = project.file(BOOKS).read_text()
    assert HELPER in text and "def create(" in text
    assert START_MARKER not in text
    # The merged module still imports, keeps the helper, and the new operation
    # sends a real request.
    code = (
        "import books\n"
        "from books.models import Book\n"
        "from books.resources.books import shelf_label\n"
        f"with books.Client(base_url={books_server!r}) as client:\n"
        "    made = client.books.create(body=Book(id=0, title='Dune'))\n"
        "print(shelf_label(made.id, made.title))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project.out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "7: Dune"
    # The edit is remembered as an edit: the next run keeps it and --check
    # names it, without calling the client up to date.
    assert project.generate(with_create_book(V1)).returncode == 0
    assert HELPER in project.file(BOOKS).read_text()
    check = project.generate(with_create_book(V1), "--check")
    assert check.returncode == 1
    assert f"edited: {BOOKS}" in check.stderr
    assert "up to date" not in check.stdout + check.stderr
    allowed = project.generate(with_create_book(V1), "--check", "--allow-edits")
    assert allowed.returncode == 0, allowed.stderr
    assert "1 file(s) edited by hand" in allowed.stdout


def test_conflict_keeps_both_sides_between_markers_and_fails(project: Project) -> None:
    path = project.file(BOOKS)
    ours = path.read_text().replace(
        '"""Fetch one book.', '"""Fetch one book (cached for an hour).', 1
    )
    path.write_text(ours)
    changed = copy.deepcopy(V1)
    changed["paths"]["/books/{bookId}"]["get"]["summary"] = "Fetch one book by id."
    run = project.generate(changed)
    assert run.returncode == 1
    assert f"conflict: {BOOKS}" in run.stderr
    assert "1 file(s)" in run.stderr and "resolve them" in run.stderr
    text = path.read_text()
    assert text.count(START_MARKER) == 1 and text.count(END_MARKER) == 1
    conflict = text[text.index(START_MARKER) : text.index(END_MARKER)]
    assert "(cached for an hour)" in conflict and "Fetch one book by id." in conflict
    # Unresolved markers keep failing, in --check too, and stay in the file.
    again = project.generate(changed)
    assert again.returncode == 1 and f"conflict: {BOOKS}" in again.stderr
    assert path.read_text() == text
    check = project.generate(changed, "--check", "--allow-edits")
    assert check.returncode == 1 and f"conflict: {BOOKS}" in check.stderr
    # Resolved (our wording kept): the next run keeps it and succeeds.
    start, end = text.index(START_MARKER), text.index(END_MARKER)
    ours_block = text[start:end].split("=======\n")[0].split("\n", 1)[1]
    resolved = text[:start] + ours_block + text[end + len(END_MARKER) + 1 :]
    path.write_text(resolved)
    done = project.generate(changed)
    assert done.returncode == 0, done.stderr
    assert path.read_text() == resolved
    assert "(cached for an hour)" in resolved and START_MARKER not in resolved


def test_edited_file_whose_source_left_the_spec_is_kept_and_reported(
    project: Project,
) -> None:
    append(project.file(AUTHORS), "\n# my notes on authors\n")
    unedited_model = project.file(AUTHOR_MODEL)
    assert unedited_model.is_file()
    run = project.generate(without_authors(V1))
    assert run.returncode == 0, run.stderr
    assert f"orphaned: {AUTHORS}" in run.stderr and "1 orphaned" in run.stdout
    assert project.file(AUTHORS).read_text().endswith("# my notes on authors\n")
    assert not unedited_model.exists()  # not edited: removed as before
    manifest = project.manifest()
    assert AUTHORS in manifest["orphans"] and AUTHORS not in manifest["files"]
    # --check never calls the client up to date while the orphan is there.
    check = project.generate(without_authors(V1), "--check", "--allow-edits")
    assert check.returncode == 1
    assert f"orphaned: {AUTHORS}" in check.stderr
    assert "up to date" not in check.stdout + check.stderr
    # Deleted by its owner: forgotten, and the client is up to date again.
    project.file(AUTHORS).unlink()
    assert project.generate(without_authors(V1)).returncode == 0
    assert "orphans" not in project.manifest()
    final = project.generate(without_authors(V1), "--check")
    assert final.returncode == 0, final.stderr
    assert "up to date" in final.stdout


def test_check_tells_edited_from_out_of_date_and_orphaned(project: Project) -> None:
    append(project.file(BOOKS), HELPER)  # edited; the spec change touches it
    append(project.file(AUTHORS), "\n# notes\n")  # edited; leaves the spec
    readme = project.file("README.md").read_text()
    spec = without_authors(with_create_book(V1))
    check = project.generate(spec, "--check")
    assert check.returncode == 1
    lines = check.stderr.splitlines()
    assert (
        f"edited: {BOOKS} (edited by hand; regenerating merges the spec's changes "
        "into it)"
    ) in lines
    assert any(line.startswith(f"orphaned: {AUTHORS} (") for line in lines)
    assert "changed: README.md" in lines  # not edited, out of date
    assert f"stale: {AUTHOR_MODEL}" in lines  # not edited, no longer generated
    assert not any(
        line.startswith(("changed: books/resources", "stale: books/resources"))
        for line in lines
    )
    assert "1 file(s) differ" not in check.stderr  # counts are of each kind
    assert "2 edited by hand" in check.stderr
    # --check wrote nothing.
    assert project.file("README.md").read_text() == readme
    assert project.file(AUTHOR_MODEL).is_file()


def test_base_store_is_deterministic_and_matches_the_manifest(project: Project) -> None:
    manifest = project.manifest()
    assert manifest["base"] == BASE_ARCHIVE
    bases = _bases(project)
    assert sorted(bases) == sorted(manifest["files"])
    for rel, digest in manifest["files"].items():
        assert hashlib.sha256(bases[rel]).hexdigest() == digest
    assert (project.out / BASE_ARCHIVE).read_bytes() == archive_bytes(bases)
    # Bases follow the files: a file that leaves the spec takes its base along.
    assert project.generate(without_authors(V1)).returncode == 0
    assert AUTHORS not in _bases(project)


def _bases(project: Project) -> dict[str, bytes]:
    with zipfile.ZipFile(project.out / BASE_ARCHIVE) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_without_a_base_every_difference_is_a_conflict(project: Project) -> None:
    """An output from before the base store: no edit is guessed away."""
    append(project.file(BOOKS), HELPER)
    bases = _bases(project)
    del bases[BOOKS]
    (project.out / BASE_ARCHIVE).write_bytes(archive_bytes(bases))
    check = project.generate(with_create_book(V1), "--check")
    assert check.returncode == 1
    assert "no copy of the last generated text" in check.stderr
    run = project.generate(with_create_book(V1))
    assert run.returncode == 1 and f"conflict: {BOOKS}" in run.stderr
    text = project.file(BOOKS).read_text()
    assert "def shelf_label(" in text and "def create(" in text


def test_a_missing_base_store_is_one_finding_and_regeneration_restores_it(
    project: Project,
) -> None:
    shutil.rmtree(project.out / ".clientsmith")
    check = project.generate(V1, "--check")
    assert check.returncode == 1
    files = len(project.manifest()["files"])
    assert check.stderr.splitlines()[0] == (
        f"missing: {BASE_ARCHIVE} (no copy of the last generated text of {files} files)"
    )
    assert project.generate(V1).returncode == 0
    again = project.generate(V1, "--check")
    assert again.returncode == 0 and "up to date" in again.stdout


def test_nothing_is_written_outside_the_output(
    project: Project, tmp_path: Path
) -> None:
    """A planted base store cannot lead writes, reads or deletions outside."""
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "base.zip"
    victim.write_bytes(b"keep me")
    # The archive a symlink to a file outside: replaced, not written through.
    link = project.out / BASE_ARCHIVE
    link.unlink()
    link.symlink_to(victim)
    append(project.file("README.md"), "\nmy words\n")
    run = project.generate(with_create_book(V1))
    assert victim.read_bytes() == b"keep me"
    assert "my words" in project.file("README.md").read_text()
    assert run.returncode == 1  # no trusted base: the README edit conflicts
    assert not link.is_symlink()
    # The whole store a symlink to a directory outside: refused before writing.
    before = {p.name for p in outside.iterdir()}
    (project.out / ".clientsmith").rename(tmp_path / "old-store")
    (project.out / ".clientsmith").symlink_to(outside, target_is_directory=True)
    refused = project.generate(without_authors(V1))
    assert refused.returncode == 1
    assert "outside the output directory" in refused.stderr
    assert {p.name for p in outside.iterdir()} == before
    assert victim.read_bytes() == b"keep me"
    assert project.file(AUTHORS).is_file()  # refused before touching anything
