"""Items 7, 8 and 10: odd spec text gives a valid client or a located diagnostic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from security_helpers import run_cli, small_spec, write_spec

import clientsmith
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.naming import is_device_name, module_name
from clientsmith.generator.operations import CLIENT_ATTRIBUTES
from clientsmith.generator.pipeline import generate_from_loaded

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def _generate(document: dict[str, object]) -> dict[str, str]:
    result = generate_from_loaded(
        LoadedSpec.from_document(document), GeneratorConfig(), Diagnostics()
    )
    return result.files


def test_title_outside_the_bmp_gives_valid_pyproject() -> None:
    files = _generate(small_spec(title="Pets 🐶 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \x7f"))
    project = tomllib.loads(files["pyproject.toml"])["project"]
    assert project["description"] == "Python client for the Pets 🐶 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \x7f API"


@pytest.mark.parametrize(
    "tag", ["retry", "stream_events", "follow_redirects", "max_redirects", "timeout"]
)
def test_resource_named_like_a_runtime_attribute_is_renamed(tag: str) -> None:
    files = _generate(small_spec(tags=(tag, "pets")))
    client = files["zoo/_client.py"]
    assert f"def {tag}(self)" not in client
    assert f"def {tag}_2(self)" in client or f"def {tag}_api(self)" in client


def test_client_attributes_follow_the_runtime() -> None:
    """Fails as soon as the runtime client gains an attribute the list misses."""
    for cls in (clientsmith.Client, clientsmith.AsyncClient):
        instance = cls(base_url="https://api.example.com")
        public = {n for n in dir(instance) if not n.startswith("_")}
        assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES


@pytest.mark.parametrize(
    "name", ["con", "NUL", "aux", "com1", "lpt9", "prn", "Con.txt"]
)
def test_windows_device_names_are_never_module_names(name: str) -> None:
    assert is_device_name(name)
    assert not is_device_name(module_name(name))


def test_device_name_tags_become_safe_modules() -> None:
    files = _generate(small_spec(tags=("con", "nul", "aux")))
    modules = {Path(rel).stem for rel in files if "/resources/" in rel}
    assert not any(is_device_name(m) for m in modules), modules


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            '{"openapi": "3.0.3", "info": {"title": "\\ud800", "version": "1"},'
            ' "paths": {}}',
            "lone surrogate",
        ),
        (
            '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},\n'
            ' "paths": {}, "x-n": ' + "9" * 5000 + "}",
            "more than 4,300 digits",
        ),
        (
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-n: "
            + "9" * 5000
            + "\n",
            "more than 4,300 digits",
        ),
    ],
)
def test_unusable_text_is_a_located_diagnostic(
    tmp_path: Path, text: str, fragment: str
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    result = run_cli("generate", spec, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "internal error" not in result.stderr
    assert fragment in result.stderr
    line = text.count("\n", 0, text.index("9" * 50 if "9" * 50 in text else "\\u")) + 1
    assert f"spec.yaml:{line}: error[spec-parse-error]" in result.stderr


@pytest.mark.parametrize("tag", ["   ", "\t", "!!!", "🐶", "__init__", "1st"])
def test_odd_resource_names_generate_an_importable_client(
    tmp_path: Path, tag: str
) -> None:
    spec = write_spec(tmp_path, small_spec(tags=(tag,)))
    result = run_cli("generate", spec, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    proc = subprocess.run(
        [sys.executable, "-c", "import zoo; c = zoo.Client(); print(len(dir(c)))"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_long_package_name_in_config_is_a_located_diagnostic(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, small_spec())
    (tmp_path / "c.yaml").write_text(f"package_name: {'a' * 301}\n")
    result = run_cli("generate", spec, "--config", tmp_path / "c.yaml", "-o", "x")
    assert result.exit_code == 1
    assert "c.yaml:1: error[config-invalid]" in result.stderr
    assert "301 characters" in result.stderr
