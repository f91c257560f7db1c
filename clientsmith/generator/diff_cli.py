"""``clientsmith diff`` and the change report of ``clientsmith generate``.

Kept apart from :mod:`.cli` so the command line module only wires options:
this module resolves each side of a comparison (a spec with its config, a
generated directory, a surface file, or one recorded in git), and tracks a
generation's previous surface for ``--report`` and ``--bump``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import click

from .aliases import with_renamed_aliases
from .cli_config import load_cli_config
from .config import GeneratorConfig
from .diagnostics import Diagnostics, GeneratorError, Severity
from .diff import Report, bump_version
from .ir import PackageIR
from .surface import (
    SURFACE_FILE,
    Surface,
    build_surface,
    is_surface,
    read_surface,
    surface_from_spec,
)
from .writer import MANIFEST

__all__ = ["ChangeTracker", "diff_command", "load_side", "write_reports"]

SUMMARY_LIMIT = 20
"""Changes ``generate`` prints; ``--report FILE`` has them all."""


class _UsageProblem(Exception):
    """A side that is not a spec, a generated directory or a surface (exit 2)."""


def _from_git(ref: str) -> Surface:
    """``git:REV:PATH``: the surface recorded under PATH (a client directory or
    a surface file) in commit REV of the repository around the current directory."""
    rev, sep, path = ref[len("git:") :].partition(":")
    if not sep or not rev or not path:
        raise _UsageProblem(f"{ref!r}: expected git:REV:PATH, e.g. git:HEAD:client")
    if rev.startswith("-"):
        # git would read it as an option (--output=FILE writes a file).
        raise _UsageProblem(f"{ref!r}: a revision cannot start with '-'")
    path = path.rstrip("/")
    target = path if path.endswith(".json") else f"{path}/{SURFACE_FILE}"
    # An argument list, not a shell: REV and PATH are passed through as they are.
    proc = subprocess.run(
        ["git", "show", f"{rev}:{target}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise _UsageProblem(
            f"{ref}: git show {rev}:{target} failed: {proc.stderr.strip()}"
            + (
                f" (a client generated before clientsmith recorded {SURFACE_FILE}:"
                " regenerate and commit it once)"
                if "does not exist" in proc.stderr or "exists on disk" in proc.stderr
                else ""
            )
        )
    try:
        data = json.loads(proc.stdout)
    except ValueError as exc:
        raise _UsageProblem(f"{ref}: not JSON: {exc}") from None
    if not is_surface(data):
        raise _UsageProblem(f"{ref}: not a clientsmith API surface")
    assert isinstance(data, dict)
    return data


def load_side(
    arg: str, config: Callable[[str], GeneratorConfig], diagnostics: Diagnostics
) -> Surface:
    """The surface of one side of ``clientsmith diff``.

    ``arg`` is ``git:REV:PATH``, a generated output directory, a surface file
    (``.clientsmith-surface.json``), or a spec (file or URL), which is loaded
    with ``config(arg)`` and built up to the IR.
    """
    if arg.startswith("git:"):
        return _from_git(arg)
    path = Path(arg)
    if not arg.startswith(("http://", "https://")):
        if path.is_dir():
            try:
                return read_surface(path)
            except GeneratorError as exc:
                raise _UsageProblem(exc.message) from None
        if path.name.endswith(SURFACE_FILE):
            try:
                return read_surface(path)
            except GeneratorError as exc:
                raise _UsageProblem(exc.message) from None
        if path.suffix == ".json" and path.is_file():
            # A surface file under another name is recognised by its format key.
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            if is_surface(data):
                assert isinstance(data, dict)
                return data
    return surface_from_spec(arg, config(arg), diagnostics)


def _echo_problems(diagnostics: Diagnostics, exc: GeneratorError) -> None:
    shown = set(diagnostics.items)
    for d in [*diagnostics, *(d for d in exc.diagnostics if d not in shown)]:
        if d.severity is not Severity.INFO:
            click.echo(d.format(), err=True)
    click.echo(f"error: {exc.message}", err=True)


def write_reports(report: Report, files: Sequence[Path]) -> None:
    """Write ``report`` to each file: JSON if its name ends with ``.json``, else Markdown."""
    for file in files:
        text = (
            json.dumps(report.as_json(), indent=2) + "\n"
            if file.suffix == ".json"
            else report.markdown()
        )
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Config for both specs (default: clientsmith.yaml next to each spec).",
)
@click.option(
    "--old-config",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Config for OLD only (overrides --config).",
)
@click.option(
    "--new-config",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Config for NEW only (overrides --config).",
)
@click.option(
    "--package-name", default=None, help="Import name of the package, for specs."
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--fail-on-breaking",
    is_flag=True,
    help="Exit 1 when any change is breaking for callers of the client.",
)
def diff_command(
    old: str,
    new: str,
    config_path: str | None,
    old_config: str | None,
    new_config: str | None,
    package_name: str | None,
    as_json: bool,
    fail_on_breaking: bool,
) -> None:
    """Compare the API of two clients: what changed, and is it breaking.

    OLD and NEW are each a spec (file or URL, with its config as for
    generate), a generated output directory, its .clientsmith-surface.json,
    or git:REV:PATH (that directory as committed in REV). Prints a Markdown
    report (or JSON with --json). Exit codes: 0 ok, 1 breaking changes with
    --fail-on-breaking or a spec that cannot be built, 2 usage error.
    """

    def config_for(override: str | None) -> Callable[[str], GeneratorConfig]:
        return lambda spec: load_cli_config(spec, override or config_path, package_name)

    surfaces: list[Surface] = []
    for arg, override in ((old, old_config), (new, new_config)):
        diagnostics = Diagnostics()
        try:
            surfaces.append(load_side(arg, config_for(override), diagnostics))
        except _UsageProblem as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except GeneratorError as exc:
            _echo_problems(diagnostics, exc)
            sys.exit(1)
    report = Report.between(surfaces[0], surfaces[1])
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2))
    else:
        click.echo(report.markdown(), nl=False)
    if fail_on_breaking and report.breaking:
        click.echo(
            f"{len(report.breaking)} breaking change(s) (--fail-on-breaking)", err=True
        )
        sys.exit(1)


class ChangeTracker:
    """What ``generate`` needs from the client it is about to replace.

    Its :meth:`finalize` runs inside the pipeline once the IR is built (the
    default output directory is known only then): it reads the previous
    surface from the output directory and sets the package version, by
    ``--bump``/``versioning: semver`` from the API changes, or from the config's
    ``version``. :meth:`report` then compares with the new surface.
    """

    def __init__(
        self, output: Path | None, config: GeneratorConfig, bump: bool
    ) -> None:
        self.output = output
        self.config = config
        self.bump = bump or config.versioning == "semver"
        self.previous: Surface | None = None
        self.note = "No previous client to compare with."

    def _target(self, package: PackageIR) -> Path | None:
        if self.output is not None:
            return self.output
        # The default ./<project>; anything but a plain name is refused later.
        path = Path(package.project)
        return (
            path
            if len(path.parts) == 1 and package.project not in (".", "..")
            else None
        )

    def finalize(self, package: PackageIR) -> PackageIR:
        """Read the previous surface; return ``package`` with its version set."""
        target = self._target(package)
        if target is not None:
            self.note = f"No previous client in {target} to compare with."
        if target is not None and (target / SURFACE_FILE).is_file():
            try:
                self.previous = read_surface(target)
            except GeneratorError as exc:
                # Unreadable: regenerate as if new, and say why in the report.
                self.note = f"The previous API surface is unusable: {exc.message}"
        elif target is not None and (target / MANIFEST).is_file():
            self.note = (
                f"The client in {target} has no {SURFACE_FILE} (generated by an "
                "older clientsmith): nothing to compare with this time; the next "
                "regeneration reports its changes."
            )
        version = self.config.version or package.version
        if self.previous is None:
            return replace(package, version=version)
        previous = self.previous
        if not self.bump:
            return with_renamed_aliases(replace(package, version=version), previous)
        # The version follows from the changes, and which deprecated aliases
        # stay follows from the version: first as if it stayed (an unchanged
        # regeneration keeps the release and its aliases), then as bumped.
        before = str(previous.get("version", ""))

        def bumped(candidate: PackageIR) -> str:
            semver = Report.between(previous, build_surface(candidate)).semver
            return bump_version(before, semver) or version

        first = bumped(with_renamed_aliases(replace(package, version=before), previous))
        result = with_renamed_aliases(replace(package, version=first), previous)
        second = bumped(result)  # aliases dropped by the bump are breaking
        if second != first:
            result = with_renamed_aliases(replace(package, version=second), previous)
        return result

    def report(self, surface_text: str | None) -> Report:
        """Changes from the previous surface to the new one; without a previous
        surface, no changes and a note that says why."""
        if self.previous is None or surface_text is None:
            return Report((), note=self.note)
        return Report.between(self.previous, json.loads(surface_text))

    def echo(self, report: Report | None) -> None:
        """The capped one-line-per-change summary ``generate`` prints."""
        if report is None or not report.changes:
            return
        versions = ""
        if report.old_version != report.new_version:
            versions = f"; package version {report.old_version} -> {report.new_version}"
        click.echo(
            f"API changes: semver {report.semver}, {len(report.breaking)} breaking, "
            f"{len(report.changes) - len(report.breaking)} other{versions}"
        )
        for line in report.summary(SUMMARY_LIMIT):
            click.echo(line)
