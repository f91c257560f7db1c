"""Schemas to types: one rule per row, checked on the IR and on real JSON.

Each rule is a property schema (plus the component schemas it refers to). All
rules of one OpenAPI version go into one spec, each as the required property
``value`` of its own holder schema; the spec is generated into a temporary
directory and imported. A rule then checks

- the Python type expression the generator chose for ``value``, and
- that every sample is valid for the spec (an OpenAPI JSON Schema validator
  says so, in the direction the sample travels: response or request) *and*
  validates through the generated model, arriving as the expected Python type.

So the generated types are at least as permissive as JSON Schema validation of
the same schema on every sample: a response the spec allows is never rejected.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from gen_helpers import generate, op, spec
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    OAS31Validator,
)

from clientsmith.generator.diagnostics import Severity
from clientsmith.generator.ir import FieldIR, ModelIR, PackageIR
from clientsmith.generator.naming import class_name

LTR = 'Field(union_mode="left_to_right")'


@dataclass(frozen=True)
class Sample:
    """A JSON value for ``value`` and the Python type it must validate to."""

    value: Any
    python_type: str
    direction: str = "read"
    """``read``: a response body; ``write``: a request body."""
    beyond_spec: bool = False
    """The value breaks a strict reading of the schema but is what it means
    (``nullable`` in an ``allOf`` part): the validator rejects it, we accept it."""


@dataclass(frozen=True)
class Rule:
    id: str
    schema: dict[str, Any]
    expr: str
    """The type expression of the required property ``value``."""
    samples: tuple[Sample, ...]
    components: dict[str, Any] = field(default_factory=dict)
    version: str = "3.0"


def S(  # noqa: N802
    value: Any, python_type: str, direction: str = "read", *, beyond_spec: bool = False
) -> Sample:
    return Sample(value, python_type, direction, beyond_spec)


REF = "#/components/schemas/"
USER = {"type": "object", "properties": {"login": {"type": "string"}}}
CAT = {
    "type": "object",
    "required": ["kind"],
    "properties": {"kind": {"type": "string"}, "meows": {"type": "boolean"}},
}
DOG = {
    "type": "object",
    "required": ["kind"],
    "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}},
}

RULES: list[Rule] = [
    # -- allOf: one typing part plus annotation-only parts is that part ------
    Rule(
        "allof_ref_string",
        {"allOf": [{"$ref": REF + "BrokerId"}, {"description": "d", "example": "b"}]},
        "BrokerId",
        (S("b-1234", "str"),),
        {"BrokerId": {"type": "string"}},
    ),
    Rule(
        "allof_ref_array",
        {"allOf": [{"$ref": REF + "Tags"}, {"title": "t", "deprecated": True}]},
        "Tags",
        (S(["a", "b"], "list"), S([], "list")),
        {"Tags": {"type": "array", "items": {"type": "string"}}},
    ),
    Rule(
        "allof_ref_number_nullable_part",
        {"allOf": [{"$ref": REF + "Amount"}, {"nullable": True, "example": 1}]},
        "Amount | None",
        (S(1.5, "float"), S(2, "float"), S(None, "NoneType", beyond_spec=True)),
        {"Amount": {"type": "number"}},
    ),
    Rule(  # DigitalOcean's action.region_slug
        "allof_ref_string_plus_typed_nullable_part",
        {"allOf": [{"$ref": REF + "Slug"}, {"type": "string", "nullable": True}]},
        "Slug | None",
        (S("nyc3", "str"), S(None, "NoneType", beyond_spec=True)),
        {"Slug": {"type": "string"}},
    ),
    Rule(
        "allof_ref_string_plus_constraint",
        {"allOf": [{"$ref": REF + "Code"}, {"maxLength": 8, "format": "email"}]},
        "Code",
        (S("abc", "str"),),
        {"Code": {"type": "string"}},
    ),
    # -- properties without type: any value (Azure leaves out type: object) --
    Rule(  # Azure's expressRouteConnection, whose example value is ""
        "properties_without_type",
        {"$ref": REF + "Connection"},
        "Connection",
        (
            S({"id": "c1"}, "Connection"),
            S("", "str"),
            S(3, "int"),
            S(["a"], "list"),
            S({"id": "c1"}, "Connection", "write"),
        ),
        {"Connection": {"properties": {"id": {"type": "string"}}}},
    ),
    Rule(  # an untyped allOf of untyped parts is still untyped
        "allof_of_parts_without_type",
        {"$ref": REF + "Peering"},
        "Peering",
        (S({"id": "p", "name": "n"}, "Peering"), S("", "str")),
        {
            "Peering": {
                "allOf": [{"properties": {"id": {"type": "string"}}}],
                "properties": {"name": {"type": "string"}},
            }
        },
    ),
    Rule(
        "allof_ref_object_plus_annotation",
        {"allOf": [{"$ref": REF + "User"}], "description": "the owner"},
        "User",
        (S({"login": "octocat"}, "User"),),
        {"User": USER},
    ),
    Rule(
        "allof_objects_are_flattened",
        {
            "allOf": [
                {"$ref": REF + "User"},
                {"properties": {"age": {"type": "integer"}}},
            ]
        },
        "HAllofObjectsAreFlattenedValue",
        (S({"login": "a", "age": 3}, "HAllofObjectsAreFlattenedValue"),),
        {"User": USER},
    ),
    Rule(
        "allof_ref_outer_nullable",
        {"allOf": [{"$ref": REF + "User"}], "nullable": True},
        "User | None",
        (S(None, "NoneType", beyond_spec=True), S({"login": "a"}, "User")),
        {"User": USER},
    ),
    # -- nullable targets keep null at every place of use --------------------
    Rule(  # GitHub Enterprise's suspended_by
        "nullable_component_ref",
        {"$ref": REF + "NullableSimpleUser"},
        "NullableSimpleUser | None",
        (S(None, "NoneType"), S({"login": "a"}, "NullableSimpleUser")),
        {"NullableSimpleUser": {**USER, "nullable": True}},
    ),
    Rule(
        "nullable_enum_component_ref",
        {"$ref": REF + "State"},
        "State | None",
        (S("open", "State"), S(None, "NoneType")),
        {
            "State": {
                "type": "string",
                "enum": ["open", "closed", None],
                "nullable": True,
            }
        },
    ),
    Rule(
        "ref_to_ref_to_nullable",
        {"$ref": REF + "Owner"},
        "Owner | None",
        (S(None, "NoneType"),),
        {
            "Owner": {"$ref": REF + "NullableUser"},
            "NullableUser": {**USER, "nullable": True},
        },
    ),
    Rule(
        "ref_sibling_nullable",
        {"$ref": REF + "User", "nullable": True},
        "User | None",
        (S(None, "NoneType", beyond_spec=True),),
        {"User": USER},
        version="3.1",
    ),
    Rule(
        "anyof_ref_null",
        {"anyOf": [{"$ref": REF + "User"}, {"type": "null"}]},
        "User | None",
        (S(None, "NoneType"), S({"login": "a"}, "User")),
        {"User": USER},
        version="3.1",
    ),
    Rule(
        "oneof_ref_null",
        {"oneOf": [{"$ref": REF + "User"}, {"type": "null"}]},
        "User | None",
        (S(None, "NoneType"), S({"login": "a"}, "User")),
        {"User": USER},
        version="3.1",
    ),
    Rule(
        "ref_to_anyof_with_null",
        {"$ref": REF + "MaybeUser"},
        "MaybeUser | None",
        (S(None, "NoneType"), S({"login": "a"}, "User")),
        {
            "MaybeUser": {"anyOf": [{"$ref": REF + "User"}, {"type": "null"}]},
            "User": USER,
        },
        version="3.1",
    ),
    Rule(  # Slack: anyOf [X, {nullable: true}] means "X or null", and by the
        # letter of 3.0 (nullable without type does nothing) anything at all
        "anyof_ref_nullable_only_variant",
        {"anyOf": [{"$ref": REF + "User"}, {"nullable": True, "title": "nil"}]},
        f"Annotated[User | None | Any, {LTR}]",
        (S(None, "NoneType"), S({"login": "a"}, "User"), S(5, "int")),
        {"User": USER},
    ),
    Rule(  # a variant that allows anything does not untype the others
        "anyof_with_unconstrained_variant",
        {"anyOf": [{"$ref": REF + "User"}, {"description": "anything"}]},
        f"Annotated[User | Any, {LTR}]",
        (S({"login": "a"}, "User"), S([1], "list"), S("x", "str")),
        {"User": USER},
    ),
    Rule(  # Slack's objs_channel.latest: items without type over such a union
        "items_without_type_nullable_only_variant",
        {"items": {"anyOf": [{"$ref": REF + "User"}, {"nullable": True}]}},
        f"Annotated[list[Annotated[User | None | Any, {LTR}]] | "
        f"User | None | Any, {LTR}]",
        (
            S({"login": "a"}, "User"),
            S(None, "NoneType"),
            S([None], "list"),
            S(3, "int"),
        ),
        {"User": USER},
    ),
    Rule(  # Swagger 2.0's spelling, left in converted 3.x specs
        "x_nullable",
        {"type": "string", "x-nullable": True},
        "str | None",
        (S("a", "str"), S(None, "NoneType", beyond_spec=True)),
    ),
    Rule(
        "x_nullable_component_ref",
        {"$ref": REF + "LegacyUser"},
        "LegacyUser | None",
        (S(None, "NoneType", beyond_spec=True), S({"login": "a"}, "LegacyUser")),
        {"LegacyUser": {**USER, "x-nullable": True}},
    ),
    Rule(
        "nullable_oneof_primitives",
        {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
        "str | int | None",
        (S("a", "str"), S(3, "int"), S(None, "NoneType", beyond_spec=True)),
    ),
    # -- Kubernetes IntOrString ------------------------------------------------
    Rule(
        "int_or_string_format",
        {"$ref": REF + "IntOrString"},
        "IntOrString",
        (S(8080, "int", beyond_spec=True), S("http", "str")),
        {"IntOrString": {"type": "string", "format": "int-or-string"}},
    ),
    Rule(
        "x_kubernetes_int_or_string",
        {
            "x-kubernetes-int-or-string": True,
            "anyOf": [{"type": "integer"}, {"type": "string"}],
        },
        "int | str",
        (S(8080, "int"), S("http", "str")),
    ),
    # -- items without type: array (Slack, DigitalOcean) -----------------------
    Rule(
        "items_without_type_object_item",
        {"items": {"$ref": REF + "Message"}},
        f"Annotated[list[Message] | Message | Any, {LTR}]",
        (
            S({"text": "hi"}, "Message"),
            S([{"text": "hi"}], "list"),
            S("a string", "str"),
            S(7, "int"),
        ),
        {"Message": {"type": "object", "properties": {"text": {"type": "string"}}}},
    ),
    Rule(  # Slack's response_metadata: the best-fitting variant wins, not the first
        "items_without_type_union_item",
        {"items": {"anyOf": [{"$ref": REF + "Paging"}, {"$ref": REF + "Deprecation"}]}},
        f"Annotated[list[Paging | Deprecation] | Annotated[Paging | Deprecation, "
        f"Field()] | Any, {LTR}]",
        (
            S({"next_cursor": "c"}, "Paging"),
            S({"next_cursor": "c", "warnings": ["deprecated"]}, "Deprecation"),
        ),
        {
            "Paging": {
                "type": "object",
                "required": ["next_cursor"],
                "properties": {"next_cursor": {"type": "string"}},
            },
            "Deprecation": {
                "type": "object",
                "required": ["warnings"],
                "properties": {
                    "next_cursor": {"type": "string"},
                    "warnings": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    ),
    Rule(  # Slack's objs_resources.ids: two aliases of str are no union at run time
        "items_without_type_union_of_string_aliases",
        {"items": {"anyOf": [{"$ref": REF + "ChannelId"}, {"$ref": REF + "TeamId"}]}},
        "Annotated[list[ChannelId | TeamId] | Annotated[ChannelId | TeamId, "
        f"Field()] | Any, {LTR}]",
        (S("C123", "str"), S(["C1", "T2"], "list"), S(5, "int")),
        {"ChannelId": {"type": "string"}, "TeamId": {"type": "string"}},
    ),
    Rule(
        "items_without_type_string_item",
        {"items": {"type": "string"}},
        f"Annotated[list[str] | str | Any, {LTR}]",
        (S(["backups", "ipv6"], "list"), S("x", "str"), S({"a": 1}, "dict")),
    ),
    Rule(
        "items_with_type_object_is_an_object",
        {"type": "object", "items": {"type": "string"}},
        "dict[str, Any]",
        (S({"a": 1}, "dict"),),
    ),
    # -- OpenAPI 3.1 type arrays, const, enums -----------------------------------
    Rule(
        "type_array_with_null",
        {"type": ["string", "null"]},
        "str | None",
        (S("a", "str"), S(None, "NoneType")),
        version="3.1",
    ),
    Rule(
        "type_array_of_kinds",
        {"type": ["string", "integer"]},
        "str | int",
        (S("a", "str"), S(3, "int")),
        version="3.1",
    ),
    Rule(
        "type_null",
        {"type": "null"},
        "None",
        (S(None, "NoneType"),),
        version="3.1",
    ),
    Rule(
        "const",
        {"const": "fixed"},
        "Literal['fixed']",
        (S("fixed", "str"),),
        version="3.1",
    ),
    Rule("const_null", {"const": None}, "None", (S(None, "NoneType"),), version="3.1"),
    Rule(
        "enum_with_null",
        {"type": "string", "enum": ["a", "b", None], "nullable": True},
        "HEnumWithNullValue | None",
        (S("a", "HEnumWithNullValue"), S(None, "NoneType")),
    ),
    Rule(
        "enum_with_null_31",
        {"type": ["string", "null"], "enum": ["a", None]},
        "HEnumWithNull31Value | None",
        (S("a", "HEnumWithNull31Value"), S(None, "NoneType")),
        version="3.1",
    ),
    Rule(
        "mixed_enum",
        {"enum": ["a", 1]},
        "Literal['a', 1]",
        (S("a", "str"), S(1, "int")),
    ),
    # -- objects and maps --------------------------------------------------------
    Rule(
        "additional_properties_false",
        {
            "type": "object",
            "properties": {"a": {"type": "integer"}},
            "additionalProperties": False,
        },
        "HAdditionalPropertiesFalseValue",
        (S({"a": 1}, "HAdditionalPropertiesFalseValue"),),
    ),
    Rule(
        "additional_properties_true",
        {"type": "object", "additionalProperties": True},
        "dict[str, Any]",
        (S({"x": [1]}, "dict"),),
    ),
    Rule(
        "additional_properties_schema",
        {"type": "object", "additionalProperties": {"type": "integer"}},
        "dict[str, int]",
        (S({"x": 1}, "dict"),),
    ),
    Rule(
        "pattern_properties_closed",
        {
            "type": "object",
            "patternProperties": {"^x-": {"type": "string"}},
            "additionalProperties": False,
        },
        "dict[str, str]",
        (S({"x-a": "b"}, "dict"),),
    ),
    Rule(
        "pattern_properties_and_additional_schema",
        {
            "type": "object",
            "patternProperties": {"^x-": {"type": "string"}},
            "additionalProperties": {"type": "integer"},
        },
        "dict[str, str | int]",
        (S({"x-a": "b", "n": 2}, "dict"),),
    ),
    Rule(
        "pattern_properties_open",
        {"type": "object", "patternProperties": {"^x-": {"type": "string"}}},
        "dict[str, Any]",
        (S({"x-a": "b", "other": [3]}, "dict"),),
    ),
    Rule(
        "empty_schema",
        {},
        "Any",
        (S({"a": 1}, "dict"), S("x", "str"), S(None, "NoneType")),
    ),
    Rule(
        "recursion",
        {"$ref": REF + "Node"},
        "Node",
        (S({"children": [{"children": []}]}, "Node"),),
        {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": REF + "Node"}}
                },
            }
        },
    ),
    # -- unions --------------------------------------------------------------------
    Rule(
        "oneof_primitives",
        {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
        "str | int | bool",
        (S("a", "str"), S(1, "int"), S(True, "bool")),
    ),
    Rule(
        "discriminator_with_mapping",
        {
            "oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": REF + "Cat", "dog": REF + "Dog"},
            },
        },
        "Annotated[Annotated[Cat, Tag('Cat')] | Annotated[Dog, Tag('Dog')], "
        "Discriminator(discriminate('kind', {'cat': 'Cat', 'dog': 'Dog'}))]",
        (S({"kind": "cat"}, "Cat"), S({"kind": "dog", "barks": True}, "Dog")),
        {"Cat": CAT, "Dog": DOG},
    ),
    Rule(  # mapping values may be bare schema names
        "discriminator_mapping_by_name",
        {
            "oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}],
            "discriminator": {"propertyName": "kind", "mapping": {"pup": "Dog"}},
        },
        "Annotated[Annotated[Cat, Tag('Cat')] | Annotated[Dog, Tag('Dog')], "
        "Discriminator(discriminate('kind', {'pup': 'Dog', 'Cat': 'Cat'}))]",
        (S({"kind": "Cat"}, "Cat"),),
        {"Cat": CAT, "Dog": DOG},
    ),
    Rule(
        "discriminator_without_mapping",
        {
            "oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}],
            "discriminator": {"propertyName": "kind"},
        },
        "Annotated[Annotated[Cat, Tag('Cat')] | Annotated[Dog, Tag('Dog')], "
        "Discriminator(discriminate('kind', {'Cat': 'Cat', 'Dog': 'Dog'}))]",
        (S({"kind": "Cat"}, "Cat"), S({"kind": "Dog"}, "Dog")),
        {"Cat": CAT, "Dog": DOG},
    ),
    # -- formats: typed when pydantic can read them, else kept as sent ----------
    Rule(
        "format_date_time",
        {"type": "string", "format": "date-time"},
        "DateTimeOrStr",
        (
            S("2025-10-15T13:52:47.270Z", "datetime"),
            S("2025-10-15 13:52:47", "datetime"),
            S("0000-00-00 00:00:00", "str"),
            S("Wed, 15 Oct 2025 13:52:47 GMT", "str"),
        ),
    ),
    Rule(
        "format_date",
        {"type": "string", "format": "date"},
        "DateOrStr",
        (S("2025-10-15", "date"), S("15/10/2025", "str")),
    ),
    Rule(
        "format_date_time_nullable",
        {"type": ["string", "null"], "format": "date-time"},
        "DateTimeOrStr | None",
        (S("2025-10-15T13:52:47Z", "datetime"), S(None, "NoneType")),
        version="3.1",
    ),
    Rule(
        "format_uuid",
        {"type": "string", "format": "uuid"},
        "str",
        (S("25566245-55c3-42ce-86d9-8610ac459fa8", "str"), S("not-a-uuid", "str")),
    ),
    Rule(
        "format_byte", {"type": "string", "format": "byte"}, "str", (S("aGk=", "str"),)
    ),
    Rule(
        "format_binary",
        {"type": "string", "format": "binary"},
        "bytes",
        (S("raw", "bytes"),),
    ),
    Rule(
        "format_int64",
        {"type": "integer", "format": "int64"},
        "int",
        (S(9007199254740993, "int"),),
    ),
    Rule(
        "format_int32", {"type": "integer", "format": "int32"}, "int", (S(-5, "int"),)
    ),
    Rule(
        "format_double",
        {"type": "number", "format": "double"},
        "float",
        (S(1, "float"), S(2.5, "float")),
    ),
    Rule("boolean", {"type": "boolean"}, "bool", (S(False, "bool"),)),
    Rule(
        "array_without_items",
        {"type": "array"},
        "list[Any]",
        (S([1, "a", None], "list"),),
    ),
]


def _holder(rule: Rule) -> str:
    return "H_" + rule.id


def _document(version: str) -> dict[str, Any]:
    rules = [r for r in RULES if r.version == version]
    schemas: dict[str, Any] = {}
    for rule in rules:
        for name, schema in rule.components.items():
            assert schemas.get(name, schema) == schema, name
            schemas[name] = schema
        schemas[_holder(rule)] = {
            "type": "object",
            "required": ["value"],
            "properties": {"value": rule.schema},
        }
    doc = spec({"/things": {"get": op("listThings")}}, schemas)
    doc["openapi"] = "3.1.0" if version == "3.1" else "3.0.3"
    return doc


@dataclass
class Generated:
    package: PackageIR
    models: ModuleType
    document: dict[str, Any]

    def model_ir(self, name: str) -> ModelIR:
        for module in self.package.model_modules:
            for model in module.models:
                if model.name == name:
                    return model
        raise AssertionError(f"no model {name}")

    def field_ir(self, model: str, wire: str) -> FieldIR:
        found = [f for f in self.model_ir(model).fields if f.wire_name == wire]
        assert found, f"{model} has no field {wire}"
        return found[0]


def _generate(version: str, out: Path) -> Generated:
    package = "smap" + version.replace(".", "")
    document = _document(version)
    result, diagnostics = generate(document, out, package=package)
    assert not [d for d in diagnostics if d.severity is Severity.ERROR]
    sys.path.insert(0, str(out))
    try:
        models = importlib.import_module(package + ".models")
    finally:
        sys.path.remove(str(out))
    return Generated(result.package, models, document)


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, Generated]]:
    packages = {
        v: _generate(v, tmp_path_factory.mktemp("v" + v)) for v in ("3.0", "3.1")
    }
    yield packages
    for name in list(sys.modules):
        if name.split(".")[0] in ("smap30", "smap31"):
            del sys.modules[name]


def _spec_accepts(gen: Generated, rule: Rule, sample: Sample) -> list[str]:
    """Errors of the OpenAPI schema validator for ``{"value": sample}``."""
    schema = {
        "$ref": REF + _holder(rule),
        "components": gen.document["components"],
    }
    if rule.version == "3.1":
        validator: Any = OAS31Validator(schema)
    elif sample.direction == "read":
        validator = OAS30ReadValidator(schema)
    else:
        validator = OAS30WriteValidator(schema)
    return [e.message for e in validator.iter_errors({"value": sample.value})]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule(rule: Rule, generated: dict[str, Generated]) -> None:
    gen = generated[rule.version]
    holder = class_name(_holder(rule))
    value = gen.field_ir(holder, "value")
    assert value.required
    assert value.type.expr == rule.expr
    model = getattr(gen.models, holder)
    for sample in rule.samples:
        errors = _spec_accepts(gen, rule, sample)
        assert bool(errors) == sample.beyond_spec, (sample, errors)
        parsed = model.model_validate_json(json.dumps({"value": sample.value}))
        assert type(parsed.value).__name__ == sample.python_type, sample
        if sample.python_type not in ("datetime", "date", "bytes"):
            # nothing lost or changed on the way in (dates are reformatted)
            dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert dumped["value"] == sample.value


def test_int_or_string_alias(generated: dict[str, Generated]) -> None:
    alias = generated["3.0"].model_ir(class_name("IntOrString"))
    assert alias.kind == "alias"
    assert alias.alias is not None and alias.alias.expr == "int | str"


def test_object_flattening_keeps_every_part(generated: dict[str, Generated]) -> None:
    flat = generated["3.0"].model_ir(class_name("HAllofObjectsAreFlattenedValue"))
    assert [f.wire_name for f in flat.fields] == ["login", "age"]


def test_items_without_type_keeps_what_it_cannot_type(
    generated: dict[str, Generated],
) -> None:
    model = generated["3.0"].models.HItemsWithoutTypeObjectItem
    parsed = model.model_validate({"value": [{"text": "hi"}, "odd"]})
    # not a list of messages: kept as sent rather than rejected
    assert parsed.value == [{"text": "hi"}, "odd"]
    typed = model.model_validate({"value": [{"text": "hi"}]})
    assert type(typed.value[0]).__name__ == "Message"


READ_WRITE = {
    "Account": {
        "type": "object",
        "required": ["id", "name", "password", "owner"],
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "name": {"type": "string"},
            "password": {"type": "string", "writeOnly": True},
            "owner": {"allOf": [{"$ref": REF + "Owner"}], "readOnly": True},
        },
    },
    "Owner": {"type": "object", "properties": {"login": {"type": "string"}}},
}


def test_read_only_and_write_only_properties_are_not_required(tmp_path: Path) -> None:
    """One model serves both directions: readOnly is never sent, writeOnly never received."""
    doc = spec({"/a": {"get": op("getA")}}, READ_WRITE)
    result, _ = generate(doc, tmp_path, package="rw_pkg")
    fields = {
        f.wire_name: f
        for m in result.package.model_modules
        for model in m.models
        if model.name == "Account"
        for f in model.fields
    }
    assert {w for w, f in fields.items() if f.required} == {"name"}
    assert fields["id"].type.expr == "int | None"
    sys.path.insert(0, str(tmp_path))
    try:
        account = importlib.import_module("rw_pkg.models").Account
    finally:
        sys.path.remove(str(tmp_path))
    schema = {"$ref": REF + "Account", "components": {"schemas": READ_WRITE}}
    response = {"id": 1, "name": "a", "owner": {"login": "o"}}
    request = {"name": "a", "password": "secret"}
    assert not list(OAS30ReadValidator(schema).iter_errors(response))
    assert not list(OAS30WriteValidator(schema).iter_errors(request))
    assert account.model_validate(response).id == 1
    assert account.model_validate(request).password == "secret"
    assert account(name="a").model_dump(exclude_none=True) == {"name": "a"}
    for name in list(sys.modules):
        if name.split(".")[0] == "rw_pkg":
            del sys.modules[name]


def test_annotation_part_describes_the_property(
    generated: dict[str, Generated],
) -> None:
    """``allOf: [$ref, {description}]`` is how 3.0 specs describe a ref'd property."""
    value = generated["3.0"].field_ir(class_name("H_allof_ref_string"), "value")
    assert value.description == "d"


def test_component_allof_of_one_inline_object_keeps_its_name(tmp_path: Path) -> None:
    """``X: allOf [{properties}, {description}]`` is the class ``X``, not ``X2``."""
    schemas = {
        "Droplet": {
            "allOf": [
                {"type": "object", "properties": {"id": {"type": "integer"}}},
                {"description": "A virtual machine."},
            ]
        }
    }
    result, _ = generate(spec({"/a": {"get": op("getA")}}, schemas), tmp_path)
    models: dict[str, ModelIR] = {
        m.name: m for mod in result.package.model_modules for m in mod.models
    }
    assert set(models) == {"Droplet"}
    assert models["Droplet"].kind == "object"
    assert [f.wire_name for f in models["Droplet"].fields] == ["id"]


def test_reference_to_the_flattened_part_means_the_same_class(tmp_path: Path) -> None:
    """DigitalOcean refers to ``.../allOf/0`` of such schemas: no ``Model0`` class."""
    schemas = {
        "Sources": {
            "allOf": [
                {"type": "object", "properties": {"tags": {"type": "string"}}},
                {"description": "Where traffic comes from."},
            ]
        },
        "Rule": {
            "type": "object",
            "properties": {
                "destinations": {
                    "allOf": [
                        {"$ref": REF + "Sources/allOf/0"},
                        {"description": "Where traffic goes."},
                    ]
                }
            },
        },
    }
    result, _ = generate(spec({"/a": {"get": op("getA")}}, schemas), tmp_path)
    models: dict[str, ModelIR] = {
        m.name: m for mod in result.package.model_modules for m in mod.models
    }
    assert set(models) == {"Sources", "Rule"}
    destinations = {f.wire_name: f for f in models["Rule"].fields}["destinations"]
    assert destinations.type.expr == "Sources | None"
    assert destinations.description == "Where traffic goes."
