"""Spec text never becomes code; nothing is written outside the output directory."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from gen_helpers import generate, mypy_strict, op, run_python, spec

from clientsmith.generator.diagnostics import GeneratorError
from clientsmith.generator.literals import UnsafeLiteralError, docstring, pyrepr
from clientsmith.generator.writer import safe_relative_path

HOSTILE = [
    'x"""; import os; os.system("touch PWNED"); """',
    "x'''\\'; __import__('os').system('touch PWNED') #",
    'line1\nline2\r\n"\\\\"',
    "\\",
    '"',
    "../../etc/passwd",
    "a/b\\c",
    "__import__('os').system('touch PWNED')",
    "}}{{ {% raw %} #}",
]


def hostile_spec() -> dict[str, Any]:
    props = {
        h: {"type": "string", "description": h, "enum": [h, "ok"]} for h in HOSTILE
    }
    params = [
        {
            "name": h,
            "in": "query",
            "description": h,
            "schema": {"type": "string", "default": h},
        }
        for h in HOSTILE
    ]
    return spec(
        {
            "/x/{" + HOSTILE[5] + "}": {
                "get": op(
                    HOSTILE[0],
                    tags=[HOSTILE[5]],
                    summary=HOSTILE[1],
                    description=HOSTILE[2],
                    parameters=[
                        {
                            "name": HOSTILE[5],
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        *params,
                    ],
                ),
            },
            "/y": {
                "post": op(
                    HOSTILE[7],
                    tags=[HOSTILE[6]],
                    requestBody={
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/"
                                    + HOSTILE[6].replace("/", "~1")
                                }
                            }
                        }
                    },
                )
            },
        },
        {
            HOSTILE[6]: {
                "type": "object",
                "description": HOSTILE[0],
                "properties": props,
            }
        },
        info={"title": HOSTILE[1], "version": HOSTILE[2], "description": HOSTILE[0]},
        servers=[{"url": HOSTILE[0]}],
    )


def test_hostile_strings_generate_safe_importable_code(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result, _ = generate(hostile_spec(), out)
    for rel, text in result.files.items():
        assert ".." not in Path(rel).parts
        if rel.endswith(".py"):
            tree = ast.parse(text)  # valid Python
            calls = [
                n
                for n in ast.walk(tree)
                if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Name)
                and n.func.id in ("__import__", "eval", "exec")
            ]
            assert calls == [], rel
    written = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(out.resolve() in p.parents for p in written)
    run_python(
        "import api, api.models as m\n"
        "[getattr(m, n) for n in m.__all__]\n"
        "c = api.Client(base_url='https://example.com')\n"
        "[getattr(c, n) for n in dir(type(c)) if not n.startswith('_') and n not in ('get','post')]\n",
        out,
    )
    assert not (out / "PWNED").exists() and not Path("PWNED").exists()
    mypy_strict(out, "api")


def test_pyrepr_refuses_non_data() -> None:
    assert pyrepr({"a": [1, None, True, "x'\""]}) == "{'a': [1, None, True, 'x\\'\"']}"
    assert (
        eval(pyrepr(float("nan")), {"float": float}) != 0
    )  # nan survives as float('nan')
    with pytest.raises(UnsafeLiteralError):
        pyrepr(object())


def test_docstring_cannot_close_the_string() -> None:
    text = docstring('ends with quote" and """ triple and \\ backslash')
    assert (
        ast.literal_eval('"""' + text + '"""')
        == 'ends with quote" and """ triple and \\ backslash'
    )


@pytest.mark.parametrize(
    "bad", ["/abs", "../up", "a/../../b", "a\\b", "c:/x", "", "a//b", "./a"]
)
def test_writer_refuses_unsafe_paths(bad: str) -> None:
    with pytest.raises(GeneratorError):
        safe_relative_path(bad)
