"""apply_config: each section's effect on a small document, asserted concretely."""

from __future__ import annotations

import copy
import json
from typing import Any

from clientsmith.generator.config import GeneratorConfig, config_from_mapping
from clientsmith.generator.diagnostics import Diagnostic, Diagnostics, Severity
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.overlay import (
    apply_config,
    apply_config_to_loaded,
    resource_key,
)


def ok(
    description: str = "ok", media: str = "application/json", schema: Any = None
) -> dict[str, Any]:
    return {
        "description": description,
        "content": {media: {"schema": schema or {"type": "object"}}},
    }


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Zoo", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "responses": {"200": ok(media="application/json; charset=utf-8")},
                },
                "post": {
                    "operationId": "createPet",
                    "tags": ["pets"],
                    "requestBody": {
                        "content": {"text/json": {"schema": {"type": "object"}}}
                    },
                    "responses": {"201": {"$ref": "#/components/responses/Pet"}},
                },
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "responses": {"200": {"$ref": "#/components/responses/Pet"}},
                },
                "delete": {
                    "operationId": "deletePet",
                    "tags": ["pets", "admin"],
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/admin/reset": {
                "post": {
                    "operationId": "reset",
                    "tags": ["admin"],
                    "responses": {"204": {"description": "done"}},
                }
            },
            "/api/v1/stores/{storeId}/orders": {
                "get": {"operationId": "store_list_orders", "responses": {"200": ok()}}
            },
        },
        "components": {
            "schemas": {"Pet": {"type": "object"}, "Store": {"type": "object"}},
            "responses": {
                "Pet": ok(
                    media="application/json; charset=utf-8",
                    schema={"$ref": "#/components/schemas/Pet"},
                )
            },
            "securitySchemes": {
                "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
                "oauth": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": "/token", "scopes": {}}
                    },
                },
            },
        },
    }


def run(
    config: dict[str, Any], document: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    document = document if document is not None else spec()
    before = copy.deepcopy(document)
    diagnostics = Diagnostics()
    result = apply_config(
        document, config_from_mapping(config, source="clientsmith.yaml"), diagnostics
    )
    assert document == before, "apply_config mutated its input"
    return result, list(diagnostics)


def warnings(found: list[Diagnostic]) -> dict[str, Diagnostic]:
    return {d.pointer: d for d in found if d.severity is Severity.WARNING}


def test_empty_config_is_identity_but_a_new_document() -> None:
    document = spec()
    result, found = run({}, document)
    assert result == document and result is not document and found == []
    assert result["paths"] is not document["paths"]


def test_input_is_never_mutated_by_any_section() -> None:
    # run() checks the input after every call; this one uses every section at once.
    result, _ = run(
        {
            "overlays": [
                {
                    "overlay": "1.0.0",
                    "actions": [
                        {"target": "$.paths.*.*", "update": {"x-seen": True}},
                        {"target": "$.components.schemas.Store", "remove": True},
                    ],
                }
            ],
            "exclude": {"tags": ["admin"]},
            "content_types": {
                "application/json; charset=utf-8": "application/json",
                "text/json": "application/json",
            },
            "auth": {
                "schemes": {"key": {"description": "changed"}},
                "security": ["key"],
            },
            "pagination": [{"match": {"operation_id": "listPets"}, "style": "page"}],
            "rename": {
                "resources": {"pets": "animals"},
                "methods": {"getPet": "fetch"},
                "models": {"Pet": "Animal"},
            },
        }
    )
    assert result["paths"]["/pets"]["get"]["x-seen"] is True


def test_yaml_aliases_are_unshared_in_the_result() -> None:
    document = spec()
    shared = {"type": "object"}
    document["components"]["schemas"] = {"A": shared, "B": shared}
    result, _ = run({"rename": {"models": {"A": "Alpha"}}}, document)
    assert result["components"]["schemas"]["A"] == {
        "type": "object",
        "x-clientsmith-name": "Alpha",
    }
    assert result["components"]["schemas"]["B"] == {"type": "object"}


# --- include / exclude --------------------------------------------------------------


def test_exclude_by_tag_reports_each_operation_as_info() -> None:
    result, found = run({"exclude": {"tags": ["admin"]}})
    assert "/admin/reset" not in result["paths"]  # no operation left: the path goes too
    assert set(result["paths"]["/pets/{id}"]) == {"get"}
    infos = {d.pointer: d for d in found if d.severity is Severity.INFO}
    assert set(infos) == {"/paths/~1admin~1reset/post", "/paths/~1pets~1{id}/delete"}
    assert all(d.code == "operation-excluded" for d in infos.values())
    assert "DELETE /pets/{id}" in infos["/paths/~1pets~1{id}/delete"].message
    assert not warnings(found)


def test_include_by_path_glob_and_operation_id() -> None:
    result, found = run(
        {"include": {"paths": ["/pets/**"], "operation_ids": ["list*"]}}
    )
    assert set(result["paths"]) == {"/pets", "/pets/{id}"}
    assert set(result["paths"]["/pets"]) == {"get"}  # createPet is not selected
    assert set(result["paths"]["/pets/{id}"]) == {"get", "delete"}
    assert sum(d.code == "operation-excluded" for d in found) == 3


def test_include_then_exclude_and_unmatched_patterns_warn() -> None:
    result, found = run(
        {
            "include": {"tags": ["pets", "birds"]},
            "exclude": {"paths": ["/pets/*"], "tags": ["nothing*"]},
        }
    )
    assert set(result["paths"]) == {"/pets"}
    warned = warnings(found)
    assert set(warned) == {"/include/tags/1", "/exclude/tags/0"}
    assert warned["/include/tags/1"].file == "clientsmith.yaml"
    assert warned["/include/tags/1"].code == "config-unmatched"


# --- content types ------------------------------------------------------------------


def test_global_content_types_everywhere_including_components() -> None:
    result, found = run(
        {
            "content_types": {
                "application/json;charset=UTF-8": "application/json",
                "text/json": "application/json",
            }
        }
    )
    paths = result["paths"]
    assert list(paths["/pets"]["get"]["responses"]["200"]["content"]) == [
        "application/json"
    ]
    assert list(paths["/pets"]["post"]["requestBody"]["content"]) == [
        "application/json"
    ]
    # Responses by $ref stay refs; the component itself is fixed.
    assert paths["/pets/{id}"]["get"]["responses"]["200"] == {
        "$ref": "#/components/responses/Pet"
    }
    assert list(result["components"]["responses"]["Pet"]["content"]) == [
        "application/json"
    ]
    assert found == []


def test_per_operation_content_type_copies_a_shared_component() -> None:
    result, found = run(
        {
            "content_types": [
                {
                    "from": "application/json; charset=utf-8",
                    "to": "application/vnd.pet+json",
                    "match": {"operation_id": "getPet"},
                    "in": "responses",
                },
                {
                    "from": "text/json",
                    "to": "application/json",
                    "in": "responses",
                },  # requests only have it
            ]
        }
    )
    got = result["paths"]["/pets/{id}"]["get"]["responses"]["200"]
    assert list(got["content"]) == ["application/vnd.pet+json"]
    assert got["content"]["application/vnd.pet+json"]["schema"] == {
        "$ref": "#/components/schemas/Pet"
    }
    # createPet still uses the untouched shared component
    assert result["paths"]["/pets"]["post"]["responses"]["201"] == {
        "$ref": "#/components/responses/Pet"
    }
    assert list(result["components"]["responses"]["Pet"]["content"]) == [
        "application/json; charset=utf-8"
    ]
    assert list(result["paths"]["/pets"]["post"]["requestBody"]["content"]) == [
        "text/json"
    ]
    assert set(warnings(found)) == {"/content_types/1"}


def test_content_type_rename_onto_an_existing_one_keeps_the_existing() -> None:
    document = spec()
    document["paths"]["/pets"]["get"]["responses"]["200"]["content"][
        "application/json"
    ] = {"schema": {"type": "array"}}
    result, found = run(
        {"content_types": {"application/json; charset=utf-8": "application/json"}},
        document,
    )
    content = result["paths"]["/pets"]["get"]["responses"]["200"]["content"]
    assert content == {"application/json": {"schema": {"type": "array"}}}
    assert [d.code for d in found] == ["content-type-conflict"]


# --- auth ---------------------------------------------------------------------------


def test_auth_add_replace_merge_and_security() -> None:
    result, found = run(
        {
            "auth": {
                "schemes": {
                    "oauth": {
                        "type": "oauth2",
                        "flows": {"password": {"tokenUrl": "/login", "scopes": {}}},
                        "token_request": {"client_auth": "body", "body_format": "json"},
                    },
                    "key": {"description": "The key", "x-note": 1},
                    "bearer": {"type": "http", "scheme": "bearer"},
                    "ghost": {"description": "no such scheme"},
                },
                "security": [{"oauth": ["read"]}, ["key", "bearer"]],
            }
        }
    )
    schemes = result["components"]["securitySchemes"]
    assert schemes["oauth"] == {
        "type": "oauth2",
        "flows": {"password": {"tokenUrl": "/login", "scopes": {}}},
        "x-clientsmith-token-request": {"client_auth": "body", "body_format": "json"},
    }
    assert schemes["key"] == {
        "type": "apiKey",
        "name": "X-Key",
        "in": "header",
        "description": "The key",
        "x-note": 1,
    }
    assert schemes["bearer"] == {"type": "http", "scheme": "bearer"}
    assert "ghost" not in schemes
    assert result["security"] == [{"oauth": ["read"]}, {"key": [], "bearer": []}]
    assert set(warnings(found)) == {"/auth/schemes/ghost"}


def test_auth_creates_components_and_warns_on_unknown_security_name() -> None:
    document = spec()
    del document["components"]
    result, found = run(
        {
            "auth": {
                "schemes": {"token": {"type": "http", "scheme": "bearer"}},
                "security": ["token", "tokne"],
            }
        },
        document,
    )
    assert result["components"] == {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}
    }
    warned = warnings(found)
    assert (
        set(warned) == {"/auth/security"}
        and "'tokne'" in warned["/auth/security"].message
    )
    assert "did you mean 'token'" in warned["/auth/security"].message


# --- pagination ---------------------------------------------------------------------


def test_pagination_rules_first_match_wins() -> None:
    document = spec()
    document["paths"]["/pets/{id}"]["get"]["x-pagination"] = {"style": "hal"}
    result, found = run(
        {
            "pagination": [
                {
                    "match": {"operation_id": "listPets"},
                    "style": "cursor",
                    "items": "data",
                    "cursor_field": "meta.next",
                    "cursor_param": "after",
                },
                {
                    "match": {"path": "/pets", "method": "get"},
                    "style": "page",
                },  # shadowed by the first rule
                {
                    "match": {"path": "/api/**"},
                    "style": "offset",
                    "items": ["data"],
                    "limit_param": "per_page",
                },
                {"match": {"tag": "pets", "method": ["get"]}, "style": "none"},
                {"match": {"tag": "birds"}, "style": "hal"},
            ]
        },
        document,
    )
    paths = result["paths"]
    assert paths["/pets"]["get"]["x-pagination"] == {
        "style": "cursor",
        "items": "data",
        "cursor_field": "meta.next",
        "cursor_param": "after",
    }
    assert paths["/api/v1/stores/{storeId}/orders"]["get"]["x-pagination"] == {
        "style": "offset",
        "items": ["data"],
        "limit_param": "per_page",
    }
    assert (
        "x-pagination" not in paths["/pets/{id}"]["get"]
    )  # style none removed the spec's
    assert "x-pagination" not in paths["/pets"]["post"]
    assert set(warnings(found)) == {"/pagination/1", "/pagination/4"}


# --- renames ------------------------------------------------------------------------


def test_resource_key_follows_the_ir_rules() -> None:
    assert resource_key("/pets", {"tags": ["pets"]}) == "pets"
    assert resource_key("/api/v1/stores/{id}/orders", {}) == "stores"
    assert resource_key("/x", {"x-clientsmith-resource": "a.b", "tags": ["t"]}) == "a.b"


def test_rename_resources_nests_and_renames_prefixes() -> None:
    document = spec()
    document["paths"]["/admin/reset"]["post"]["x-clientsmith-resource"] = "admin.tools"
    result, found = run(
        {
            "rename": {
                "resources": {
                    "pets": "zoo.animals",
                    "stores": "shops",
                    "admin": "ops",
                    "Pets": "nothing",
                }
            }
        },
        document,
    )
    paths = result["paths"]
    assert paths["/pets"]["get"]["x-clientsmith-resource"] == "zoo.animals"
    assert (
        paths["/pets/{id}"]["delete"]["x-clientsmith-resource"] == "zoo.animals"
    )  # first tag decides
    assert (
        paths["/api/v1/stores/{storeId}/orders"]["get"]["x-clientsmith-resource"]
        == "shops"
    )
    assert paths["/admin/reset"]["post"]["x-clientsmith-resource"] == "ops.tools"
    warned = warnings(found)
    assert (
        set(warned) == {"/rename/resources/Pets"}
        and "did you mean 'pets'" in warned["/rename/resources/Pets"].message
    )


def test_rename_methods_by_operation_id_or_route() -> None:
    result, found = run(
        {
            "rename": {
                "methods": {
                    "getPet": "fetch",
                    "POST /admin/reset": "reset_all",
                    "getPets": "x",
                }
            }
        }
    )
    assert result["paths"]["/pets/{id}"]["get"]["x-clientsmith-method"] == "fetch"
    assert (
        result["paths"]["/admin/reset"]["post"]["x-clientsmith-method"] == "reset_all"
    )
    warned = warnings(found)
    assert (
        set(warned) == {"/rename/methods/getPets"}
        and "did you mean" in warned["/rename/methods/getPets"].message
    )


def test_rename_models() -> None:
    result, found = run({"rename": {"models": {"Pet": "Animal", "Shop": "Store2"}}})
    assert result["components"]["schemas"]["Pet"] == {
        "type": "object",
        "x-clientsmith-name": "Animal",
    }
    assert "x-clientsmith-name" not in result["components"]["schemas"]["Store"]
    assert set(warnings(found)) == {"/rename/models/Shop"}


def test_renames_follow_excludes_and_overlays() -> None:
    # overlays run first, so config sections see what they add
    result, found = run(
        {
            "overlays": [
                {
                    "overlay": "1.0.0",
                    "actions": [
                        {
                            "target": "$.paths['/admin/reset'].post",
                            "update": {"tags": ["pets"]},
                        }
                    ],
                }
            ],
            "exclude": {"tags": ["admin"]},
        }
    )
    assert "/admin/reset" not in result["paths"]  # tags: [admin, pets] still has admin
    assert not warnings(found)


def test_path_item_refs_are_inlined_before_per_operation_edits() -> None:
    document = spec()
    document.setdefault("x-items", {})["shared"] = {
        "get": {"operationId": "shared", "responses": {"200": ok()}}
    }
    document["paths"]["/one"] = {"$ref": "#/x-items/shared"}
    document["paths"]["/two"] = {
        "get": {"operationId": "two", "responses": {"200": ok()}}
    }
    result, _ = run({"rename": {"methods": {"shared": "only_one"}}}, document)
    assert result["paths"]["/one"]["get"]["x-clientsmith-method"] == "only_one"
    assert "x-clientsmith-method" not in result["x-items"]["shared"]["get"]


# --- apply_config_to_loaded ---------------------------------------------------------


def test_apply_config_to_loaded_changes_hash_and_locates() -> None:
    loaded = LoadedSpec.from_document(spec(), path="zoo.yaml")
    diagnostics = Diagnostics()
    assert (
        apply_config_to_loaded(loaded, GeneratorConfig(package_name="zoo"), diagnostics)
        is loaded
    )
    config = config_from_mapping(
        {"exclude": {"tags": ["admin"]}}, source="clientsmith.yaml"
    )
    new = apply_config_to_loaded(loaded, config, diagnostics)
    assert new.content_hash != loaded.content_hash and new.path == "zoo.yaml"
    assert (
        "/admin/reset" not in new.document["paths"]
        and "/admin/reset" in loaded.document["paths"]
    )
    assert {d.file for d in diagnostics} == {"zoo.yaml"}
    other = config_from_mapping(
        {"exclude": {"tags": ["pets"]}}, source="clientsmith.yaml"
    )
    assert (
        apply_config_to_loaded(loaded, other, Diagnostics()).content_hash
        != new.content_hash
    )
    json.dumps(new.document)  # still plain JSON data


def test_rename_model_onto_an_existing_name_warns() -> None:
    result, found = run({"rename": {"models": {"Pet": "Store"}}})
    assert result["components"]["schemas"]["Pet"]["x-clientsmith-name"] == "Store"
    assert [(d.code, d.pointer) for d in found] == [
        ("config-name-conflict", "/rename/models/Pet")
    ]
    assert "'Store' is also named 'Store'" in found[0].message
    # a swap, or moving the other one away first, is fine
    _, found = run({"rename": {"models": {"Pet": "Store", "Store": "Pet"}}})
    assert found == []
