"""The runtime-generator contract is stated once (clientsmith._contract)."""

from __future__ import annotations

import ast
from pathlib import Path

import clientsmith
from clientsmith import _contract

GENERATOR = Path(clientsmith.__file__).parent / "generator"


def test_no_generator_module_restates_the_http_methods() -> None:
    restated: list[str] = []
    for path in sorted(GENERATOR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Tuple) and all(
                isinstance(e, ast.Constant) for e in node.elts
            ):
                values = {e.value for e in node.elts if isinstance(e, ast.Constant)}
                if {"get", "put", "post", "delete", "patch"} <= values:
                    restated.append(f"{path.name}:{node.lineno}")
    assert restated == []


def test_swagger2_has_every_method_but_trace() -> None:
    assert set(_contract.HTTP_METHODS) - set(_contract.SWAGGER2_METHODS) == {"trace"}
