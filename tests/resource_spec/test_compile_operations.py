"""The resource-spec compiler, rule by rule: each test compiles a tiny spec and
reads the one part of the OpenAPI document (or the one error) a rule decides."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from clientsmith.generator.diagnostics import Diagnostics, GeneratorError
from clientsmith.generator.resource_spec import compile_resource_spec

HEAD = """\
resource_spec: 1
name: Tiny
base_url: https://api.example.com
"""


def compiled(body: str) -> dict[str, Any]:
    text = HEAD + body
    return compile_resource_spec(
        yaml.safe_load(text), Diagnostics(), file="tiny.yaml", text=text
    )


def problems(body: str) -> list[str]:
    text = HEAD + body
    with pytest.raises(GeneratorError) as info:
        compile_resource_spec(
            yaml.safe_load(text), Diagnostics(), file="tiny.yaml", text=text
        )
    return [d.message for d in info.value.diagnostics]


def operation(document: dict[str, Any], url: str, method: str = "get") -> Any:
    return document["paths"][url][method]


def test_a_spec_without_models_or_auth_has_no_components() -> None:
    document = compiled(
        "resources:\n  pings:\n    operations:\n      ping: {method: GET}\n"
    )
    assert "components" not in document and "security" not in document
    ping = operation(document, "/pings")
    assert ping["responses"]["204"] == {"description": "Done; no content."}
    assert "parameters" not in ping and "requestBody" not in ping


def test_operation_keys_come_in_openapi_order_then_extensions() -> None:
    document = compiled(
        """\
rate_limit_headers: [X-Left]
resources:
  pets:
    operations:
      create:
        method: POST
        deprecated: true
        description: Adds a pet.
        summary: Add
        body: {type: string, example: Rex, description: The name., required: false}
        response: {type: string, example: ok, status: 201}
        params: {dry_run: boolean}
"""
    )
    create = operation(document, "/pets", "post")
    assert list(create) == [
        "tags",
        "operationId",
        "summary",
        "description",
        "deprecated",
        "parameters",
        "requestBody",
        "responses",
        "x-clientsmith-resource",
        "x-clientsmith-method",
        "x-clientsmith-rate-limit-headers",
    ]
    assert create["requestBody"] == {
        "required": False,
        "content": {
            "application/json": {"schema": {"type": "string"}, "example": "Rex"}
        },
        "description": "The name.",
    }
    assert create["responses"]["201"]["content"]["application/json"]["example"] == "ok"
    assert create["responses"]["429"]["headers"]["X-Left"]["schema"] == {
        "type": "string"
    }
    assert create["responses"]["429"]["description"] == "Too many requests."


def test_a_declared_429_keeps_its_body_and_gains_the_headers() -> None:
    document = compiled(
        """\
models:
  Slow: {fields: {retry: integer}}
resources:
  pets:
    operations:
      list:
        method: GET
        rate_limit_headers: [X-Left]
        errors: {429: {type: Slow, description: Slow down.}}
      quiet: {method: GET, path: /quiet, errors: none}
"""
    )
    limited = operation(document, "/pets")["responses"]["429"]
    assert limited["description"] == "Slow down."
    assert limited["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Slow"
    }
    assert set(limited["headers"]) == {"X-Left"}
    assert list(operation(document, "/pets/quiet")["responses"]) == ["204"]


PAGED = """\
paginations:
  pages:
    style: page
    items: data
    params: {page: integer, size: {type: integer, maximum: 50}}
    envelope: {total: integer}
default_pagination: pages
models:
  Pet: {fields: {id: integer}}
resources:
  pets:
    operations:
      list:
        method: GET
        response: "list[Pet]"
        params: {size: {type: integer, maximum: 10, description: Per page.}}
"""


def test_a_paginated_operation_keeps_its_own_declaration_of_a_page_parameter() -> None:
    document = compiled(PAGED)
    listed = operation(document, "/pets")
    assert listed["x-pagination"] == {"style": "page", "items": "data"}
    by_name = {p["name"]: p for p in listed["parameters"]}
    assert list(by_name) == ["size", "page"]
    assert by_name["size"]["schema"] == {"type": "integer", "maximum": 10}
    assert by_name["page"]["schema"] == {"type": "integer"}
    assert listed["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PetPage"
    }
    page = document["components"]["schemas"]["PetPage"]
    assert page["required"] == ["data"] and set(page["properties"]) == {"data", "total"}


def test_a_page_model_named_like_a_model_is_an_error() -> None:
    clash = PAGED.replace("models:\n", "models:\n  PetPage: {fields: {n: integer}}\n")
    (message,) = problems(clash)
    assert "the page model 'PetPage' clashes with a model of that name" in message


def test_an_unknown_default_pagination_is_an_error() -> None:
    unknown = PAGED.replace("default_pagination: pages", "default_pagination: nope")
    (message,) = problems(unknown)
    assert message.endswith(
        "default_pagination: no pagination named 'nope' in 'paginations'"
    )


PARENTS = """\
resources:
  shops:
    parent_param: {name: shop_id, in: query, type: integer}
    operations:
      list: {method: GET}
      mine: {method: GET, path: /mine, parent: required}
      maybe: {method: GET, path: /maybe, parent: optional}
  teams:
    path: /teams/{team_id}
    parent_param: {name: team_id, in: path}
    operations:
      get: {method: GET}
"""


def test_a_query_parent_is_sent_as_each_operation_asks() -> None:
    document = compiled(PARENTS)
    assert "parameters" not in operation(document, "/shops")
    (mine,) = operation(document, "/shops/mine")["parameters"]
    (maybe,) = operation(document, "/shops/maybe")["parameters"]
    assert (mine["name"], mine["in"], mine["required"]) == ("shop_id", "query", True)
    assert (maybe["name"], maybe["required"]) == ("shop_id", False)
    (team,) = operation(document, "/teams/{team_id}")["parameters"]
    assert (team["name"], team["in"], team["required"]) == ("team_id", "path", True)


def test_a_path_parent_cannot_be_optional() -> None:
    messages = problems(
        PARENTS.replace("get: {method: GET}", "get: {method: GET, parent: optional}")
    )
    assert len(messages) == 1
    assert "a path parent is always required" in messages[0]


def test_two_operations_on_one_method_and_url_are_an_error() -> None:
    messages = problems(
        "resources:\n  pets:\n    operations:\n"
        "      a: {method: GET}\n      b: {method: get}\n"
    )
    assert len(messages) == 1 and "GET /pets is already defined" in messages[0]
