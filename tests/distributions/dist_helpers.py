"""Fresh virtual environments for the packaging tests, without the network.

A test builds the repository's wheels (``pip wheel --no-build-isolation``, with
the test environment's hatchling) and installs them into a new ``python -m
venv`` with ``pip install --no-index --find-links``: pip resolves every
``clientsmith*`` requirement from those wheels, by name, as it would from an
index. The third-party dependencies come from the test environment, but only
those a test names: ``dependency_site`` links the closure of the given
requirements into a directory that a ``.pth`` file adds to the venv, so a
package outside the closure (jinja2 for a client, say) is not importable there
and a wheel that required it would fail to install.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import os
import re
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterable
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "runtime"
# The generator's dependencies: none may reach an application using a client.
GENERATOR_ONLY = ("jinja2", "click", "pyyaml", "openapi-spec-validator", "ruff")


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command (in the checkout unless ``cwd``); the caller checks the result."""
    # No pip configuration of this machine (an index, find-links, constraints):
    # only what a test passes on the command line.
    env = {
        k: v
        for k, v in os.environ.items()
        if k != "PYTHONPATH" and not k.startswith("PIP_")
    }
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    """The output of a command that must succeed."""
    assert proc.returncode == 0, f"{proc.args}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def build_wheel(project: Path, dest: Path) -> Path:
    """Build ``project``'s wheel into ``dest``; its path."""
    before = set(dest.glob("*.whl"))
    ok(
        run(
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            dest,
            project,
        )
    )
    (wheel,) = set(dest.glob("*.whl")) - before
    return wheel


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(requirements: Iterable[str]) -> set[str]:
    """Installed distributions needed by ``requirements``, ``clientsmith*`` aside."""
    found: set[str] = set()
    todo = [(Requirement(r), frozenset(Requirement(r).extras)) for r in requirements]
    while todo:
        requirement, extras = todo.pop()
        name = _canonical(requirement.name)
        if name.startswith("clientsmith") or name in found:
            continue
        found.add(name)
        for text in importlib.metadata.distribution(name).requires or []:
            dependency = Requirement(text)
            wanted = dependency.marker is None or any(
                dependency.marker.evaluate({"extra": extra})
                for extra in (extras or {""})
            )
            if wanted:
                todo.append((dependency, frozenset(dependency.extras)))
    return found


def dependency_site(directory: Path, requirements: Iterable[str]) -> Path:
    """A directory holding (as links) exactly the closure of ``requirements``.

    Their commands go to ``directory/bin``, where ruff's package looks for its
    binary.
    """
    (directory / "bin").mkdir(parents=True)
    purelib = Path(sysconfig.get_paths()["purelib"])
    for name in sorted(closure(requirements)):
        files = importlib.metadata.distribution(name).files
        assert files is not None, f"{name} has no RECORD"
        for file in files:
            source = Path(os.path.normpath(purelib / file))
            if file.parts[0] == "..":  # a command in the environment's bin/
                link = directory / "bin" / source.name
            else:
                link, source = directory / file.parts[0], purelib / file.parts[0]
            if not link.exists() and source.exists():
                link.symlink_to(source)
    return directory


def venv(directory: Path, site: Path) -> Path:
    """A new venv that sees ``site``; its ``bin`` directory.

    Without pip of its own (``ensurepip`` is most of a venv's creation time):
    ``pip`` runs the test environment's pip with ``--python`` pointing here.
    """
    ok(run(sys.executable, "-m", "venv", "--without-pip", directory))
    python = directory / "bin" / "python"
    purelib = ok(
        run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    ).strip()
    # Appended after the venv's own site-packages: what pip installs there wins.
    Path(purelib, "dependencies.pth").write_text(f"{site}\n")
    return directory / "bin"


def pip(bin_dir: Path, *args: str | Path, cwd: Path | None = None) -> str:
    """Run pip on the venv of ``bin_dir`` (from ``cwd``, default the venv); its output."""
    return ok(
        run(
            sys.executable,
            "-m",
            "pip",
            "--python",
            bin_dir / "python",
            *args,
            cwd=cwd or bin_dir.parent,
        )
    )


def pip_install(bin_dir: Path, wheels: Path, *requirements: str | Path) -> str:
    """Install from local wheels and paths only; pip's output."""
    return pip(
        bin_dir,
        "install",
        "--no-index",
        "--find-links",
        wheels,
        "--no-build-isolation",
        *requirements,
    )


def wheel_requires(wheel: Path, *extras: str) -> list[str]:
    """A wheel's ``Requires-Dist``, markers applied for ``extras``."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))
    wanted = []
    for text in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is None or any(
            marker.evaluate({"extra": e}) for e in (extras or ("",))
        ):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted


def run_in(directory: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a venv's command from ``directory``, so the checkout is not on its path."""
    return run(*args, cwd=directory)
