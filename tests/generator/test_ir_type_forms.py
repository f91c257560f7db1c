"""The IR's printed type forms, made from the trees so templates only print."""

from __future__ import annotations

from gen_helpers import op, spec

from clientsmith.generator.builder import build_package
from clientsmith.generator.config import GeneratorConfig
from clientsmith.generator.diagnostics import Diagnostics
from clientsmith.generator.ir import OperationIR, PackageIR
from clientsmith.generator.typeexpr import Generic, Model, Name

PET = {"$ref": "#/components/schemas/Pet"}
DOC = spec(
    {
        "/pets": {
            "get": op(
                "listPets",
                tags=["pets"],
                parameters=[
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {
                        "name": "q",
                        "in": "query",
                        "schema": {"type": "string", "nullable": True},
                    },
                    {
                        "name": "tag",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "nullable": True},
                    },
                ],
                responses={
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": PET}
                            }
                        },
                    }
                },
            ),
            "post": op(
                "createPet",
                tags=["pets"],
                requestBody={"content": {"application/json": {"schema": PET}}},
            ),
        },
    },
    {
        "Pet": {
            "type": "object",
            "properties": {"name": {"type": "string"}},
            "additionalProperties": {"type": "integer"},
        }
    },
)


def _package() -> PackageIR:
    return build_package(
        DOC, GeneratorConfig(package_name="api"), Diagnostics(), spec_source="t"
    )


def _operation(package: PackageIR, name: str) -> OperationIR:
    (found,) = [
        o for r in package.resources for o in r.operations if o.operation_id == name
    ]
    return found


def test_parameter_and_body_annotations_say_not_given_when_optional() -> None:
    listing = _operation(_package(), "listPets")
    params = {str(p.name): p for p in listing.params}
    assert params["limit"].annotation == "int | NotGiven"
    # Not normalised: NotGiven after the type as written, None included.
    assert params["q"].annotation == "str | None | NotGiven"
    assert params["tag"].annotation == "str | None"
    create = _operation(_package(), "createPet")
    assert create.body is not None and not create.body.required
    assert create.body.annotation == "Pet | dict[str, Any] | NotGiven"


def test_operation_table_and_return_types_print_from_the_tree() -> None:
    listing = _operation(_package(), "listPets")
    # The resource has a method named ``list``: the builtin is qualified.
    assert listing.table_type == "Operation[builtins.list[Pet]]"
    assert listing.returns(False) == listing.returns(True) == "builtins.list[Pet]"
    builtin_list = Name("list", "builtins", qualified=True)
    assert listing.sync_return == Generic(builtin_list, (Model("Pet"),))


def test_model_extra_annotation() -> None:
    models = {str(m.name): m for mod in _package().model_modules for m in mod.models}
    assert models["Pet"].extra_annotation == "dict[str, int]"
