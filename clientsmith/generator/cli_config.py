"""The command line's config: the file a run uses, found and loaded.

Shared by ``generate``/``validate`` (``cli.py``) and ``diff`` (``diff_cli.py``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from clientsmith._redact import redact_urls

from .config import GeneratorConfig, load_config

__all__ = ["CONFIG_NAME", "echo", "load_cli_config"]

CONFIG_NAME = "clientsmith.yaml"


def echo(text: str) -> None:
    """One line on stderr; URLs in it lose userinfo and credential parameters."""
    click.echo(redact_urls(text), err=True)


def load_cli_config(
    spec: str,
    config_path: str | None,
    package_name: str | None,
    templates: Path | None = None,
) -> GeneratorConfig:
    """``--config``, else ``clientsmith.yaml`` next to a local spec, else defaults.

    A config found beside the spec sets names, the base URL and auth (where
    credentials go): it is announced on stderr, and used only when it lies
    inside the current directory, so a spec folder copied from elsewhere
    (``/tmp/vendor/``) cannot change the client silently. ``--config`` is
    always honoured.
    """
    path: Path | None = Path(config_path) if config_path else None
    if path is None and not spec.startswith(("http://", "https://")):
        candidate = Path(spec).parent / CONFIG_NAME
        if candidate.is_file():
            if candidate.resolve().is_relative_to(Path.cwd().resolve()):
                echo(f"using config {candidate} (found beside the spec)")
                path = candidate
            else:
                echo(
                    f"warning: ignoring {candidate}: a config beside a spec outside "
                    f"the current directory is only used with --config {candidate}"
                )
    config = load_config(path) if path is not None else GeneratorConfig()
    if config_path is None and config.templates is not None:
        # Template text becomes the client's code: only a config the user named.
        echo(
            f"warning: ignoring 'templates' in {path}: template overrides are "
            f"used only with --config {path} or --templates DIR"
        )
        config = dataclasses.replace(config, templates=None)
    if templates is not None:
        config = dataclasses.replace(config, templates=str(templates.resolve()))
    if package_name:
        config = config.with_package_name(package_name)
    return config
