"""SchemaReader and the SchemaNode accessors the operation-side readers use:
refs followed through refs.py, dead and looping refs reported each time they
are read and where the reader says, properties merged with allOf parts."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.spec.schema import SchemaNode, SchemaReader

PET = "#/components/schemas/Pet"


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "a/b": {}},
                },
                "Alias": {"$ref": PET},
                "Named": {
                    "allOf": [
                        {"$ref": PET},
                        {
                            "properties": {
                                "id": {"type": "string"},
                                "name": {"$ref": "#/components/schemas/Gone"},
                            }
                        },
                    ]
                },
                "Loop": {"$ref": "#/components/schemas/Loop2"},
                "Loop2": {"$ref": "#/components/schemas/Loop"},
                "Dead": {"$ref": "#/components/schemas/Gone"},
            }
        },
    }


def _reader() -> tuple[SchemaReader, Diagnostics]:
    diagnostics = Diagnostics()
    return SchemaReader(_document(), diagnostics), diagnostics


def _ref(name: str, pointer: str = "#/paths/~1p/get/x") -> SchemaNode:
    return SchemaNode({"$ref": f"#/components/schemas/{name}"}, pointer)


def test_deref_follows_a_chain_to_its_target_and_its_pointer() -> None:
    reader, diagnostics = _reader()
    found = reader.deref(_ref("Alias"))
    assert found is not None
    assert found.pointer == PET
    assert found.type_name == "object"
    # Children carry the target's pointers.
    child = found.property_named("a/b")
    assert child is not None and child.pointer == PET + "/properties/a~1b"
    assert not diagnostics.items


def test_deref_returns_a_node_that_is_no_reference_as_it_is() -> None:
    reader, _ = _reader()
    node = SchemaNode({"type": "string"}, "#/x")
    assert reader.deref(node) is node
    assert reader.deref(None) is None


@pytest.mark.parametrize(
    ("name", "code", "where"),
    [
        # The first hop fails where the reader reads it.
        ("Gone", "unresolved-ref", "/paths/~1p/get/x"),
        # A later hop fails at the ref it reached.
        ("Dead", "unresolved-ref", "/components/schemas/Dead"),
        ("Loop", "circular-ref", "/components/schemas/Loop2"),
    ],
)
def test_deref_reports_dead_and_looping_refs_each_time(
    name: str, code: str, where: str
) -> None:
    reader, diagnostics = _reader()
    assert reader.deref(_ref(name)) is None
    assert reader.deref(_ref(name)) is None
    assert [(d.code, d.pointer) for d in diagnostics.items] == [(code, where)] * 2


def test_deref_reports_where_the_reader_says() -> None:
    reader, diagnostics = _reader()
    assert reader.deref(_ref("Gone"), "#") is None
    assert reader.deref(_ref("Gone"), "#/paths/~1p/get/responses/200") is None
    assert [d.pointer for d in diagnostics.items] == [
        "",
        "/paths/~1p/get/responses/200",
    ]


def test_quiet_follows_refs_without_reporting() -> None:
    reader, diagnostics = _reader()
    found = reader.quiet(_ref("Alias"))
    assert found is not None and found.pointer == PET
    assert reader.quiet(_ref("Gone")) is None
    assert reader.quiet(_ref("Loop")) is None
    assert not diagnostics.items


def test_merged_properties_take_allof_parts_in_order() -> None:
    reader, diagnostics = _reader()
    named = reader.deref(_ref("Named"))
    assert named is not None
    props = reader.merged_properties(named)
    assert list(props) == ["id", "a/b", "name"]
    # A later part's property replaces an earlier one of the same name.
    later = props["id"]
    assert later is not None and later.type_name == "string"
    assert later.pointer == "#/components/schemas/Named/allOf/1/properties/id"
    # A dead ref reads as None and is reported at the document's root.
    assert props["name"] is None
    assert [(d.code, d.pointer) for d in diagnostics.items] == [("unresolved-ref", "")]


def test_property_named_child_and_keyword() -> None:
    node = SchemaNode(
        {"type": ["integer", None], "items": [{}], "properties": {"x": None}}, "#/s"
    )
    assert node.property_named("y") is None
    x = node.property_named("x")
    assert x is not None and x.raw is None and x.pointer == "#/s/properties/x"
    # child() keeps whatever is written, even the tuple form items() refuses.
    items = node.child("items")
    assert items is not None and items.raw == [{}] and items.pointer == "#/s/items"
    assert node.items() is None
    assert node.child("enum") is None
    assert node.keyword("type") == ["integer", None]
    assert node.keyword("format") is None
    # No keywords on a value that is no schema object.
    assert SchemaNode(True, "#/t").property_named("x") is None
    assert SchemaNode(True, "#/t").child("items") is None


def test_nodes_stay_frozen() -> None:
    node = SchemaNode({"type": "string"}, "#/s")
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.pointer = "#/t"  # type: ignore[misc]
