"""The only module that writes generated files.

Output is staged fully in memory first, so a failure in any earlier stage leaves
the previous output untouched. Each file is written to a temporary sibling and
moved into place. A manifest (``.clientsmith-manifest.json``) lists what the
generator wrote; files it did not write are never overwritten or deleted.

Hand edits to generated files are never lost: the manifest's hash of each file
tells whether it was edited since, and a copy of what was generated last (the
*base*, in ``.clientsmith/base.zip``: :mod:`.basestore`) lets regeneration merge the edits
into the new output three ways (:mod:`.merge`). A conflict is written with
markers and reported; an edited file the spec no longer produces is kept and
reported as orphaned, never deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .basestore import BASE_ARCHIVE, BaseStore, archive_bytes
from .diagnostics import Diagnostic, GeneratorError, Severity
from .locate import gc_paused
from .merge import has_conflict_markers, merge_texts

__all__ = [
    "BASE_ARCHIVE",
    "MANIFEST",
    "Finding",
    "WriteResult",
    "check_files",
    "check_output",
    "safe_relative_path",
    "write_files",
]

MANIFEST = ".clientsmith-manifest.json"


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _file_mode()


@dataclass
class WriteResult:
    """What one run did to each file (paths relative to the output)."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # Edited by hand: the spec's changes merged in cleanly.
    merged: list[str] = field(default_factory=list)
    # Edited by hand where the spec changed nothing: left exactly as it is.
    kept: list[str] = field(default_factory=list)
    # Merged with conflict markers (or still holding unresolved ones).
    conflicts: list[str] = field(default_factory=list)
    # Edited by hand, no longer generated: kept on disk and in the manifest.
    orphaned: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """One line of ``--check``: a ``kind``, a path and why it matters.

    ``blocking`` findings make ``--check`` fail. Hand edits that regeneration
    keeps as they are block unless the caller allows edits.
    """

    kind: str
    path: str
    detail: str = ""
    blocking: bool = True

    def __str__(self) -> str:
        return f"{self.kind}: {self.path}" + (
            f" ({self.detail})" if self.detail else ""
        )


@dataclass
class _Manifest:
    files: dict[str, str] = field(default_factory=dict)
    orphans: dict[str, str] = field(default_factory=dict)

    @property
    def known(self) -> dict[str, str]:
        """Every file clientsmith generated and still tracks, with its last hash."""
        return {**self.orphans, **self.files}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_relative_path(rel: str) -> PurePosixPath:
    """Refuse absolute paths, ``..``, drive letters and odd characters."""
    path = PurePosixPath(rel)
    if (
        not rel
        or str(path) != rel  # "a//b", "./a": not the path we meant to write
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in path.parts)
        or "\\" in rel
        or ":" in rel
        or "\x00" in rel
    ):
        raise GeneratorError(f"internal error: refusing to write unsafe path {rel!r}")
    return path


def _hashes(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _read_manifest(output: Path) -> _Manifest:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _Manifest()
    except (OSError, ValueError):
        return _Manifest()
    if not isinstance(data, dict):
        return _Manifest()
    return _Manifest(_hashes(data.get("files")), _hashes(data.get("orphans")))


def _manifest_text(files: dict[str, str], orphans: dict[str, str] | None = None) -> str:
    document: dict[str, object] = {
        "generator": "clientsmith",
        "files": {
            rel: _digest(text.encode("utf-8")) for rel, text in sorted(files.items())
        },
        # Where the last generated text of each file is: an entry of this ZIP
        # archive named by the file's path, whose sha256 is the file's hash above.
        "base": BASE_ARCHIVE,
    }
    if orphans:
        # Edited by hand, no longer generated: kept, reported by --check.
        document["orphans"] = dict(sorted(orphans.items()))
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


# Directories resolved during one run (cleared by write_files under the lock):
# each generated file and its base would otherwise resolve the same parents
# again, thousands of times for a large client.
_resolved_dirs: dict[Path, Path] = {}


def _resolved(path: Path) -> Path:
    """``path.resolve()``, resolving each parent directory once per run.

    A symlink is always resolved afresh, so it cannot lead outside unseen.
    """
    if path.is_symlink():
        return path.resolve()
    parent = path.parent
    try:
        resolved_parent = _resolved_dirs[parent]
    except KeyError:
        resolved_parent = _resolved_dirs[parent] = parent.resolve()
    return resolved_parent / path.name


_TMP_PREFIX = ".tmp-"


def _orphans(output: Path) -> list[Path]:
    """Temporary files an interrupted run left under ``output`` (symlinks not followed)."""
    found: list[Path] = []
    if not output.is_dir():
        return found
    for root, dirs, names in os.walk(output):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            path = Path(root, name)
            if (
                name.startswith(_TMP_PREFIX)
                and not path.is_symlink()
                and path.is_file()
            ):
                found.append(path)
    return sorted(found)


def _decode(data: bytes) -> str:
    # surrogateescape: a hand edit that is not UTF-8 survives the merge byte for byte.
    return data.decode("utf-8", "surrogateescape")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _leftovers(
    output: Path, manifest: _Manifest, files: dict[str, str]
) -> tuple[list[str], dict[str, str]]:
    """Tracked files the spec no longer produces: (unedited ones, edited ones).

    Unedited ones are deleted on regeneration; edited ones are orphans, kept
    and tracked with the hash they were generated with. Paths a planted
    manifest could use to reach outside the output (``..``, symlinks) are
    neither.
    """
    root = output.resolve()
    unedited: list[str] = []
    edited: dict[str, str] = {}
    for rel, digest in sorted(manifest.known.items()):
        if rel in files:
            continue
        try:
            path = output / safe_relative_path(rel)
        except GeneratorError:
            continue  # a planted manifest entry: never ours
        if path.is_symlink() or not path.resolve().is_relative_to(root):
            continue
        if not path.is_file():
            continue  # deleted by the user: forgotten
        if _digest(path.read_bytes()) == digest:
            unedited.append(rel)
        else:
            edited[rel] = digest
    return unedited, edited


def _edited_finding(
    store: BaseStore,
    rel: str,
    digest: str,
    current: bytes,
    text: str,
    allow_edits: bool,
) -> Finding:
    """What regenerating would do to a file edited by hand since ``digest``."""
    yours = _decode(current)
    if has_conflict_markers(yours):
        return Finding(
            "conflict",
            rel,
            "unresolved conflict markers: resolve them, then regenerate",
        )
    base = store.read(rel, digest)
    merged = merge_texts(None if base is None else _decode(base), yours, text)
    if merged.conflicts:
        why = "" if base is not None else "; no copy of the last generated text"
        return Finding(
            "edited",
            rel,
            f"edited by hand; regenerating would conflict in {merged.conflicts} "
            f"place(s){why}",
        )
    if merged.text == yours:
        return Finding(
            "edited",
            rel,
            "edited by hand; regeneration keeps the edits as they are",
            blocking=not allow_edits,
        )
    return Finding(
        "edited", rel, "edited by hand; regenerating merges the spec's changes into it"
    )


def check_output(
    output: Path, files: dict[str, str], *, allow_edits: bool = False
) -> list[Finding]:
    """How the files on disk differ from ``files`` (``--check``); empty when identical.

    Besides changed, missing and stale files it reports what an interrupted
    regeneration leaves: ``.tmp-*`` files, and a manifest that does not list
    exactly these files (it is written last, so it lags after an interruption).
    Generated files edited by hand are ``edited`` (with what regenerating
    would do: keep, merge or conflict), apart from ``changed`` ones (not
    edited, out of date); edited files the spec no longer produces are
    ``orphaned``; unresolved conflict markers are ``conflict``. With
    ``allow_edits``, edits regeneration keeps as they are do not block.
    """
    with BaseStore(output) as store:
        return _check_output(output, files, store, allow_edits=allow_edits)


def _check_output(
    output: Path, files: dict[str, str], store: BaseStore, *, allow_edits: bool
) -> list[Finding]:
    findings = [
        Finding("orphan", path.relative_to(output).as_posix())
        for path in _orphans(output)
    ]
    manifest = _read_manifest(output)
    known = manifest.known
    unedited, orphans = _leftovers(output, manifest, files)
    manifest_path = output / MANIFEST
    has_manifest = manifest_path.is_file()
    if (
        has_manifest
        and manifest_path.read_bytes() != _manifest_text(files, orphans).encode()
    ):
        findings.append(Finding("changed", MANIFEST))
    missing_bases: list[str] = []
    for rel, text in sorted(files.items()):
        data = text.encode("utf-8")
        finding = _file_finding(output, rel, text, data, known, store, allow_edits)
        if finding is not None:
            findings.append(finding)
        # Up to date: the base store must hold this text, or a later edit could not merge.
        elif has_manifest and store.read(rel, _digest(data)) is None:
            missing_bases.append(rel)
    findings.extend(_missing_base_findings(missing_bases, store))
    findings.extend(_leftover_findings(output, files, unedited, orphans, store))
    findings.extend(_untracked_findings(output, files, known))
    return findings


def _file_finding(
    output: Path,
    rel: str,
    text: str,
    data: bytes,
    known: dict[str, str],
    store: BaseStore,
    allow_edits: bool,
) -> Finding | None:
    """How one generated file on disk differs from ``text`` (encoded: ``data``).

    Missing, edited by hand or changed; ``None`` when it is up to date.
    """
    path = output / safe_relative_path(rel)
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return Finding("missing", rel)
    if current == data:
        return None
    if rel in known and _digest(current) != known[rel]:
        return _edited_finding(store, rel, known[rel], current, text, allow_edits)
    return Finding("changed", rel)


def _missing_base_findings(missing_bases: list[str], store: BaseStore) -> list[Finding]:
    """Up-to-date files whose base the store lacks: one line each, or one for all."""
    if len(missing_bases) == 1:
        rel = missing_bases[0]
        kind = "changed" if rel in store.archived else "missing"  # stale or absent
        return [Finding(kind, f"{BASE_ARCHIVE}/{rel}")]
    if missing_bases:  # an output from before the base store: one line, not N
        return [
            Finding(
                "missing",
                BASE_ARCHIVE,
                f"no copy of the last generated text of {len(missing_bases)} files",
            )
        ]
    return []


def _leftover_findings(
    output: Path,
    files: dict[str, str],
    unedited: list[str],
    orphans: dict[str, str],
    store: BaseStore,
) -> list[Finding]:
    """Files no longer generated: stale ones, edited orphans, stale bases and legacy copies."""
    findings = [Finding("stale", rel) for rel in unedited]
    findings.extend(
        Finding(
            "orphaned",
            rel,
            "edited by hand and no longer generated; kept: move the code into "
            "a module you own, or delete the file",
        )
        for rel in orphans
    )
    findings.extend(
        Finding("stale", f"{BASE_ARCHIVE}/{rel}")
        for rel in store.archived
        if rel not in files and rel not in orphans
    )
    # converted into the archive on regeneration
    findings.extend(
        Finding("stale", path.relative_to(output).as_posix())
        for path in store.legacy_files()
    )
    return findings


def _untracked_findings(
    output: Path, files: dict[str, str], known: dict[str, str]
) -> list[Finding]:
    """Modules that neither ``files`` nor the manifest name, in generated packages.

    What a run killed before writing its manifest leaves behind, inside a
    package directory the generator owns (Python would import it).
    """
    findings: list[Finding] = []
    packages = {PurePosixPath(rel).parent for rel in files if rel.endswith(".py")}
    for directory in sorted(packages - {PurePosixPath(".")}):
        folder = output / directory
        if not folder.is_dir() or folder.is_symlink():
            continue
        for entry in sorted(folder.iterdir()):
            rel = (directory / entry.name).as_posix()
            if (
                entry.name.endswith(".py")
                and rel not in files
                and rel not in known
                and not entry.name.startswith(_TMP_PREFIX)
                and entry.is_file()
            ):
                findings.append(Finding("untracked", rel))
    return findings


def check_files(output: Path, files: dict[str, str]) -> list[str]:
    """Every difference :func:`check_output` finds, one line each; empty when identical."""
    return [str(finding) for finding in check_output(output, files)]


def write_files(
    output: Path, files: dict[str, str], *, force: bool = False
) -> WriteResult:
    """Write ``files`` under ``output`` atomically per file; update the manifest."""
    output.mkdir(parents=True, exist_ok=True)
    output = output.resolve()
    # Writing allocates little that cycles; with the GC on, collections would
    # rescan the loaded spec and the IR that the caller still holds.
    with _locked(output), gc_paused():
        _resolved_dirs.clear()
        try:
            _remove_orphans(output)
            with BaseStore(output) as store:
                return _write_locked(output, files, store, force=force)
        finally:
            _resolved_dirs.clear()


@contextlib.contextmanager
def _locked(output: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output directory for one run.

    Two runs into one directory would otherwise interleave their files and
    manifests. The lock is ``flock`` on the directory itself (no lock file to
    clean up); where ``fcntl`` is missing (Windows) runs are not serialised.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(output, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            sys.stderr.write(f"waiting for another clientsmith run writing {output}\n")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_orphans(output: Path) -> None:
    """Delete ``.tmp-*`` files an interrupted run left (only under the lock)."""
    for path in _orphans(output):
        path.unlink(missing_ok=True)


def _atomic_write(output: Path, path: Path, data: bytes, rel: str) -> None:
    """Write ``data`` to ``path`` through a temporary sibling, inside ``output``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Resolved after mkdir: a planted symlinked directory must not lead outside.
    if not _resolved(path.parent).is_relative_to(output):
        raise GeneratorError(
            f"internal error: {rel!r} resolves outside the output directory"
        )
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=_TMP_PREFIX, suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, _FILE_MODE)  # mkstemp creates 0600; generated code is public
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_empty_parents(output: Path, path: Path) -> None:
    parent = path.parent
    while (
        parent != output
        and not parent.is_symlink()
        and parent.resolve().is_relative_to(output)
        and parent.is_dir()
        and not any(parent.iterdir())
    ):
        parent.rmdir()
        parent = parent.parent


def _delete(output: Path, path: Path) -> None:
    """Delete a regular file under ``output`` (never through a symlink)."""
    if path.is_symlink() or not path.resolve().is_relative_to(output):
        return
    if path.is_file():
        path.unlink()
        _remove_empty_parents(output, path)


def _write_locked(
    output: Path, files: dict[str, str], store: BaseStore, *, force: bool
) -> WriteResult:
    previous = _read_manifest(output)
    known = previous.known
    encoded = {rel: text.encode("utf-8") for rel, text in files.items()}
    targets = {rel: output / safe_relative_path(rel) for rel in files}
    # Refuse before writing anything: nothing half-written.
    _refuse_unsafe_targets(output, targets, encoded, known, force=force)
    result = WriteResult()
    for rel, path in sorted(targets.items()):
        _write_one(output, rel, path, files[rel], encoded[rel], known, store, result)
    unedited, orphans = _leftovers(output, previous, files)
    for rel in unedited:
        # Only delete what we wrote and nobody edited since.
        _delete(output, output / safe_relative_path(rel))
        result.removed.append(rel)
    result.orphaned.extend(orphans)
    _update_bases(output, encoded, orphans, store)
    _atomic_write(
        output, output / MANIFEST, _manifest_text(files, orphans).encode(), MANIFEST
    )
    return result


def _refuse_unsafe_targets(
    output: Path,
    targets: dict[str, Path],
    encoded: dict[str, bytes],
    known: dict[str, str],
    *,
    force: bool,
) -> None:
    """Raise unless every target resolves inside ``output`` and none is foreign.

    A foreign file exists, differs from what would be written, and is not in
    the manifest: clientsmith did not write it, so only ``force`` overwrites it.
    """
    # The directory only: a symlinked archive is replaced, not followed.
    if not _resolved((output / BASE_ARCHIVE).parent).is_relative_to(output):
        raise GeneratorError(
            f"{(output / BASE_ARCHIVE).parent} resolves outside the output "
            "directory (a symlink?); remove it and generate again"
        )
    foreign: list[Diagnostic] = []
    for rel, path in sorted(targets.items()):
        if not _resolved(path).is_relative_to(output):
            raise GeneratorError(
                f"internal error: {rel!r} resolves outside the output directory"
            )
        if (
            path.exists()
            and rel not in known
            and path.read_bytes() != encoded[rel]
            and not force
        ):
            foreign.append(
                Diagnostic(
                    Severity.ERROR,
                    "would-overwrite",
                    f"{path} exists and was not generated by clientsmith; "
                    "move it away or pass --force",
                    file=str(path),
                )
            )
    if foreign:
        raise GeneratorError(
            "refusing to overwrite files clientsmith did not write", foreign
        )


def _write_one(
    output: Path,
    rel: str,
    path: Path,
    text: str,
    data: bytes,
    known: dict[str, str],
    store: BaseStore,
    result: WriteResult,
) -> None:
    """Write one generated file (merged with its hand edits), recording what happened."""
    current = path.read_bytes() if path.is_file() else None
    if current is not None and rel in known and _digest(current) != known[rel]:
        # Edited by hand since clientsmith wrote it: merge, never overwrite.
        data = _merge_edited(rel, current, text, known[rel], store, result)
    if current == data:
        if rel not in result.kept and rel not in result.conflicts:
            result.unchanged.append(rel)
        return
    _atomic_write(output, path, data, rel)
    if rel not in result.merged and rel not in result.conflicts:
        result.written.append(rel)


def _merge_edited(
    rel: str,
    current: bytes,
    text: str,
    digest: str,
    store: BaseStore,
    result: WriteResult,
) -> bytes:
    """Merge the new ``text`` into a hand-edited file; record kept, merged or conflict."""
    base = store.read(rel, digest)
    merged = merge_texts(
        None if base is None else _decode(base), _decode(current), text
    )
    if merged.conflicts or has_conflict_markers(merged.text):
        result.conflicts.append(rel)
    elif merged.text == _decode(current):
        result.kept.append(rel)
    else:
        result.merged.append(rel)
    return _encode(merged.text)


def _update_bases(
    output: Path, encoded: dict[str, bytes], orphans: dict[str, str], store: BaseStore
) -> None:
    """Store what was generated now as each file's base; drop bases of the rest.

    Orphans keep the base they were generated from, so that a file the spec
    produces again later merges as any other edited file. The archive is
    rewritten only when a base changed.
    """
    # The generated text of every file (not a merge result): what edits merge against.
    bases = dict(encoded)
    for rel, digest in orphans.items():
        kept = store.read(rel, digest)
        if kept is not None:
            bases[rel] = kept
    legacy = store.legacy_files()
    if not store.holds(bases):
        _atomic_write(output, output / BASE_ARCHIVE, archive_bytes(bases), BASE_ARCHIVE)
    for path in legacy:  # now in the archive
        _delete(output, path)
