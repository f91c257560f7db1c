"""``clientsmith export-openapi``: write the compiled OpenAPI document."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
import yaml

from ..diagnostics import Diagnostics, GeneratorError, Severity
from ._compile import OPENAPI_VERSION

__all__ = ["dump_openapi", "export_openapi"]


def dump_openapi(document: Mapping[str, Any], fmt: str) -> str:
    """The document as ``json`` or ``yaml`` text (key order kept)."""
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    class _Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, _str)
    return yaml.dump(
        dict(document), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )


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
    from . import load_resource_spec

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
    from ..operations import count_operations

    click.echo(
        f"{output}: OpenAPI {OPENAPI_VERSION}, {count_operations(document)} operations"
    )
