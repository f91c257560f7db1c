"""Config validation: every problem at once, each with file, JSON pointer and line."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from clientsmith.generator.config import (
    GeneratorConfig,
    Glob,
    config_from_mapping,
    load_config,
)
from clientsmith.generator.diagnostics import Diagnostic, GeneratorError, Severity


def problems(
    text: str, *, source: str = "clientsmith.yaml", base_dir: Path | None = None
) -> list[Diagnostic]:
    text = textwrap.dedent(text)
    with pytest.raises(GeneratorError) as info:
        config_from_mapping(
            yaml.safe_load(text), source=source, text=text, base_dir=base_dir
        )
    found = list(info.value.diagnostics)
    assert all(
        d.severity is Severity.ERROR and d.code == "config-invalid" and d.file == source
        for d in found
    )
    return found


def by_pointer(found: list[Diagnostic]) -> dict[str, Diagnostic]:
    return {d.pointer: d for d in found}


def test_empty_and_null_configs() -> None:
    assert config_from_mapping(None, source="x") == GeneratorConfig()
    assert config_from_mapping({}, source="x") == GeneratorConfig()
    assert not GeneratorConfig().transforms_spec


def test_scalar_keys_still_work() -> None:
    config = config_from_mapping(
        {
            "package_name": "zoo",
            "project_name": "zoo-client",
            "client_name": "Zoo",
            "base_url": "https://zoo.example",
            "env_prefix": "ZOO_",
        },
        source="x",
    )
    assert (
        config.package_name == "zoo"
        and config.client_name == "Zoo"
        and config.env_prefix == "ZOO_"
    )
    assert not config.transforms_spec


def test_not_a_mapping() -> None:
    found = problems("- a\n- b\n")
    assert found[0].pointer == "" and "must be a mapping" in found[0].message


def test_unknown_key_and_wrong_type_with_pointer_and_line() -> None:
    found = by_pointer(
        problems("""\
        package_name: zoo
        colour: blue
        client_name: 3
        pagination:
          - match: {operation_id: listPets}
            style: cursor
            cursor_feild: next
    """)
    )
    assert set(found) == {"/colour", "/client_name", "/pagination/0/cursor_feild"}
    assert (
        found["/colour"].line == 2
        and "unknown key 'colour'" in found["/colour"].message
    )
    assert "pagination" in found["/colour"].message  # lists the known keys
    assert (
        found["/client_name"].line == 3
        and "non-empty string" in found["/client_name"].message
    )
    assert found["/pagination/0/cursor_feild"].line == 7
    assert (
        "unknown key 'cursor_feild' in a pagination rule"
        in found["/pagination/0/cursor_feild"].message
    )


def test_all_problems_reported_at_once_across_sections() -> None:
    found = by_pointer(
        problems("""\
        package_name: Not-A-Module
        auth:
          schemes:
            key: {type: apiKey, in: body}
          security: 7
        rename:
          methods: {listPets: "not an identifier"}
          models: {Pet: 3}
          things: {}
        include: {tags: []}
        exclude: {paths: ["pets/*"]}
        content_types:
          - {from: text/json, to: json}
        pagination:
          - style: page
          - match: {method: fetch}
            style: scroll
            first_page: "1"
    """)
    )
    assert set(found) == {
        "/package_name",
        "/auth/schemes/key",  # apiKey needs 'name'
        "/auth/schemes/key/in",
        "/auth/security",
        "/rename/methods/listPets",
        "/rename/models/Pet",
        "/rename/things",
        "/include/tags",
        "/exclude/paths/0",
        "/content_types/0/to",
        "/pagination/0",
        "/pagination/1/match/method",
        "/pagination/1/style",
        "/pagination/1/first_page",
    }
    assert found["/exclude/paths/0"].line == 11
    assert "bad glob 'pets/*'" in found["/exclude/paths/0"].message
    assert found["/pagination/1/style"].line == 17
    assert "needs 'match'" in found["/pagination/0"].message


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("/pets/[id", "unclosed '['"),
        ("/pets/***", "***"),
        ("/pets]", "unmatched ']'"),
        ("pets", "starts with '/'"),
    ],
)
def test_bad_globs(pattern: str, reason: str) -> None:
    found = problems(f"""\
        pagination:
          - match: {{path: "{pattern}"}}
            style: hal
    """)
    assert [d.pointer for d in found] == ["/pagination/0/match/path"]
    assert reason in found[0].message and found[0].line == 2


def test_glob_semantics() -> None:
    assert Glob.compile("/pets/*").matches("/pets/{petId}")
    assert not Glob.compile("/pets/*").matches("/pets/{petId}/photos")
    assert Glob.compile("/pets/**").matches("/pets/{petId}/photos")
    assert Glob.compile("/v[12]/?ets").matches("/v2/pets")
    assert Glob.compile("list*").matches("listPets")
    assert not Glob.compile("list*").matches("getPet")


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("$.paths[", "unexpected end of query"),
        ("paths.x", "TOKEN_ROOT"),
        ("$.a | $.b", "bad JSONPath"),
    ],
)
def test_bad_jsonpath(target: str, reason: str) -> None:
    found = problems(f"""\
        overlays:
          - overlay: 1.0.0
            info: {{title: fixes, version: "1"}}
            actions:
              - target: "{target}"
                update: {{x-fixed: true}}
    """)
    assert [d.pointer for d in found] == ["/overlays/0/actions/0/target"]
    assert reason in found[0].message and found[0].line == 5


def test_overlay_document_problems() -> None:
    found = by_pointer(
        problems("""\
        overlays:
          - info: {title: fixes}
            actions:
              - target: $.info
              - target: $.info
                remove: "yes"
              - target: $.info
                update: {}
                colour: red
          - overlay: 2.0.0
            actions: []
    """)
    )
    assert set(found) == {
        "/overlays/0",  # no 'overlay' version
        "/overlays/0/actions/0",  # neither update nor remove
        "/overlays/0/actions/1/remove",
        "/overlays/0/actions/2/colour",
        "/overlays/1/overlay",
        "/overlays/1/actions",
    }
    assert found["/overlays/0/actions/2/colour"].line == 9


def test_overlay_file_problems_name_the_overlay_file(tmp_path: Path) -> None:
    (tmp_path / "fix.yaml").write_text(
        "overlay: 1.0.0\nactions:\n  - target: $..[\n    remove: true\n"
    )
    (tmp_path / "broken.yaml").write_text("overlay: [1.0.0\n")
    text = "overlays: [fix.yaml, missing.yaml, broken.yaml]\n"
    with pytest.raises(GeneratorError) as info:
        config_from_mapping(
            yaml.safe_load(text), source=str(tmp_path / "clientsmith.yaml"), text=text
        )
    found = {(Path(d.file or "").name, d.pointer): d for d in info.value.diagnostics}
    assert set(found) == {
        ("fix.yaml", "/actions/0/target"),
        ("clientsmith.yaml", "/overlays/1"),
        ("broken.yaml", ""),
    }
    assert found[("fix.yaml", "/actions/0/target")].line == 3
    assert "cannot read overlay" in found[("clientsmith.yaml", "/overlays/1")].message
    assert found[("broken.yaml", "")].line is not None


def test_auth_scheme_problems() -> None:
    found = by_pointer(
        problems("""\
        auth:
          schemes:
            oauth:
              type: oauth2
              flows:
                clientCredentials: {tokenUrl: /token, scopes: {}}
                deviceCode: {}
              token_request: {client_auth: header, body_format: form, retries: 2}
            bad: {type: magic}
            http: {type: http}
    """)
    )
    assert set(found) == {
        "/auth/schemes/oauth/flows/deviceCode",
        "/auth/schemes/oauth/token_request/client_auth",
        "/auth/schemes/oauth/token_request/retries",
        "/auth/schemes/bad/type",
        "/auth/schemes/http",
    }


def test_sections_parse() -> None:
    config = config_from_mapping(
        {
            "auth": {
                "schemes": {
                    "oauth": {
                        "type": "oauth2",
                        "flows": {
                            "clientCredentials": {"tokenUrl": "/t", "scopes": {}}
                        },
                        "token_request": {"client_auth": "body", "body_format": "json"},
                    },
                    "key": {"description": "merged"},
                },
                "security": ["oauth", ["key", "oauth"], {"oauth": ["read"]}],
            },
            "pagination": [
                {
                    "match": {"path": "/pets", "method": ["GET"]},
                    "style": "offset",
                    "limit_param": "n",
                }
            ],
            "content_types": {"Application/JSON ;charset=UTF-8": "application/json"},
        },
        source="x",
    )
    assert config.auth is not None
    oauth, key = config.auth.schemes
    assert oauth.replace and oauth.scheme["x-clientsmith-token-request"] == {
        "client_auth": "body",
        "body_format": "json",
    }
    assert "token_request" not in oauth.scheme
    assert not key.replace
    assert config.auth.security == (
        {"oauth": ()},
        {"key": (), "oauth": ()},
        {"oauth": ("read",)},
    )
    assert config.pagination is not None and config.pagination[0].match.method == (
        "get",
    )
    assert config.pagination[0].pagination == {"style": "offset", "limit_param": "n"}
    assert (
        config.content_types is not None
        and config.content_types[0].source == "application/json; charset=utf-8"
    )
    assert config.transforms_spec


def test_with_package_name_keeps_sections() -> None:
    # --package-name replaces the name on the typed config; the rest is kept.
    config = config_from_mapping(
        {
            "package_name": "zoo",
            "pagination": [{"match": {"tag": "pets"}, "style": "hal"}],
            "exclude": {"tags": "admin"},
        },
        source="x",
    )
    again = config.with_package_name("zoo2")
    assert again.package_name == "zoo2"
    assert again.pagination == config.pagination and again.exclude == config.exclude
    assert again == replace(config, package_name="zoo2")
    with pytest.raises(GeneratorError) as info:
        config.with_package_name("Bad-Name")
    (problem,) = info.value.diagnostics
    assert problem.file == "--package-name" and problem.pointer == "/package_name"


def test_load_config_reads_yaml_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "clientsmith.yaml"
    path.write_text("package_name: zoo\nrename:\n  models:\n    Pet: 1Animal\n")
    with pytest.raises(GeneratorError) as info:
        load_config(path)
    (d,) = info.value.diagnostics
    assert (d.file, d.pointer, d.line) == (str(path), "/rename/models/Pet", 4)
    assert "1Animal" in d.format() and f"{path}:4" in d.format()


def test_load_config_parse_and_read_errors(tmp_path: Path) -> None:
    path = tmp_path / "clientsmith.yaml"
    path.write_text("package_name: [zoo\n")
    with pytest.raises(GeneratorError) as info:
        load_config(path)
    assert info.value.diagnostics[0].line is not None
    with pytest.raises(GeneratorError) as info:
        load_config(tmp_path / "nope.yaml")
    assert "cannot read config" in info.value.diagnostics[0].message


def test_overlay_files_relative_to_config(tmp_path: Path) -> None:
    (tmp_path / "overlays").mkdir()
    (tmp_path / "overlays" / "fix.json").write_text(
        '{"overlay": "1.0.0", "info": {"title": "t", "version": "1"},'
        ' "actions": [{"target": "$.info", "update": {"title": "Fixed"}}]}'
    )
    path = tmp_path / "clientsmith.yaml"
    path.write_text("overlays:\n  - overlays/fix.json\n")
    config = load_config(path)
    assert config.overlays is not None
    (overlay,) = config.overlays
    assert overlay.title == "t" and overlay.actions[0].update == {"title": "Fixed"}
    assert overlay.actions[0].where.file == str(tmp_path / "overlays" / "fix.json")


def test_the_documented_example_is_valid(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "config-file.md").read_text()
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "overlays").mkdir()
    (tmp_path / "overlays" / "descriptions.yaml").write_text(
        "overlay: 1.0.0\nactions:\n  - target: $.info\n    update: {description: Zoo}\n"
    )
    (tmp_path / "clientsmith.yaml").write_text(example)
    config = load_config(tmp_path / "clientsmith.yaml")
    assert config.package_name == "zoo" and config.transforms_spec
    assert config.overlays is not None and len(config.overlays) == 2
    assert config.pagination is not None and config.pagination[2].pagination is None
