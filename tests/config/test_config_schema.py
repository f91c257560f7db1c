"""The config schema is declared once: the checker, the editor schema and the
shipped configs agree, and every bad value is reported at its file, line and key."""

from __future__ import annotations

import importlib
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from clientsmith.generator.config import config_from_mapping, load_config
from clientsmith.generator.config_schema import (
    config_schema,
    exported_schema,
    exported_schema_text,
    schema_problems,
)
from clientsmith.generator.diagnostics import GeneratorError
from clientsmith.generator.yaml_json import parse_yaml

ROOT = Path(__file__).resolve().parents[2]
jsonschema: Any = importlib.import_module("jsonschema")


def test_the_editor_schema_file_is_current() -> None:
    # Regenerate with: python -m clientsmith.generator.config_schema > docs/clientsmith.schema.json
    shipped = (ROOT / "docs" / "clientsmith.schema.json").read_text(encoding="utf-8")
    assert shipped == exported_schema_text()


def test_the_editor_schema_is_valid_and_has_no_wording_keys() -> None:
    schema = exported_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    text = json.dumps(schema)
    assert '"x-what"' not in text and '"x-expect"' not in text
    assert '"x-message"' not in text
    assert "x-what" in json.dumps(config_schema())  # the checker's copy keeps them


def test_shipped_configs_satisfy_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(exported_schema())
    for path in (ROOT / "specs").glob("*/clientsmith.yaml"):
        data = parse_yaml(path.read_bytes())
        assert list(validator.iter_errors(data)) == [], path
        assert schema_problems(data) == []
        assert load_config(path).package_name


# One bad value per section: (config text, pointer of the problem, words of the message).
BAD = [
    ("cli: yes\n", "/cli", "'cli' must be true or false, not a string ('yes')"),
    ("versioning: calver\n", "/versioning", "one of spec, semver"),
    ("version: 1\n", "/version", "a release number such as '1.0.0'"),
    (
        "auth:\n  schemes:\n    k: {type: http, scheme: bearer, flavour: x}\n",
        "/auth/schemes/k/flavour",
        "unknown key 'flavour' in a security scheme",
    ),
    (
        "auth:\n  schemes:\n    k: {type: oauth2}\n",
        "/auth/schemes/k",
        "an oauth2 scheme needs 'flows'",
    ),
    (
        "auth:\n  schemes:\n    k:\n      token_request: {client_auth: header}\n",
        "/auth/schemes/k/token_request/client_auth",
        "'client_auth' must be one of basic, body, query, not 'header'",
    ),
    (
        "pagination:\n  - match: {tag: pets}\n    style: page\n    items: []\n",
        "/pagination/0/items",
        "'items' must be a non-empty list, not an empty list",
    ),
    (
        "naming:\n  models: {Pet: ''}\n",
        "/naming/models/Pet",
        "'Pet' must be a non-empty string, not ''",
    ),
    (
        "content_types:\n  text/json: json\n",
        "/content_types/text~1json",
        "must be a media type (type/subtype), not 'json'",
    ),
    (
        "content_types:\n  - {from: a/b, to: c/d, in: both_ways}\n",
        "/content_types/0/in",
        "one of requests, responses, both",
    ),
    (
        "overlays:\n  - overlay: '1.0.0'\n    actions:\n      - {target: $.info, remove: 1}\n",
        "/overlays/0/actions/0/remove",
        "'remove' must be true or false, not a number (1)",
    ),
    (
        "webhooks:\n  signature: {scheme: hmac, header: X-Sig, algorithm: md5}\n",
        "/webhooks/signature/algorithm",
        "one of sha256, sha1, sha512, not 'md5'",
    ),
    (
        "cli_aliases:\n  ls: ''\n",
        "/cli_aliases/ls",
        "a command path such as 'pets list'",
    ),
]


@pytest.mark.parametrize(("text", "pointer", "words"), BAD)
def test_every_bad_value_names_file_line_and_key(
    text: str, pointer: str, words: str
) -> None:
    text = textwrap.dedent(text)
    with pytest.raises(GeneratorError) as info:
        config_from_mapping(parse_yaml(text), source="c.yaml", text=text)
    found = {d.pointer: d for d in info.value.diagnostics}
    assert pointer in found, [d.format() for d in info.value.diagnostics]
    problem = found[pointer]
    assert words in problem.message
    assert problem.file == "c.yaml" and problem.code == "config-invalid"
    # The line of the key (the last line holds the offending value here).
    assert problem.line == len(text.splitlines())


def test_a_problem_is_reported_once_and_its_siblings_still_checked() -> None:
    text = textwrap.dedent("""\
        rename:
          models: {Pet: 3, Cat: "not an identifier", Dog: Hound}
    """)
    with pytest.raises(GeneratorError) as info:
        config_from_mapping(parse_yaml(text), source="c.yaml", text=text)
    assert sorted(d.pointer for d in info.value.diagnostics) == [
        "/rename/models/Cat",
        "/rename/models/Pet",
    ]


def test_webhooks_in_the_spec_use_the_same_schema() -> None:
    found: list[tuple[str, str]] = []
    from clientsmith.generator.config import webhook_settings

    settings = webhook_settings(
        {"signature": {"scheme": "standard"}, "secret": 1},
        "/x-clientsmith-webhooks",
        lambda pointer, message: found.append((pointer, message)),
        "x-clientsmith-webhooks",
    )
    assert settings is not None and settings.signature == (("scheme", "standard"),)
    assert [p for p, _ in found] == ["/x-clientsmith-webhooks/secret"]
    assert (
        webhook_settings("hmac", "/w", lambda p, m: found.append((p, m)), "w") is None
    )
    assert found[-1] == ("/w", "w must be a mapping, not a string ('hmac')")
