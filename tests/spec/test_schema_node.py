"""SchemaNode: keywords read one way, children carrying their pointers, refs
followed through refs.py; and the schema compiler walking such nodes."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from clientsmith.generator import refs
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.schemas import SchemaCompiler, upload_roots
from clientsmith.generator.spec import SchemaNode
from clientsmith.generator.spec.schema import Discriminator

BASE = "#/components/schemas/Pet"


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _compile(
    schemas: dict[str, Any], node: SchemaNode
) -> tuple[str, SchemaCompiler, Diagnostics]:
    diagnostics = Diagnostics()
    compiler = SchemaCompiler(_document(schemas), diagnostics)
    found = compiler.type_of_node(node, "Hint")
    return found.expr, compiler, diagnostics


# -- the node itself ---------------------------------------------------------


def test_a_node_is_frozen_and_slotted() -> None:
    node = SchemaNode({"type": "string"}, BASE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.pointer = "#/elsewhere"  # type: ignore[misc]
    assert not hasattr(node, "__dict__")
    assert node == SchemaNode({"type": "string"}, BASE)
    assert node != SchemaNode({"type": "string"}, "#/other")


def test_children_carry_their_pointers_escaped() -> None:
    node = SchemaNode(
        {
            "properties": {"a/b": {"type": "string"}, "~c": True},
            "patternProperties": {"^x-": {"type": "integer"}},
            "additionalProperties": {"type": "boolean"},
            "items": {"type": "string"},
            "prefixItems": [{"type": "integer"}],
            "allOf": [{"type": "object"}, {"description": "d"}],
            "oneOf": [{"type": "string"}],
            "anyOf": [{"type": "number"}],
        },
        BASE,
    )
    assert [(k, n.pointer) for k, n in node.properties()] == [
        ("a/b", BASE + "/properties/a~1b"),
        ("~c", BASE + "/properties/~0c"),
    ]
    assert node.properties()[1][1].raw is True
    assert [n.pointer for _, n in node.pattern_properties()] == [
        BASE + "/patternProperties/^x-"
    ]
    extra = node.additional_properties()
    assert extra is not None and extra.pointer == BASE + "/additionalProperties"
    items = node.items()
    assert items is not None and items.pointer == BASE + "/items"
    assert [n.pointer for n in node.prefix_items()] == [BASE + "/prefixItems/0"]
    assert [n.pointer for n in node.all_of()] == [
        BASE + "/allOf/0",
        BASE + "/allOf/1",
    ]
    assert [n.raw for n in node.one_of()] == [{"type": "string"}]
    assert [n.pointer for n in node.any_of()] == [BASE + "/anyOf/0"]
    assert [p.neutral for p in node.all_of()] == [False, True]


def test_kinds_of_3_0_and_3_1_and_nullable() -> None:
    def node(**keywords: Any) -> SchemaNode:
        return SchemaNode(keywords, BASE)

    assert node(type="string").kinds == ("string",)
    assert node(type=["string", "null"]).kinds == ("string",)
    assert node(type=["integer", "string"]).kinds == ("integer", "string")
    # A lone "null" is the whole type; in a list it only makes it nullable.
    assert node(type="null").kinds == ("null",)
    assert node(type=["null"]).kinds == ()
    assert node().kinds is None
    assert node(type="object").type_name == "object"
    assert node(type=["object"]).type_name is None
    nullable = [
        node(type="string", nullable=True),
        node(type="string", **{"x-nullable": True}),
        node(type=["string", "null"]),
        node(type="null"),
        node(enum=["a", None]),
    ]
    assert all(n.nullable for n in nullable)
    assert not node(type="string", nullable="yes").nullable
    assert not node(enum=["a"]).nullable


def test_keywords_of_the_wrong_type_read_as_absent() -> None:
    node = SchemaNode(
        {
            "properties": ["not", "a", "mapping"],
            "required": "name",
            "allOf": {"not": "a list"},
            "enum": "x",
            "format": 3,
            "$ref": 5,
            "description": "   ",
            "discriminator": {"propertyName": 1},
            "additionalProperties": {},
        },
        BASE,
    )
    assert node.properties() == [] and not node.has_properties
    assert node.required == () and node.lists_required
    assert node.all_of() == []
    assert node.enum is None and node.format is None
    assert node.ref is None and node.ref_target is None and node.has("$ref")
    assert node.description is None
    assert node.discriminator() is None
    assert node.additional_properties() is None and not node.forbids_additional


def test_what_is_not_a_schema_object() -> None:
    for raw in (True, False, None):
        node = SchemaNode(raw, BASE)
        assert not node.is_object and not node.malformed
        assert node.properties() == [] and node.kinds is None and not node.nullable
    assert SchemaNode("text", BASE).malformed
    assert SchemaNode([1], BASE).malformed
    assert SchemaNode({}, BASE).is_object and SchemaNode({}, BASE).neutral


def test_annotations_and_extensions() -> None:
    node = SchemaNode(
        {
            "title": "Pet",
            "description": "A pet.",
            "readOnly": True,
            "format": "date-time",
            "x-clientsmith-name": "Animal",
            "x-kubernetes-int-or-string": True,
            "const": None,
        },
        BASE,
    )
    assert (node.title, node.description, node.format) == (
        "Pet",
        "A pet.",
        "date-time",
    )
    assert node.read_only and not node.write_only
    assert node.preferred_name == "Animal"
    assert node.keyword("x-kubernetes-int-or-string") is True
    assert node.int_or_string
    assert node.has_const and node.const is None
    assert not SchemaNode({"type": "string"}, BASE).has_const


def test_ref_and_its_canonical_target() -> None:
    def target(ref: str) -> str | None:
        return SchemaNode({"$ref": ref}, BASE).ref_target

    assert target("#/components/schemas/Pet") == "#/components/schemas/Pet"
    # Percent-decoded, then escaped the one way pointers are built.
    assert target("#/paths/~1a%7Bb%7D/get") == "#/paths/~1a{b}/get"
    # RFC 6901: the fragment is decoded first, so %2F separates tokens.
    assert target("#/components/schemas/a%2Fb") == "#/components/schemas/a/b"
    assert target("#/components/schemas/a~b") == "#/components/schemas/a~0b"
    assert target("other.yaml#/components/schemas/Pet") is None
    assert SchemaNode({"$ref": "#/x"}, BASE).ref == "#/x"


def test_discriminator_with_mapping() -> None:
    node = SchemaNode(
        {
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"dog": "#/components/schemas/Dog", "cat": "Cat"},
            }
        },
        BASE,
    )
    disc = node.discriminator()
    assert disc == Discriminator(
        "kind",
        (("dog", "#/components/schemas/Dog"), ("cat", "Cat")),
        BASE + "/discriminator",
    )
    assert [disc.target_pointer(t) for _, t in disc.mapping] == [
        "#/components/schemas/Dog",
        "#/components/schemas/Cat",
    ]


# -- refs.py helpers the compiler and the operation side use ----------------


def test_step_reads_one_token() -> None:
    assert refs.step({"a": 1}, "a") == 1
    assert refs.step([10, 20], "1") == 20
    assert refs.step([10], "5") is None and refs.step("x", "a") is None


# -- the compiler walking nodes ----------------------------------------------


def test_a_ref_is_followed_to_the_named_model() -> None:
    schemas = {"Pet": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    node = SchemaNode({"$ref": "#/components/schemas/Pet"}, "#/paths/~1p/get/x")
    expr, compiler, diagnostics = _compile(schemas, node)
    assert expr == "Pet"
    assert list(compiler.models()) == ["#/components/schemas/Pet"]
    assert list(diagnostics) == []


def test_differently_spelt_refs_to_one_schema_make_one_model() -> None:
    schemas = {
        "a/{b}": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "Holder": {
            "type": "object",
            "properties": {
                "plain": {"$ref": "#/components/schemas/a~1{b}"},
                "encoded": {"$ref": "#/components/schemas/a~1%7Bb%7D"},
                "tilde": {"$ref": "#/components/schemas/a%7E1{b}"},
            },
        },
    }
    node = SchemaNode({"$ref": "#/components/schemas/Holder"}, "#/x")
    _, compiler, diagnostics = _compile(schemas, node)
    models = compiler.models()
    holder = models["#/components/schemas/Holder"]
    assert {f.type.expr for f in holder.fields} == {"AB | None"}
    assert sorted(models) == [
        "#/components/schemas/Holder",
        "#/components/schemas/a~1{b}",
    ]
    assert list(diagnostics) == []


def test_a_dead_ref_is_diagnosed_where_it_is_written() -> None:
    node = SchemaNode({"$ref": "#/components/schemas/Gone"}, "#/paths/~1p/get/x")
    expr, _, diagnostics = _compile({}, node)
    assert expr == "Any"
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("unresolved-ref", "/paths/~1p/get/x")
    ]
    assert "'#/components/schemas/Gone' points nowhere" in diagnostics.items[0].message


def test_an_external_ref_is_diagnosed() -> None:
    node = SchemaNode({"$ref": "other.yaml#/Pet"}, "#/x")
    expr, _, diagnostics = _compile({}, node)
    assert expr == "Any"
    assert [d.code for d in diagnostics] == ["unresolved-ref"]
    assert "not bundled" in diagnostics.items[0].message


def test_looping_refs_end() -> None:
    # A chain of references that loops: each is an alias of the next, and the
    # compiler ends instead of following the chain forever.
    schemas = {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
        "Node": {
            "type": "object",
            "properties": {"next": {"$ref": "#/components/schemas/Node"}},
        },
    }
    node = SchemaNode({"$ref": "#/components/schemas/A"}, "#/x")
    expr, compiler, _ = _compile(schemas, node)
    assert expr == "A"
    compiler.type_of_node(SchemaNode({"$ref": "#/components/schemas/Node"}, "#/y"), "")
    models = compiler.models()
    assert models["#/components/schemas/A"].alias is not None
    assert models["#/components/schemas/A"].alias.expr == "B"
    assert models["#/components/schemas/B"].alias is not None
    assert models["#/components/schemas/B"].alias.expr == "A"
    fields = models["#/components/schemas/Node"].fields
    assert [f.type.expr for f in fields] == ["Node | None"]


def test_inline_models_are_keyed_by_the_node_pointer() -> None:
    where = "#/components/requestBodies/New/content/application~1json/schema"
    schema = {"type": "object", "properties": {"tag": {"enum": ["a", "b"]}}}
    document = _document({})
    document["components"]["requestBodies"] = {
        "New": {"content": {"application/json": {"schema": schema}}}
    }
    compiler = SchemaCompiler(document, Diagnostics())
    expr = compiler.type_of_node(SchemaNode(schema, where), "Hint").expr
    models = compiler.models()
    assert expr == "Hint"
    assert sorted(models) == [where, where + "/properties/tag"]
    assert models[where + "/properties/tag"].kind == "enum"
    assert models[where].source == where


def test_a_malformed_schema_is_diagnosed_at_its_pointer() -> None:
    expr, _, diagnostics = _compile({}, SchemaNode(42, "#/components/schemas/X"))
    assert expr == "Any"
    assert [(d.code, d.pointer) for d in diagnostics] == [
        ("schema-invalid", "/components/schemas/X")
    ]


def test_type_of_node_reads_a_31_type_list() -> None:
    diagnostics = Diagnostics()
    compiler = SchemaCompiler(_document({}), diagnostics)
    schema = {"type": ["integer", "string", "null"]}
    assert compiler.type_of_node(SchemaNode(schema, "#/x"), "X").expr == (
        "int | str | None"
    )


def test_pointer_cache_resolves_each_pointer_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    depth = 200
    document: dict[str, Any] = {"x": 1, "a/b": [10, 20]}
    inner = document
    for _ in range(depth):
        inner["p"] = {}
        inner = inner["p"]
    steps: list[str] = []
    real_step = refs.step

    def counting_step(node: Any, token: str) -> Any:
        steps.append(token)
        return real_step(node, token)

    monkeypatch.setattr(refs, "step", counting_step)
    cache = refs.PointerCache(document)
    assert cache.get("#") is document
    assert cache.get("#/x") == 1
    assert cache.get("#/a~1b/1") == 20
    assert cache.get("#/a~1b/7") is None and cache.get("#/nowhere/deeper") is None
    assert cache.get("other.yaml#/x") is None
    steps.clear()
    pointer = "#"
    found: list[Any] = []
    for _ in range(depth):
        pointer += "/p"
        found.append(cache.get(pointer))
    assert found[-1] == {} and found[-2] == {"p": {}}
    assert all(
        value is parent["p"]
        for parent, value in zip(found[:-1], found[1:], strict=True)
    )
    # One step per level: each pointer went on from its parent, remembered.
    assert len(steps) == depth
    cache.get(pointer)
    assert len(steps) == depth


def test_upload_roots_follow_body_refs_to_the_schema() -> None:
    upload = {"type": "object", "properties": {"file": {"format": "binary"}}}
    multipart = {"content": {"multipart/form-data": {"schema": upload}}}
    document = _document({"Upload": upload})
    document["components"]["requestBodies"] = {
        "Direct": multipart,
        "Alias": {"$ref": "#/components/requestBodies/Direct"},
        "ByRef": {
            "content": {
                "multipart/form-data": {
                    "schema": {"$ref": "#/components/schemas/Upload"}
                }
            }
        },
    }
    document["paths"] = {
        "/inline": {"post": {"requestBody": multipart}},
        "/chained": {
            "put": {"requestBody": {"$ref": "#/components/requestBodies/Alias"}}
        },
        "/by-ref": {
            "post": {"requestBody": {"$ref": "#/components/requestBodies/ByRef"}}
        },
        "/json": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": upload}}}
            }
        },
        "/dead": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Gone"}}},
    }
    assert upload_roots(document) == {
        "#/paths/~1inline/post/requestBody/content/multipart~1form-data/schema",
        "#/components/requestBodies/Direct/content/multipart~1form-data/schema",
        "#/components/schemas/Upload",
    }
