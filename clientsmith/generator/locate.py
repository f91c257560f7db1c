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

from clientsmith.generator.diagnostics import pointer_join
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


def _line_index(root: yaml.Node) -> dict[str, int]:
    """1-based line of every pointer in a composed file.

    A flat ``pointer -> line`` dict holds only strings and ints, which the cyclic
    GC ignores; the node tree it replaces would be rescanned by every collection
    for the rest of the run (and costs more memory).
    """
    index = {"": root.start_mark.line + 1}
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = key_node.value
                    if "~" in key or "/" in key:
                        key = key.replace("~", "~0").replace("/", "~1")
                    child = f"{pointer}/{key}"
                    # The key's line, not the value's: a nested mapping starts below.
                    index[child] = key_node.start_mark.line + 1
                    stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                child = f"{pointer}/{position}"
                index[child] = item.start_mark.line + 1
                stack.append((item, child))
    return index


@dataclass
class Locator:
    """Lines of JSON pointers in a set of files, indexed on first use."""

    sources: Mapping[str, bytes | None]
    """Raw bytes per file; ``None`` for files too large to locate in."""
    _indexes: dict[str, dict[str, int] | None] = field(default_factory=dict, repr=False)

    def line(self, file: str, pointer: str) -> int | None:
        """1-based line of ``pointer`` in ``file``, or ``None`` if unknown.

        A pointer that leads nowhere in the file (bundling or conversion moved
        things) gets the line of its nearest existing ancestor.
        """
        index = self._index(file)
        if index is None:
            return None
        try:
            # Normalise the spelling (``#``, percent-encoding) to the index's.
            pointer = pointer_join("", *split_pointer(pointer))
        except RefError:
            return None
        while pointer not in index:
            pointer = pointer[: pointer.rfind("/")]
        return index[pointer]

    def _index(self, file: str) -> dict[str, int] | None:
        if file in self._indexes:
            return self._indexes[file]
        raw = self.sources.get(file)
        index: dict[str, int] | None = None
        if raw is not None and len(raw) <= MAX_LOCATE_BYTES:
            try:
                with gc_paused():
                    tree = yaml.compose(raw, Loader=_BaseLoader)
                    index = _line_index(tree) if tree is not None else None
            except yaml.YAMLError:
                # Some valid JSON is not valid YAML (e.g. tabs in odd places).
                index = None
        self._indexes[file] = index
        return index


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
