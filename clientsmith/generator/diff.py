"""Compare two API surfaces (:mod:`.surface`): what changed for a caller, and is it breaking.

Each difference becomes a :class:`Change` with a stable ``kind``, a ``where``
(``books.get``, ``books.get(title)``, ``Book.title``, ``Client(api_key)``...),
a message, whether it breaks callers and its semver level. The rules take the
caller's side: removing anything a caller can name is breaking; adding a
required input is breaking; adding an optional one, a method, a model, a field
or an enum value is not (generated models accept unknown fields and enum
values). A type change depends on direction: a type the caller sends (a
parameter, a model used in request bodies) may widen but not narrow; a type the
caller receives (a return type, a response model) may narrow but not widen. A
rename is a removal plus an addition, so it is breaking.

:class:`Report` renders the changes as Markdown (for a pull request body), as
JSON (``{"semver": ..., "changes": [...]}``) or as capped one-line summaries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .surface import Surface, split_union

__all__ = [
    "Change",
    "Level",
    "Report",
    "bump_version",
    "compare_surfaces",
    "type_relation",
]

Level = Literal["major", "minor", "patch"]
Semver = Literal["major", "minor", "patch", "none"]
Uses = frozenset[str]
_IN: Uses = frozenset({"in"})
_OUT: Uses = frozenset({"out"})
_BOTH: Uses = frozenset({"in", "out"})


@dataclass(frozen=True)
class Change:
    """One difference in the client's API surface."""

    kind: str
    """Stable identifier, e.g. ``method-removed`` (listed in docs/api-changes.md)."""
    breaking: bool
    """Whether code that uses the old client may fail with the new one."""
    where: str
    """What changed, as a caller names it: ``books.get``, ``Book.title``..."""
    message: str
    level: Level
    """Semver level it calls for: ``major`` exactly when breaking."""

    def as_json(self) -> dict[str, Any]:
        """The JSON form: kind, breaking, where, message."""
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "where": self.where,
            "message": self.message,
        }


# --- types --------------------------------------------------------------------------

# A parsed type expression: a union (frozenset) of atoms; an atom is a head
# (``list``, ``Pet``, ``Literal``, or a literal value's text) and its arguments.
_Atom = tuple[str, tuple["_Union", ...]]
_Union = frozenset[_Atom]
_TOKEN = re.compile(
    r"""\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\[\],|]|[^\[\],|'"\s]+)"""
)


def _tokens(expr: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if m is None:  # only trailing whitespace is left
            break
        out.append(m.group(1))
        pos = m.end()
    return out


# Runtime type aliases that generated code names, spelled out so a change to or
# from one compares by the values it admits (``bytes`` -> ``FileField`` widens).
_FILE_CONTENT = (
    "bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | PathLike[str]"
)
_ALIASES = {
    "FileContent": _FILE_CONTENT,
    "FileField": (
        f"{_FILE_CONTENT} | tuple[str | None, {_FILE_CONTENT}]"
        f" | tuple[str | None, {_FILE_CONTENT}, str | None]"
    ),
}
_ALIAS_NAMES = re.compile(r"\b(" + "|".join(_ALIASES) + r")\b")


def _parse(expr: str) -> _Union:
    if "File" in expr:
        expr = _ALIAS_NAMES.sub(lambda m: _ALIASES[m.group(1)], expr)
    tokens = _tokens(expr)
    pos = 0

    def union() -> _Union:
        nonlocal pos
        atoms = [atom()]
        while pos < len(tokens) and tokens[pos] == "|":
            pos += 1
            atoms.append(atom())
        # Older clients wrote some unions as ``Union[A, B]``: the same as ``A | B``.
        flat: list[_Atom] = []
        for head, args in atoms:
            if head == "Union" and args:
                flat.extend(member for arg in args for member in arg)
            else:
                flat.append((head, args))
        return frozenset(flat)

    def atom() -> _Atom:
        nonlocal pos
        head = tokens[pos] if pos < len(tokens) else ""
        pos += 1
        args: list[_Union] = []
        if pos < len(tokens) and tokens[pos] == "[":
            pos += 1
            while pos < len(tokens) and tokens[pos] != "]":
                args.append(union())
                if pos < len(tokens) and tokens[pos] == ",":
                    pos += 1
            pos += 1
        if head == "Literal":  # a set of values: order does not matter
            args.sort(key=repr)
        return (head, tuple(args))

    try:
        return union()
    except IndexError:  # malformed: compare as an opaque name
        return frozenset({(expr, ())})


_TOP = frozenset({"Any", "object", "JsonValue"})
_NUMERIC = {"bool": ("int", "float"), "int": ("float",)}


SameModel = Callable[[str, str], bool]
"""Whether a model name of one side and one of the other name the same shape."""


def _no_model(a: str, b: str) -> bool:
    return False


def _atom_le(x: _Atom, y: _Atom, same: SameModel) -> bool:
    """Whether every value of ``x`` is a value of ``y``."""
    if x == y or y[0] in _TOP:
        return True
    if not x[1] and not y[1] and same(x[0], y[0]):
        return True
    if y[0] in _NUMERIC.get(x[0], ()):
        return True
    if x[0] == "Literal":
        return _literal_le([a for arg in x[1] for a in arg], y)
    # Same container: compare arguments (read covariantly: callers mostly read
    # them, and an in-place mutation of a response list is not the usual use).
    if x[0] == y[0] and len(x[1]) == len(y[1]):
        return all(_le(a, b, same) for a, b in zip(x[1], y[1], strict=True))
    return False


def _is_quoted(value: _Atom) -> bool:
    return value[0][:1] in ("'", '"')


def _is_integer(value: _Atom) -> bool:
    return re.fullmatch(r"-?\d+", value[0]) is not None


_LITERAL_FITS: dict[str, Callable[[_Atom], bool]] = {
    "str": _is_quoted,
    "int": _is_integer,
    "float": _is_integer,
}
"""Which literal values a plain type holds: quoted ones are strings, digits numbers."""


def _literal_le(values: list[_Atom], y: _Atom) -> bool:
    """Whether the literal ``values`` are all values of ``y``."""
    if y[0] == "Literal":
        allowed = {a for arg in y[1] for a in arg}
        return all(v in allowed for v in values)
    fits = _LITERAL_FITS.get(y[0])
    return fits is not None and all(fits(v) for v in values)


def _le(x: _Union, y: _Union, same: SameModel) -> bool:
    return all(any(_atom_le(a, b, same) for b in y) for a in x)


Relation = Literal["same", "equivalent", "wider", "narrower", "changed"]
_BUILTINS = re.compile(r"\bbuiltins\.")


def type_relation(old: str, new: str, same: SameModel = _no_model) -> Relation:
    """How type expression ``new`` relates to ``old`` as sets of values.

    ``equivalent``: the same values under other model names that ``same``
    (old name, new name) says have the same shape.
    """
    if old == new:
        return "same"
    # ``builtins.list[X]`` is ``list[X]`` in a class whose method is named ``list``.
    old, new = _BUILTINS.sub("", old), _BUILTINS.sub("", new)
    a, b = _parse(old), _parse(new)
    if a == b:
        return "same"
    up, down = _le(a, b, same), _le(b, a, lambda n, o: same(o, n))
    if up and down:
        return "equivalent"
    if up:
        return "wider"
    if down:
        return "narrower"
    return "changed"


def _without_none(expr: str) -> str:
    parts = [p for p in split_union(expr) if p != "None"]
    return " | ".join(parts) if parts else "None"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _code(text: str) -> str:
    """``text`` as a Markdown code span that its own backticks cannot close.

    Spec text (paths, statuses, values) only reaches a message through here:
    control characters are escaped, so a path cannot end the list item in a
    pull request body or send escape sequences to a terminal.
    """
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# --- comparison --------------------------------------------------------------------


class _ModelMatch:
    """Which models of the old surface have the same shape as models of the new.

    Specs often leave a shared inline schema's name to the first operation that
    uses it, so removing that operation renames the model everywhere else. The
    removal of the old name is reported (imports of it break); a method or field
    whose type only moved to an identical model under the new name is not broken.
    """

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.memo: dict[tuple[str, str], bool] = {}

    def same(self, a: str, b: str) -> bool:
        key = (a, b)
        if key in self.memo:
            return self.memo[key]
        o, n = self.old.get(a), self.new.get(b)
        if not isinstance(o, Mapping) or not isinstance(n, Mapping):
            return False
        # Assume equal while comparing, so recursive models terminate.
        self.memo[key] = True
        self.memo[key] = result = self._equal(o, n)
        return result

    def _types(self, a: object, b: object) -> bool:
        return type_relation(str(a), str(b), self.same) in ("same", "equivalent")

    def _equal(self, o: Mapping[str, Any], n: Mapping[str, Any]) -> bool:
        if (o.get("kind"), o.get("base")) != (n.get("kind"), n.get("base")):
            return False
        if o.get("kind") == "enum":
            return bool(o.get("values") == n.get("values"))
        if o.get("kind") == "alias":
            return self._types(o.get("type"), n.get("type"))
        of, nf = _mapping(o.get("fields")), _mapping(n.get("fields"))
        if set(of) != set(nf) or not self._types(
            o.get("extra") or "Any", n.get("extra") or "Any"
        ):
            return False
        for name, a in of.items():
            a, b = _mapping(a), _mapping(nf[name])
            if (a.get("required"), a.get("nullable")) != (
                b.get("required"),
                b.get("nullable"),
            ) or not self._types(a.get("type"), b.get("type")):
                return False
        return True


class _Collector:
    def __init__(self, models: _ModelMatch | None = None) -> None:
        self.changes: list[Change] = []
        self.same: SameModel = models.same if models is not None else _no_model

    def add(
        self,
        kind: str,
        where: str,
        message: str,
        *,
        breaking: bool,
        level: Level = "minor",
    ) -> None:
        self.changes.append(
            Change(kind, breaking, where, message, "major" if breaking else level)
        )

    def type_change(
        self, kind: str, where: str, what: str, old: str, new: str, uses: Uses
    ) -> None:
        relation = type_relation(old, new, self.same)
        if relation == "same":
            return
        if relation == "equivalent":
            self.add(
                kind,
                where,
                f"{what} type renamed from {_code(old)} to {_code(new)} (same shape)",
                breaking=False,
                level="patch",
            )
            return
        if relation == "changed":
            breaking, why = True, ""
        elif relation == "wider":
            breaking = "out" in uses
            why = (
                " (wider: callers may now receive values they did not before)"
                if breaking
                else " (wider)"
            )
        else:
            breaking = "in" in uses
            why = (
                " (narrower: values callers sent before may be rejected)"
                if breaking
                else " (narrower)"
            )
        self.add(
            kind,
            where,
            f"{what} type changed from {_code(old)} to {_code(new)}{why}",
            breaking=breaking,
        )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _compare_client(c: _Collector, old: Surface, new: Surface) -> None:
    if old.get("package") != new.get("package"):
        c.add(
            "package-renamed",
            str(new.get("package")),
            f"package renamed from {_code(str(old.get('package')))}: imports change",
            breaking=True,
        )
    oc, nc = _mapping(old.get("client")), _mapping(new.get("client"))
    for key, label in (
        ("class", "client class"),
        ("async_class", "async client class"),
    ):
        if oc.get(key) != nc.get(key):
            c.add(
                "client-renamed",
                str(nc.get(key)),
                f"{label} renamed from {_code(str(oc.get(key)))}",
                breaking=True,
            )
    client = str(nc.get("class", "Client"))
    oa, na = _mapping(oc.get("arguments")), _mapping(nc.get("arguments"))
    for name in sorted(set(oa) - set(na)):
        c.add(
            "client-argument-removed",
            f"{client}({name})",
            f"constructor argument {_code(name)} removed",
            breaking=True,
        )
    for name in sorted(set(na) - set(oa)):
        env = _mapping(na[name]).get("env")
        c.add(
            "client-argument-added",
            f"{client}({name})",
            f"optional constructor argument {_code(name)} added"
            + (f" (also read from {_code(str(env))})" if env else ""),
            breaking=False,
        )
    for name in sorted(set(oa) & set(na)):
        before, after = _mapping(oa[name]).get("env"), _mapping(na[name]).get("env")
        if before != after:
            # Deployments that set the old variable silently lose the setting.
            c.add(
                "client-argument-env-changed",
                f"{client}({name})",
                f"read from environment variable {_code(str(after))} instead of {_code(str(before))}",
                breaking=True,
            )
    environments = (
        _mapping(oa.get("environment")).get("environments") or [],
        _mapping(na.get("environment")).get("environments") or [],
    )
    for name in [e for e in environments[0] if e not in environments[1]]:
        c.add(
            "environment-removed",
            f"{client}(environment={name!r})",
            f"environment {_code(repr(name))} removed",
            breaking=True,
        )
    for name in [e for e in environments[1] if e not in environments[0]]:
        c.add(
            "environment-added",
            f"{client}(environment={name!r})",
            f"environment {_code(repr(name))} added",
            breaking=False,
        )
    if oc.get("base_url") != nc.get("base_url"):
        c.add(
            "base-url-changed",
            "DEFAULT_BASE_URL",
            f"default base URL changed from {_code(str(oc.get('base_url')))} to {_code(str(nc.get('base_url')))}",
            breaking=False,
            level="patch",
        )


def _split_keys(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> tuple[list[str], list[str], list[str]]:
    """The keys only ``old`` has, only ``new`` has, and both have; each sorted."""
    before, after = set(old), set(new)
    return sorted(before - after), sorted(after - before), sorted(before & after)


def _compare_method(
    c: _Collector, where: str, o: Mapping[str, Any], n: Mapping[str, Any]
) -> None:
    _compare_returns(c, where, o, n)
    opos, npos = _positional(o), _positional(n)
    okw, nkw = _mapping(o.get("keyword")), _mapping(n.get("keyword"))
    _compare_positional(c, where, opos, npos, okw, nkw)
    _compare_keywords(c, where, okw, nkw, [p for p, _ in opos], [p for p, _ in npos])
    _compare_errors(c, where, _mapping(o.get("errors")), _mapping(n.get("errors")))
    _compare_deprecation(c, where, o, n)


def _compare_returns(
    c: _Collector, where: str, o: Mapping[str, Any], n: Mapping[str, Any]
) -> None:
    """The return type and pagination."""
    op, np_ = o.get("pagination"), n.get("pagination")
    if (op is None) != (np_ is None):
        added = np_ is not None
        c.add(
            "pagination-added" if added else "pagination-removed",
            where,
            (
                f"now paginated: returns {_code(str(n.get('returns')))} instead of {_code(str(o.get('returns')))}"
                if added
                else f"no longer paginated: returns {_code(str(n.get('returns')))} instead of {_code(str(o.get('returns')))}"
            ),
            breaking=True,
        )
        return
    c.type_change(
        "return-type-changed",
        where,
        "return",
        str(o.get("returns")),
        str(n.get("returns")),
        _OUT,
    )
    if (
        op is not None
        and np_ is not None
        and _mapping(op).get("rule") != _mapping(np_).get("rule")
    ):
        c.add(
            "pagination-changed",
            where,
            "pagination rule changed (how pages are fetched, not what they hold)",
            breaking=False,
            level="patch",
        )


def _positional(method: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(name, type)`` of a method's positional (path) parameters, in order."""
    return [(str(p["name"]), str(p["type"])) for p in method.get("positional", [])]


def _compare_positional(
    c: _Collector,
    where: str,
    opos: list[tuple[str, str]],
    npos: list[tuple[str, str]],
    okw: Mapping[str, Any],
    nkw: Mapping[str, Any],
) -> None:
    """Positional parameters (path parameters, in order)."""
    onames, nnames = [p for p, _ in opos], [p for p, _ in npos]
    for name, type_ in opos:
        if name not in nnames:
            _positional_gone(c, f"{where}({name})", name, type_, moved=name in nkw)
    for name, type_ in npos:
        if name not in onames:
            _positional_new(c, f"{where}({name})", name, type_, moved=name in okw)
    common = [p for p in onames if p in nnames]
    if common != [p for p in nnames if p in onames]:
        c.add(
            "parameter-order-changed",
            where,
            f"positional parameters reordered: ({', '.join(onames)}) -> ({', '.join(nnames)})",
            breaking=True,
        )
    otypes, ntypes = dict(opos), dict(npos)
    for name in common:
        c.type_change(
            "parameter-type-changed",
            f"{where}({name})",
            f"parameter {_code(name)}",
            otypes[name],
            ntypes[name],
            _IN,
        )


def _positional_gone(
    c: _Collector, where: str, name: str, type_: str, *, moved: bool
) -> None:
    """A positional parameter the new method lacks: keyword-only now, or removed."""
    if moved:
        c.add(
            "parameter-moved",
            where,
            f"positional parameter {_code(name)} is now keyword-only",
            breaking=True,
        )
    else:
        c.add(
            "parameter-removed",
            where,
            f"positional parameter {_code(name + ': ' + type_)} removed",
            breaking=True,
        )


def _positional_new(
    c: _Collector, where: str, name: str, type_: str, *, moved: bool
) -> None:
    """A positional parameter the old method lacked: once keyword, or new."""
    c.add(
        "parameter-moved" if moved else "parameter-added",
        where,
        (
            f"keyword parameter {_code(name)} is now positional"
            if moved
            else f"required positional parameter {_code(name + ': ' + type_)} added"
        ),
        breaking=True,
    )


def _compare_keywords(
    c: _Collector,
    where: str,
    okw: Mapping[str, Any],
    nkw: Mapping[str, Any],
    onames: list[str],
    nnames: list[str],
) -> None:
    """Keyword parameters (query, header, cookie parameters and the body).

    One that moved to or from the positional ones was reported there.
    """
    removed, added, common = _split_keys(okw, nkw)
    for name in removed:
        if name in nnames:
            continue
        c.add(
            "parameter-removed",
            f"{where}({name})",
            f"keyword parameter {_code(name)} removed",
            breaking=True,
        )
    for name in added:
        if name in onames:
            continue
        p = _mapping(nkw[name])
        required = bool(p.get("required"))
        c.add(
            "parameter-added",
            f"{where}({name})",
            f"{'required' if required else 'optional'} keyword parameter "
            f"{_code(name + ': ' + str(p.get('type')))} added",
            breaking=required,
        )
    for name in common:
        _compare_keyword(c, f"{where}({name})", name, okw[name], nkw[name])


def _compare_keyword(c: _Collector, where: str, name: str, old: Any, new: Any) -> None:
    a, b = _mapping(old), _mapping(new)
    if bool(a.get("required")) != bool(b.get("required")):
        required = bool(b.get("required"))
        c.add(
            "parameter-required" if required else "parameter-optional",
            where,
            f"keyword parameter {_code(name)} is now {'required' if required else 'optional'}",
            breaking=required,
        )
    c.type_change(
        "parameter-type-changed",
        where,
        f"parameter {_code(name)}",
        str(a.get("type")),
        str(b.get("type")),
        _IN,
    )


def _compare_errors(
    c: _Collector, where: str, oe: Mapping[str, Any], ne: Mapping[str, Any]
) -> None:
    """Typed error bodies, by status."""
    removed, added, common = _split_keys(oe, ne)
    for status in removed:
        # The error's .body is no longer parsed into the model: callers reading
        # its attributes break.
        c.add(
            "error-removed",
            where,
            f"typed error body for status {_code(status)} ({_code(str(oe[status]))}) removed",
            breaking=True,
        )
    for status in added:
        c.add(
            "error-added",
            where,
            f"typed error body for status {_code(status)} added: {_code(str(ne[status]))}",
            breaking=False,
        )
    for status in common:
        c.type_change(
            "error-type-changed",
            where,
            f"status {_code(status)} error body",
            str(oe[status]),
            str(ne[status]),
            _OUT,
        )


def _compare_deprecation(
    c: _Collector, where: str, o: Mapping[str, Any], n: Mapping[str, Any]
) -> None:
    if bool(o.get("deprecated")) != bool(n.get("deprecated")):
        c.add(
            "method-deprecated" if n.get("deprecated") else "method-undeprecated",
            where,
            "method deprecated"
            if n.get("deprecated")
            else "method no longer deprecated",
            breaking=False,
            level="patch",
        )


def _uses(*models: Mapping[str, Any]) -> Uses:
    found = {str(u) for m in models for u in m.get("uses", ())}
    return frozenset(found) or _BOTH


def _compare_model(
    c: _Collector, name: str, o: Mapping[str, Any], n: Mapping[str, Any]
) -> None:
    # Fast path (most models of a big spec do not change); where a model is
    # used and in which module it lives are not part of what callers see of it.
    if all(o.get(k) == n.get(k) for k in {*o, *n} - {"uses", "module"}):
        return
    if o.get("kind") != n.get("kind") or o.get("base", "") != n.get("base", ""):
        c.add(
            "model-kind-changed",
            name,
            f"model changed from {o.get('kind')} {o.get('base') or ''} to {n.get('kind')} {n.get('base') or ''}".replace(
                "  ", " "
            ),
            breaking=True,
        )
        return
    compare = _MODEL_RULES.get(str(o.get("kind")), _compare_object)
    compare(c, name, o, n, _uses(o, n))


def _compare_enum(
    c: _Collector, name: str, o: Mapping[str, Any], n: Mapping[str, Any], uses: Uses
) -> None:
    ov, nv = _mapping(o.get("values")), _mapping(n.get("values"))
    removed, added, common = _split_keys(ov, nv)

    def shown(value: str) -> str:
        return _code(repr(value) if n.get("base") != "int" else value)

    for value in removed:
        c.add(
            "enum-value-removed",
            f"{name}.{ov[value]}",
            f"enum value {shown(value)} removed",
            breaking=True,
        )
    for value in added:
        c.add(
            "enum-value-added",
            f"{name}.{nv[value]}",
            f"enum value {shown(value)} added",
            breaking=False,
        )
    for value in common:
        if ov[value] != nv[value]:
            c.add(
                "enum-member-renamed",
                f"{name}.{nv[value]}",
                f"enum member {_code(str(ov[value]))} renamed to {_code(str(nv[value]))} (same value)",
                breaking=True,
            )


def _compare_alias(
    c: _Collector, name: str, o: Mapping[str, Any], n: Mapping[str, Any], uses: Uses
) -> None:
    c.type_change(
        "alias-type-changed",
        name,
        "alias",
        str(o.get("type")),
        str(n.get("type")),
        uses,
    )


def _compare_object(
    c: _Collector, name: str, o: Mapping[str, Any], n: Mapping[str, Any], uses: Uses
) -> None:
    of, nf = _mapping(o.get("fields")), _mapping(n.get("fields"))
    removed, added, common = _split_keys(of, nf)
    for field in removed:
        c.add(
            "field-removed",
            f"{name}.{field}",
            f"field {_code(field)} removed",
            breaking=True,
        )
    for field in added:
        f = _mapping(nf[field])
        required = bool(f.get("required"))
        breaking = required and "in" in uses
        c.add(
            "field-added",
            f"{name}.{field}",
            f"{'required' if required else 'optional'} field {_code(field + ': ' + str(f.get('type')))} added"
            + (" (callers that build this model must set it)" if breaking else ""),
            breaking=breaking,
        )
    for field in common:
        a, b = _mapping(of[field]), _mapping(nf[field])
        if a != b:
            _compare_field(c, f"{name}.{field}", a, b, uses)
    # A model without a declared additionalProperties type keeps any extra
    # property: read its absence as Any.
    c.type_change(
        "model-extra-changed",
        name,
        "additional properties",
        str(o.get("extra") or "Any"),
        str(n.get("extra") or "Any"),
        uses,
    )


_ModelRule = Callable[
    [_Collector, str, Mapping[str, Any], Mapping[str, Any], Uses], None
]
_MODEL_RULES: dict[str, _ModelRule] = {"enum": _compare_enum, "alias": _compare_alias}
"""How two models of one kind compare; objects by :func:`_compare_object`."""


def _compare_field(
    c: _Collector, where: str, a: Mapping[str, Any], b: Mapping[str, Any], uses: Uses
) -> None:
    """One field both models have: its requiredness, nullability and type."""
    change = _presence_change(a, b, uses)
    if change is not None:
        kind, message, breaking = change
        c.add(kind, where, message, breaking=breaking)
    c.type_change(
        "field-type-changed",
        where,
        "field",
        _without_none(str(a.get("type"))),
        _without_none(str(b.get("type"))),
        uses,
    )


_READERS_GET_NONE = " (readers may now get None)"
_BUILDERS_MUST_SET = " (callers that build this model must set it)"


def _presence_change(
    a: Mapping[str, Any], b: Mapping[str, Any], uses: Uses
) -> tuple[str, str, bool] | None:
    """``(kind, message, breaking)`` when a field's requiredness or nullability changed."""
    if a.get("required") and not b.get("required"):
        breaking = "out" in uses and not a.get("nullable")
        return (
            "field-optional",
            "field is no longer required" + (_READERS_GET_NONE if breaking else ""),
            breaking,
        )
    if b.get("required") and not a.get("required"):
        breaking = "in" in uses
        return (
            "field-required",
            "field is now required" + (_BUILDERS_MUST_SET if breaking else ""),
            breaking,
        )
    if a.get("required") and bool(a.get("nullable")) != bool(b.get("nullable")):
        # For optional fields None is always accepted; nullability only shows
        # on required ones.
        if b.get("nullable"):
            breaking = "out" in uses
            why = _READERS_GET_NONE if breaking else ""
            return "field-nullable", "field may now be None" + why, breaking
        breaking = "in" in uses
        why = " (callers may no longer send None)" if breaking else ""
        return "field-not-nullable", "field may no longer be None" + why, breaking
    return None


def _compare_webhooks(
    c: _Collector, old: Mapping[str, Any], new: Mapping[str, Any]
) -> None:
    """The parse functions of ``webhooks.py``: their payloads are received."""
    for name in sorted(set(old) - set(new)):
        c.add(
            "webhook-removed",
            f"webhooks.{name}",
            "webhook parse function removed",
            breaking=True,
        )
    for name in sorted(set(new) - set(old)):
        c.add(
            "webhook-added",
            f"webhooks.{name}",
            "webhook parse function added",
            breaking=False,
        )
    for name in sorted(set(old) & set(new)):
        c.type_change(
            "webhook-type-changed",
            f"webhooks.{name}",
            "payload",
            str(_mapping(old[name]).get("returns")),
            str(_mapping(new[name]).get("returns")),
            _OUT,
        )


def _renamed(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, str]:
    """Methods gone from ``old`` whose operation (HTTP method and path) a new
    method of ``new`` has, in the same resource or one nested below it:
    ``{"pets.list_pets": "pets.list", "accounts.list_persons":
    "accounts.persons.list"}``."""
    added: dict[str, list[str]] = {}
    for n in sorted(set(new) - set(old)):
        http = _mapping(new[n]).get("http")
        if http:
            added.setdefault(str(http), []).append(n)
    found: dict[str, str] = {}
    for m in sorted(set(old) - set(new)):
        access = m.rsplit(".", 1)[0]
        pool = added.get(str(_mapping(old[m]).get("http")), [])
        same = [n for n in pool if n.rsplit(".", 1)[0] == access]
        below = [n for n in pool if n.startswith(access + ".") and n not in same]
        if same or below:
            found[m] = (same or below)[0]
            pool.remove(found[m])
    return found


def compare_surfaces(old: Surface, new: Surface) -> list[Change]:
    """Every change from ``old`` to ``new``, in a fixed order (client, resources,
    methods, models, spec; by name within each)."""
    c = _Collector(
        _ModelMatch(_mapping(old.get("models")), _mapping(new.get("models")))
    )
    _compare_client(c, old, new)
    ores, nres = _mapping(old.get("resources")), _mapping(new.get("resources"))
    omet, nmet = _mapping(old.get("methods")), _mapping(new.get("methods"))

    def methods_of(methods: Iterable[str], resource: str) -> list[str]:
        return [m for m in methods if m.rsplit(".", 1)[0] == resource]

    gone_resources = set(ores) - set(nres)
    new_resources = set(nres) - set(ores)
    for r in sorted(gone_resources):
        count = len(methods_of(omet, r))
        c.add(
            "resource-removed",
            r,
            f"resource removed ({count} method(s))",
            breaking=True,
        )
    for r in sorted(new_resources):
        count = len(methods_of(nmet, r))
        c.add(
            "resource-added", r, f"resource added ({count} method(s))", breaking=False
        )
    renamed = _renamed(omet, nmet)
    oal, nal = _mapping(old.get("aliases")), _mapping(new.get("aliases"))
    for m in sorted(set(omet) - set(nmet)):
        if m.rsplit(".", 1)[0] in gone_resources:
            continue
        http = _code(str(_mapping(omet[m]).get("http")))
        if m in renamed:
            kept = _mapping(nal.get(m)).get("of") == renamed[m]
            c.add(
                "method-renamed",
                m,
                f"method renamed to {_code(renamed[m])} ({http})"
                + ("; the old name stays as a deprecated alias" if kept else ""),
                breaking=not kept,
            )
            continue
        c.add("method-removed", m, f"method removed ({http})", breaking=True)
    for a in sorted(set(oal) - set(nal) - set(nmet)):
        of = str(_mapping(oal[a]).get("of"))
        c.add(
            "alias-removed",
            a,
            f"deprecated alias of {_code(of)} removed",
            breaking=True,
        )
    for m in sorted(set(nmet) - set(omet)):
        if m.rsplit(".", 1)[0] in new_resources or m in renamed.values():
            continue
        c.add(
            "method-added",
            m,
            f"method added ({_code(str(_mapping(nmet[m]).get('http')))})",
            breaking=False,
        )
    for m in sorted(set(omet) & set(nmet)):
        _compare_method(c, m, _mapping(omet[m]), _mapping(nmet[m]))
    for m, n in sorted(renamed.items()):
        _compare_method(c, n, _mapping(omet[m]), _mapping(nmet[n]))
    omod, nmod = _mapping(old.get("models")), _mapping(new.get("models"))
    for name in sorted(set(omod) - set(nmod)):
        c.add("model-removed", name, f"model {_code(name)} removed", breaking=True)
    for name in sorted(set(nmod) - set(omod)):
        kind = _mapping(nmod[name]).get("kind")
        c.add("model-added", name, f"{kind} model {_code(name)} added", breaking=False)
    for name in sorted(set(omod) & set(nmod)):
        _compare_model(c, name, _mapping(omod[name]), _mapping(nmod[name]))
    _compare_webhooks(c, _mapping(old.get("webhooks")), _mapping(new.get("webhooks")))
    ospec, nspec = _mapping(old.get("spec")), _mapping(new.get("spec"))
    if ospec.get("version") != nspec.get("version"):
        c.add(
            "spec-version-changed",
            "spec",
            f"spec version (info.version) changed from {_code(str(ospec.get('version')))} to {_code(str(nspec.get('version')))}",
            breaking=False,
            level="patch",
        )
    if not c.changes and ospec.get("hash") != nspec.get("hash"):
        c.add(
            "spec-changed",
            "spec",
            "the spec changed without changing the client's API (descriptions, examples...)",
            breaking=False,
            level="patch",
        )
    return c.changes


# --- versions ------------------------------------------------------------------------

_RELEASE = re.compile(r"^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def bump_version(previous: str, semver: Semver) -> str | None:
    """``previous`` bumped by ``semver`` (``1.4.2`` + minor = ``1.5.0``).

    ``None`` when ``previous`` does not start with a numeric release. Only the
    release numbers are kept: a pre-release or local suffix is dropped when
    bumping, and kept as it is when ``semver`` is ``none``.
    """
    m = _RELEASE.match(previous.strip())
    if m is None:
        return None
    if semver == "none":
        return previous.strip().lstrip("vV")
    major, minor, patch = (int(g) if g else 0 for g in m.groups())
    if semver == "major":
        return f"{major + 1}.0.0"
    if semver == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# --- reports --------------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """The changes from one surface to another, and how to show them."""

    changes: tuple[Change, ...]
    old_version: str | None = None
    """Package version before (shown in the Markdown heading when known)."""
    new_version: str | None = None
    note: str | None = None
    """Shown in the Markdown under the heading (e.g. why there is nothing to compare)."""

    @classmethod
    def between(cls, old: Surface, new: Surface) -> Report:
        """Compare two surfaces."""
        return cls(
            tuple(compare_surfaces(old, new)),
            str(old.get("version")) if old.get("version") is not None else None,
            str(new.get("version")) if new.get("version") is not None else None,
        )

    @property
    def breaking(self) -> tuple[Change, ...]:
        """The breaking changes."""
        return tuple(c for c in self.changes if c.breaking)

    @property
    def semver(self) -> Semver:
        """The highest level any change calls for, ``none`` without changes."""
        levels = {c.level for c in self.changes}
        order: tuple[Level, ...] = ("major", "minor", "patch")
        return next((level for level in order if level in levels), "none")

    def as_json(self) -> dict[str, Any]:
        """``{"semver": ..., "changes": [{"kind", "breaking", "where", "message"}]}``."""
        return {"semver": self.semver, "changes": [c.as_json() for c in self.changes]}

    def markdown(self, title: str = "Client API changes") -> str:
        """A Markdown report, breaking changes first (fit for a pull request body)."""
        lines = [f"## {title}", ""]
        if self.note:
            lines += [self.note, ""]
        if not self.changes:
            lines.append("No changes to the client's API.")
            return "\n".join(lines) + "\n"
        breaking, other = self.breaking, [c for c in self.changes if not c.breaking]
        summary = (
            f"Semver: **{self.semver}** — {len(breaking)} breaking, "
            f"{len(other)} other change(s)."
        )
        if (
            self.old_version
            and self.new_version
            and self.old_version != self.new_version
        ):
            summary += f" Package version {_code(self.old_version)} → {_code(self.new_version)}."
        lines += [summary, ""]
        for heading, group in (
            ("Breaking changes", breaking),
            ("Other changes", other),
        ):
            if not group:
                continue
            lines += [f"### {heading} ({len(group)})", ""]
            lines += [f"- {_code(c.where)}: {c.message}" for c in group]
            lines.append("")
        return "\n".join(lines)

    def summary(self, limit: int = 20) -> list[str]:
        """One line per change, breaking first, at most ``limit`` and a count of the rest."""
        ordered = [*self.breaking, *(c for c in self.changes if not c.breaking)]
        lines = [
            f"  {'BREAKING' if c.breaking else c.level:<8} {c.where}: {_plain(c.message)}"
            for c in ordered[:limit]
        ]
        if len(ordered) > limit:
            lines.append(
                f"  ... and {len(ordered) - limit} more (--report FILE lists all)"
            )
        return lines


def _plain(message: str) -> str:
    """A message for the terminal: code spans without their backticks."""
    return re.sub(r"(`+) ?(.*?) ?\1", r"\2", message)
