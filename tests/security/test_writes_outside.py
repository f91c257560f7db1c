"""Item 2: without ``-o`` the project goes to ./<project>, never anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_helpers import run_cli, small_spec, tree, write_spec

from clientsmith.generator import cli as cli_module


@pytest.mark.parametrize("project", ["../../escaped", "/tmp/escaped-abs", "a/b"])
def test_project_name_path_in_config_writes_nothing_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: str
) -> None:
    work = tmp_path / "a" / "b" / "work"
    spec = write_spec(work, small_spec())
    (work / "config.yaml").write_text(f"project_name: {project!r}\n")
    monkeypatch.chdir(work)
    before = tree(tmp_path)
    result = run_cli("generate", spec, "--config", work / "config.yaml")
    assert result.exit_code == 1
    assert "config-invalid" in result.stderr and "project_name" in result.stderr
    assert tree(tmp_path) == before
    assert not Path("/tmp/escaped-abs").exists()


@pytest.mark.parametrize("project", ["..", "../x", "/abs", "", "."])
def test_default_target_refuses_anything_but_a_plain_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: str
) -> None:
    """The last check where the path is made, whatever produced the name."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        cli_module._default_target(project)
    assert info.value.code == 2


def test_default_target_is_a_directory_in_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "spec", small_spec())
    monkeypatch.chdir(tmp_path)
    result = run_cli("generate", spec)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "zoo" / "pyproject.toml").is_file()
