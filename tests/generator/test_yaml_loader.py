"""One YAML loader for every input: OpenAPI specs, resource specs and configs agree.

PyYAML's default (YAML 1.1) reads ``NO`` as False, ``012`` as 10 (octal) and
``2024-01-01`` as a date. The generator reads every file with the YAML 1.2 core
schema on the JSON data model instead, so the same text means the same value
whichever kind of file it is in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientsmith.generator.config import load_config
from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.load import load_spec, parse_document
from clientsmith.generator.resource_spec import load_resource_spec
from clientsmith.generator.yaml_json import SpecParseError, parse_yaml

# Plain scalars that YAML 1.1 and YAML 1.2 read differently, with the value the
# generator must see (the YAML 1.2 core schema's).
DISAGREEING: list[tuple[str, Any]] = [
    ("NO", "NO"),
    ("no", "no"),
    ("Yes", "Yes"),
    ("on", "on"),
    ("OFF", "OFF"),
    ("y", "y"),
    ("012", 12),
    ("0o12", 10),
    ("0x1F", 31),
    ("1_000", "1_000"),
    ("2024-01-01", "2024-01-01"),
    ("1e3", 1000.0),
    ("true", True),
    ("False", False),
    ("~", None),
    ("null", None),
]


@pytest.mark.parametrize(("text", "expected"), DISAGREEING)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(
    text: str, expected: Any
) -> None:
    value = parse_yaml(f"value: {text}\n")["value"]
    assert value == expected
    assert type(value) is type(expected)


def test_keys_are_the_text_as_written() -> None:
    assert parse_yaml("200: ok\ntrue: yes\n012: x\n") == {
        "200": "ok",
        "true": "yes",
        "012": "x",
    }


def test_openapi_spec_resource_spec_and_config_read_the_same_values(
    tmp_path: Path,
) -> None:
    # The same enum and default in each kind of input file.
    openapi = tmp_path / "openapi.yaml"
    openapi.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Country:\n      type: string\n"
        "      enum: [GB, NO, on]\n      default: 012\n",
        encoding="utf-8",
    )
    spec = load_spec(openapi, Diagnostics()).document
    country = spec["components"]["schemas"]["Country"]
    assert country["enum"] == ["GB", "NO", "on"]
    assert country["default"] == 12

    resource = tmp_path / "shop.yaml"
    resource.write_text(
        "resource_spec: 1\nname: Shop\nbase_url: https://api.example.com\n"
        "models:\n  Country:\n    enum: [GB, NO, on]\n"
        "  Thing:\n    fields:\n      id: uuid\n"
        "      rank: {type: int64, default: 012}\n"
        "resources:\n  things:\n    operations:\n"
        '      list: {method: GET, response: "list[Thing]"}\n',
        encoding="utf-8",
    )
    # Both ways a resource spec is read: export-openapi and the pipeline.
    exported = load_resource_spec(resource, Diagnostics())
    pipelined = load_spec(resource, Diagnostics()).document
    for compiled in (exported, pipelined):
        schemas = compiled["components"]["schemas"]
        assert schemas["Country"]["enum"] == ["GB", "NO", "on"]
        assert schemas["Thing"]["properties"]["rank"]["default"] == 12

    config = tmp_path / "clientsmith.yaml"
    config.write_text("package_name: no_yes\nenv_prefix: NO_\ncli: true\n")
    loaded = load_config(config)
    assert (loaded.package_name, loaded.env_prefix, loaded.cli) == (
        "no_yes",
        "NO_",
        True,
    )


def test_yaml_1_1_booleans_are_not_booleans_in_a_config(tmp_path: Path) -> None:
    # ``cli: yes`` was True under YAML 1.1; now it is the string "yes", refused
    # with the key's place rather than silently taken as a boolean.
    config = tmp_path / "clientsmith.yaml"
    config.write_text("package_name: shop\ncli: yes\n")
    with pytest.raises(GeneratorError) as info:
        load_config(config)
    (problem,) = info.value.diagnostics
    assert problem.file == str(config) and problem.line == 2
    assert "'cli' must be true or false" in problem.message


def test_parse_document_and_parse_yaml_agree() -> None:
    text = b"a: NO\nb: 012\nc: [on, off]\n"
    assert (
        parse_document(text, "x.yaml")
        == parse_yaml(text)
        == {
            "a": "NO",
            "b": 12,
            "c": ["on", "off"],
        }
    )


def test_a_syntax_error_names_line_and_column() -> None:
    with pytest.raises(SpecParseError) as info:
        parse_yaml("a: 1\nb: [unclosed\n")
    assert info.value.message.startswith("invalid YAML")
    assert info.value.line == 3
