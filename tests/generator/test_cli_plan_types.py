"""The command line's options are decided on the parameters' type trees.

``cli_plan`` reads :mod:`clientsmith.generator.typeexpr` nodes (a builtin
scalar name, an enum model, ``list[X]`` of either), not type text: these tests
build the IR from a spec, then also hand it trees whose text alone would
mislead a text parser.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from gen_helpers import op, spec

from clientsmith.generator.builder import build_package
from clientsmith.generator.cli_plan import CliOption, plan_cli
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import PackageIR, ParamIR
from clientsmith.generator.typeexpr import (
    INT,
    NONE,
    Literal,
    Model,
    Name,
    TypeExpr,
    list_of,
    union,
)


def _query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


COLOR = {"$ref": "#/components/schemas/Color"}
DOC = spec(
    {
        "/items": {
            "get": op(
                "list",
                tags=["items"],
                parameters=[
                    _query("limit", {"type": "integer"}),
                    _query("since", {"type": "integer", "nullable": True}, True),
                    _query("color", COLOR, True),
                    _query("shade", {"$ref": "#/components/schemas/Shade"}),
                    _query("level", {"$ref": "#/components/schemas/Level"}),
                    _query("ids", {"type": "array", "items": {"type": "integer"}}),
                    _query("colors", {"type": "array", "items": COLOR}),
                    _query("flags", {"type": "array", "items": {"type": "boolean"}}),
                    _query("after", {"type": "string", "format": "date-time"}),
                    _query("mode", {"enum": ["a", 1]}),
                ],
            )
        },
    },
    {
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Shade": COLOR,
        "Level": {"type": "integer", "enum": [1, 2]},
    },
)


def _package() -> PackageIR:
    return build_package(
        DOC, GeneratorConfig(package_name="api"), Diagnostics(), spec_source="t"
    )


def _options(package: PackageIR) -> dict[str, CliOption]:
    plan = plan_cli(package)
    (command,) = [c for g in plan.groups for c in g.commands]
    return {o.dest: o for o in command.options}


def _types(package: PackageIR) -> dict[str, TypeExpr]:
    (operation,) = [o for r in package.resources for o in r.operations]
    return {p.name: p.type for p in operation.all_params}


def test_scalars_enums_and_lists_from_a_spec() -> None:
    options = _options(_package())
    assert options["limit"].click_type == "click.INT"
    assert options["limit"].annotation == "int | None"
    assert options["limit"].value == "_cli.given(limit)"
    # Nullable and required: click may deliver None, the method needs it passed.
    assert options["since"].annotation == "int | None"
    assert options["since"].value == "since" and not options["since"].required
    assert options["color"].choices == ("red", "green")
    assert options["color"].value == "Color(color)"
    # An alias of an enum is the enum's choices.
    assert options["shade"].choices == ("red", "green")
    assert options["level"].value == "_cli.given(level, _cli.int_enum(Level))"
    assert options["ids"].multiple and options["ids"].annotation == "tuple[int, ...]"
    assert options["colors"].multiple
    assert options["colors"].value == "_cli.given_list(colors, Color)"
    for json_like in ("flags", "after", "mode"):
        assert options[json_like].metavar == "JSON", json_like


def test_shadowed_list_is_still_a_list_to_the_command_line() -> None:
    package = _package()
    # The resource has a method named ``list``: its annotations say builtins.list.
    assert _types(package)["ids"].expr == "builtins.list[int]"
    assert _options(package)["ids"].click_type == "click.INT"
    assert _options(package)["ids"].multiple


def _with_types(package: PackageIR, types: dict[str, TypeExpr]) -> PackageIR:
    """``package`` with some parameters' type trees replaced."""

    def retyped(p: ParamIR) -> ParamIR:
        return dataclasses.replace(p, type=types.get(p.name, p.type))

    resources = []
    for r in package.resources:
        ops = tuple(
            dataclasses.replace(o, params=tuple(retyped(p) for p in o.params))
            for o in r.operations
        )
        resources.append(dataclasses.replace(r, operations=ops))
    return dataclasses.replace(package, resources=tuple(resources))


def test_decisions_follow_the_tree_not_the_text() -> None:
    package = _with_types(
        _package(),
        {
            # Text that reads like a scalar, an enum or a list but is none.
            "limit": Literal(("int",)),
            "color": Name("Color", "somewhere.else"),
            "ids": Literal(("list[int]",)),
            # A list whose item is a union is JSON; a nullable enum is optional.
            "colors": list_of(union([INT, NONE])),
            "shade": union([Model("Color"), NONE]),
        },
    )
    options = _options(package)
    for name in ("limit", "color", "ids", "colors"):
        assert options[name].metavar == "JSON", name
        assert not options[name].choices and not options[name].multiple, name
    assert options["shade"].choices == ("red", "green")
    assert options["shade"].value == "_cli.given(shade, Color)"
    assert options["shade"].annotation == "str | None"


def test_enum_classes_are_imported_only_when_an_option_converts_to_them() -> None:
    plan = plan_cli(_package())
    lines = [line for section in plan.imports for line in section]
    assert "from .models import Color, Level" in lines
    retyped = _with_types(_package(), {"color": INT, "colors": INT, "shade": INT})
    lines = [line for section in plan_cli(retyped).imports for line in section]
    assert "from .models import Level" in lines
