"""``clientsmith export-openapi``: a resource spec compiled to OpenAPI 3.1."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .diagnostics import Diagnostics, GeneratorError, Severity
from .operations import count_operations
from .resource_spec import OPENAPI_VERSION, dump_openapi, load_resource_spec

__all__ = ["export_openapi"]


@click.command(name="export-openapi")
@click.argument("spec", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write; .json gives JSON, anything else YAML (default: YAML on stdout).",
)
def export_openapi(spec: Path, output: Path | None) -> None:
    """Compile the resource spec SPEC to an OpenAPI 3.1 document."""
    diagnostics = Diagnostics()
    try:
        document = load_resource_spec(spec, diagnostics)
    except GeneratorError as exc:
        shown = set(diagnostics.items)
        for d in (*diagnostics.items, *(d for d in exc.diagnostics if d not in shown)):
            click.echo(
                d.message if d.message.startswith(str(spec)) else d.format(), err=True
            )
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(1)
    for d in diagnostics:
        if d.severity is not Severity.INFO:
            click.echo(d.message, err=True)
    fmt = "json" if output is not None and output.suffix.lower() == ".json" else "yaml"
    text = dump_openapi(document, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    click.echo(
        f"{output}: OpenAPI {OPENAPI_VERSION}, {count_operations(document)} operations"
    )
