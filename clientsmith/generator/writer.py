"""The only module that writes generated files.

Output is staged fully in memory first, so a failure in any earlier stage leaves
the previous output untouched. Each file is written to a temporary sibling and
moved into place. A manifest (``.clientsmith-manifest.json``) lists what the
generator wrote; files it did not write are never overwritten or deleted.
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

from .diagnostics import Diagnostic, GeneratorError, Severity

__all__ = [
    "MANIFEST",
    "WriteResult",
    "check_files",
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
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


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


def _read_manifest(output: Path) -> dict[str, str]:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


def _manifest_text(files: dict[str, str]) -> str:
    entries = {
        rel: _digest(text.encode("utf-8")) for rel, text in sorted(files.items())
    }
    return (
        json.dumps(
            {"generator": "clientsmith", "files": entries}, indent=2, sort_keys=True
        )
        + "\n"
    )


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


def check_files(output: Path, files: dict[str, str]) -> list[str]:
    """Differences between disk and ``files`` (``--check``); empty when identical.

    Besides changed, missing and stale files it reports what an interrupted
    regeneration leaves: ``.tmp-*`` files, and a manifest that does not list
    exactly these files (it is written last, so it lags after an interruption).
    """
    problems: list[str] = []
    for path in _orphans(output):
        problems.append(f"orphan: {path.relative_to(output).as_posix()}")
    manifest = output / MANIFEST
    if manifest.is_file() and manifest.read_bytes() != _manifest_text(files).encode():
        problems.append(f"changed: {MANIFEST}")
    for rel, text in sorted(files.items()):
        path = output / safe_relative_path(rel)
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            problems.append(f"missing: {rel}")
            continue
        if current != text.encode("utf-8"):
            problems.append(f"changed: {rel}")
    listed = set(_read_manifest(output))
    for rel in sorted(listed - set(files)):
        if (output / safe_relative_path(rel)).exists():
            problems.append(f"stale: {rel}")
    # A module that neither these files nor the manifest name, inside a package
    # directory the generator owns: what a run killed before writing its manifest
    # leaves behind (Python would import it).
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
                and rel not in listed
                and not entry.name.startswith(_TMP_PREFIX)
                and entry.is_file()
            ):
                problems.append(f"untracked: {rel}")
    return problems


def write_files(
    output: Path, files: dict[str, str], *, force: bool = False
) -> WriteResult:
    """Write ``files`` under ``output`` atomically per file; update the manifest."""
    output.mkdir(parents=True, exist_ok=True)
    output = output.resolve()
    with _locked(output):
        _remove_orphans(output)
        return _write_locked(output, files, force=force)


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


def _write_locked(output: Path, files: dict[str, str], *, force: bool) -> WriteResult:
    previous = _read_manifest(output)
    encoded = {rel: text.encode("utf-8") for rel, text in files.items()}
    targets = {rel: output / safe_relative_path(rel) for rel in files}
    # Refuse before writing anything: nothing half-written.
    foreign: list[Diagnostic] = []
    for rel, path in sorted(targets.items()):
        if not path.resolve().is_relative_to(output):
            raise GeneratorError(
                f"internal error: {rel!r} resolves outside the output directory"
            )
        if (
            path.exists()
            and rel not in previous
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
    result = WriteResult()
    for rel, path in sorted(targets.items()):
        data = encoded[rel]
        if path.exists() and path.read_bytes() == data:
            result.unchanged.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.parent.resolve().is_relative_to(output):
            raise GeneratorError(
                f"internal error: {rel!r} resolves outside the output directory"
            )
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=_TMP_PREFIX, suffix=path.suffix
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, _FILE_MODE)  # mkstemp creates 0600; generated code is public
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        result.written.append(rel)
    for rel in sorted(set(previous) - set(files)):
        try:
            path = output / safe_relative_path(rel)
        except GeneratorError:
            continue  # a planted manifest entry: never ours to delete
        # Resolved as writes are: a symlinked directory (planted beside a
        # planted manifest) must not lead the deletion outside the output.
        if path.is_symlink() or not path.resolve().is_relative_to(output):
            continue
        # Only delete what we wrote and nobody edited since.
        if path.is_file() and _digest(path.read_bytes()) == previous[rel]:
            path.unlink()
            result.removed.append(rel)
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
    manifest = output / MANIFEST
    fd, tmp = tempfile.mkstemp(dir=output, prefix=_TMP_PREFIX)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(_manifest_text(files))
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, manifest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result
