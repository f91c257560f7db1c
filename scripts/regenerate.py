"""Regenerate the committed clients in ``generated/`` from the specs in ``specs/``.

Usage: ``python scripts/regenerate.py`` (or ``--check`` to only report drift,
which is what CI does through ``tests/generator/test_golden.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"


def example_specs() -> list[Path]:
    """Example specs; each generates ``generated/<stem>/``.

    Top-level files in ``specs/``, plus ``specs/<name>/<name>.{yaml,yml,json}`` for
    each directory holding a ``clientsmith.yaml`` (read automatically, being next to
    the spec); its stem is the directory's name, so the output is ``generated/<name>/``.
    """
    top = [
        p
        for p in SPECS.iterdir()
        if p.suffix in (".yaml", ".yml", ".json")
        and not p.name.startswith("clientsmith")
    ]
    nested = [
        spec
        for d in SPECS.iterdir()
        if (d / "clientsmith.yaml").is_file()
        for spec in (d / f"{d.name}{ext}" for ext in (".yaml", ".yml", ".json"))
        if spec.is_file()
    ]
    return sorted(top + nested)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    status = 0
    for spec in example_specs():
        command = [
            sys.executable,
            "-m",
            "clientsmith.generator",
            "generate",
            str(spec),
            "--output",
            str(GENERATED / spec.stem),
            # The committed clients ship their generated tests.
            "--tests",
        ]
        if check:
            command.append("--check")
        result = subprocess.run(command, check=False)
        status = status or result.returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
