"""The one YAML loader of every input: OpenAPI specs, resource specs, configs, overlays.

YAML 1.2 core schema semantics on the JSON data model (see :class:`JsonYamlLoader`):
the same text means the same value whichever kind of file it is in. Positions are
not kept while parsing (it would slow every load down); diagnostics find lines
afterwards from the text (:mod:`clientsmith.generator.locate`,
``resource_spec._report.Marks``).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

import yaml

from clientsmith.generator.locate import gc_paused

__all__ = [
    "ALIAS_EXPANSION_RATIO",
    "MAX_ALIAS_EXPANSION",
    "JsonYamlLoader",
    "SpecParseError",
    "parse_yaml",
]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class JsonYamlLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe YAML loader fitted to the JSON data model OpenAPI is defined on.

    * Plain scalars are resolved by the YAML 1.2 core schema, which OpenAPI
      recommends, not PyYAML's YAML 1.1: ``NO``, ``yes`` and ``on`` stay strings
      (``enum: [GB, NO]`` means two country codes), ``012`` is twelve, ``1e3`` is
      a number.
    * No timestamps: ``2024-01-01`` stays a string, as it is in JSON.
    * Mapping keys are the key text as written: ``200:`` gives ``"200"`` and
      ``true:`` gives ``"true"``, since JSON object keys are strings and OpenAPI
      looks response codes and paths up by string.
    """

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[Hashable, Any]:
        self.flatten_mapping(node)  # handles ``<<`` merge keys
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found a non-scalar key, which JSON cannot represent",
                    key_node.start_mark,
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        # YAML 1.2: a leading zero is decimal; octal is spelt 0o.
        text = str(self.construct_scalar(node))
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)


_YAML11_TAGS = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}
JsonYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML11_TAGS]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
# YAML 1.2 core schema. Ints go first: the float pattern also matches "12".
JsonYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
JsonYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
JsonYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
JsonYamlLoader.add_constructor(
    "tag:yaml.org,2002:int", JsonYamlLoader.construct_yaml_int
)


class SpecParseError(ValueError):
    """A file that is neither valid JSON nor valid YAML."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def parse_yaml(raw: bytes | str) -> Any:
    """Parse YAML text with :class:`JsonYamlLoader`; :class:`SpecParseError` if invalid.

    Rejects documents whose aliases make a cycle or expand past a budget.
    """
    try:
        with gc_paused():
            document = yaml.load(raw, Loader=JsonYamlLoader)  # noqa: S506 - safe loader
        _check_acyclic(document)
        return document
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise SpecParseError(f"invalid YAML: {problem}", line, column) from exc
    except yaml.YAMLError as exc:
        raise SpecParseError(f"invalid YAML: {exc}", None, None) from exc


MAX_ALIAS_EXPANSION = 200_000
"""Nodes a YAML document may expand to through aliases, at least (see below)."""
ALIAS_EXPANSION_RATIO = 20
"""...or this many times its distinct containers, whichever is more."""


def _check_acyclic(root: Any) -> None:
    """Reject YAML whose aliases make a cycle, or expand it past a budget.

    A cycle (``a: &x {b: *x}``) cannot be expressed in JSON, nor can a spec
    mean one, and every later walk of the document would loop forever. Aliases
    that share a subtree are fine, up to a budget: 1 KB of nested aliases can
    stand for 10^9 nodes, which every later stage would walk as a tree.
    """
    on_path: set[int] = set()
    # Expanded size (nodes, counting a shared subtree once per use) of each
    # finished container: every later stage walks the document as a tree, so
    # this is the work they will do.
    size: dict[int, int] = {}
    shared = False
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        ident = id(node)
        children = node.values() if isinstance(node, dict) else node
        if leaving:
            on_path.discard(ident)
            size[ident] = 1 + sum(
                size[id(c)] if isinstance(c, (dict, list)) else 1 for c in children
            )
            continue
        if ident in on_path:
            raise SpecParseError(
                "invalid YAML: an alias is used inside its own anchor (recursive data)",
                None,
                None,
            )
        if ident in size:
            shared = True
            continue
        on_path.add(ident)
        stack.append((node, True))
        stack.extend((child, False) for child in children)
    if shared and isinstance(root, (dict, list)):
        expanded = size[id(root)]
        budget = max(MAX_ALIAS_EXPANSION, ALIAS_EXPANSION_RATIO * len(size))
        if expanded > budget:
            raise SpecParseError(
                f"invalid YAML: aliases expand the document to {expanded:,} nodes "
                f"from {len(size):,} (more than {budget:,}; a 'billion laughs' "
                "document?)",
                None,
                None,
            )
