"""The generator's modules import one another without cycles.

A cycle hidden behind a function-level import still ties two modules
together: each can only be read, tested and changed with the other. The
check reads the source (every import, at any depth), not the import order.
"""

from __future__ import annotations

import ast
from pathlib import Path

from clientsmith import generator

GENERATOR = Path(generator.__file__).parent
PREFIX = "clientsmith.generator"


def _module_name(path: Path) -> str:
    parts = path.relative_to(GENERATOR).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PREFIX, *parts))


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The generator modules ``path`` imports, at module level or inside functions."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            candidates = {target} | {f"{target}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            candidates = {alias.name for alias in node.names}
        else:
            continue
        found |= candidates & modules
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each generator module and the generator modules it imports."""
    paths = sorted(GENERATOR.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _imports(p, modules) for p in paths}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_generator_modules_import_without_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_check_sees_function_level_imports() -> None:
    # cli.py imports the pipeline at module level, surface.py imports the
    # builder inside a function: both edges must be in the graph.
    graph = import_graph()
    assert f"{PREFIX}.pipeline" in graph[f"{PREFIX}.cli"]
    assert f"{PREFIX}.builder" in graph[f"{PREFIX}.surface"]


def test_cycles_finds_a_two_module_cycle() -> None:
    graph = {"a": {"b"}, "b": {"a", "c"}, "c": set()}
    assert cycles(graph) == [["a", "b"]]
