"""SchemaCompiler basics: types of schemas and the models they need."""

from __future__ import annotations

from typing import Any

from ir_build import codes, spec, text, type_of

from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import ModelIR
from clientsmith.generator.schemas import SchemaCompiler


def _compiler(schemas: dict[str, Any]) -> tuple[SchemaCompiler, Diagnostics]:
    diagnostics = Diagnostics()
    return SchemaCompiler(spec({}, schemas), diagnostics), diagnostics


def _models(schemas: dict[str, Any]) -> dict[str, ModelIR]:
    compiler, _ = _compiler(schemas)
    compiler.all_component_types()
    return {m.name: m for m in compiler.models().values()}


def test_scalars_arrays_and_maps() -> None:
    compiler, _ = _compiler({})
    cases: dict[str, dict[str, Any]] = {
        "str": {"type": "string"},
        "int": {"type": "integer"},
        "float": {"type": "number"},
        "bool": {"type": "boolean"},
        "list[int]": {"type": "array", "items": {"type": "integer"}},
        "dict[str, int]": {
            "type": "object",
            "additionalProperties": {"type": "integer"},
        },
        "str | None": {"type": "string", "nullable": True},
    }
    for expected, schema in cases.items():
        assert text(type_of(compiler, schema, "#/x", "X")) == expected, schema
    assert text(type_of(compiler, None, "#/x", "X")) == "Any"


def test_object_component_is_a_model_with_required_fields() -> None:
    models = _models(
        {
            "Pet": {
                "type": "object",
                "description": "A pet.",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "petType": {"type": "string"},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                },
            },
            "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
        }
    )
    pet = models["Pet"]
    assert (pet.kind, pet.description, pet.source) == (
        "object",
        "A pet.",
        "#/components/schemas/Pet",
    )
    fields = {f.wire_name: f for f in pet.fields}
    assert fields["name"].required is True
    assert fields["petType"].required is False
    # Python names are snake case; the wire name stays for the alias
    assert fields["petType"].name == "pet_type"
    assert fields["petType"].aliased is True
    assert pet.models == {"Owner"}
    assert "Owner" in text(fields["owner"].type)


def test_string_enum_and_alias_components() -> None:
    models = _models(
        {
            "Status": {"type": "string", "enum": ["available", "sold out"]},
            "Tags": {"type": "array", "items": {"type": "string"}},
        }
    )
    status = models["Status"]
    assert (status.kind, status.enum_base) == ("enum", "str")
    assert [m.value for m in status.members] == ["available", "sold out"]
    assert all(m.name.isidentifier() for m in status.members)
    tags = models["Tags"]
    assert tags.kind == "alias"
    assert text(tags.alias) == "list[str]"


def test_inline_objects_are_named_after_the_hint() -> None:
    compiler, _ = _compiler({})
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    t = type_of(compiler, inline, "#/paths/~1x/get/responses/200", "GetXResponse")
    assert text(t) == "GetXResponse"
    assert [m.name for m in compiler.models().values()] == ["GetXResponse"]


def test_unresolved_refs_are_any_with_a_warning() -> None:
    compiler, diagnostics = _compiler({})
    t = type_of(compiler, {"$ref": "#/components/schemas/Nope"}, "#/x", "X")
    assert text(t) == "Any"
    assert diagnostics.items, codes(diagnostics)
