"""Tests for the Swagger 2.0 -> OpenAPI 3.0 conversion."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from clientsmith.generator.diagnostics import Diagnostics, Severity
from clientsmith.generator.load import LoadedSpec, load_spec
from clientsmith.generator.swagger2 import convert_swagger2

FIXTURES = Path(__file__).parent / "fixtures" / "load"
PETSTORE = FIXTURES / "swagger_petstore.yaml"


@pytest.fixture(scope="module")
def petstore() -> tuple[LoadedSpec, Diagnostics]:
    diagnostics = Diagnostics()
    return load_spec(PETSTORE, diagnostics), diagnostics


def swagger(**parts: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
    }
    document.update(parts)
    return document


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], Diagnostics]:
    diagnostics = Diagnostics()
    return convert_swagger2(document, diagnostics).document, diagnostics


def operation_with(*parameters: dict[str, Any], **extra: Any) -> dict[str, Any]:
    op = {"parameters": list(parameters), "responses": {"200": {"description": "ok"}}}
    op.update(extra)
    return swagger(paths={"/x/{id}": {"post": op}})


# --- the petstore fixture, end to end ---------------------------------------------


def test_versions_and_original_are_kept(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    spec, _ = petstore
    assert spec.source_version == "2.0"
    assert spec.is_swagger2
    assert spec.document["openapi"] == "3.0.3"
    assert spec.original is not None
    assert spec.original["swagger"] == "2.0"
    assert "definitions" in spec.original  # the source is not modified
    assert "swagger" not in spec.document


def test_converted_petstore_is_valid_openapi_30(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    errors = list(OpenAPIV30SpecValidator(petstore[0].document).iter_errors())
    assert errors == []


def test_servers_from_host_base_path_and_schemes(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    assert petstore[0].document["servers"] == [
        {"url": "https://petstore.example.com/v2"},
        {"url": "http://petstore.example.com/v2"},
    ]


def test_components(petstore: tuple[LoadedSpec, Diagnostics]) -> None:
    components = petstore[0].document["components"]
    pet = components["schemas"]["Pet"]
    assert pet["discriminator"] == {"propertyName": "kind"}
    assert pet["properties"]["tag"] == {"type": "string", "nullable": True}
    assert pet["properties"]["born"]["example"] == "2020-01-01"
    new_pet = components["schemas"]["NewPet"]
    assert new_pet["allOf"][0] == {"$ref": "#/components/schemas/Pet"}
    assert new_pet["allOf"][1]["properties"] == {"x-notes": {"type": "string"}}
    assert components["schemas"]["Error"]["x-internal"] is True
    assert components["parameters"]["Limit"] == {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "maximum": 100, "nullable": True},
    }
    assert components["requestBodies"]["PetBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
    }
    assert components["responses"]["Error"] == {
        "description": "error",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
        },
    }


def test_security_schemes(petstore: tuple[LoadedSpec, Diagnostics]) -> None:
    schemes = petstore[0].document["components"]["securitySchemes"]
    assert schemes["basic_auth"] == {
        "type": "http",
        "scheme": "basic",
        "description": "user and password",
    }
    assert schemes["api_key"] == {"type": "apiKey", "name": "X-API-Key", "in": "header"}
    assert schemes["implicit_auth"]["flows"] == {
        "implicit": {
            "authorizationUrl": "https://auth.example.com/authorize",
            "scopes": {"read:pets": "read pets"},
        }
    }
    assert schemes["password_auth"]["flows"] == {
        "password": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}
    }
    assert list(schemes["app_auth"]["flows"]) == ["clientCredentials"]
    assert schemes["code_auth"]["flows"]["authorizationCode"] == {
        "authorizationUrl": "https://auth.example.com/authorize",
        "tokenUrl": "https://auth.example.com/token",
        "scopes": {},
    }
    assert petstore[0].document["security"] == [{"basic_auth": []}]


def test_collection_formats(petstore: tuple[LoadedSpec, Diagnostics]) -> None:
    parameters = petstore[0].document["paths"]["/pets"]["get"]["parameters"]
    styles = {p.get("name"): (p.get("style"), p.get("explode")) for p in parameters}
    assert styles == {
        "tags": ("form", True),  # multi
        "ids": ("form", False),  # csv, the default
        "sizes": ("spaceDelimited", False),
        "colours": ("pipeDelimited", False),
        "names": ("form", False),  # tsv, read as csv
        None: (None, None),  # the $ref
    }
    assert parameters[1]["schema"] == {
        "type": "array",
        "items": {"type": "integer", "format": "int64"},
    }
    assert parameters[5] == {"$ref": "#/components/parameters/Limit"}


def test_tsv_warning_names_swagger_pointer_and_line(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    _, diagnostics = petstore
    assert [(d.severity, d.code, d.pointer, d.file, d.line) for d in diagnostics] == [
        (
            Severity.WARNING,
            "collection-format-unsupported",
            "/paths/~1pets/get/parameters/4/collectionFormat",
            str(PETSTORE),
            41,
        )
    ]


def test_responses(petstore: tuple[LoadedSpec, Diagnostics]) -> None:
    responses = petstore[0].document["paths"]["/pets"]["get"]["responses"]
    ok = responses["200"]
    assert ok["headers"] == {
        "X-Rate-Limit": {"description": "calls per hour", "schema": {"type": "integer"}}
    }
    assert ok["content"]["application/json"] == {
        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
        "example": [{"id": 1, "name": "Rex"}],
    }
    assert responses["default"] == {"$ref": "#/components/responses/Error"}
    delete = petstore[0].document["paths"]["/pets/{petId}"]["delete"]
    assert delete["responses"]["204"] == {"description": "deleted"}  # no content
    assert delete["x-internal-note"] == "keep me"
    image = petstore[0].document["paths"]["/pets/{petId}/image"]["get"]
    assert image["responses"]["200"]["content"] == {
        "image/png": {"schema": {"type": "string", "format": "binary"}}
    }


def test_body_parameter_becomes_request_body(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    paths = petstore[0].document["paths"]
    body = paths["/pets"]["post"]["requestBody"]
    schema = {"$ref": "#/components/schemas/NewPet"}
    assert body == {
        "description": "Pet to add",
        "required": True,
        "content": {
            "application/json": {"schema": schema},
            "application/xml": {"schema": schema},
        },
        "x-codegen-request-body-name": "pet",
    }
    assert "parameters" not in paths["/pets"]["post"]
    assert paths["/pets"]["put"]["requestBody"] == {
        "$ref": "#/components/requestBodies/PetBody"
    }


def test_form_parameters(petstore: tuple[LoadedSpec, Diagnostics]) -> None:
    paths = petstore[0].document["paths"]
    form = paths["/pets/{petId}"]["post"]["requestBody"]
    assert form["required"] is True
    entry = form["content"]["application/x-www-form-urlencoded"]
    assert entry["schema"] == {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "new name"},
            "status": {"type": "string"},
            "nicknames": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["status"],
    }
    assert entry["encoding"] == {"nicknames": {"style": "form", "explode": True}}
    upload = paths["/pets/{petId}/photo"]["post"]
    multipart = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert multipart["properties"]["file"] == {"type": "string", "format": "binary"}
    assert multipart["required"] == ["file"]
    assert [p["name"] for p in upload["parameters"]] == ["petId"]


def test_path_level_parameters_stay_on_the_path(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    item = petstore[0].document["paths"]["/pets/{petId}"]
    assert item["parameters"] == [
        {
            "name": "petId",
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "format": "int64"},
        }
    ]


def test_locate_converted_pointers_in_swagger_source(
    petstore: tuple[LoadedSpec, Diagnostics],
) -> None:
    spec, _ = petstore
    file = str(PETSTORE)
    # parameters/5 is the $ref to Limit, written on line 42.
    assert spec.locate("/paths/~1pets/get/parameters/5") == (file, 42)
    assert spec.locate("/components/schemas/Pet/properties/tag") == (file, 144)
    body_schema = "/paths/~1pets/post/requestBody/content/application~1json/schema"
    assert spec.locate(body_schema) == (file, 63)
    form_field = (
        "/paths/~1pets~1{petId}/post/requestBody/content/"
        "application~1x-www-form-urlencoded/schema/properties/status"
    )
    assert spec.locate(form_field) == (file, 93)
    assert spec.locate("/components/securitySchemes/api_key") == (file, 156)
    assert spec.locate("/servers") == (file, 5)
    assert spec.locate_original("/definitions/Pet") == (file, 136)


# --- focused conversions ----------------------------------------------------------


def test_source_document_is_not_modified() -> None:
    document = operation_with(
        {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/A"}},
        definitions={"A": {"type": "object", "x-nullable": True}},
    )
    before = copy.deepcopy(document)
    convert(document)
    assert document == before


def test_servers_without_host_are_relative() -> None:
    assert convert(swagger(basePath="/api/"))[0]["servers"] == [{"url": "/api"}]
    assert convert(swagger())[0]["servers"] == [{"url": "/"}]
    with_host = convert(swagger(host="h.example.com"))[0]
    assert with_host["servers"] == [{"url": "https://h.example.com"}]


def test_default_media_type_is_json() -> None:
    document = operation_with({"name": "b", "in": "body", "schema": {"type": "string"}})
    document["paths"]["/x/{id}"]["post"]["responses"] = {
        "200": {"description": "ok", "schema": {"type": "integer"}}
    }
    op = convert(document)[0]["paths"]["/x/{id}"]["post"]
    assert list(op["requestBody"]["content"]) == ["application/json"]
    assert list(op["responses"]["200"]["content"]) == ["application/json"]


def test_global_consumes_and_produces_apply() -> None:
    document = operation_with(
        {"name": "b", "in": "body", "schema": {"type": "string"}},
        consumes=None,
    )
    document["consumes"] = ["text/plain"]
    document["produces"] = ["application/xml"]
    document["paths"]["/x/{id}"]["post"].pop("consumes")
    document["paths"]["/x/{id}"]["post"]["responses"]["200"]["schema"] = {
        "type": "string"
    }
    op = convert(document)[0]["paths"]["/x/{id}"]["post"]
    assert list(op["requestBody"]["content"]) == ["text/plain"]
    assert list(op["responses"]["200"]["content"]) == ["application/xml"]


def test_path_level_body_is_shared_and_operation_overrides() -> None:
    shared = {"name": "b", "in": "body", "schema": {"type": "string"}}
    own = {"name": "b", "in": "body", "schema": {"type": "integer"}}
    document = swagger(
        paths={
            "/x": {
                "parameters": [shared, {"name": "q", "in": "query", "type": "string"}],
                "put": {"responses": {"200": {"description": "ok"}}},
                "post": {
                    "parameters": [own],
                    "responses": {"200": {"description": "ok"}},
                },
            }
        }
    )
    item = convert(document)[0]["paths"]["/x"]
    put_schema = item["put"]["requestBody"]["content"]["application/json"]["schema"]
    post_schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert (put_schema, post_schema) == ({"type": "string"}, {"type": "integer"})
    assert [p["name"] for p in item["parameters"]] == ["q"]


def test_global_form_parameter_ref_is_inlined() -> None:
    document = operation_with(
        {"$ref": "#/parameters/Token"},
        {"name": "other", "in": "formData", "type": "integer"},
    )
    document["parameters"] = {
        "Token": {"name": "token", "in": "formData", "type": "string"}
    }
    converted, diagnostics = convert(document)
    body = converted["paths"]["/x/{id}"]["post"]["requestBody"]
    schema = body["content"]["application/x-www-form-urlencoded"]["schema"]
    assert list(schema["properties"]) == ["token", "other"]
    assert "components" not in converted  # a lone form field is no component
    assert list(diagnostics) == []


def test_file_with_urlencoded_consumes_uses_multipart() -> None:
    document = operation_with(
        {"name": "f", "in": "formData", "type": "file"},
        consumes=["application/x-www-form-urlencoded"],
    )
    converted, diagnostics = convert(document)
    body = converted["paths"]["/x/{id}"]["post"]["requestBody"]
    assert list(body["content"]) == ["multipart/form-data"]
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("swagger-convert", "/paths/~1x~1{id}/post/parameters/0")
    ]


def test_body_and_form_together_keeps_the_body() -> None:
    document = operation_with(
        {"name": "b", "in": "body", "schema": {"type": "string"}},
        {"name": "f", "in": "formData", "type": "string"},
    )
    converted, diagnostics = convert(document)
    body = converted["paths"]["/x/{id}"]["post"]["requestBody"]
    assert list(body["content"]) == ["application/json"]
    assert [d.pointer for d in diagnostics] == ["/paths/~1x~1{id}/post/parameters/1"]


def test_collection_format_not_possible_in_path() -> None:
    document = operation_with(
        {
            "name": "id",
            "in": "path",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "pipes",
        }
    )
    converted, diagnostics = convert(document)
    (param,) = converted["paths"]["/x/{id}"]["post"]["parameters"]
    assert (param["style"], param["explode"], param["required"]) == (
        "simple",
        False,
        True,
    )
    assert [(d.code, d.pointer) for d in diagnostics] == [
        (
            "collection-format-unsupported",
            "/paths/~1x~1{id}/post/parameters/0/collectionFormat",
        )
    ]


def test_nested_items_and_value_constraints() -> None:
    document = operation_with(
        {
            "name": "grid",
            "in": "query",
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "array",
                "collectionFormat": "pipes",
                "items": {"type": "integer", "minimum": 0, "enum": [0, 1]},
            },
        }
    )
    converted, diagnostics = convert(document)
    (param,) = converted["paths"]["/x/{id}"]["post"]["parameters"]
    assert param["schema"] == {
        "type": "array",
        "maxItems": 3,
        "items": {
            "type": "array",
            "items": {"type": "integer", "minimum": 0, "enum": [0, 1]},
        },
    }
    assert [d.pointer for d in diagnostics] == [
        "/paths/~1x~1{id}/post/parameters/0/items/collectionFormat"
    ]


def test_unknown_security_type_is_skipped_with_warning() -> None:
    document = swagger(securityDefinitions={"odd": {"type": "oauth2", "flow": "magic"}})
    converted, diagnostics = convert(document)
    assert "components" not in converted
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("swagger-convert", "/securityDefinitions/odd")
    ]


def test_refs_into_other_places_are_kept_with_warning() -> None:
    document = swagger(
        definitions={"A": {"$ref": "#/paths/~1x/get/responses/200/schema"}}
    )
    converted, diagnostics = convert(document)
    schema = converted["components"]["schemas"]["A"]
    assert schema == {"$ref": "#/paths/~1x/get/responses/200/schema"}
    assert [d.pointer for d in diagnostics] == ["/definitions/A"]


def test_response_examples_for_other_media_types() -> None:
    document = operation_with()
    document["paths"]["/x/{id}"]["post"]["responses"]["200"] = {
        "description": "ok",
        "schema": {"type": "string"},
        "examples": {"text/plain": "hello"},
    }
    response = convert(document)[0]["paths"]["/x/{id}"]["post"]["responses"]["200"]
    assert response["content"] == {
        "application/json": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}, "example": "hello"},
    }


def test_header_arrays_and_extensions_are_kept() -> None:
    document = operation_with(x_unused=None)
    document["paths"]["/x/{id}"]["post"].pop("x_unused")
    document["x-root"] = 1
    document["paths"]["x-paths-ext"] = {"a": 1}
    document["paths"]["/x/{id}"]["x-item"] = True
    document["paths"]["/x/{id}"]["post"]["responses"]["200"]["headers"] = {
        "X-Ids": {"type": "array", "items": {"type": "integer"}, "x-h": 1}
    }
    converted, _ = convert(document)
    assert converted["x-root"] == 1
    assert converted["paths"]["x-paths-ext"] == {"a": 1}
    assert converted["paths"]["/x/{id}"]["x-item"] is True
    header = converted["paths"]["/x/{id}"]["post"]["responses"]["200"]["headers"][
        "X-Ids"
    ]
    assert header == {
        "schema": {"type": "array", "items": {"type": "integer"}},
        "style": "simple",
        "explode": False,
        "x-h": 1,
    }


def test_dangling_swagger_ref_is_reported_with_swagger_pointer(tmp_path: Path) -> None:
    spec_file = tmp_path / "s.yaml"
    spec_file.write_text(
        "swagger: '2.0'\n"
        "info: {title: t, version: '1'}\n"
        "paths: {}\n"
        "definitions:\n"
        "  A:\n"
        "    $ref: '#/definitions/Missing'\n"
    )
    diagnostics = Diagnostics()
    load_spec(spec_file, diagnostics)
    assert [(d.code, d.pointer, d.line) for d in diagnostics] == [
        ("unresolved-ref", "/definitions/A", 5)
    ]


def test_external_refs_in_swagger_go_to_definitions(tmp_path: Path) -> None:
    (tmp_path / "models.yaml").write_text(
        "Thing:\n  type: object\n  x-nullable: true\n"
    )
    spec_file = tmp_path / "s.yaml"
    spec_file.write_text(
        "swagger: '2.0'\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /t:\n"
        "    get:\n"
        "      responses:\n"
        "        200:\n"
        "          description: ok\n"
        "          schema: {$ref: 'models.yaml#/Thing'}\n"
    )
    diagnostics = Diagnostics()
    spec = load_spec(spec_file, diagnostics)
    assert list(diagnostics) == []
    assert spec.original is not None
    assert spec.original["definitions"]["Thing"] == {
        "type": "object",
        "x-nullable": True,
    }
    assert spec.document["components"]["schemas"]["Thing"] == {
        "type": "object",
        "nullable": True,
    }
    content = spec.document["paths"]["/t"]["get"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Thing"
    }
    assert spec.locate("/components/schemas/Thing") == (
        str(tmp_path / "models.yaml"),
        1,
    )


def test_nullable_ref_is_wrapped_in_all_of() -> None:
    document = swagger(
        definitions={
            "A": {"type": "string"},
            "B": {
                "type": "object",
                "properties": {"a": {"$ref": "#/definitions/A", "x-nullable": True}},
            },
        }
    )
    converted, _ = convert(document)
    prop = converted["components"]["schemas"]["B"]["properties"]["a"]
    assert prop == {"nullable": True, "allOf": [{"$ref": "#/components/schemas/A"}]}


def test_operation_schemes_become_operation_servers() -> None:
    document = operation_with(schemes=["http"])
    document["host"] = "api.example.com"
    document["basePath"] = "/v1"
    converted, _ = convert(document)
    assert converted["servers"] == [{"url": "https://api.example.com/v1"}]
    operation = converted["paths"]["/x/{id}"]["post"]
    assert operation["servers"] == [{"url": "http://api.example.com/v1"}]


def test_malformed_parts_are_skipped_not_crashed_on() -> None:
    document = swagger(
        paths={
            "/a": {"parameters": 5, "get": {"parameters": True, "responses": []}},
            "/b": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "type": "array",
                            "collectionFormat": {},
                        }
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        definitions=[],
        securityDefinitions={"odd": {"type": "oauth2", "flow": ["implicit"]}},
    )
    converted, diagnostics = convert(document)
    assert converted["paths"]["/a"] == {"get": {"responses": {}}}
    (param,) = converted["paths"]["/b"]["get"]["parameters"]
    assert (param["style"], param["explode"]) == ("form", False)
    assert [d.pointer for d in diagnostics] == [
        "/paths/~1b/get/parameters/0/collectionFormat",
        "/securityDefinitions/odd",
    ]
