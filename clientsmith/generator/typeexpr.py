"""Python type expressions as a small tree that prints itself and knows its imports.

The generator never builds or parses type text: the schema compiler and the
operation compiler build trees of these frozen nodes, and the text a template
prints (``node.expr``) and the names a module imports (``node.imports``,
``node.models``) are both read off the same tree, so they cannot disagree.

- :class:`Name`: a name in scope (``int``, ``typing.Any``, ``builtins.list``);
- :class:`Model`: a generated model or alias class (imported from the models
  package; ``node.models`` lists them);
- :class:`Generic`: ``list[X]``, ``dict[str, X]``, ``SyncPage[X]``;
  :class:`TupleOf`: ``tuple[X, ...]``;
- :class:`Union`: ``A | B``; :func:`union` builds a normalised one (nested
  unions flattened, duplicates dropped, ``None`` last);
- :class:`Literal`: ``Literal['a', 1]``, each value printed by
  :func:`~.literals.pyrepr`, so spec text stays a string literal;
- :class:`Annotated`: ``Annotated[X, Field()]``, whose metadata are
  :class:`Call` nodes (``Tag('Pet')``, ``Discriminator(discriminate(...))``).

Every identifier a node prints is checked when the node is made: a name that
is not a (dotted) Python identifier raises :class:`ValueError`, and everything
else that reaches the text is plain data printed by ``pyrepr``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .literals import pyrepr

__all__ = [
    "ANY",
    "BOOL",
    "BYTES",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "Annotated",
    "Call",
    "DictArg",
    "Generic",
    "Literal",
    "Model",
    "Name",
    "TupleOf",
    "TypeExpr",
    "Union",
    "dict_of",
    "list_of",
    "union",
]

Import = tuple[str, str]
"""``(module, name)``: ``from module import name``; ``("import", m)``: ``import m``."""

LiteralValue = str | int | bool

_KEYWORD_VALUE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _identifier(text: str, what: str) -> str:
    if not all(part.isidentifier() for part in text.split(".")):
        raise ValueError(f"{what} {text!r} is not a Python identifier")
    return text


class _Node:
    """What every node has: its text, its imports and the models it names.

    The three are computed on first use and then kept in the instance (plain
    attributes from then on: ``functools.cached_property`` takes a lock on each
    access in Python 3.11, which a large spec's hundred thousand reads feel).
    """

    expr: str
    """:meth:`render`, computed once (templates print ``node.expr``)."""
    imports: frozenset[Import]
    """The ``(module, name)`` pairs the text needs in scope (models aside)."""
    models: frozenset[str]
    """The generated model and alias classes the text names."""

    def render(self) -> str:
        """The Python source text of this node."""
        raise NotImplementedError

    def children(self) -> tuple[_Node, ...]:
        """The nodes this one is made of (none for a leaf)."""
        return ()

    if not TYPE_CHECKING:  # mypy keeps checking attribute names

        def __getattr__(self, name: str) -> object:
            # Only reached while the attribute is not yet in the instance.
            compute = _COMPUTED.get(name)
            if compute is None:
                raise AttributeError(name)
            value = compute(self)
            object.__setattr__(self, name, value)  # frozen, but not its caches
            return value

    def _all_imports(self) -> frozenset[Import]:
        own = self._own_imports()
        kids = self.children()
        if not kids:
            return own
        return own.union(*(kid.imports for kid in kids))

    def _all_models(self) -> frozenset[str]:
        kids = self.children()
        if not kids:
            return self._own_models()
        return self._own_models().union(*(kid.models for kid in kids))

    def _own_imports(self) -> frozenset[Import]:
        return frozenset()

    def _own_models(self) -> frozenset[str]:
        return frozenset()

    def __str__(self) -> str:
        return self.expr


_NO_NAMES: frozenset[Any] = frozenset()


def _fill(
    node: _Node, expr: str, imports: frozenset[Import], models: frozenset[str]
) -> None:
    """Set a node's cached text, imports and models (frozen: by ``object``)."""
    object.__setattr__(node, "expr", expr)
    object.__setattr__(node, "imports", imports)
    object.__setattr__(node, "models", models)


_COMPUTED: dict[str, Callable[[Any], object]] = {
    "expr": lambda node: node.render(),
    "imports": lambda node: node._all_imports(),
    "models": lambda node: node._all_models(),
}


class TypeExpr(_Node):
    """A Python type expression (the base of every type node)."""

    @property
    def members(self) -> tuple[TypeExpr, ...]:
        """The members of a union; any other type is its own one member."""
        return (self,)

    @property
    def has_union(self) -> bool:
        """Whether a union appears anywhere in the expression."""
        return any(
            isinstance(kid, TypeExpr) and kid.has_union for kid in self.children()
        )

    def without_none(self) -> TypeExpr:
        """This type less a ``None`` member (itself when it has none)."""
        return self

    @property
    def nullable(self) -> bool:
        """Whether ``None`` is one of the members."""
        return NONE in self.members

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        """This expression with every :class:`Name` (``Literal`` values and
        metadata aside) replaced by ``change(name)``."""
        return self

    def qualify(self, shadowed: frozenset[str]) -> TypeExpr:
        """Builtins in ``shadowed`` spelled ``builtins.list``: inside a class
        with a method named ``list``, a bare ``list`` means that method."""
        if not shadowed:
            return self

        def change(name: Name) -> Name:
            if not name.module and name.name in shadowed:
                return Name(name.name, "builtins", qualified=True)
            return name

        return self.map_names(change)


@dataclass(frozen=True, eq=True)
class Name(TypeExpr):
    """A name: a builtin (``int``), imported (``Any`` from ``typing``) or, when
    ``qualified``, spelled through its module (``builtins.list``)."""

    name: str
    module: str = ""
    qualified: bool = False

    def __post_init__(self) -> None:
        _identifier(self.name, "type name")
        if self.module:
            _identifier(self.module.lstrip("."), "module")
        # Leaves are many (a spec's every field): their caches are filled now.
        _fill(self, self.render(), self._own_imports(), _NO_NAMES)

    def render(self) -> str:
        return f"{self.module}.{self.name}" if self.qualified else self.name

    def _own_imports(self) -> frozenset[Import]:
        if self.qualified:
            return frozenset({("import", self.module)})
        if self.module:
            return frozenset({(self.module, self.name)})
        return frozenset()

    @property
    def builtin(self) -> str:
        """The builtin's name (``list`` for ``list`` and ``builtins.list``), else ``""``."""
        return self.name if self.module in ("", "builtins") else ""

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        return change(self)


@dataclass(frozen=True, eq=True)
class Model(TypeExpr):
    """A generated model, enum or alias class (the builder imports it)."""

    name: str

    def __post_init__(self) -> None:
        _identifier(self.name, "model name")
        _fill(self, self.name, _NO_NAMES, frozenset({self.name}))

    def render(self) -> str:
        return self.name

    def _own_models(self) -> frozenset[str]:
        return frozenset({self.name})


@dataclass(frozen=True, eq=True)
class Generic(TypeExpr):
    """``base[arg, ...]``."""

    base: Name
    args: tuple[TypeExpr, ...]

    def render(self) -> str:
        return f"{self.base.expr}[{', '.join(a.expr for a in self.args)}]"

    def children(self) -> tuple[_Node, ...]:
        return (self.base, *self.args)

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        return Generic(change(self.base), tuple(a.map_names(change) for a in self.args))


@dataclass(frozen=True, eq=True)
class TupleOf(TypeExpr):
    """``tuple[item, ...]``: a tuple of any length."""

    item: TypeExpr

    def render(self) -> str:
        return f"tuple[{self.item.expr}, ...]"

    def children(self) -> tuple[_Node, ...]:
        return (self.item,)

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        return TupleOf(self.item.map_names(change))


@dataclass(frozen=True, eq=True)
class Union(TypeExpr):
    """``A | B | ...``, members kept as given (see :func:`union` to normalise)."""

    items: tuple[TypeExpr, ...]

    def render(self) -> str:
        return " | ".join(m.expr for m in self.items)

    def children(self) -> tuple[_Node, ...]:
        return self.items

    @property
    def members(self) -> tuple[TypeExpr, ...]:
        return tuple(m for item in self.items for m in item.members)

    @property
    def has_union(self) -> bool:
        return True

    def without_none(self) -> TypeExpr:
        rest = [m for m in self.members if m != NONE]
        if not rest or len(rest) == len(self.members):
            return self
        return rest[0] if len(rest) == 1 else Union(tuple(rest))

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        return Union(tuple(m.map_names(change) for m in self.items))


@dataclass(frozen=True, eq=True)
class Literal(TypeExpr):
    """``Literal[v, ...]``: values are strings, integers or booleans, printed
    by ``pyrepr`` (quotes, backslashes and line breaks escaped)."""

    values: tuple[LiteralValue, ...]

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("Literal needs at least one value")
        for value in self.values:
            if not isinstance(value, (str, int, bool)):
                raise TypeError(f"no Literal of {type(value).__name__}")

    def render(self) -> str:
        return "Literal[" + ", ".join(pyrepr(v) for v in self.values) + "]"

    def _own_imports(self) -> frozenset[Import]:
        return _LITERAL_IMPORT


@dataclass(frozen=True, eq=True)
class DictArg(_Node):
    """A dict argument of a :class:`Call`, kept as pairs so nodes stay
    hashable; keys and values are plain data printed by ``pyrepr``."""

    items: tuple[tuple[object, object], ...]

    def __post_init__(self) -> None:
        for key, value in self.items:
            pyrepr(key)
            pyrepr(value)

    def render(self) -> str:
        return pyrepr(dict(self.items))


@dataclass(frozen=True, eq=True)
class Call(_Node):
    """A call in ``Annotated`` metadata: ``func(arg, ..., key="value")``.

    Arguments are nested calls, :class:`DictArg` or plain data (printed by
    ``pyrepr``); keyword
    values are fixed identifiers of the generator (``union_mode="left_to_right"``),
    printed double-quoted as the formatter would print them.
    """

    func: Name
    args: tuple[object, ...] = ()
    keywords: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for key, value in self.keywords:
            _identifier(key, "keyword")
            if not _KEYWORD_VALUE.match(value):
                raise ValueError(f"keyword value {value!r} is not an identifier")
        for arg in self.args:
            if not isinstance(arg, _Node):
                pyrepr(arg)  # refuses what has no safe literal, now
                hash(arg)  # nodes are set members and dict keys

    def render(self) -> str:
        parts = [a.expr if isinstance(a, _Node) else pyrepr(a) for a in self.args]
        parts += [f'{key}="{value}"' for key, value in self.keywords]
        return f"{self.func.expr}({', '.join(parts)})"

    def children(self) -> tuple[_Node, ...]:
        return (self.func, *(a for a in self.args if isinstance(a, _Node)))


@dataclass(frozen=True, eq=True)
class Annotated(TypeExpr):
    """``Annotated[type, metadata, ...]``."""

    type: TypeExpr
    metadata: tuple[Call, ...]

    def render(self) -> str:
        extra = ", ".join(m.expr for m in self.metadata)
        return f"Annotated[{self.type.expr}, {extra}]"

    def children(self) -> tuple[_Node, ...]:
        return (self.type, *self.metadata)

    def _own_imports(self) -> frozenset[Import]:
        return _ANNOTATED_IMPORT

    def map_names(self, change: Callable[[Name], Name]) -> TypeExpr:
        return Annotated(self.type.map_names(change), self.metadata)


_LITERAL_IMPORT = frozenset({("typing", "Literal")})
_ANNOTATED_IMPORT = frozenset({("typing", "Annotated")})

ANY = Name("Any", "typing")
NONE = Name("None")
STR = Name("str")
INT = Name("int")
FLOAT = Name("float")
BOOL = Name("bool")
BYTES = Name("bytes")
_LIST = Name("list")
_DICT = Name("dict")


def list_of(item: TypeExpr) -> Generic:
    """``list[item]``."""
    return Generic(_LIST, (item,))


def dict_of(value: TypeExpr) -> Generic:
    """``dict[str, value]`` (JSON object keys are strings)."""
    return Generic(_DICT, (STR, value))


def union(types: Iterable[TypeExpr]) -> TypeExpr:
    """``A | B``: nested unions flattened, duplicates dropped (first kept),
    ``None`` last; one member is itself. ``Any`` is a member like any other
    (``schemas.union_of`` decides that it absorbs the rest)."""
    found: dict[TypeExpr, None] = {}
    for t in types:
        if isinstance(t, Union):
            found.update(dict.fromkeys(t.members))
        else:
            found[t] = None
    unique = list(found)
    if NONE in found:
        unique.remove(NONE)
        unique.append(NONE)
    if not unique:
        raise ValueError("a union needs at least one member")
    return unique[0] if len(unique) == 1 else Union(tuple(unique))
