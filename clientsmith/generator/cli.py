"""The ``clientsmith`` command line: ``generate`` and ``validate``.

Exit codes: 0 ok, 1 diagnostics or drift, 2 usage error. User errors print
diagnostics, never a traceback.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from clientsmith._redact import redact_urls

from .cli_config import CONFIG_NAME, load_cli_config
from .cli_config import echo as _echo
from .diagnostics import Diagnostics, GeneratorError, Severity
from .load import locate_diagnostics
from .operations import pagination_summary
from .pipeline import generate_files
from .writer import WriteResult, check_output, write_files

__all__ = ["main"]


def _echo_diagnostics(items: Any, *, verbose: bool) -> None:
    for d in items:
        if d.severity is Severity.INFO and not verbose:
            continue
        _echo(d.format())


def _scratch_for(output: Path | None) -> Path:
    """An existing directory on the output's filesystem, for formatting's temp files."""
    # Beside the output (not inside it), so a crash leaves nothing in the client.
    candidate = output.resolve().parent if output else Path.cwd().resolve()
    while not candidate.is_dir():
        candidate = candidate.parent
    return candidate


def _default_target(project: str) -> Path:
    """``./<project>``, refusing a name that would lead anywhere else.

    The project name comes from the config or the spec; config names are
    validated already, but this is where a path is made, so it checks again.
    """
    path = Path(project)
    cwd = Path.cwd().resolve()
    if (
        not project
        or path.is_absolute()
        or len(path.parts) != 1
        or project in (".", "..")
        or not (cwd / path).resolve().is_relative_to(cwd)
    ):
        _echo(
            f"error: the project name {project!r} is not a directory name here; "
            "pass --output DIR"
        )
        sys.exit(2)
    return path


def _terminate_as_exit(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so scratch trees and temp files are removed."""
    raise SystemExit(128 + signum)


def _cleanup_on_signals() -> None:
    # Only in the main thread (signal handlers cannot be set elsewhere), and
    # only when nobody else installed one.
    if threading.current_thread() is threading.main_thread() and (
        signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    ):
        signal.signal(signal.SIGTERM, _terminate_as_exit)


class _Main(click.Group):
    """Turns unexpected exceptions (generator bugs) into a one-line report."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if os.environ.get("CLIENTSMITH_DEBUG"):
                raise
            where = traceback.extract_tb(exc.__traceback__)[-1]
            _echo(
                f"internal error: {type(exc).__name__}: {exc} "
                f"(at {Path(where.filename).name}:{where.lineno}); please report it "
                "with the spec; set CLIENTSMITH_DEBUG=1 for the traceback"
            )
            sys.exit(1)


F = TypeVar("F", bound=Callable[..., Any])


def _ref_options(command: F) -> F:
    """``--allow-outside-refs`` and ``--allow-remote-refs`` (see ``docs/security.md``)."""
    command = click.option(
        "--allow-remote-refs",
        is_flag=True,
        help="Follow http(s) $refs of a local spec (off: no network requests).",
    )(command)
    return click.option(
        "--allow-outside-refs",
        is_flag=True,
        help="Follow $refs to local files outside the spec's directory.",
    )(command)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="clientsmith")
def main() -> None:
    """Generate typed Python API clients from OpenAPI specs."""


@main.command()
@click.argument("spec")
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory that receives the project (default: ./<project-name>).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help=f"Generator config (default: {CONFIG_NAME} next to the spec, if any).",
)
@click.option(
    "--package-name", default=None, help="Import name of the generated package."
)
@click.option(
    "--tests",
    "with_tests",
    is_flag=True,
    default=None,
    help="Also write a pytest suite calling every operation (tests/).",
)
@click.option(
    "--templates",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Directory of template overrides (see docs/templates.md).",
)
@click.option(
    "--check", is_flag=True, help="Write nothing; exit 1 if the files on disk differ."
)
@click.option(
    "--allow-edits",
    is_flag=True,
    help="With --check: hand edits that regeneration keeps as they are do not fail.",
)
@click.option(
    "--strict", is_flag=True, help="Run full validation and treat warnings as errors."
)
@click.option(
    "--validate/--no-validate",
    "full_validation",
    default=False,
    help="Run the full openapi-spec-validator (cached by content hash).",
)
@click.option(
    "--force", is_flag=True, help="Overwrite files that clientsmith did not generate."
)
@click.option(
    "--report",
    "report_files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the API change report (JSON if FILE ends with .json, else Markdown).",
)
@click.option(
    "--bump",
    is_flag=True,
    help="Version the package by its API changes (semver) from the previous output.",
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Also print informational diagnostics."
)
@_ref_options
def generate(
    spec: str,
    output: Path | None,
    config_path: str | None,
    package_name: str | None,
    with_tests: bool | None,
    templates: Path | None,
    check: bool,
    allow_edits: bool,
    strict: bool,
    full_validation: bool,
    force: bool,
    report_files: tuple[Path, ...],
    bump: bool,
    verbose: bool,
    allow_outside_refs: bool,
    allow_remote_refs: bool,
) -> None:
    """Generate a client project from SPEC (a JSON/YAML file or an http(s) URL)."""
    from .diff import Report
    from .diff_cli import ChangeTracker, write_reports
    from .surface import SURFACE_FILE

    _cleanup_on_signals()
    diagnostics = Diagnostics()
    try:
        config = load_cli_config(spec, config_path, package_name, templates)
        if with_tests:
            config = dataclasses.replace(config, tests=True)
        # Reads the client being replaced, for the change report and --bump.
        tracker = ChangeTracker(output, config, bump)
        result = generate_files(
            spec,
            config,
            diagnostics,
            finalize=tracker.finalize,
            strict=strict,
            validate=full_validation,
            scratch=_scratch_for(output),
            allow_outside_refs=allow_outside_refs,
            allow_remote_refs=allow_remote_refs,
        )
    except GeneratorError as exc:
        _echo_diagnostics(diagnostics, verbose=verbose)
        shown = set(diagnostics.items)
        _echo_diagnostics((d for d in exc.diagnostics if d not in shown), verbose=True)
        _echo(f"error: {exc.message}")
        sys.exit(1)
    _echo_diagnostics(diagnostics, verbose=verbose)
    if not verbose:  # with -v each detection was listed above
        for line in pagination_summary(diagnostics):
            click.echo(line, err=True)
    target = output if output is not None else _default_target(result.package.project)
    emitted, total = result.operations_emitted, result.operations_in_spec
    changes = tracker.report(result.files.get(SURFACE_FILE))
    tracker.echo(changes)
    write_reports(
        changes or Report((), note=f"No previous client in {target} to compare with."),
        report_files,
    )
    if check:
        _check(target, result.files, allow_edits=allow_edits)
        return
    try:
        written = write_files(target, result.files, force=force)
    except GeneratorError as exc:
        _echo_diagnostics(exc.diagnostics, verbose=True)
        _echo(f"error: {exc.message}")
        sys.exit(1)
    except OSError as exc:
        click.echo(f"error: cannot write to {target}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    click.echo(
        f"{target}: package {result.package.package!r}, {emitted}/{total} operations, "
        f"{len(written.written)} written, {len(written.unchanged)} unchanged, {len(written.removed)} removed"
        + _edits_summary(written)
    )
    if _echo_edits(target, written):
        sys.exit(1)


def _check(target: Path, files: dict[str, str], *, allow_edits: bool) -> None:
    """``--check``: list every difference; exit 1 unless none of them blocks.

    Never "up to date" while a generated file carries hand edits or is
    orphaned: those are listed apart from out-of-date files, and said so.
    """
    findings = check_output(target, files, allow_edits=allow_edits)
    for finding in findings:
        click.echo(str(finding), err=True)
    blocking = [f for f in findings if f.blocking]
    edited = [f for f in findings if f.kind in ("edited", "conflict", "orphaned")]
    if blocking:
        stale = len([f for f in blocking if f not in edited])
        parts = [f"{stale} file(s) differ from the spec"] if stale else []
        if edited:
            parts.append(f"{len(edited)} edited by hand")
        # Edits that regeneration keeps are not fixed by regenerating.
        kept = [f for f in blocking if f.kind == "edited" and "keeps" in f.detail]
        advice = "regenerate" if len(kept) < len(blocking) else ""
        if kept:
            advice += (" and " if advice else "") + (
                "move hand edits out of generated files (or pass --allow-edits)"
            )
        click.echo(f"{target}: {', '.join(parts)}; {advice}", err=True)
        sys.exit(1)
    if edited:  # only edits that regeneration keeps, and --allow-edits
        click.echo(
            f"{target}: in step with the spec; {len(edited)} file(s) edited by hand "
            "(regeneration keeps the edits)"
        )
        return
    click.echo(f"{target}: up to date ({len(files)} files)")


def _edits_summary(written: WriteResult) -> str:
    parts = [
        f"{len(paths)} {label}"
        for paths, label in (
            (written.merged, "merged"),
            (written.kept, "kept as edited"),
            (written.conflicts, "with conflicts"),
            (written.orphaned, "orphaned"),
        )
        if paths
    ]
    return "".join(f", {part}" for part in parts)


def _echo_edits(target: Path, written: WriteResult) -> bool:
    """Report what happened to hand edits; whether a conflict needs the user."""
    for rel in written.merged:
        _echo(f"merged: {rel} (hand edits kept, the spec's changes merged in)")
    for rel in written.kept:
        _echo(f"kept: {rel} (edited by hand; left as it is)")
    for rel in written.orphaned:
        _echo(
            f"orphaned: {rel} (edited by hand and no longer generated; kept: move "
            "the code into a module you own, or delete the file)"
        )
    for rel in written.conflicts:
        _echo(f"conflict: {rel}")
    if written.conflicts:
        _echo(
            f"error: {len(written.conflicts)} file(s) in {target} have conflicts between "
            "hand edits and the new output; both sides are in the files between "
            "'<<<<<<< your edits' and '>>>>>>> generated by clientsmith' markers: "
            "resolve them, then run generate again"
        )
        return True
    return False


@main.command()
@click.argument("spec")
@click.option(
    "--verbose", "-v", is_flag=True, help="Also print informational diagnostics."
)
@_ref_options
def validate(
    spec: str, verbose: bool, allow_outside_refs: bool, allow_remote_refs: bool
) -> None:
    """Check SPEC and print diagnostics; exit 1 if there are errors or warnings."""
    from .load import load_spec
    from .validate import quick_check, validate_spec

    diagnostics = Diagnostics()
    try:
        loaded = load_spec(
            spec,
            diagnostics,
            allow_outside_refs=allow_outside_refs,
            allow_remote_refs=allow_remote_refs,
        )
        quick_check(loaded, diagnostics)
        validate_spec(loaded, diagnostics)
    except GeneratorError as exc:
        _echo_diagnostics(diagnostics, verbose=verbose)
        _echo_diagnostics(exc.diagnostics, verbose=True)
        _echo(f"error: {exc.message}")
        sys.exit(1)
    locate_diagnostics(loaded, diagnostics)
    _echo_diagnostics(diagnostics, verbose=verbose)
    bad = [d for d in diagnostics if d.severity is not Severity.INFO]
    if bad:
        _echo(f"{spec}: {len(bad)} problem(s)")
        sys.exit(1)
    click.echo(redact_urls(f"{spec}: valid"))


def _register_commands() -> None:
    from .export_cli import export_openapi

    main.add_command(export_openapi)
    from .diff_cli import diff_command

    main.add_command(diff_command)


_register_commands()
