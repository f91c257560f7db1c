"""Every Python name in generated code is decided here, and only here.

Spec text becomes an identifier only through :func:`snake_name` /
:func:`class_name`, which return typed values (``PyName`` / ``ClassName``) that the
IR requires, so an unsanitised name cannot reach a template. A
:class:`Namespace` resolves collisions within one scope deterministically.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache
from typing import NewType

__all__ = [
    "is_device_name",
    "runtime_client_attributes",
    "RESOURCE_CLASS_FORMS",
    "SHADOWABLE_BUILTINS",
    "ClassName",
    "Namespace",
    "PyName",
    "class_name",
    "constant_name",
    "method_name",
    "module_name",
    "qualify_builtins",
    "resource_class_base",
    "snake_name",
    "split_words",
    "table_field",
]

PyName = NewType("PyName", str)
"""A valid, non-keyword snake_case Python identifier."""

ClassName = NewType("ClassName", str)
"""A valid PascalCase Python class name."""

# Names that would shadow builtins used by generated code or confuse readers.
_SHADOWED_BUILTINS = frozenset(dir(builtins)) - {"copyright", "credits", "license"}
_RESERVED = frozenset(keyword.kwlist) | {"self", "cls"}
# Builtins that generated annotations use: a field or parameter with one of these
# names would shadow the type inside a class body or signature.
_ANNOTATION_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object"}
)

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _ascii(text: str) -> str:
    """Transliterate to ASCII; characters with no ASCII form become ``u<hex>``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    for ch in decomposed:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch) == "Mn":
            continue  # a combining accent: drop it, keep the base letter
        elif ch.isalnum():
            out.append(f"_u{ord(ch):04x}_")
        else:
            out.append(" ")
    return "".join(out)


def split_words(text: str) -> list[str]:
    """Split spec text (camelCase, snake_case, kebab, spaces, symbols) into words."""
    return list(_split_words(text))


@lru_cache(maxsize=65536)  # big specs repeat the same names thousands of times
def _split_words(text: str) -> tuple[str, ...]:
    words: list[str] = []
    for chunk in _NON_WORD.split(_ascii(text)):
        if chunk:
            words.extend(w for w in _CAMEL_BOUNDARY.split(chunk) if w)
    return tuple(words)


def _guard(name: str, fallback: str) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    return name


def snake_name(
    text: str, *, fallback: str = "value", keep_builtins: bool = False
) -> PyName:
    """A snake_case identifier for ``text`` that is not a keyword or builtin.

    ``keep_builtins`` allows names such as ``id`` or ``type`` (natural for
    fields and parameters, where shadowing is harmless) but still renames the
    builtins that generated annotations use.
    """
    name = "_".join(w.lower() for w in split_words(text))
    name = _guard(name, fallback)
    shadowed = _ANNOTATION_NAMES if keep_builtins else _SHADOWED_BUILTINS
    if name in _RESERVED or name in shadowed:
        name += "_"
    return PyName(name)


def method_name(text: str, *, fallback: str = "call") -> PyName:
    """A method name: snake_case, only keywords renamed.

    ``client.pets.list()`` reads better than ``list_()``; shadowing a builtin
    inside a class is harmless once annotations in that class name builtins as
    ``builtins.list`` (see :func:`qualify_builtins`).
    """
    name = _guard("_".join(w.lower() for w in split_words(text)), fallback)
    if name in _RESERVED:
        name += "_"
    return PyName(name)


SHADOWABLE_BUILTINS = _ANNOTATION_NAMES | {"type"}
"""Builtins that annotations may use and that a method name may shadow."""


def qualify_builtins(expr: str, shadowed: frozenset[str]) -> str:
    """Rewrite ``list[X]`` as ``builtins.list[X]`` for the ``shadowed`` names.

    Works on tokens, so string literals (``Literal['list']``) are left alone.
    """
    import io
    import tokenize

    if not shadowed or not any(name in expr for name in shadowed):
        return expr
    out: list[str] = []
    previous = ""
    for token in tokenize.generate_tokens(io.StringIO(expr).readline):
        if token.type == tokenize.NAME and token.string in shadowed and previous != ".":
            out.append("builtins." + token.string)
        elif token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            continue
        else:
            out.append(token.string)
        previous = token.string
    # Re-join with the spacing the generator uses; the formatter normalises it.
    text = ""
    for part in out:
        if (
            text
            and (part[0].isalnum() or part[0] in "_'\"")
            and (text[-1].isalnum() or text[-1] in "_'\")")
        ):
            text += " "
        elif part == "|" or text.endswith("|"):
            text += " "
        elif text.endswith(","):
            text += " "
        text += part
    return text


def class_name(text: str, *, fallback: str = "Model") -> ClassName:
    """A PascalCase class name for ``text``."""
    words = split_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    name = _guard(name, fallback)
    if name in _RESERVED or name in _SHADOWED_BUILTINS:
        name += "_"
    return ClassName(name)


RUNTIME_ERROR_EXPORTS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
)
"""The runtime's error classes a generated package re-exports (``akeneo.NotFoundError``)."""


_TITLE_NOISE = frozenset({"api", "apis", "rest", "http", "openapi", "swagger", "the"})
_VERSION_WORD = re.compile(r"^v?[0-9][0-9.]*$", re.IGNORECASE)


def error_class_name(client: ClassName, package: PyName, title: str = "") -> ClassName:
    """The name of a generated package's base error: ``Akeneo`` -> ``AkeneoError``.

    Named after the client class; when the client is just ``Client``, after the
    spec's title without its generic words ("CloudConnexa API" ->
    ``CloudConnexaError``, "GitHub v3 REST API" -> ``GitHubError``), or after the
    package when the title gives nothing short. Never one of the re-exported runtime
    errors or the clients' own names (``API`` would give ``APIError``): then the
    package name is tried, then the runtime's ``ClientsmithError``.
    """
    taken = {*RUNTIME_ERROR_EXPORTS, client, "Async" + client, "Client", "AsyncClient"}
    candidates: list[str] = []
    if client != "Client":
        candidates.append(client + "Error")
    else:
        words = [
            w
            for w in split_words(title)
            if w.lower() not in _TITLE_NOISE and not _VERSION_WORD.match(w)
        ]
        named = class_name(" ".join(words), fallback="") if words else ""
        if named and len(named) <= 24:
            candidates.append(named + "Error")
    candidates.append(class_name(package) + "Error")
    for candidate in candidates:
        if candidate not in taken and candidate.isidentifier():
            return ClassName(candidate)
    return ClassName("ClientsmithError")


def constant_name(text: str) -> PyName:
    """An UPPER_SNAKE identifier (module-level constants in generated code)."""
    return PyName(snake_name(text, fallback="value").upper().rstrip("_") or "VALUE")


MAX_MODULE_NAME = 80
"""Module (file) names are cut to this length: file systems allow 255 bytes, and
paths on Windows 260 characters in all."""


_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in "123456789\u00b9\u00b2\u00b3"}
    | {f"lpt{i}" for i in "123456789\u00b9\u00b2\u00b3"}
)


def is_device_name(name: str) -> bool:
    """Whether ``name`` (any case, any extension) is a reserved Windows device name.

    ``con.py`` or ``aux/`` cannot be created on Windows, so a package holding one
    cannot be installed there.
    """
    return name.split(".", 1)[0].strip().lower() in _DEVICE_NAMES


def module_name(text: str) -> PyName:
    """A module (file) name: snake_case, safe as a path component on every OS.

    Long names keep their start and end with a short hash of the whole name, so
    they stay readable, distinct and the same on every run. Windows device names
    (``con``, ``nul``, ``com1``...) get a trailing underscore.
    """
    name = snake_name(text, fallback="module")
    if is_device_name(name):
        name = PyName(name + "_")
    if len(name) <= MAX_MODULE_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return PyName(f"{name[: MAX_MODULE_NAME - 9].rstrip('_')}_{digest}")


class Namespace:
    """One scope of names; :meth:`claim` returns a unique name in that scope.

    A taken name gets ``_2``, ``_3``... (or ``2``, ``3`` for class names) so
    the result is deterministic given the order of claims.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)

    def __contains__(self, name: str) -> bool:
        return name in self._taken

    def claim(self, name: str) -> str:
        candidate = name
        n = 2
        sep = "_" if name[:1].islower() or name.startswith("_") else ""
        while candidate in self._taken:
            candidate = f"{name.rstrip('_')}{sep}{n}"
            n += 1
        self._taken.add(candidate)
        return candidate

    def claim_snake(
        self, text: str, *, fallback: str = "value", keep_builtins: bool = False
    ) -> PyName:
        return PyName(
            self.claim(snake_name(text, fallback=fallback, keep_builtins=keep_builtins))
        )

    def claim_class(self, text: str, *, fallback: str = "Model") -> ClassName:
        return ClassName(self.claim(class_name(text, fallback=fallback)))


_TUPLE_ATTRIBUTES = frozenset({"count", "index"})


def table_field(method: PyName) -> PyName:
    """The field of a resource's operation table (a ``NamedTuple``) for ``method``.

    A field may not be named like a tuple method: ``count`` and ``index`` get a
    trailing underscore there (the method keeps its name).
    """
    return PyName(method + "_") if method in _TUPLE_ATTRIBUTES else method


RESOURCE_CLASS_FORMS = (
    "{}Resource",
    "Async{}Resource",
    "{}ResourceWithRawResponse",
    "Async{}ResourceWithRawResponse",
)
"""The classes generated for one resource, from the base of their names."""


def resource_class_base(base: ClassName, taken: Container[str]) -> ClassName:
    """``base``, or ``base`` + ``Api``..., so no resource class name is ``taken``.

    A spec may define a model named like a resource class (a schema
    ``JwtResource`` beside a ``jwt`` resource): both end up in one module.
    """
    while any(form.format(base) in taken for form in RESOURCE_CLASS_FORMS):
        base = ClassName(base + "Api")
    return base


def runtime_client_attributes() -> frozenset[str]:
    """Every attribute of the runtime ``Client`` and ``AsyncClient``: names a resource may not take.

    Derived from the classes themselves, so it cannot go stale as the runtime
    grows: ``dir()`` of each class gives methods and properties, and the
    ``self.<name> = ...`` assignments in the source of every class of their
    MROs give instance attributes (``retry``, ``follow_redirects``...), which
    ``dir()`` of a class cannot see.
    """
    import sys

    import clientsmith

    names: set[str] = set()
    trees: dict[str, ast.Module] = {}
    for client in (clientsmith.Client, clientsmith.AsyncClient):
        names.update(dir(client))
        for cls in client.__mro__:
            module = sys.modules.get(cls.__module__)
            path = getattr(module, "__file__", None)
            if not cls.__module__.startswith("clientsmith") or path is None:
                continue
            if path not in trees:  # one parse per module (getsource is 10x slower)
                with open(path, encoding="utf-8") as handle:
                    trees[path] = ast.parse(handle.read())
            for node in ast.walk(trees[path]):
                if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
                    names.update(_self_assignments(node))
    return frozenset(names)


def _self_assignments(node: ast.AST) -> set[str]:
    """Names of ``self.<name> = ...`` targets below an AST node."""
    return {
        sub.attr
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute)
        and isinstance(sub.ctx, ast.Store)
        and isinstance(sub.value, ast.Name)
        and sub.value.id == "self"
    }
