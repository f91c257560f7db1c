"""Two distributions from one package: ``clientsmith`` and ``clientsmith-runtime``.

``pip install clientsmith`` gives the generator and a working ``clientsmith``
command (the runtime comes with it); a generated client depends on
``clientsmith-runtime`` only, so an application using one never installs
jinja2, click or PyYAML. Each test installs into a fresh venv from local wheels,
paths or a ``git+file://`` URL, never from an index (``dist_helpers``).
"""

from __future__ import annotations

import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from dist_helpers import (
    GENERATOR_ONLY,
    ROOT,
    RUNTIME,
    build_wheel,
    dependency_site,
    ok,
    pip,
    pip_install,
    run,
    run_in,
    venv,
    wheel_requires,
)

import clientsmith
from clientsmith.generator.builder import GENERATOR_VERSION

VERSION = clientsmith.__version__


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runtime's and the generator's wheels, built from this checkout."""
    dest = tmp_path_factory.mktemp("wheels")
    build_wheel(RUNTIME, dest)
    build_wheel(ROOT, dest)
    return dest


def runtime_wheel(wheels: Path) -> Path:
    return next(wheels.glob("clientsmith_runtime-*.whl"))


def generator_wheel(wheels: Path) -> Path:
    return next(wheels.glob("clientsmith-*.whl"))


def names(wheel: Path) -> set[str]:
    return {
        n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("clientsmith/")
    }


def test_every_file_of_the_package_ships_in_exactly_one_wheel(wheels: Path) -> None:
    runtime, generator = names(runtime_wheel(wheels)), names(generator_wheel(wheels))
    assert not runtime & generator
    package = ROOT / "clientsmith"
    on_disk = {
        f"clientsmith/{p.relative_to(package).as_posix()}"
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    assert runtime | generator == on_disk
    assert "clientsmith/__init__.py" in runtime and "clientsmith/py.typed" in runtime
    assert not any(n.startswith("clientsmith/generator/") for n in runtime)
    assert "clientsmith/templates/resource.py.jinja" in generator
    assert "clientsmith/generator/resource_spec/schema.json" in generator


def test_versions_agree_and_the_generator_pins_its_runtime(wheels: Path) -> None:
    assert GENERATOR_VERSION == VERSION
    assert runtime_wheel(wheels).name.startswith(f"clientsmith_runtime-{VERSION}-")
    assert generator_wheel(wheels).name.startswith(f"clientsmith-{VERSION}-")
    assert f"clientsmith-runtime=={VERSION}" in wheel_requires(generator_wheel(wheels))
    runtime_requires = " ".join(
        wheel_requires(runtime_wheel(wheels), "crypto", "dotenv")
    )
    for name in GENERATOR_ONLY:
        assert name not in runtime_requires.lower()


def test_plain_install_of_the_generator_gives_a_working_command(
    wheels: Path, tmp_path: Path
) -> None:
    needs = wheel_requires(generator_wheel(wheels)) + wheel_requires(
        runtime_wheel(wheels)
    )
    bin_dir = venv(tmp_path / "venv", dependency_site(tmp_path / "site", needs))
    # By name, as from an index: pip finds clientsmith-runtime itself.
    pip_install(bin_dir, wheels, "clientsmith")

    assert "Usage: clientsmith" in ok(
        run_in(tmp_path, bin_dir / "clientsmith", "--help")
    )
    where = ok(
        run_in(
            tmp_path,
            bin_dir / "python",
            "-c",
            "import clientsmith; print(clientsmith.__file__)",
        )
    )
    assert where.startswith(str(tmp_path / "venv"))  # the wheels, not the checkout
    out = tmp_path / "client"
    ok(
        run_in(
            tmp_path,
            bin_dir / "clientsmith",
            "generate",
            ROOT / "specs" / "petstore.yaml",
            "-o",
            out,
        )
    )
    assert (out / "petstore" / "resources" / "pets.py").is_file()
    assert '"clientsmith-runtime>=0.1"' in (out / "pyproject.toml").read_text()
    # The extra the docs used to name still installs.
    pip_install(bin_dir, wheels, "clientsmith[generator]")
    # The two share the package directory but no file: removing the generator
    # leaves the runtime whole.
    pip(bin_dir, "uninstall", "-y", "clientsmith")
    probe = (
        "import importlib.util as u, clientsmith.client; "
        "print(u.find_spec('clientsmith.generator'))"
    )
    assert ok(run_in(tmp_path, bin_dir / "python", "-c", probe)).strip() == "None"


def _client_venv(
    wheels: Path, tmp_path: Path, extras: tuple[str, ...] = (), *also: str
) -> Path:
    """A venv that sees the runtime's dependencies, ``also`` and hatchling (to build)."""
    needs = [*wheel_requires(runtime_wheel(wheels), *extras), "hatchling", *also]
    site = dependency_site(tmp_path / "site", needs)
    for name in {*GENERATOR_ONLY, "yaml"} - set(also):
        assert not (site / name).exists(), name
    return venv(tmp_path / "venv", site)


def test_a_generated_client_installs_with_the_runtime_alone(
    wheels: Path, tmp_path: Path
) -> None:
    bin_dir = _client_venv(wheels, tmp_path)
    project = tmp_path / "petstore"
    shutil.copytree(ROOT / "generated" / "petstore", project)
    # The client's own pyproject.toml, built here; its clientsmith-runtime
    # requirement is found among the local wheels.
    pip_install(bin_dir, wheels, project)

    installed = pip(bin_dir, "list", "--format=freeze")
    assert "clientsmith-runtime==" in installed and "petstore==" in installed
    assert "clientsmith==" not in installed
    probe = (
        "import importlib.util as u; "
        "print([m for m in ('jinja2', 'click', 'yaml', 'clientsmith.generator') "
        "if u.find_spec(m)])"
    )
    assert ok(run_in(tmp_path, bin_dir / "python", "-c", probe)).strip() == "[]"
    # The README's demo: the client imports and calls through the runtime.
    demo = ok(
        run_in(tmp_path, bin_dir / "python", ROOT / "examples" / "petstore_demo.py")
    )
    assert "created: 99" in demo


def test_a_generated_cli_client_installs_with_the_runtime_extra(
    wheels: Path, tmp_path: Path
) -> None:
    # A client with a command line needs click (its own CLI) and the runtime's
    # dotenv extra, both declared by its pyproject.toml; still no generator.
    bin_dir = _client_venv(wheels, tmp_path, ("dotenv",), "click")
    project = tmp_path / "cloudconnexa"
    shutil.copytree(ROOT / "generated" / "cloudconnexa", project)
    pip_install(bin_dir, wheels, project)
    assert "Usage: cloudconnexa" in ok(
        run_in(tmp_path, bin_dir / "cloudconnexa", "--help")
    )
    probe = "import importlib.util as u; print(u.find_spec('jinja2'), u.find_spec('dotenv') is not None)"
    assert ok(run_in(tmp_path, bin_dir / "python", "-c", probe)).split() == [
        "None",
        "True",
    ]


def test_the_runtime_sdist_builds_the_same_wheel(wheels: Path, tmp_path: Path) -> None:
    sdist = ok(
        run(
            sys.executable,
            "-c",
            f"from hatchling.build import build_sdist; print(build_sdist({str(tmp_path)!r}))",
            cwd=RUNTIME,
        )
    ).strip()
    with tarfile.open(tmp_path / sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (source,) = (tmp_path / "unpacked").iterdir()
    assert (source / "clientsmith" / "__init__.py").is_file()
    assert not (source / "clientsmith" / "generator").exists()
    rebuilt = build_wheel(source, tmp_path)
    assert names(rebuilt) == names(runtime_wheel(wheels))


def test_an_editable_runtime_adds_the_checkout_and_copies_nothing(
    tmp_path: Path,
) -> None:
    wheel = ok(
        run(
            sys.executable,
            "-c",
            f"from hatchling.build import build_editable; print(build_editable({str(tmp_path)!r}))",
            cwd=RUNTIME,
        )
    ).strip()
    archive = zipfile.ZipFile(tmp_path / wheel)
    (pth,) = [n for n in archive.namelist() if n.endswith(".pth")]
    assert archive.read(pth).decode().split() == [str(ROOT)]
    assert not [n for n in archive.namelist() if n.startswith("clientsmith/")]


def _snapshot_repository(destination: Path) -> Path:
    """A Git repository of this checkout's files as they are now (committed or not)."""
    listed = ok(
        run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    )
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git = ("git", "-c", "user.name=test", "-c", "user.email=test@example.com")
    ok(run(*git, "init", "-q", destination, cwd=destination))
    ok(run(*git, "add", "-A", cwd=destination))
    ok(run(*git, "commit", "-q", "-m", "snapshot", cwd=destination))
    return destination


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Git repository of this checkout's files as they are now."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    return _snapshot_repository(tmp_path_factory.mktemp("repo"))


def _generator_venv(wheels: Path, tmp_path: Path) -> Path:
    """A venv that sees the generator's and runtime's dependencies and hatchling."""
    needs = wheel_requires(generator_wheel(wheels)) + wheel_requires(
        runtime_wheel(wheels)
    )
    site = dependency_site(tmp_path / "site", [*needs, "hatchling"])
    return venv(tmp_path / "venv", site)


def test_both_install_from_a_git_url(
    repository: Path, wheels: Path, tmp_path: Path
) -> None:
    url = f"git+{repository.as_uri()}"
    bin_dir = _generator_venv(wheels, tmp_path)
    empty = tmp_path / "no-wheels"
    empty.mkdir()
    pip_install(
        bin_dir,
        empty,
        # Bare URLs: the `name @ git+file:///...` form needs a newer pip than
        # Python 3.11's bundled one (`name @ git+https://...` is fine).
        f"{url}#subdirectory=runtime",
        url,
    )
    out = tmp_path / "client"
    ok(
        run_in(
            tmp_path,
            bin_dir / "clientsmith",
            "generate",
            ROOT / "specs" / "petstore.yaml",
            "-o",
            out,
        )
    )
    assert (out / "petstore" / "_client.py").is_file()


def test_the_pre_commit_hooks_install_as_pre_commit_does(
    repository: Path, wheels: Path, tmp_path: Path
) -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((repository / ".pre-commit-hooks.yaml").read_text())
    assert {hook["language"] for hook in hooks} == {"python"}
    (extra,) = {tuple(hook["additional_dependencies"]) for hook in hooks}
    bin_dir = _generator_venv(wheels, tmp_path)
    # pre-commit's python language: `python -mpip install . <additional_dependencies>`
    # run in its clone of the hook repository.
    pip(
        bin_dir,
        "install",
        "--no-index",
        "--no-build-isolation",
        ".",
        *extra,
        cwd=repository,
    )
    check = next(hook for hook in hooks if hook["id"] == "clientsmith-check")
    project = tmp_path / "project"
    shutil.copytree(ROOT / "specs", project / "specs")
    entry = [bin_dir / check["entry"].split()[0], *check["entry"].split()[1:]]
    args = ["specs/petstore.yaml", "-o", "client"]
    ok(run(*entry, *args, cwd=project))  # without --check: generates
    ok(run(*entry, *args, "--check", cwd=project))  # docs/ci.md's args: up to date
    (project / "client" / "petstore" / "_client.py").write_text("# stale\n")
    assert run(*entry, *args, "--check", cwd=project).returncode == 1


def test_the_development_install_uses_the_checkout(
    wheels: Path, tmp_path: Path
) -> None:
    # `.ci/run` and the README: both distributions editable, in one command.
    needs = wheel_requires(generator_wheel(wheels)) + wheel_requires(
        runtime_wheel(wheels)
    )
    site = dependency_site(tmp_path / "site", [*needs, "hatchling"])
    bin_dir = venv(tmp_path / "venv", site)
    pip_install(bin_dir, tmp_path, "-e", RUNTIME, "-e", ROOT)
    probe = (
        "import clientsmith, clientsmith.generator.cli as c; "
        "print(clientsmith.__file__); print(c.__file__)"
    )
    where = ok(run_in(tmp_path, bin_dir / "python", "-c", probe)).split()
    assert where == [
        str(ROOT / "clientsmith" / "__init__.py"),
        str(ROOT / "clientsmith" / "generator" / "cli.py"),
    ]
    assert "Usage: clientsmith" in ok(
        run_in(tmp_path, bin_dir / "clientsmith", "--help")
    )
    # The README's first command goes on to install a client into this venv:
    # the editable runtime satisfies its clientsmith-runtime requirement.
    project = tmp_path / "petstore"
    shutil.copytree(ROOT / "generated" / "petstore", project)
    pip_install(bin_dir, tmp_path, project)
    assert "created: 99" in ok(
        run_in(tmp_path, bin_dir / "python", ROOT / "examples" / "petstore_demo.py")
    )
