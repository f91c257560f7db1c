"""The operation-level spec nodes: pointers carried, refs followed once, faults kept."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.operations import OperationCompiler
from clientsmith.generator.refs import RefFault, chase_refs
from clientsmith.generator.schemas import SchemaCompiler
from clientsmith.generator.spec.document import (
    DocumentNode,
    OperationNode,
    ParameterNode,
)
from clientsmith.generator.spec.parse import parse_document, report

JSON = "application/json"
PET = {"type": "object", "properties": {"id": {"type": "integer"}}}


def document(**extra: Any) -> dict[str, Any]:
    """A document with one shared parameter, body and response, and ``extra``."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "security": [{"key": []}],
        "paths": {
            "/pets/{id}": {
                "parameters": [
                    {"$ref": "#/components/parameters/Id"},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                ],
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "parameters": [
                        {"name": "q", "in": "query", "required": True},
                        {"$ref": "#/components/parameters/Limit"},
                    ],
                    "responses": {"200": {"$ref": "#/components/responses/Pet"}},
                    "x-pagination": False,
                },
                "put": {
                    "security": [],
                    "requestBody": {"$ref": "#/components/requestBodies/Pet"},
                    "responses": {"204": {"description": "gone"}},
                },
            },
        },
        "components": {
            "schemas": {"Pet": PET},
            "parameters": {
                "Id": {"name": "id", "in": "path", "required": True},
                "Limit": {"$ref": "#/components/parameters/Size"},
                "Size": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            },
            "requestBodies": {
                "Pet": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {"$ref": "#/components/schemas/Pet"},
                            "encoding": {"id": {"contentType": "text/plain"}},
                        }
                    },
                }
            },
            "responses": {
                "Pet": {
                    "description": "a pet",
                    "headers": {"X-Trace-Id": {"schema": {"type": "string"}}},
                    "content": {JSON: {"schema": {"$ref": "#/components/schemas/Pet"}}},
                }
            },
        },
    }
    doc.update(extra)
    return doc


def operation(doc: DocumentNode, method: str) -> OperationNode:
    found = doc.paths[0].operation(method)
    assert found is not None
    return found


def test_operations_carry_the_pointer_they_are_listed_at() -> None:
    doc = parse_document(document())
    item = doc.paths[0]
    assert (item.key, item.pointer, item.referenced) == (
        "/pets/{id}",
        "#/paths/~1pets~1{id}",
        False,
    )
    assert item.methods == ("get", "put")
    get = operation(doc, "get")
    assert (get.method, get.path, get.pointer) == (
        "get",
        "/pets/{id}",
        item.pointer + "/get",
    )
    assert get.operation_id == "getPet"
    assert get.tags == ("pets",)
    assert get.extensions == {"x-pagination": False}


def test_parameters_merge_path_level_and_follow_ref_chains() -> None:
    get = operation(parse_document(document()), "get")
    by_key = {(p.name, p.location): p for p in get.parameters}
    # The path item's ``id`` (a ref), its ``q`` overridden by the operation's
    # (in the place it was first declared), then the operation's own.
    assert list(by_key) == [("id", "path"), ("q", "query"), ("limit", "query")]
    assert by_key[("id", "path")].pointer == "#/components/parameters/Id"
    assert by_key[("q", "query")].required is True
    assert by_key[("q", "query")].pointer == get.pointer + "/parameters/0"
    limit = by_key[("limit", "query")]
    # Two refs deep: the pointer is where the chain ends.
    assert limit.pointer == "#/components/parameters/Size"
    assert limit.schema is not None
    assert limit.schema.pointer == "#/components/parameters/Size/schema"
    assert limit.schema.raw == {"type": "integer"}
    item_list, own_list = get.parameter_lists
    assert item_list.pointer == "#/paths/~1pets~1{id}/parameters"
    assert [p.name for p in own_list.entries] == ["q", "limit"]


def test_bodies_responses_and_media_types_carry_pointers() -> None:
    doc = parse_document(document())
    put = operation(doc, "put")
    body = put.request_body
    assert body is not None and body.content is not None
    assert (body.pointer, body.required, body.fault) == (
        "#/components/requestBodies/Pet",
        True,
        None,
    )
    (media,) = body.content
    assert media.media_type == "multipart/form-data"
    assert (
        media.pointer == "#/components/requestBodies/Pet/content/multipart~1form-data"
    )
    assert media.schema is not None
    assert media.schema.pointer == media.pointer + "/schema"
    assert media.schema.raw == {"$ref": "#/components/schemas/Pet"}
    (encoding,) = media.encoding
    assert (encoding.name, encoding.content_type, encoding.pointer) == (
        "id",
        "text/plain",
        media.pointer + "/encoding/id",
    )
    response = operation(doc, "get").response("200")
    assert response is not None and response.content is not None
    assert response.pointer == "#/components/responses/Pet"
    assert [h.name for h in response.headers] == ["X-Trace-Id"]
    assert [r.pointer for r in doc.shared_responses] == ["#/components/responses/Pet"]


def test_security_is_the_operations_else_the_documents() -> None:
    doc = parse_document(document())
    assert doc.security == (("key",),)
    assert operation(doc, "get").security == (("key",),)
    assert operation(doc, "put").security == ()


@pytest.mark.parametrize(
    ("ref", "code", "message"),
    [
        (
            "#/components/parameters/Missing",
            "unresolved-ref",
            "reference '#/components/parameters/Missing' points nowhere",
        ),
        (
            "#/components/parameters/Loop",
            "circular-ref",
            "circular reference '#/components/parameters/Loop'",
        ),
    ],
)
def test_dead_and_looping_refs_stay_on_the_node(
    ref: str, code: str, message: str
) -> None:
    raw = document()
    raw["components"]["parameters"]["Loop"] = {"$ref": "#/components/parameters/Loop"}
    raw["paths"]["/pets/{id}"]["get"]["parameters"].append({"$ref": ref})
    get = operation(parse_document(raw), "get")
    bad = get.parameter_lists[1].entries[-1]
    assert bad.fault is not None
    assert (bad.fault.code, bad.fault.message) == (code, message)
    # A loop is seen where the chain comes back; a dead ref where it was written.
    expected = (
        "#/components/parameters/Loop"
        if code == "circular-ref"
        else get.pointer + "/parameters/2"
    )
    assert bad.fault.pointer == bad.pointer == expected
    assert not bad.valid
    assert all(p is not bad for p in get.parameters)
    diagnostics = Diagnostics()
    report(diagnostics, bad.fault)
    assert [(d.code, d.message, d.pointer) for d in diagnostics] == [
        (code, message, expected[1:])
    ]


def test_the_compiler_reports_each_fault_where_it_reads_it() -> None:
    raw = document()
    raw["paths"]["/pets/{id}"]["get"]["responses"]["404"] = {
        "$ref": "#/components/responses/Gone"
    }
    raw["paths"]["/pets/{id}"]["put"]["requestBody"] = {"$ref": "#/nowhere"}
    diagnostics = Diagnostics()
    compiler = OperationCompiler(
        parse_document(raw), SchemaCompiler(raw, diagnostics), diagnostics
    )
    compiler.compile()
    found = [(d.code, d.pointer) for d in diagnostics if d.code.endswith("-ref")] + [
        (d.code, d.pointer) for d in diagnostics if d.code == "body-ignored"
    ]
    assert found == [
        ("unresolved-ref", "/paths/~1pets~1{id}/get/responses/404"),
        ("unresolved-ref", "/paths/~1pets~1{id}/put/requestBody"),
        ("body-ignored", "/paths/~1pets~1{id}/put/requestBody"),
    ]
    assert compiler.operation_count == 2


def test_shared_path_items_and_callbacks() -> None:
    callback = {
        "{$request.body#/url}": {
            "post": {
                "requestBody": {"content": {JSON: {"schema": PET}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
    raw = document(
        webhooks={"petAdded": {"$ref": "#/components/pathItems/Hook"}},
    )
    raw["components"]["pathItems"] = {
        "Hook": {"post": {"responses": {}}},
        "Shared": {"get": {"responses": {}, "callbacks": {"done": callback}}},
    }
    raw["paths"]["/shared"] = {"$ref": "#/components/pathItems/Shared"}
    doc = parse_document(raw)
    (hook,) = doc.webhooks
    # Webhooks build on where a shared item is written.
    assert hook.target == "#/components/pathItems/Hook"
    assert [op.pointer for op in hook.operations] == [
        "#/components/pathItems/Hook/post"
    ]
    shared = doc.paths[1]
    assert shared.referenced
    (get,) = shared.operations
    assert get.pointer == "#/paths/~1shared/get"
    (done,) = get.callbacks
    assert done.pointer == "#/components/pathItems/Shared/get/callbacks/done"
    (cb_op,) = done.items[0].operations
    assert cb_op.pointer == done.pointer + "/{$request.body#~1url}/post"


def test_a_path_item_that_is_no_object_reads_as_empty() -> None:
    doc = parse_document(
        document(paths={"/a": "nope", "/b": {"get": "nope"}, "x-tool": {"get": {}}})
    )
    first, second = doc.paths
    assert (first.is_object, first.operations) == (False, ())
    assert (second.methods, second.operations) == (("get",), ())
    assert doc.path_keys == ("/a", "/b", "x-tool")
    assert not parse_document(document(paths=[1])).paths_valid


def test_nodes_are_frozen_and_slotted() -> None:
    doc = parse_document(document())
    param = operation(doc, "get").parameters[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        param.name = "other"  # type: ignore[misc]  # assigning is the point
    assert not hasattr(param, "__dict__")
    assert isinstance(param, ParameterNode)


def test_chase_refs_says_why_a_chain_fails() -> None:
    raw: dict[str, Any] = {"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}, "c": 1}
    assert chase_refs(raw, {"$ref": "#/c"}, "#/x") == (1, "#/c", None)
    assert chase_refs(raw, {"x": 1}, "#/x") == ({"x": 1}, "#/x", None)
    node, pointer, fault = chase_refs(raw, {"$ref": "#/a"}, "#/x")
    assert fault == RefFault("circular-ref", "circular reference '#/a'", "#/b")
    assert (node, pointer) == ({"$ref": "#/a"}, "#/b")
    _, _, fault = chase_refs(raw, {"$ref": "other.yaml#/a"}, "#/x")
    assert fault is not None and fault.code == "unresolved-ref"


def test_a_shared_component_is_read_once_but_faults_stay_where_written() -> None:
    raw = document()
    item = raw["paths"]["/pets/{id}"]
    item["delete"] = {
        "parameters": [
            {"$ref": "#/components/parameters/Limit"},
            {"$ref": "#/nowhere"},
        ],
        "responses": {"200": {"$ref": "#/components/responses/Pet"}},
    }
    item["get"]["parameters"].append({"$ref": "#/nowhere"})
    doc = parse_document(raw)
    get, delete = operation(doc, "get"), operation(doc, "delete")
    assert delete.parameter_lists[1].entries[0] is get.parameter_lists[1].entries[1]
    assert delete.response("200") is get.response("200")
    dead_get = get.parameter_lists[1].entries[-1]
    dead_delete = delete.parameter_lists[1].entries[-1]
    assert dead_get.fault is not None and dead_delete.fault is not None
    assert dead_get.fault.pointer == get.pointer + "/parameters/2"
    assert dead_delete.fault.pointer == delete.pointer + "/parameters/1"
