"""Resource spec -> OpenAPI 3.1: what each construct compiles to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.export_cli import export_openapi
from clientsmith.generator.load import LoadedSpec
from clientsmith.generator.pipeline import generate_from_loaded
from clientsmith.generator.resource_spec import (
    compile_resource_spec,
    load_resource_spec,
    resource_spec_schema,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "cloudconnexa.yaml"

SMALL = """\
resource_spec: 1
name: Shop
version: 2
package_name: shop
client_name: ShopClient
base_url: https://{region}.shop.example.com/v2
variables:
  region: {default: eu, enum: [eu, us], description: Data region.}
auth:
  key: {type: api_key, in: header, name: X-Key}
  login:
    type: oauth2_password
    token_url: https://auth.example.com/token
    client_auth: basic
    body_format: json
    scopes: [read, write]
security: [key]
paginations:
  links: {style: link_header}
  offsets:
    style: offset
    items: data
    params: {offset: integer, limit: {type: integer, maximum: 50}}
    envelope: {total: integer}
default_pagination: offsets
errors:
  4XX: Problem
  default: {type: Problem, description: Anything else.}
rate_limit_headers: [RateLimit-Remaining]
path_params:
  id: int64
models:
  Problem:
    fields:
      title: string
      detail: {type: string, required: false}
  Color:
    enum: [red, green]
  Item:
    description: A thing for sale.
    default_required: false
    fields:
      id: {type: int64, read_only: true, required: true}
      name: {type: string, required: true, min_length: 1}
      color: Color?
      tags: list[string]
      attributes: map[any]
      size: {type: string, enum: [S, M, L]}
      updated: date-time?
      maker:
        fields:
          name: string
resources:
  shops:
    path: /stores
    parent_param: {name: shopId, in: path, type: uuid}
    operations:
      list: {method: GET, response: "list[string]", pagination: links}
      health: {method: GET, path: /health, auth: none, errors: none, rate_limit_headers: []}
    resources:
      items:
        path: /{shopId}/items
        operations:
          list: {method: GET, response: "list[Item]"}
          get: {method: GET, path: "/{id}", response: Item, errors: {404: Problem}}
          create: {method: POST, body: Item, response: {type: Item, status: 201}}
          import_csv:
            method: POST
            path: /import
            body: {type: string, content_type: text/csv}
            response: {type: string, content_type: text/plain}
          all: {method: GET, path: /all, response: "list[Item]", pagination: none}
"""


def compiled(text: str = SMALL) -> dict[str, Any]:
    return compile_resource_spec(
        yaml.safe_load(text), Diagnostics(), file="shop.yaml", text=text
    )


def test_info_servers_security() -> None:
    doc = compiled()
    assert doc["openapi"] == "3.1.0"
    assert doc["info"] == {
        "title": "Shop",
        "version": "2",
        "x-clientsmith-package-name": "shop",
        "x-clientsmith-client-name": "ShopClient",
    }
    assert doc["servers"] == [
        {
            "url": "https://{region}.shop.example.com/v2",
            "variables": {
                "region": {
                    "default": "eu",
                    "enum": ["eu", "us"],
                    "description": "Data region.",
                }
            },
        }
    ]
    assert doc["security"] == [{"key": []}]
    schemes = doc["components"]["securitySchemes"]
    assert schemes["key"] == {"type": "apiKey", "in": "header", "name": "X-Key"}
    assert schemes["login"] == {
        "type": "oauth2",
        "flows": {
            "password": {
                "tokenUrl": "https://auth.example.com/token",
                "scopes": {"read": "read", "write": "write"},
            }
        },
        "x-clientsmith-token-request": {"client_auth": "basic", "body_format": "json"},
    }


def test_models() -> None:
    schemas = compiled()["components"]["schemas"]
    assert schemas["Color"] == {
        "type": "string",
        "enum": ["red", "green"],
        "x-clientsmith-name": "Color",
    }
    item = schemas["Item"]
    assert item["description"] == "A thing for sale."
    assert item["required"] == ["id", "name"]
    props = item["properties"]
    assert props["id"] == {"type": "integer", "format": "int64", "readOnly": True}
    assert props["name"] == {"type": "string", "minLength": 1}
    assert props["color"] == {
        "anyOf": [{"$ref": "#/components/schemas/Color"}, {"type": "null"}]
    }
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}
    assert props["attributes"] == {"type": "object", "additionalProperties": {}}
    assert props["size"] == {"type": "string", "enum": ["S", "M", "L"]}
    assert props["updated"] == {"type": ["string", "null"], "format": "date-time"}
    # Inline objects inherit the model's default_required.
    assert props["maker"] == {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    # Fields are required unless the model or field says otherwise.
    assert schemas["Problem"]["required"] == ["title"]


def test_nested_resources_with_path_parent() -> None:
    paths = compiled()["paths"]
    assert set(paths) == {
        "/stores",
        "/stores/health",
        "/stores/{shopId}/items",
        "/stores/{shopId}/items/{id}",
        "/stores/{shopId}/items/import",
        "/stores/{shopId}/items/all",
    }
    get = paths["/stores/{shopId}/items/{id}"]["get"]
    assert get["x-clientsmith-resource"] == "shops.items"
    assert get["x-clientsmith-method"] == "get"
    assert get["tags"] == ["shops.items"]
    assert get["operationId"] == "shopsItemsGet"
    assert get["parameters"] == [
        {
            "name": "shopId",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
        },
        {
            "name": "id",
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "format": "int64"},
        },
    ]
    assert compiled()["tags"] == [{"name": "shops"}, {"name": "shops.items"}]


def test_default_pagination_builds_an_envelope_and_params() -> None:
    doc = compiled()
    op = doc["paths"]["/stores/{shopId}/items"]["get"]
    assert op["x-pagination"] == {"style": "offset", "items": "data"}
    assert [p["name"] for p in op["parameters"]] == ["shopId", "offset", "limit"]
    assert op["parameters"][2]["schema"] == {"type": "integer", "maximum": 50}
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ItemPage"
    }
    assert doc["components"]["schemas"]["ItemPage"] == {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "total": {"type": "integer"},
        },
        "required": ["data"],
        "description": "One page of Item items.",
        "x-clientsmith-name": "ItemPage",
    }
    # Explicit style without an envelope: the body is the plain list.
    links = doc["paths"]["/stores"]["get"]
    assert links["x-pagination"] == {"style": "link_header"}
    assert links["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"type": "string"},
    }
    # pagination: none keeps a list operation unpaged.
    unpaged = doc["paths"]["/stores/{shopId}/items/all"]["get"]
    assert "x-pagination" not in unpaged
    assert (
        unpaged["responses"]["200"]["content"]["application/json"]["schema"]["type"]
        == "array"
    )


def test_errors_statuses_bodies_and_rate_limit_headers() -> None:
    paths = compiled()["paths"]
    get = paths["/stores/{shopId}/items/{id}"]["get"]
    problem = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    assert get["responses"]["404"] == {"description": "Not found.", "content": problem}
    assert get["responses"]["4XX"] == {
        "description": "Client error.",
        "content": problem,
    }
    assert get["responses"]["default"] == {
        "description": "Anything else.",
        "content": problem,
    }
    assert get["responses"]["429"]["headers"] == {
        "RateLimit-Remaining": {
            "description": "Rate limit state, see the API's documentation.",
            "schema": {"type": "string"},
        }
    }
    # 429 gets its own entry: the headers, and no body unless errors declare a 429.
    assert "content" not in get["responses"]["429"]
    assert get["x-clientsmith-rate-limit-headers"] == ["RateLimit-Remaining"]
    create = paths["/stores/{shopId}/items"]["post"]
    assert list(create["responses"])[0] == "201"
    assert create["requestBody"] == {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
        },
    }
    health = paths["/stores/health"]["get"]
    assert health["security"] == []
    assert health["responses"] == {"204": {"description": "Done; no content."}}
    assert "x-clientsmith-rate-limit-headers" not in health
    csv = paths["/stores/{shopId}/items/import"]["post"]
    assert list(csv["requestBody"]["content"]) == ["text/csv"]
    assert list(csv["responses"]["200"]["content"]) == ["text/plain"]


def test_small_spec_is_valid_openapi_31_and_generates() -> None:
    doc = compiled(SMALL.replace("client_name: ShopClient\n", ""))
    assert list(OpenAPIV31SpecValidator(doc).iter_errors()) == []
    diagnostics = Diagnostics()
    result = generate_from_loaded(
        LoadedSpec.from_document(doc, "shop.yaml"), GeneratorConfig(), diagnostics
    )
    assert not diagnostics.has_errors
    assert result.package.package == "shop"
    client = result.files["shop/_client.py"]
    assert "class Client(" in client and "class AsyncClient(" in client
    resource = result.files["shop/resources/shops_items.py"]
    assert "def get(" in resource and "def import_csv(" in resource


def test_client_name_from_the_spec() -> None:
    result = generate_from_loaded(
        LoadedSpec.from_document(compiled(), "shop.yaml"),
        GeneratorConfig(),
        Diagnostics(),
    )
    assert "class ShopClient(" in result.files["shop/_client.py"]


def test_same_document_whatever_the_source_text() -> None:
    # Marks only feed messages: compiling without text gives the same document.
    assert (
        compile_resource_spec(yaml.safe_load(SMALL), Diagnostics(), file="x", text=None)
        == compiled()
    )


def test_the_json_schema_is_a_valid_2020_12_schema() -> None:
    import jsonschema

    schema = resource_spec_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["resource_spec"] == {
        "const": 1,
        "description": "Format version; always 1.",
    }


# --- CloudConnexa ------------------------------------------------------------------


@pytest.fixture(scope="module")
def cloudconnexa_doc() -> dict[str, Any]:
    diagnostics = Diagnostics()
    doc = load_resource_spec(SPEC, diagnostics)
    assert [d.message for d in diagnostics] == []
    return doc


def test_cloudconnexa_exports_valid_openapi_31(
    cloudconnexa_doc: dict[str, Any],
) -> None:
    errors = [
        e.message for e in OpenAPIV31SpecValidator(cloudconnexa_doc).iter_errors()
    ]
    assert errors == []


def test_cloudconnexa_auth_and_server(cloudconnexa_doc: dict[str, Any]) -> None:
    assert cloudconnexa_doc["servers"] == [
        {
            "url": "https://{cloud_id}.api.openvpn.com/api/v1",
            "variables": {
                "cloud_id": {
                    "default": "",
                    "description": "Your CloudConnexa Cloud ID (the first label of the API host name). No default.",
                }
            },
        }
    ]
    oauth = cloudconnexa_doc["components"]["securitySchemes"]["oauth"]
    assert oauth["flows"] == {
        "clientCredentials": {"tokenUrl": "/api/v1/oauth/token", "scopes": {}}
    }
    assert oauth["x-clientsmith-token-request"] == {
        "client_auth": "query",
        "body_format": "query",
    }
    assert cloudconnexa_doc["security"] == [{"oauth": []}]


def test_cloudconnexa_paths(cloudconnexa_doc: dict[str, Any]) -> None:
    paths = cloudconnexa_doc["paths"]
    expected = {
        "/networks",
        "/networks/{id}",
        "/networks/connectors",
        "/networks/connectors/{id}",
        "/networks/connectors/{id}/profile",
        "/networks/connectors/{id}/profile/encrypt",
        "/networks/connectors/{id}/ipsec/start",
        "/networks/connectors/{id}/ipsec/stop",
        "/networks/connectors/{id}/activate",
        "/networks/connectors/{id}/suspend",
        "/networks/routes",
        "/networks/routes/{id}",
        "/networks/ip-services",
        "/networks/ip-services/{id}",
        "/networks/applications",
        "/networks/applications/{id}",
        "/hosts",
        "/hosts/{id}",
        "/hosts/connectors",
        "/hosts/connectors/{id}",
        "/hosts/connectors/{id}/profile",
        "/hosts/connectors/{id}/profile/encrypt",
        "/hosts/connectors/{id}/activate",
        "/hosts/connectors/{id}/suspend",
        "/hosts/ip-services",
        "/hosts/ip-services/{id}",
        "/hosts/applications",
        "/hosts/applications/{id}",
        "/users",
        "/users/{id}",
        "/users/{id}/activate",
        "/users/{id}/suspend",
        "/user-groups",
        "/user-groups/{id}",
        "/devices",
        "/devices/{id}",
        "/devices/{id}/profile",
        "/dns-records",
        "/dns-records/{id}",
        "/access-groups",
        "/access-groups/{id}",
        "/location-contexts",
        "/location-contexts/{id}",
        "/regions",
        "/sessions",
    }
    settings = {
        "/settings/users/connection-timeout",
        *(
            f"/settings/auth/{n}"
            for n in ("trusted-devices-allowed", "two-factor-auth")
        ),
        *(
            f"/settings/dns/{n}"
            for n in ("custom-servers", "default-suffix", "proxy-enabled", "zones")
        ),
        *(
            f"/settings/user/{n}"
            for n in (
                "connect-auth",
                "device-allowance",
                "device-allowance-force-update",
                "device-enforcement",
                "profile-distribution",
            )
        ),
        *(
            f"/settings/wpc/{n}"
            for n in (
                "client-options",
                "default-region",
                "domain-routing-subnet",
                "ip-allocation-mode",
                "routes-advanced-configuration-enabled",
                "snat",
                "subnet",
                "topology",
            )
        ),
    }
    assert set(paths) == expected | settings
    assert all(set(paths[p]) == {"get", "put"} for p in settings)
    suffix = paths["/settings/dns/default-suffix"]["put"]
    assert list(suffix["requestBody"]["content"]) == ["text/plain"]
    assert suffix["x-clientsmith-resource"] == "settings.dns"
    assert suffix["x-clientsmith-method"] == "set_default_suffix"
    zones = paths["/settings/dns/zones"]["put"]["requestBody"]["content"][
        "application/json"
    ]
    assert zones["schema"] == {"$ref": "#/components/schemas/DnsZones"}
    connectors = paths["/networks/connectors"]
    assert connectors["get"]["x-clientsmith-resource"] == "networks.connectors"
    assert connectors["get"]["x-clientsmith-method"] == "list"
    assert connectors["get"]["parameters"][0] == {
        "name": "networkId",
        "in": "query",
        "description": "The network the connector belongs to.",
        "required": False,
        "schema": {"type": "string", "format": "uuid"},
    }
    assert connectors["post"]["parameters"][0]["required"] is True
    assert "parameters" not in paths["/networks/connectors/{id}"]["put"] or all(
        p["name"] != "networkId"
        for p in paths["/networks/connectors/{id}"]["put"]["parameters"]
    )
    delete = paths["/networks/connectors/{id}"]["delete"]
    assert [(p["name"], p["in"], p["required"]) for p in delete["parameters"]] == [
        ("id", "path", True),
        ("networkId", "query", True),
    ]
    assert paths["/networks/routes"]["post"]["responses"]["201"]["content"][
        "application/json"
    ]["schema"] == {"$ref": "#/components/schemas/Route"}
    profile = paths["/devices/{id}/profile"]["post"]
    assert [(p["name"], p["required"]) for p in profile["parameters"]] == [
        ("id", True),
        ("userId", True),
        ("regionId", True),
    ]
    assert list(profile["responses"]["200"]["content"]) == ["text/plain"]


def test_cloudconnexa_pagination(cloudconnexa_doc: dict[str, Any]) -> None:
    paths = cloudconnexa_doc["paths"]
    users = paths["/users"]["get"]
    assert users["x-pagination"] == {
        "style": "page",
        "items": "content",
        "page_param": "page",
        "size_param": "size",
        "first_page": 0,
        "total_pages_field": "totalPages",
    }
    assert [p["name"] for p in users["parameters"]] == ["page", "size"]
    page = cloudconnexa_doc["components"]["schemas"]["UserPage"]
    assert list(page["properties"]) == [
        "content",
        "totalElements",
        "totalPages",
        "numberOfElements",
        "page",
        "size",
    ]
    sessions = paths["/sessions"]["get"]
    assert sessions["x-pagination"] == {
        "style": "cursor",
        "items": "sessions",
        "cursor_field": "nextCursor",
        "cursor_param": "cursor",
    }
    assert {p["name"]: p["required"] for p in sessions["parameters"]} == {
        "startDate": False,
        "endDate": False,
        "status": False,
        "returnOnlyNew": False,
        "cursor": False,
        "size": True,
    }
    assert cloudconnexa_doc["components"]["schemas"]["SessionBatch"]["properties"][
        "nextCursor"
    ]["type"] == ["string", "null"]
    regions = paths["/regions"]["get"]
    assert "x-pagination" not in regions
    assert regions["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/VpnRegion"},
    }


def test_cloudconnexa_errors_and_rate_limits(cloudconnexa_doc: dict[str, Any]) -> None:
    for item in cloudconnexa_doc["paths"].values():
        for op in item.values():
            assert set(op["responses"]) >= {"4XX", "5XX", "429"}
            assert op["responses"]["4XX"]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorResponse"
            }
            assert list(op["responses"]["429"]["headers"]) == [
                "X-RateLimit-Remaining",
                "X-RateLimit-Replenish-Rate",
                "X-RateLimit-Replenish-Time",
            ]
    error = cloudconnexa_doc["components"]["schemas"]["ErrorResponse"]
    assert error["properties"]["errorDetails"] == {
        "type": "object",
        "additionalProperties": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/ErrorDetail"},
        },
        "description": "Problems per request field.",
    }


def test_export_openapi_command_yaml_and_json(
    tmp_path: Path, cloudconnexa_doc: dict[str, Any]
) -> None:
    runner = CliRunner()
    out = tmp_path / "cc.yaml"
    result = runner.invoke(export_openapi, [str(SPEC), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "OpenAPI 3.1.0, 131 operations" in result.output
    text = out.read_text(encoding="utf-8")
    assert "&id" not in text  # no YAML anchors
    assert yaml.safe_load(text) == cloudconnexa_doc
    as_json = tmp_path / "cc.json"
    assert runner.invoke(export_openapi, [str(SPEC), "-o", str(as_json)]).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8")) == cloudconnexa_doc
    stdout = runner.invoke(export_openapi, [str(SPEC)])
    assert stdout.exit_code == 0 and yaml.safe_load(stdout.output) == cloudconnexa_doc


def test_export_openapi_command_reports_located_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "resource_spec: 1\nname: X\nbase_url: https://x\nresources: {}\nbogus: 1\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(export_openapi, [str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:5:1: bogus: unknown key 'bogus'" in result.output
    assert "error: " in result.output


def test_the_documented_example_compiles_and_generates() -> None:
    text = (ROOT / "docs" / "resource-spec.md").read_text(encoding="utf-8")
    example = (
        text.split("## A complete small example", 1)[1]
        .split("```yaml\n", 1)[1]
        .split("```", 1)[0]
    )
    doc = compile_resource_spec(
        yaml.safe_load(example), Diagnostics(), file="shop.yaml", text=example
    )
    assert list(OpenAPIV31SpecValidator(doc).iter_errors()) == []
    result = generate_from_loaded(
        LoadedSpec.from_document(doc, "shop.yaml"), GeneratorConfig(), Diagnostics()
    )
    items = result.files["shop/resources/stores_items.py"]
    assert "def list_(" in items or "def list(" in items
    assert "store_id: int" in items and "color: Color | NotGiven" in items
    assert "def check(" in result.files["shop/resources/health.py"]
    assert doc["paths"]["/health"]["get"]["security"] == []


def test_origins_lead_back_to_the_resource_spec_lines() -> None:
    from clientsmith.generator.resource_spec import compile_resource_spec_located

    doc, origins = compile_resource_spec_located(
        yaml.safe_load(SMALL), Diagnostics(), file="shop.yaml", text=SMALL
    )
    lines = SMALL.splitlines()

    def line_of(pointer: str) -> str:
        file, line = origins.locate(pointer)
        assert file == "shop.yaml" and line is not None
        return lines[line - 1].strip()

    assert line_of("/components/schemas/Item") == "Item:"
    assert (
        line_of("/components/schemas/Item/properties/color/anyOf/0") == "color: Color?"
    )
    assert line_of("/paths/~1stores~1{shopId}~1items~1{id}/get/responses/404") == (
        'get: {method: GET, path: "/{id}", response: Item, errors: {404: Problem}}'
    )
    assert line_of("/components/securitySchemes/login/flows") == "login:"
    assert line_of("/components/schemas/ItemPage") == "offsets:"
    assert line_of("/servers/0/url").startswith("base_url:")
    assert origins.locate("/nowhere") == ("shop.yaml", None)
    assert doc == compiled()
