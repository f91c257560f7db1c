"""Find the file and line of a JSON pointer, lazily.

Parsing keeps no positions (it would slow every load down), so lines are found
only when a diagnostic needs one: the file is parsed again as a stream of YAML
events (JSON is YAML, so this works for both), which carry marks, into a cached
``pointer -> line`` index. Very large files are not indexed at all: that takes
seconds, and their line is reported as unknown instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import yaml

from clientsmith.generator.diagnostics import escape_token, pointer_join
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


class _Frame:
    """An open mapping or sequence while walking the event stream."""

    __slots__ = ("has_key", "key_pointer", "mapping", "pointer", "position")

    def __init__(self, pointer: str | None, mapping: bool) -> None:
        self.pointer = pointer
        """``None`` inside a complex key, whose contents are not indexed."""
        self.mapping = mapping
        self.has_key = False
        self.key_pointer: str | None = None
        self.position = 0


def _line_index(raw: bytes) -> dict[str, int]:
    """1-based line of every pointer in a YAML (or JSON) file.

    Built from the parser's event stream, never a node tree: composing a 1 MB
    spec into nodes costs about 40 MB at its peak; the flat ``pointer -> line``
    dict holds only strings and ints, which the cyclic GC ignores. A key's
    pointer gets the key's line (a nested mapping starts below it).
    """
    index: dict[str, int] = {}
    stack: list[_Frame] = []
    for event in yaml.parse(raw, Loader=_BaseLoader):
        if isinstance(event, yaml.events.CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, yaml.events.NodeEvent):
            continue
        # The parser always sets marks; None only for hand-made events.
        line = event.start_mark.line + 1 if event.start_mark is not None else 0
        pointer: str | None
        if not stack:
            pointer = ""
            index[pointer] = line
        elif stack[-1].mapping and not stack[-1].has_key:
            frame = stack[-1]  # this event is a key
            frame.has_key = True
            frame.key_pointer = None
            if frame.pointer is not None and isinstance(event, yaml.ScalarEvent):
                key = event.value
                if "~" in key or "/" in key:
                    key = escape_token(key)
                frame.key_pointer = f"{frame.pointer}/{key}"
                index[frame.key_pointer] = line
            pointer = None
        elif stack[-1].mapping:
            frame = stack[-1]
            frame.has_key = False
            pointer = frame.key_pointer
        else:
            frame = stack[-1]
            pointer = (
                None if frame.pointer is None else f"{frame.pointer}/{frame.position}"
            )
            frame.position += 1
            if pointer is not None:
                index[pointer] = line
        if isinstance(event, yaml.events.CollectionStartEvent):
            stack.append(_Frame(pointer, isinstance(event, yaml.MappingStartEvent)))
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
                    index = _line_index(raw) or None
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
