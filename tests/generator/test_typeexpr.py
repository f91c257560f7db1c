"""The type-expression tree: rendering, union normalisation, imports, escaping.

The tree is the one place generated type text comes from, so these tests also
hold its safety promise: spec text reaches the text only as ``pyrepr``-escaped
literals, and a name that is not an identifier is refused when made.
"""

from __future__ import annotations

import ast
from typing import Any

import pytest

from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.literals import UnsafeLiteralError
from clientsmith.generator.schemas import SchemaCompiler
from clientsmith.generator.spec.schema import SchemaNode
from clientsmith.generator.typeexpr import (
    ANY,
    BOOL,
    INT,
    NONE,
    STR,
    Annotated,
    Call,
    DictArg,
    Generic,
    Literal,
    Model,
    Name,
    TupleOf,
    TypeExpr,
    Union,
    dict_of,
    list_of,
    union,
)

HOSTILE = [
    "'] ; import os; os.system('id') #",
    '"""\nimport os\n"""',
    "back\\slash\\",
    "line\nbreak\r\x00",
    "Literal['x'], __import__('os')",
]


def _literal_values(text: str) -> list[Any]:
    """The values of a ``Literal[...]`` expression, failing on anything but
    constants (no call, no name, no attribute may have been smuggled in)."""
    tree = ast.parse(text, mode="eval").body
    assert isinstance(tree, ast.Subscript)
    assert isinstance(tree.value, ast.Name) and tree.value.id == "Literal"
    elements = tree.slice.elts if isinstance(tree.slice, ast.Tuple) else [tree.slice]
    assert all(isinstance(e, ast.Constant) for e in elements), ast.dump(tree)
    return [ast.literal_eval(e) for e in elements]


# -- rendering ------------------------------------------------------------


def test_nodes_render_as_python() -> None:
    pet = Model("Pet")
    assert Name("int").expr == "int"
    assert str(list_of(pet)) == "list[Pet]"
    assert dict_of(list_of(ANY)).expr == "dict[str, list[Any]]"
    assert Generic(Name("SyncPage"), (pet,)).expr == "SyncPage[Pet]"
    assert TupleOf(STR).expr == "tuple[str, ...]"
    assert Literal(("a", 1, True)).expr == "Literal['a', 1, True]"
    field = Call(Name("Field", "pydantic"), keywords=(("union_mode", "left_to_right"),))
    annotated = Annotated(Union((pet, ANY)), (field,))
    assert annotated.expr == 'Annotated[Pet | Any, Field(union_mode="left_to_right")]'


def test_discriminated_union_renders_tags_and_mapping() -> None:
    cat, dog = Model("Cat"), Model("Dog")
    tag = Name("Tag", "pydantic")
    members = tuple(Annotated(m, (Call(tag, (m.expr,)),)) for m in (cat, dog))
    choose = Call(
        Name("discriminate", "clientsmith.models"),
        ("kind", DictArg((("cat", "Cat"), ("dog", "Dog")))),
    )
    found = Annotated(
        Union(members), (Call(Name("Discriminator", "pydantic"), (choose,)),)
    )
    assert found.expr == (
        "Annotated[Annotated[Cat, Tag('Cat')] | Annotated[Dog, Tag('Dog')], "
        "Discriminator(discriminate('kind', {'cat': 'Cat', 'dog': 'Dog'}))]"
    )
    ast.parse(found.expr, mode="eval")
    assert found.models == {"Cat", "Dog"}
    assert found.imports == {
        ("typing", "Annotated"),
        ("pydantic", "Tag"),
        ("pydantic", "Discriminator"),
        ("clientsmith.models", "discriminate"),
    }


# -- unions ---------------------------------------------------------------


def test_union_flattens_nested_unions_and_drops_duplicates() -> None:
    inner = union([INT, STR])
    found = union([inner, union([STR, BOOL]), INT])
    assert isinstance(found, Union)
    assert found.items == (INT, STR, BOOL)
    assert found.expr == "int | str | bool"


def test_union_puts_none_last_wherever_it_came_from() -> None:
    nullable_list = union([list_of(INT), NONE])
    assert nullable_list.expr == "list[int] | None"
    # None inside a member union (even one with brackets) moves to the end.
    assert union([nullable_list, STR]).expr == "list[int] | str | None"
    assert union([NONE, nullable_list, NONE]).expr == "list[int] | None"


def test_union_of_one_member_is_that_member() -> None:
    assert union([INT, INT]) is INT
    with pytest.raises(ValueError):
        union([])


def test_union_helpers_answer_from_the_tree() -> None:
    t = union([Model("Pet"), NONE])
    assert t.nullable and t.has_union
    assert t.without_none() == Model("Pet")
    assert not list_of(INT).nullable
    assert dict_of(union([INT, STR])).has_union
    assert union([INT, STR, NONE]).without_none().expr == "int | str"


def test_raw_union_keeps_the_order_it_was_given() -> None:
    # ``X | None | NotGiven``: an optional parameter's annotation.
    assert Union((union([INT, NONE]), Name("NotGiven"))).expr == "int | None | NotGiven"


# -- imports and models -----------------------------------------------------


def test_imports_and_models_come_from_the_tree() -> None:
    t = union(
        [
            list_of(Model("Pet")),
            Name("DateOrStr", "clientsmith.formats"),
            dict_of(Literal(("x",))),
            NONE,
        ]
    )
    assert t.models == {"Pet"}
    assert t.imports == {
        ("clientsmith.formats", "DateOrStr"),
        ("typing", "Literal"),
    }
    assert INT.imports == frozenset() and INT.models == frozenset()
    assert ANY.imports == {("typing", "Any")}


def test_qualify_spells_shadowed_builtins_through_the_module() -> None:
    t = union([list_of(Literal(("list",))), dict_of(INT), NONE])
    found = t.qualify(frozenset({"list"}))
    # Literal values are data, not names: 'list' stays a string.
    assert found.expr == "builtins.list[Literal['list']] | dict[str, int] | None"
    assert ("import", "builtins") in found.imports
    assert t.qualify(frozenset()) is t
    assert Model("list_").qualify(frozenset({"list"})) == Model("list_")


# -- safety -----------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_literal_injection_is_escaped(value: str) -> None:
    t = Literal((value, 1))
    assert _literal_values(t.expr) == [value, 1]
    # Inside a union and a generic the text is just as inert.
    wrapped = union([list_of(t), NONE]).expr
    assert ast.parse(wrapped, mode="eval")
    assert "\n" not in wrapped


@pytest.mark.parametrize("value", HOSTILE)
def test_discriminator_mapping_injection_is_escaped(value: str) -> None:
    call = Call(
        Name("discriminate", "clientsmith.models"), (value, DictArg(((value, "Pet"),)))
    )
    parsed = ast.parse(call.expr, mode="eval").body
    assert isinstance(parsed, ast.Call)
    assert [ast.literal_eval(a) for a in parsed.args] == [value, {value: "Pet"}]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Name("int]; import os; x = list[int"),
        lambda: Name("Any", "typing; import os"),
        lambda: Model("Pet Owner"),
        lambda: Model(""),
        lambda: Call(Name("Field"), keywords=(("union_mode", 'x"); import os; ("'),)),
        lambda: Call(Name("Field"), keywords=(("a=1, b", "x"),)),
    ],
)
def test_name_injection_is_refused(make: Any) -> None:
    with pytest.raises(ValueError):
        make()


def test_values_without_a_safe_literal_are_refused() -> None:
    with pytest.raises(UnsafeLiteralError):
        Call(Name("Tag"), (object(),))
    with pytest.raises(TypeError):
        Literal((1.5,))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Literal(())


def test_schema_enum_injection_is_escaped() -> None:
    compiler = SchemaCompiler({}, Diagnostics())
    hostile = HOSTILE[0]
    found = compiler.type_of_node(SchemaNode({"enum": [hostile, 2]}, "#/x"), "X")
    assert _literal_values(found.expr) == [hostile, 2]


# -- the schema compiler builds trees ----------------------------------------


def _type(schema: dict[str, Any]) -> TypeExpr:
    return SchemaCompiler({}, Diagnostics()).type_of_node(
        SchemaNode(schema, "#/s"), "S"
    )


def test_nullable_array_in_nullable_all_of_is_none_once() -> None:
    # The text-splitting union gave 'list[int] | None | None | None'.
    array = {"type": "array", "items": {"type": "integer"}, "nullable": True}
    assert _type({"allOf": [array], "nullable": True}).expr == "list[int] | None"


def test_union_with_a_nullable_array_member_ends_with_none() -> None:
    array = {"type": "array", "items": {"type": "integer"}, "nullable": True}
    found = _type({"anyOf": [array, {"type": "string"}]})
    assert found.expr == "list[int] | str | None"
    assert found.nullable


def test_open_union_keeps_member_unions_whole() -> None:
    found = _type({"anyOf": [{"type": ["integer", "string"]}, {}]})
    assert isinstance(found, Annotated)
    assert found.expr == (
        "Annotated[Annotated[int | str, Field()] | Any, "
        'Field(union_mode="left_to_right")]'
    )
    assert found.imports == {
        ("typing", "Annotated"),
        ("typing", "Any"),
        ("pydantic", "Field"),
    }
