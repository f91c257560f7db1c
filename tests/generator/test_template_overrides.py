"""Custom templates (issue 14 item 13): a directory of overrides replaces
built-in templates by name, can include the built-in as ``builtin/<name>``,
and its mistakes are located diagnostics, never generator crashes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clientsmith.generator.cli import main
from clientsmith.generator.config import config_from_mapping
from clientsmith.generator.diagnostics import GeneratorError
from clientsmith.generator.render import builtin_templates

SPEC = Path(__file__).resolve().parents[2] / "specs" / "petstore.yaml"


def _generate(*args: str | Path) -> Result:
    return CliRunner().invoke(
        main, ["generate", *map(str, args)], catch_exceptions=False
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".clientsmith" not in p.parts
    }


def test_an_override_replaces_one_template_and_nothing_else(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "README.md.jinja").write_text(
        '{% include "builtin/README.md.jinja" %}\n'
        "## Support\n\nAsk {{ package.project | mdtext }}'s team on #api.\n",
        encoding="utf-8",
    )
    plain = _generate(SPEC, "-o", tmp_path / "plain")
    custom = _generate(SPEC, "-o", tmp_path / "custom", "--templates", overrides)
    assert plain.exit_code == 0 and custom.exit_code == 0, custom.stderr
    before, after = _tree(tmp_path / "plain"), _tree(tmp_path / "custom")
    changed = {name for name in before if before[name] != after.get(name)}
    # The README, and the files that record its hash or the API surface.
    assert changed <= {"README.md", ".clientsmith-manifest.json"}
    readme = after["README.md"].decode()
    assert readme.startswith(before["README.md"].decode().rstrip("\n"))
    assert "## Support\n\nAsk petstore's team on #api.\n" in readme


def test_templates_from_an_explicit_config_resolve_against_it(tmp_path: Path) -> None:
    (tmp_path / "conf" / "tpl").mkdir(parents=True)
    (tmp_path / "conf" / "tpl" / "py.typed.jinja").write_text("# typed\n")
    config = tmp_path / "conf" / "clientsmith.yaml"
    config.write_text("templates: tpl\n", encoding="utf-8")
    result = _generate(SPEC, "-o", tmp_path / "out", "--config", config)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "petstore" / "py.typed").read_text() == "# typed\n"


def test_a_config_found_beside_the_spec_cannot_set_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Template text becomes the client's code: a vendored spec folder's
    config must not bring its own (only --config or --templates do)."""
    vendor = tmp_path / "vendor"
    (vendor / "tpl").mkdir(parents=True)
    (vendor / "tpl" / "__init__.py.jinja").write_text(
        "import os\nos.system('touch PWNED')\n"
    )
    (vendor / "spec.yaml").write_text(SPEC.read_text(encoding="utf-8"))
    (vendor / "clientsmith.yaml").write_text("templates: tpl\n")
    monkeypatch.chdir(tmp_path)
    result = _generate(vendor / "spec.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert "ignoring 'templates'" in result.stderr
    init = (tmp_path / "out" / "petstore" / "__init__.py").read_text()
    assert "os.system" not in init


def test_a_broken_override_is_a_located_error_and_writes_nothing(
    tmp_path: Path,
) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "model.py.jinja").write_text("line one\n{% if %}\n")
    result = _generate(SPEC, "-o", tmp_path / "out", "--templates", overrides)
    assert result.exit_code == 1
    assert "model.py.jinja:2" in result.stderr
    assert "template error" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out").exists()


def test_an_override_using_an_unknown_name_is_an_error(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "py.typed.jinja").write_text("{{ package.no_such_field }}\n")
    result = _generate(SPEC, "-o", tmp_path / "out", "--templates", overrides)
    assert result.exit_code == 1
    assert "no_such_field" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_override_that_replaces_nothing_is_reported(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "resources.py.jinja").write_text("typo of resource.py.jinja\n")
    result = _generate(SPEC, "-o", tmp_path / "out", "--templates", overrides)
    assert result.exit_code == 0
    assert "resources.py.jinja in the templates directory replaces no" in result.stderr


def test_templates_that_is_not_a_directory_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as info:
        config_from_mapping(
            {"templates": "missing"}, source=str(tmp_path / "clientsmith.yaml")
        )
    assert "'templates': 'missing' is not a directory" in str(
        [d.message for d in info.value.diagnostics]
    )


def test_every_documented_template_exists() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text()
    for name in builtin_templates():
        assert f"`{name}`" in docs, name
    assert json.dumps(sorted(builtin_templates()))  # a stable, listable set
    assert os.sep not in "".join(builtin_templates())
