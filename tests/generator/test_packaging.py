"""``pip install .`` gives a working CLI: templates and schemas ship in the wheel."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_wheel_installs_and_generates(tmp_path: Path) -> None:
    built = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        tmp_path / "dist",
        ROOT,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("clientsmith-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "clientsmith/templates/resource.py.jinja" in names
    assert "clientsmith/py.typed" in names

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv).returncode == 0
    python = venv / "bin" / "python"
    purelib = run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    )
    # Dependencies come from the test environment; that path is appended after the
    # venv's own site-packages, so the installed wheel wins over an editable checkout.
    Path(purelib.stdout.strip(), "test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    installed = run(
        python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", wheel
    )
    assert installed.returncode == 0, installed.stderr
    where = run(
        python, "-c", "import clientsmith; print(clientsmith.__file__)", cwd=tmp_path
    )
    assert where.returncode == 0, where.stderr
    assert str(venv) in where.stdout  # the wheel, not the checkout

    out = tmp_path / "client"
    proc = run(
        venv / "bin" / "clientsmith",
        "generate",
        ROOT / "specs" / "petstore.yaml",
        "-o",
        out,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert (out / "petstore" / "resources" / "pets.py").is_file()
