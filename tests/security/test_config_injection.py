"""Item 1: config values never become code; bad values are located diagnostics."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from security_helpers import run_cli, small_spec, write_spec

from clientsmith.generator.config import GeneratorConfig, config_from_mapping
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.pipeline import generate_from_loaded

PAYLOAD = '"""+str(__import__("os").system("touch {canary}"))+"""'


def _config_error(text: str) -> GeneratorError:
    import yaml

    with pytest.raises(GeneratorError) as info:
        config_from_mapping(yaml.safe_load(text), source="clientsmith.yaml", text=text)
    return info.value


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("env_prefix", PAYLOAD.format(canary="x")),
        ("env_prefix", "lower_"),
        ("env_prefix", "A B"),
        ("cli_name", "x'); __import__('os').system('id'); ('"),
        ("cli_name", "x\ny"),
        ("project_name", '"x"; import os'),
        ("project_name", "../../x"),
        ("project_name", "/tmp/x"),
        ("client_name", "class"),
        ("client_name", "httpx"),
        ("client_name", "Mapping"),
        ("client_name", "Cl\u0430ss"),  # a Cyrillic a
        ("package_name", "con"),
        ("package_name", "a" * 301),
    ],
)
def test_config_value_injection_is_a_located_diagnostic(key: str, value: str) -> None:
    text = f"package_name: zoo\n{key}: {json.dumps(value)}\n"
    if key == "package_name":
        text = f"{key}: {json.dumps(value)}\n"
    error = _config_error(text)
    (diagnostic,) = error.diagnostics
    assert diagnostic.code == "config-invalid"
    assert diagnostic.pointer == f"/{key}"
    assert diagnostic.file == "clientsmith.yaml"
    assert (
        diagnostic.line
        == text.splitlines().index(
            next(line for line in text.splitlines() if line.startswith(key))
        )
        + 1
    )


def test_valid_names_are_accepted() -> None:
    config = config_from_mapping(
        {
            "package_name": "zoo",
            "project_name": "zoo-client.v2",
            "client_name": "ZooClient",
            "env_prefix": "ZOO_",
            "cli_name": "zoo",
        },
        source="clientsmith.yaml",
    )
    assert config.env_prefix == "ZOO_" and config.cli_name == "zoo"


def test_config_values_that_bypass_validation_are_still_escaped(
    tmp_path: Path,
) -> None:
    """Second wall: a GeneratorConfig built in code skips validation; escaping holds."""
    canary = tmp_path / "PWNED"
    payload = PAYLOAD.format(canary=canary)
    config = GeneratorConfig(
        package_name="zoo",
        env_prefix=payload,
        cli_name=payload,
        project_name=payload,
        base_url=payload,
        cli=True,
    )
    document = small_spec()
    document["components"] = {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    }
    document["security"] = [{"key": []}]
    result = generate_from_loaded(
        LoadedSpec.from_document(document), config, Diagnostics()
    )
    for rel, text in result.files.items():
        if rel.endswith(".py"):
            ast.parse(text)  # still Python
    out = tmp_path / "out"
    for rel, text in result.files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import zoo, zoo.cli; zoo.Client(base_url='https://h.example')",
        ],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert not canary.exists()


def test_config_beside_a_spec_outside_the_cwd_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vendored = tmp_path / "vendor"
    spec = write_spec(vendored, small_spec())
    (vendored / "clientsmith.yaml").write_text("package_name: planted\n")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = run_cli("generate", spec, "-o", work / "out")
    assert result.exit_code == 0, result.stderr
    assert "ignoring" in result.stderr and "--config" in result.stderr
    assert (work / "out" / "zoo").is_dir() and not (work / "out" / "planted").exists()


def test_config_beside_a_spec_inside_the_cwd_is_announced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "api", small_spec())
    (tmp_path / "api" / "clientsmith.yaml").write_text("package_name: zoo_api\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("generate", os.path.relpath(spec), "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert "using config" in result.stderr
    assert (tmp_path / "out" / "zoo_api").is_dir()
