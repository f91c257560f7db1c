"""Build hook of the ``clientsmith-runtime`` distribution.

The runtime and the generator are one import package, ``clientsmith/`` at the
repository root. This distribution ships that package without ``generator/``
and ``templates/``, which the ``clientsmith`` distribution (the repository
root's ``pyproject.toml``) ships; the two install into the same directory.

The package is ``../clientsmith`` in a checkout (or a ``git+...#subdirectory=
runtime`` URL, which pip builds in the clone) and ``./clientsmith`` in this
distribution's sdist, which carries its own copy. An editable install ships no
file: ``dev-mode-dirs`` puts the checkout itself on ``sys.path``, so a second
copy of the runtime never shadows the code being edited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Top-level entries of clientsmith/ that belong to the generator distribution.
GENERATOR_PARTS = frozenset({"generator", "templates"})


def package_dir(root: Path) -> Path:
    """The ``clientsmith`` package next to this project (sdist) or above it (checkout)."""
    for candidate in (root / "clientsmith", root.parent / "clientsmith"):
        if (candidate / "__init__.py").is_file():
            return candidate
    raise FileNotFoundError(
        f"clientsmith-runtime: no clientsmith package in {root} or {root.parent}"
    )


def runtime_files(package: Path) -> dict[str, str]:
    """Source path -> path in the distribution, for every runtime file."""
    files: dict[str, str] = {}
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if (
            not path.is_file()
            or relative.parts[0] in GENERATOR_PARTS
            or "__pycache__" in relative.parts
            or path.suffix in {".pyc", ".pyo"}
        ):
            continue
        files[str(path)] = f"clientsmith/{relative.as_posix()}"
    return files


class RuntimeBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the runtime's files to the wheel and the sdist."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        build_data["force_include"].update(runtime_files(package_dir(Path(self.root))))
