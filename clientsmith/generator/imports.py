"""Import blocks of generated modules, ordered as ruff's isort rules want them.

The IR stage decides which names a generated module imports (only those its
code uses); :func:`import_block` turns them into statements, grouped and
ordered as ruff's ``I001`` check expects with its default isort settings, so
templates print them unchanged and the output is lint-clean without running
ruff's fixer at generation time (which would cost a second pass over the tree).

The settings this follows, pinned in the generated ``pyproject.toml``:

- sections: standard library, third party (``clientsmith`` included: to a
  generated project it is a dependency like ``httpx``), first party (none:
  the package imports itself relatively), local folder; a blank line between;
- in a section, ``import x`` statements first, then ``from x import ...``;
- ``from`` statements by module, relative ones furthest first (``..`` before
  ``.``); names as constants, then classes, then the rest (``order-by-type``),
  case-insensitively in natural order (``Model2`` before ``Model10``);
- ``from x import a as b`` is a statement of its own (``combine-as-imports``
  off), ordered by ``a`` then ``b``.

A name is a ``(module, name)`` pair; the module ``"import"`` means
``import name``, and a name ``"a as b"`` an aliased import. Wrapping of long
lines is left to the formatter, which wraps them as isort would.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache

__all__ = ["ImportBlock", "import_block", "member_order", "with_import"]

ImportBlock = tuple[tuple[str, ...], ...]
"""Sections of import statements (one line each), in order."""

_STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}
_DIGITS = re.compile(r"\d+")

_STANDARD, _THIRD_PARTY, _LOCAL = 0, 1, 2

_Order = tuple[int, str, str, str]
_Statement = tuple[int, _Order, _Order]


@cache
def _section(module: str, straight: bool) -> int:
    if not straight and module.startswith("."):
        return _LOCAL
    return _STANDARD if module.split(".", 1)[0] in _STDLIB else _THIRD_PARTY


def _digits(match: re.Match[str]) -> str:
    run = match.group()
    # "0" sorts a run where its first digit would against any other character
    # (no other character lies between "0" and "9"); then longer numbers after
    # shorter ones (the length as a character lower() leaves alone), and equal
    # lengths digit by digit.
    size = len(run)
    return "0" + chr(0x30 + size if size < 10 else 0x2000 + size) + run


def _natural(text: str) -> str:
    """A sort key comparing digit runs by value, as ruff's ``natord`` does
    (``Model2`` before ``Model10``)."""
    return _DIGITS.sub(_digits, text)


def _member_type(name: str) -> int:
    """0 constants (``NOT_GIVEN``), 1 classes (``Client``), 2 anything else."""
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        return 0
    return 1 if name[:1].isupper() else 2


@cache  # the same names recur in many modules (GitHub: 14,000 in 1,600 blocks)
def member_order(name: str) -> _Order:
    """The sort key of an imported name (``a`` or ``a as b``) in a statement:
    its kind, then case-insensitively, then as written, then the alias."""
    member = name.split(" as ", 1)[0]
    natural = _natural(member)
    return (_member_type(member), natural.lower(), natural, name)


@cache
def _module_order(module: str) -> _Order:
    bare = module.lstrip(".")
    natural = _natural(bare)
    return (len(bare) - len(module), natural.lower(), natural, "")


def import_block(names: Iterable[tuple[str, str]]) -> ImportBlock:
    """The statements importing ``names``, in sections, as ruff orders them."""
    straight: set[str] = set()
    plain: dict[str, set[str]] = {}
    aliased: set[tuple[str, str]] = set()
    for module, name in names:
        if module == "import":
            straight.add(name)
        elif " as " in name:
            aliased.add((module, name))
        else:
            plain.setdefault(module, set()).add(name)
    sections: list[list[tuple[_Statement, str]]] = [[], [], []]
    key: _Statement
    for module in straight:
        key = (0, _module_order(module), (0, "", "", ""))
        sections[_section(module, True)].append((key, f"import {module}"))
    for module, members in plain.items():
        ordered = sorted(members, key=member_order)
        key = (1, _module_order(module), member_order(ordered[0]))
        line = f"from {module} import {', '.join(ordered)}"
        sections[_section(module, False)].append((key, line))
    for module, name in aliased:
        key = (1, _module_order(module), member_order(name))
        sections[_section(module, False)].append((key, f"from {module} import {name}"))
    return tuple(
        tuple(line for _, line in sorted(section)) for section in sections if section
    )


def _names(block: ImportBlock) -> set[tuple[str, str]]:
    """The ``(module, name)`` pairs an import block was made from."""
    names: set[tuple[str, str]] = set()
    for section in block:
        for line in section:
            if line.startswith("import "):
                names.add(("import", line[len("import ") :]))
                continue
            module, _, members = line[len("from ") :].partition(" import ")
            if " as " in members:
                names.add((module, members))
            else:
                names.update((module, m) for m in members.split(", "))
    return names


def with_import(block: ImportBlock, module: str, name: str) -> ImportBlock:
    """``block`` importing ``name`` from ``module`` too, ordered as ever."""
    return import_block(_names(block) | {(module, name)})
