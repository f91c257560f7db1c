"""Where things are in a resource spec, and problems reported there.

A YAML source is composed once into nodes; :class:`Marks` maps every JSON path
to the line and column of its value and of its key. :class:`Reporter` turns a
problem at a JSON path into a :class:`~clientsmith.generator.diagnostics.Diagnostic`
whose message starts with ``file:line:column:``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from ..diagnostics import Diagnostic, Diagnostics, Severity, pointer_join
from ..yaml_json import JsonYamlLoader

__all__ = ["JsonPath", "Loader", "Marks", "Reporter", "describe"]

JsonPath = tuple[str | int, ...]


def describe(path: JsonPath) -> str:
    """A JSON path as ``a/b/0``, for messages."""
    return "/".join(str(p) for p in path) or "the top level"


Loader = JsonYamlLoader
"""The generator's one YAML loader (YAML 1.2 core schema on the JSON data model)."""


@dataclass
class Marks:
    """JSON path -> (line, column) of the value and of the key, both 1-based."""

    values: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str | None) -> Marks:
        marks = cls()
        if not text:
            return marks
        try:
            root = yaml.compose(text, Loader=Loader)
        except yaml.YAMLError:
            return marks
        if root is not None:
            marks._walk(root, ())
        return marks

    def _walk(self, node: yaml.Node, path: JsonPath) -> None:
        stack: list[tuple[yaml.Node, JsonPath]] = [(node, path)]
        seen: set[int] = set()
        while stack:
            current, at = stack.pop()
            self.values.setdefault(
                at, (current.start_mark.line + 1, current.start_mark.column + 1)
            )
            if id(current) in seen:
                continue
            seen.add(id(current))
            if isinstance(current, yaml.MappingNode):
                for key_node, value_node in current.value:
                    child = (*at, str(key_node.value))
                    self.keys.setdefault(
                        child,
                        (key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    )
                    stack.append((value_node, child))
            elif isinstance(current, yaml.SequenceNode):
                for i, item in enumerate(current.value):
                    stack.append((item, (*at, i)))

    def find(self, path: JsonPath, *, key: bool = False) -> tuple[int, int] | None:
        """Position of ``path`` (its key if ``key``), else of the nearest ancestor."""
        norm: JsonPath = tuple(p if isinstance(p, int) else str(p) for p in path)
        if key and norm in self.keys:
            return self.keys[norm]
        while True:
            if norm in self.values:
                return self.values[norm]
            if not norm:
                return None
            norm = norm[:-1]


def _pointer(path: JsonPath) -> str:
    return pointer_join("", *path)


class Reporter:
    """Turns problems at JSON paths into located :class:`Diagnostic` values."""

    def __init__(self, diagnostics: Diagnostics, file: str, text: str | None) -> None:
        self.diagnostics = diagnostics
        self.file = file
        self.marks = Marks.from_text(text)
        self.errors: list[Diagnostic] = []
        self._seen: set[tuple[Severity, JsonPath, str]] = set()

    def error(
        self,
        path: JsonPath,
        message: str,
        *,
        key: bool = False,
        code: str = "resource-spec-invalid",
    ) -> None:
        self._add(Severity.ERROR, path, message, key=key, code=code)

    def warning(
        self, path: JsonPath, message: str, *, code: str = "resource-spec-warning"
    ) -> None:
        self._add(Severity.WARNING, path, message, key=False, code=code)

    def _add(
        self, severity: Severity, path: JsonPath, message: str, *, key: bool, code: str
    ) -> None:
        # A problem in a shared definition (a parent id's type, say) is met once
        # per operation that uses it; report it once.
        if (severity, path, message) in self._seen:
            return
        self._seen.add((severity, path, message))
        where = self.marks.find(path, key=key)
        if where is not None:
            text = f"{self.file}:{where[0]}:{where[1]}: {message}"
        else:
            text = f"{self.file}: {message}"
        diagnostic = Diagnostic(
            severity, code, text, _pointer(path), self.file, where[0] if where else None
        )
        self.diagnostics.add(diagnostic)
        if severity is Severity.ERROR:
            self.errors.append(diagnostic)
