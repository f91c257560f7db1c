"""A union that refers to itself becomes a TypeAliasType: it imports, validates
recursively and type-checks."""

from __future__ import annotations

from pathlib import Path

from gen_helpers import generate, mypy_strict, op, run_python, spec


def test_self_referencing_union_alias(tmp_path: Path) -> None:
    doc = spec(
        {
            "/v": {
                "get": op(
                    "getValue",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Value"}
                                }
                            },
                        }
                    },
                )
            }
        },
        {
            "Value": {
                "oneOf": [
                    {"type": "string"},
                    {"type": "number"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/Value"}},
                ]
            }
        },
    )
    result, _ = generate(doc, tmp_path)
    assert (
        'Value = TypeAliasType("Value", "str | float | list[Value]")'
        in (result.files["api/models/value.py"])
    )
    out = run_python(
        "from pydantic import TypeAdapter\n"
        "from api.models import Value\n"
        "print(TypeAdapter(Value).validate_python(['a', [1.5, ['b']]]))\n",
        tmp_path,
    )
    assert out.strip() == "['a', [1.5, ['b']]]"
    mypy_strict(tmp_path, "api")
