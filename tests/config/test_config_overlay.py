"""OpenAPI Overlay 1.0 actions: update merges (objects recursively, arrays append), remove deletes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from clientsmith.generator.config import (
    Overlay,
    OverlayAction,
    config_from_mapping,
    load_config,
)
from clientsmith.generator.diagnostics import Diagnostic, Diagnostics, Severity
from clientsmith.generator.overlay import apply_config, apply_overlay


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Zoo", "version": "1", "contact": {"name": "Keeper"}},
        "tags": [{"name": "pets"}, {"name": "internal"}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "parameters": [{"name": "limit", "in": "query"}],
                    "responses": {"200": {"description": "ok"}},
                },
                "post": {
                    "operationId": "createPet",
                    "x-internal": True,
                    "responses": {"201": {"description": "ok"}},
                },
            },
            "/debug": {
                "get": {
                    "operationId": "debug",
                    "x-internal": True,
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
    }


def overlay(*actions: dict[str, Any]) -> Overlay:
    config = config_from_mapping(
        {
            "overlays": [
                {
                    "overlay": "1.0.0",
                    "info": {"title": "t", "version": "1"},
                    "actions": list(actions),
                }
            ]
        },
        source="clientsmith.yaml",
    )
    assert config.overlays is not None
    return config.overlays[0]


def run(*actions: dict[str, Any]) -> tuple[dict[str, Any], list[Diagnostic]]:
    source = document()
    before = copy.deepcopy(source)
    diagnostics = Diagnostics()
    result = apply_overlay(source, overlay(*actions), diagnostics)
    assert source == before
    return result, list(diagnostics)


def test_update_merges_objects_recursively() -> None:
    result, found = run(
        {
            "target": "$.info",
            "update": {
                "title": "Zoo API",
                "contact": {"email": "k@zoo.example"},
                "x-logo": {"url": "/logo.png"},
            },
        }
    )
    assert result["info"] == {
        "title": "Zoo API",
        "version": "1",
        "contact": {"name": "Keeper", "email": "k@zoo.example"},
        "x-logo": {"url": "/logo.png"},
    }
    assert found == []


def test_update_appends_to_arrays_nested_and_targeted() -> None:
    result, _ = run(
        {
            "target": "$.paths['/pets'].get",
            "update": {"parameters": [{"name": "page", "in": "query"}]},
        },
        {"target": "$.tags", "update": {"name": "birds"}},
    )
    assert [p["name"] for p in result["paths"]["/pets"]["get"]["parameters"]] == [
        "limit",
        "page",
    ]
    assert result["tags"] == [{"name": "pets"}, {"name": "internal"}, {"name": "birds"}]


def test_update_every_match_of_a_wildcard() -> None:
    result, _ = run({"target": "$.paths.*.get", "update": {"x-checked": True}})
    assert result["paths"]["/pets"]["get"]["x-checked"] is True
    assert result["paths"]["/debug"]["get"]["x-checked"] is True
    assert "x-checked" not in result["paths"]["/pets"]["post"]


def test_remove_by_filter_expression() -> None:
    result, found = run(
        {"target": "$.paths.*[?@['x-internal'] == true]", "remove": True}
    )
    assert set(result["paths"]["/pets"]) == {"get"}
    assert result["paths"]["/debug"] == {}
    assert found == []


def test_remove_several_array_items_keeps_the_others() -> None:
    source_tags = [{"name": n} for n in "abcde"]
    doc = document()
    doc["tags"] = source_tags
    result = apply_overlay(
        doc,
        overlay({"target": "$.tags[?@.name != 'c']", "remove": True}),
        Diagnostics(),
    )
    assert result["tags"] == [{"name": "c"}]
    result = apply_overlay(
        doc, overlay({"target": "$.tags[1,3,-1]", "remove": True}), Diagnostics()
    )
    assert result["tags"] == [{"name": "a"}, {"name": "c"}]


def test_remove_nested_inside_removed_and_descendants() -> None:
    result, found = run(
        {"target": "$..responses", "remove": True},
        {"target": "$.paths['/debug']", "remove": True},
    )
    assert set(result["paths"]) == {"/pets"}
    assert all("responses" not in op for op in result["paths"]["/pets"].values())
    assert found == []


def test_actions_apply_in_order() -> None:
    result, found = run(
        {"target": "$.paths['/pets'].get", "update": {"tags": ["animals"]}},
        {
            "target": "$.paths.*.get[?@.tags[0] == 'animals']",
            "update": {"x-clientsmith-resource": "zoo.animals"},
        },
        {"target": "$.paths['/pets'].get.parameters", "remove": True},
    )
    op = result["paths"]["/pets"]["get"]
    assert op["tags"] == ["pets", "animals"]  # arrays append
    assert "x-clientsmith-resource" not in op  # tags[0] is still 'pets'
    assert "parameters" not in op
    assert [(d.code, d.pointer) for d in found] == [
        ("overlay-target-unmatched", "/overlays/0/actions/1")
    ]


def test_unmatched_target_and_bad_updates_warn() -> None:
    result, found = run(
        {"target": "$.paths['/cats']", "update": {"x": 1}},
        {"target": "$.info.title", "update": {"x": 1}},
        {"target": "$.info", "update": "text"},
        {"target": "$", "remove": True},
    )
    assert result == document()
    assert [(d.severity, d.code, d.pointer) for d in found] == [
        (Severity.WARNING, "overlay-target-unmatched", "/overlays/0/actions/0"),
        (Severity.WARNING, "overlay-action-invalid", "/overlays/0/actions/1"),
        (Severity.WARNING, "overlay-action-invalid", "/overlays/0/actions/2"),
        (Severity.WARNING, "overlay-action-invalid", "/overlays/0/actions/3"),
    ]
    assert all(d.file == "clientsmith.yaml" for d in found)
    assert "matches nothing" in found[0].message


def test_overlays_from_files_apply_in_order_with_located_warnings(
    tmp_path: Path,
) -> None:
    (tmp_path / "first.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: first, version: '1'}\nactions:\n"
        "  - target: $.info\n    update: {title: First}\n"
        "  - target: $.nothing\n    remove: true\n"
    )
    (tmp_path / "clientsmith.yaml").write_text(
        "overlays:\n"
        "  - first.yaml\n"
        "  - overlay: 1.0.0\n"
        "    actions:\n"
        "      - target: $.info\n"
        "        update: {title: Second, summary: s}\n"
    )
    config = load_config(tmp_path / "clientsmith.yaml")
    diagnostics = Diagnostics()
    result = apply_config(document(), config, diagnostics)
    assert result["info"]["title"] == "Second" and result["info"]["summary"] == "s"
    (warning,) = diagnostics
    assert (Path(warning.file or "").name, warning.pointer, warning.line) == (
        "first.yaml",
        "/actions/1",
        6,
    )


# -- descendant segments resolved without the library's descent (speed) -----------

_NESTED: dict[str, Any] = {
    "properties": {"top": {"type": "string"}},
    "components": {
        "schemas": {
            "A": {
                "properties": {
                    "localeCode": {"type": "string"},
                    "inner": {"properties": {"localeCode": {"type": "integer"}}},
                },
                "required": ["media_type", "x"],
            },
            "B": {"items": [{"properties": {"unitCode": {}}}, {"required": ["x"]}]},
        }
    },
}


@pytest.mark.parametrize(
    "target",
    [
        "$..properties.localeCode",
        "$..properties['localeCode','unitCode']",
        "$..properties[?@.properties.localeCode]",
        "$..properties.*",
        "$..[?@.properties]",
        "$..[?@.properties].required[?@ == 'media_type']",
        "$..items[0].properties",
    ],
)
def test_fast_descendant_matches_equal_the_library(target: str) -> None:

    from clientsmith.generator.overlay import _descent_split

    assert _descent_split(target) is not None  # the fast path is taken
    # The descent's paths are relative to where it started: not compared.
    _assert_fast_equals_library(target, _NESTED, ordered=False)


def _assert_fast_equals_library(target: str, document: Any, *, ordered: bool) -> None:
    """Same nodes, parents and keys (and, ``ordered``, paths and order)."""
    from jsonpath import JSONPathEnvironment

    from clientsmith.generator.overlay import _hit, _matches

    action = OverlayAction(
        target=target,
        path=JSONPathEnvironment(strict=True).compile(target),  # type: ignore[arg-type]
        update={},
        remove=False,
        where=None,  # type: ignore[arg-type]
    )

    def key(hit: Any) -> str:
        parent = id(hit.parent) if hit.parent is not None else None
        return str((id(hit.obj), parent, hit.key, hit.path if ordered else ""))

    library = [key(_hit(m)) for m in action.path.finditer(document)]
    fast = [key(hit) for hit in _matches(document, action)]
    if not ordered:
        library, fast = sorted(library), sorted(fast)
    assert fast == library


@pytest.mark.parametrize(
    "target",
    [
        "$.components.schemas.A.properties",
        "$.components.schemas['A','B','missing','A']",
        "$.components.schemas.B.items[1].required[-1]",
        "$.components.schemas.B.items[-3]",
        "$.components.schemas.B.items[0,1,0].properties",
        "$.components.schemas.A.required.x",
        "$.components.schemas.B.items.properties",
        "$['components']['schemas']['A']['properties']['inner']",
        "$",
        "$.components.schemas.*",
        "$.components.schemas[?@.properties]",
        "$.components.schemas[?@.required[0] == 'media_type']",
        "$.components.schemas[?@.required[0] != 'media_type']",
        "$.components.schemas[?@.properties.localeCode && @.required]",
        "$.components.schemas.B.items[?@.required || @.properties.unitCode]",
        "$.components.schemas.A.required[?@ == 'x']",
        "$.components.schemas.B.items[?@.required[-1] == 'x'].required",
    ],
)
def test_direct_child_paths_equal_the_library(target: str) -> None:
    from jsonpath import JSONPathEnvironment

    from clientsmith.generator.overlay import _direct_steps

    compiled = JSONPathEnvironment(strict=True).compile(target)
    assert _direct_steps(compiled) is not None  # type: ignore[arg-type]
    # Some of these select nothing on purpose (missing keys, out-of-range indices).
    # Same nodes, parents, keys and paths, in the same (RFC 9535) order.
    _assert_fast_equals_library(target, _NESTED, ordered=True)


@pytest.mark.parametrize(
    "target",
    [
        "$.components.schemas[?@.required[0] > 'a']",
        "$.components.schemas[?length(@.required) == 2]",
        "$.components.schemas[1:]",
        "$.components..properties",
    ],
)
def test_other_paths_are_left_to_the_library(target: str) -> None:
    from jsonpath import JSONPathEnvironment

    from clientsmith.generator.overlay import _direct_steps

    compiled = JSONPathEnvironment(strict=True).compile(target)
    assert _direct_steps(compiled) is None  # type: ignore[arg-type]


def test_paths_with_two_descents_are_left_to_the_library() -> None:
    from clientsmith.generator.overlay import _descent_split

    assert _descent_split("$..properties..localeCode") is None
    assert _descent_split("$.paths.*.get") is None
    assert _descent_split("$..properties") is None  # nothing after the name
