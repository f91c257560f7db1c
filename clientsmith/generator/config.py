"""Generator configuration (``--config`` or ``clientsmith.yaml`` next to the spec)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .diagnostics import Diagnostic, GeneratorError, Severity
from .naming import snake_name

__all__ = ["GeneratorConfig", "config_from_mapping"]


@dataclass(frozen=True)
class GeneratorConfig:
    """What the user may set about the generated package."""

    package_name: str | None = None
    """Import name of the generated package (default: from ``info.title``)."""
    project_name: str | None = None
    """Distribution name in the generated pyproject (default: package name, dashed)."""
    client_name: str | None = None
    """Class name of the sync client (default ``Client``; async is ``Async`` + it)."""
    base_url: str | None = None
    """Default base URL, overriding the spec's ``servers``."""
    env_prefix: str | None = None
    """Prefix of environment variables read by the client (default ``<PACKAGE>_``)."""


def config_from_mapping(data: Any, *, source: str) -> GeneratorConfig:
    """Validate a decoded config file; unknown keys and wrong types are errors."""
    if data is None:
        return GeneratorConfig()
    if not isinstance(data, dict):
        raise GeneratorError(
            "config is not a mapping",
            [Diagnostic(Severity.ERROR, "config-invalid", "the config file must be a mapping", "", source)],
        )
    known = {f.name for f in fields(GeneratorConfig)}
    problems: list[Diagnostic] = []
    values: dict[str, str] = {}
    for key, value in data.items():
        if key not in known:
            problems.append(Diagnostic(Severity.ERROR, "config-invalid",
                                       f"unknown key {key!r} (known: {', '.join(sorted(known))})", f"/{key}", source))
        elif not isinstance(value, str) or not value:
            problems.append(Diagnostic(Severity.ERROR, "config-invalid", f"{key!r} must be a non-empty string", f"/{key}", source))
        else:
            values[key] = value
    pkg = values.get("package_name")
    if pkg is not None and (snake_name(pkg) != pkg or not pkg.isidentifier()):
        problems.append(Diagnostic(Severity.ERROR, "config-invalid",
                                   f"package_name {pkg!r} is not a valid snake_case module name", "/package_name", source))
    client = values.get("client_name")
    if client is not None and not client.isidentifier():
        problems.append(Diagnostic(Severity.ERROR, "config-invalid", f"client_name {client!r} is not an identifier", "/client_name", source))
    if problems:
        raise GeneratorError("invalid config", problems)
    return GeneratorConfig(**values)
