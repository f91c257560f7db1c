"""load -> validate -> IR -> render -> format: the generator as one function.

:func:`generate_files` produces the complete output in memory; writing is the
caller's choice (:mod:`.writer`), so ``--check`` and tests share the same path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .builder import build_package
from .config import GeneratorConfig
from .diagnostics import Diagnostic, Diagnostics, GeneratorError, Severity
from .format import format_python
from .ir import PackageIR
from .load import LoadedSpec, load_spec, locate_diagnostics, spec_label
from .locate import gc_paused
from .operations import count_operations
from .render import make_environment, render_package, unused_overrides

__all__ = [
    "GenerationResult",
    "generate_files",
    "generate_from_loaded",
]


@dataclass
class GenerationResult:
    """Everything one run produced, before anything is written."""

    files: dict[str, str]
    package: PackageIR
    diagnostics: Diagnostics
    operations_in_spec: int

    @property
    def operations_emitted(self) -> int:
        return sum(len(r.operations) for r in self.package.resources)


def generate_files(
    source: str | Path,
    config: GeneratorConfig,
    diagnostics: Diagnostics,
    *,
    finalize: Callable[[PackageIR], PackageIR] | None = None,
    strict: bool = False,
    validate: bool = False,
    scratch: Path | None = None,
    allow_outside_refs: bool = False,
    allow_remote_refs: bool = False,
) -> GenerationResult:
    """Run the whole pipeline on the spec at ``source``.

    ``validate`` runs the full openapi-spec-validator (cached by content hash);
    ``strict`` also does, and turns every warning into a fatal error.
    ``scratch`` is where formatting stages its temporary files. The ``allow_*``
    flags widen which ``$ref`` targets a local spec may read (see
    :func:`~clientsmith.generator.load.load_spec`).
    """
    from .overlay import apply_config_to_loaded

    loaded = load_spec(
        source,
        diagnostics,
        allow_outside_refs=allow_outside_refs,
        allow_remote_refs=allow_remote_refs,
    )
    # Recorded in the package: the spec's own bytes, not the config (whose
    # repr, which the config-applied hash covers, holds file paths).
    spec_hash = loaded.content_hash
    # Applied exactly once, here: overlay updates are not idempotent.
    loaded = apply_config_to_loaded(loaded, config, diagnostics)
    return generate_from_loaded(
        loaded,
        config,
        diagnostics,
        strict=strict,
        validate=validate,
        label=spec_label(source),
        scratch=scratch,
        finalize=finalize,
        spec_hash=spec_hash,
    )


def generate_from_loaded(
    loaded: LoadedSpec,
    config: GeneratorConfig,
    diagnostics: Diagnostics,
    *,
    strict: bool = False,
    validate: bool = False,
    label: str = "",
    scratch: Path | None = None,
    finalize: Callable[[PackageIR], PackageIR] | None = None,
    spec_hash: str = "",
) -> GenerationResult:
    """Validate, build the IR, render and format a loaded spec.

    ``finalize`` may adjust the IR before rendering (``--bump`` sets the
    package version there, from the API changes against the previous output).
    """
    from .surface import SURFACE_FILE, build_surface, surface_text
    from .validate import validate_spec

    # The IR stage itself checks everything it relies on (and falls back safely);
    # `clientsmith validate` adds quick_check's structural report on top.
    start = 0
    if validate or strict:
        validate_spec(loaded, diagnostics)
    # The IR and the rendered text are many small objects and almost no cycles:
    # the cyclic GC would rescan the loaded document on every collection for
    # nothing (a quarter of GitHub's build and render time).
    with gc_paused():
        package = build_package(
            loaded.document, config, diagnostics, spec_source=label or loaded.path
        )
    locate_diagnostics(loaded, diagnostics, start)
    if diagnostics.has_errors or (
        strict and any(d.severity is Severity.WARNING for d in diagnostics)
    ):
        raise GeneratorError(
            "generation stopped: see the diagnostics above"
            + (" (--strict makes warnings fatal)" if strict else ""),
            [d for d in diagnostics if d.severity is not Severity.INFO],
        )
    package = dataclasses.replace(
        package,
        spec_version=package.version,
        spec_hash=spec_hash or loaded.content_hash,
    )
    if finalize is not None:
        package = finalize(package)
    env = None
    if config.templates is not None:
        env = make_environment(config.templates)
        for name in unused_overrides(config.templates):
            diagnostics.warning(
                "template-unused",
                f"{name} in the templates directory replaces no built-in template "
                "(it is used only if another template includes it)",
                "",
            )
    with gc_paused():
        rendered = _render(package, env, config.templates or "")
        # The client's API surface, for `clientsmith diff` and change reports: a
        # generated file like the others (in the manifest, checked by --check).
        # Built here too: with the GC on, its many small dicts triggered
        # collections that rescanned the whole document (0.4 s for GitHub).
        surface = surface_text(build_surface(package))
    files = format_python(rendered, scratch=scratch)
    files[SURFACE_FILE] = surface
    in_spec = count_operations(loaded.document)
    return GenerationResult(files, package, diagnostics, in_spec)


def _render(
    package: PackageIR, env: jinja2.Environment | None, templates: str
) -> dict[str, str]:
    """Render; with template overrides, a template's error is the user's to fix:
    reported with its file and line, not as a generator crash."""
    if env is None:
        return render_package(package)
    try:
        return render_package(package, env)
    except jinja2.TemplateError as exc:
        name = getattr(exc, "filename", None) or getattr(exc, "name", None)
        line = getattr(exc, "lineno", None)
        message = f"template error: {exc.message or type(exc).__name__}"
        raise GeneratorError(
            "a template override failed",
            [
                Diagnostic(
                    Severity.ERROR,
                    "template-error",
                    message,
                    "",
                    name or templates,
                    line,
                )
            ],
        ) from None
