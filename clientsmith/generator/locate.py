"""Find the file and line of a JSON pointer, lazily.

Parsing keeps no positions (it would slow every load down), so lines are found
only when a diagnostic needs one: the file is composed again into a YAML node tree
(JSON is YAML, so this works for both), which keeps marks, and cached. Very large
files are not composed at all: that takes seconds, and their line is reported as
unknown instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import yaml

from clientsmith.generator.refs import RefError, split_pointer

__all__ = ["MAX_LOCATE_BYTES", "Locator", "PointerMap", "gc_paused"]

MAX_LOCATE_BYTES = 8 * 1024 * 1024
"""Files larger than this get no line numbers."""

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building a big tree of fresh objects.

    Each allocation burst triggers collections that scan the growing tree and
    find nothing to free: pausing cuts a 13 MB JSON parse by a fifth and composing
    an 8 MB YAML file from 7 s to under 1 s.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _line_in_tree(root: yaml.Node, tokens: list[str]) -> int:
    """1-based line of the deepest node on the path ``tokens`` that exists.

    A pointer that leads nowhere in the file (the converted or bundled document has
    moved things) still gets the line of its nearest existing ancestor.
    """
    node: yaml.Node = root
    line = node.start_mark.line + 1
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == token:
                    # The key's line, not the value's: a nested mapping starts below.
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode):
            if not token.isdigit() or int(token) >= len(node.value):
                return line
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return line
    return line


@dataclass
class Locator:
    """Lines of JSON pointers in a set of files, composed on first use."""

    sources: Mapping[str, bytes | None]
    """Raw bytes per file; ``None`` for files too large to locate in."""
    _trees: dict[str, yaml.Node | None] = field(default_factory=dict, repr=False)

    def line(self, file: str, pointer: str) -> int | None:
        """1-based line of ``pointer`` in ``file``, or ``None`` if unknown."""
        tree = self._tree(file)
        if tree is None:
            return None
        try:
            tokens = split_pointer(pointer)
        except RefError:
            return None
        return _line_in_tree(tree, tokens)

    def _tree(self, file: str) -> yaml.Node | None:
        if file in self._trees:
            return self._trees[file]
        raw = self.sources.get(file)
        tree: yaml.Node | None = None
        if raw is not None and len(raw) <= MAX_LOCATE_BYTES:
            try:
                with gc_paused():
                    tree = yaml.compose(raw, Loader=_BaseLoader)
            except yaml.YAMLError:
                # Some valid JSON is not valid YAML (e.g. tabs in odd places).
                tree = None
        self._trees[file] = tree
        return tree


@dataclass(frozen=True)
class PointerMap:
    """Maps pointers of one document to where they came from.

    ``prefixes`` maps a pointer prefix in the new document to ``(file, pointer)``
    of its origin; a pointer is mapped by its longest mapped prefix, the rest of it
    carried over unchanged. Unmapped pointers keep ``default_file`` and themselves.
    """

    default_file: str
    prefixes: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def origin(self, pointer: str) -> tuple[str, str]:
        prefix = pointer
        while True:
            found = self.prefixes.get(prefix)
            if found is not None:
                return found[0], found[1] + pointer[len(prefix) :]
            if not prefix:
                return self.default_file, pointer
            prefix = prefix[: prefix.rfind("/")]
