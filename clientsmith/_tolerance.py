"""Tolerant validation: keep a response whose data does not match its schema.

Real servers send data their spec does not describe exactly. When pydantic
rejects a response body, :func:`repair` rebuilds the value from the decoded
JSON guided by the annotation: every part that conforms is validated as usual
(typed models, enums, datetimes...), every part that does not is kept exactly
as received, and nothing is dropped. Each mismatch is reported as a
:class:`Mismatch` with its JSON path and the expected type.

This runs only after the one pydantic validation of the fast path failed, so
it costs nothing on a conforming response. It walks down from the root: a node
that validates is done; a node that does not is rebuilt from its children
(model fields, list items, dict values, the best-fitting union member), and a
leaf that does not validate is kept raw.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

if TYPE_CHECKING:
    import pydantic
else:
    from ._lazy import pydantic

__all__ = ["Mismatch", "describe_type", "json_path", "repair"]

_UNION_ORIGINS: tuple[Any, ...] = (Union, types.UnionType)
_LIST_ORIGINS: tuple[Any, ...] = (list, set, frozenset, Sequence, typing.Sequence)
_DICT_ORIGINS: tuple[Any, ...] = (dict, Mapping, typing.Mapping)
_MODULE_PATH = re.compile(r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)")


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One place where the data did not match the declared type."""

    path: tuple[str | int, ...]
    """Location in the JSON document (keys and list indexes)."""
    owner: str
    """The model holding the field, ``module.QualName`` (``""`` outside models)."""
    field: str
    """The field's wire name, or the index-free path relative to ``owner``."""
    expected: str
    """The declared type, as a short readable name."""
    received: str
    """The JSON type of what came instead (``str``, ``object``, ``missing``...)."""


def json_path(path: Sequence[str | int]) -> str:
    """``("items", 3, "price")`` as ``$.items[3].price``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.isidentifier():
            out.append(f".{part}")
        else:
            out.append(f"[{part!r}]")
    return "".join(out)


def describe_type(annotation: Any) -> str:
    """A short name for an annotation: ``Pet``, ``list[int]``, ``datetime | None``."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return describe_type(typing.get_args(annotation)[0])
    if origin in _UNION_ORIGINS:
        return " | ".join(describe_type(a) for a in typing.get_args(annotation))
    if annotation is type(None):
        return "None"
    if origin is not None and origin is not Literal:
        args = ", ".join(describe_type(a) for a in typing.get_args(annotation))
        base = getattr(origin, "__name__", None) or str(origin)
        return f"{base}[{args}]" if args else base
    if isinstance(annotation, type):
        return annotation.__name__
    return _MODULE_PATH.sub(r"\1", str(annotation).replace("typing.", ""))


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    # Cached like _response.adapter_for; kept separate so importing this module
    # (only on the repair path) does not import _response in a cycle.
    try:
        return _ADAPTERS[annotation]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(annotation)
        _ADAPTERS[annotation] = adapter
        return adapter
    except TypeError:
        return pydantic.TypeAdapter(annotation)


def _misfit(annotation: Any, value: Any) -> tuple[int, int] | None:
    """How badly ``value`` fits: (required fields missing, errors); ``None``: it fits.

    Missing required fields weigh most: a member whose fields are all there
    but hold a wrong value describes the data better than one lacking fields.
    """
    try:
        _adapter(annotation).validate_python(value)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        return sum(1 for e in errors if e["type"] == "missing"), len(errors)
    return None


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def _field_type(info: Any) -> Any:
    """A model field's annotation with its constraints and discriminator."""
    if info.metadata:
        params = (info.annotation, *info.metadata)
        return Annotated[params]
    return info.annotation


_NOT_A_SEQUENCE = object()


def _homogeneous_item_type(origin: Any, annotation: Any) -> Any:
    """The item type of ``list[X]``-like and ``tuple[X, ...]`` annotations, else
    ``_NOT_A_SEQUENCE`` (a fixed-length tuple is validated as a leaf)."""
    if origin in _LIST_ORIGINS:
        (item_type,) = typing.get_args(annotation) or (Any,)
        return item_type
    if origin is tuple:
        args = typing.get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return _NOT_A_SEQUENCE


class _Repair:
    """One repair walk; collects the :class:`Mismatch` list as it goes."""

    __slots__ = ("mismatches",)

    def __init__(self) -> None:
        self.mismatches: list[Mismatch] = []

    # Every method below is only reached for a value that failed validation
    # against ``annotation``; ``where`` is (owner, field path inside owner).

    def value(
        self,
        annotation: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
    ) -> Any:
        """``value`` validated, or repaired when it does not validate."""
        try:
            return _adapter(annotation).validate_python(value)
        except pydantic.ValidationError as exc:
            return self.rebuild(annotation, value, path, where, exc)

    def rebuild(
        self,
        annotation: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
        error: pydantic.ValidationError | None = None,
    ) -> Any:
        """A value that failed validation, rebuilt from its parts.

        ``error`` is that failure, when it was validated against ``annotation``
        itself (it tells a list which items failed).
        """
        before = len(self.mismatches)
        result = self._descend(annotation, value, path, where, error)
        if len(self.mismatches) == before:
            # Every part validated on its own: the failure is at this level (a
            # constraint, a validator, an unresolvable union). Keep the rebuilt
            # value and report the node.
            self.leaf(annotation, value, path, where)
        return result

    def leaf(
        self,
        annotation: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
        received: str | None = None,
    ) -> Any:
        """Keep ``value`` as received and record why."""
        self.mismatches.append(
            Mismatch(
                path=path,
                owner=where[0],
                field=where[1],
                expected=describe_type(annotation),
                received=received or _json_kind(value),
            )
        )
        return value

    def _descend(
        self,
        annotation: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
        error: pydantic.ValidationError | None = None,
    ) -> Any:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            return self._annotated(annotation, value, path, where)
        if origin in _UNION_ORIGINS:
            return self._union(annotation, value, path, where, None)
        if _is_model(annotation) and isinstance(value, dict):
            return self._model(annotation, value, path)
        if isinstance(value, list):
            item_type = _homogeneous_item_type(origin, annotation)
            if item_type is not _NOT_A_SEQUENCE:
                item_where = (where[0], where[1] + "[]")
                if origin is list and error is not None:
                    return self._list(item_type, value, path, item_where, error)
                return [
                    self.value(item_type, item, (*path, index), item_where)
                    for index, item in enumerate(value)
                ]
        if origin in _DICT_ORIGINS and isinstance(value, dict):
            args = typing.get_args(annotation)
            value_type = args[1] if len(args) == 2 else Any
            item_where = (where[0], where[1] + ".*")
            return {
                key: self.value(value_type, item, (*path, key), item_where)
                for key, item in value.items()
            }
        return self.leaf(annotation, value, path, where)

    def _annotated(
        self,
        annotation: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
    ) -> Any:
        """``Annotated[...]``: a discriminated union, else its base type."""
        base, *metadata = typing.get_args(annotation)
        picker = next(
            (m for m in metadata if isinstance(m, pydantic.Discriminator)), None
        )
        if picker is not None and typing.get_origin(base) in _UNION_ORIGINS:
            return self._union(base, value, path, where, picker)
        return self._descend(base, value, path, where)

    def _list(
        self,
        item_type: Any,
        items: list[Any],
        path: tuple[str | int, ...],
        where: tuple[str, str],
        error: pydantic.ValidationError,
    ) -> list[Any]:
        """A list whose validation failed: the good items in one call, the rest repaired.

        One off-spec item in ten thousand costs one more validation of the
        list, not ten thousand item-by-item validations.
        """
        failing = {
            e["loc"][0]
            for e in error.errors(include_url=False, include_input=False)
            if e["loc"] and isinstance(e["loc"][0], int)
        }
        good = [i for i in range(len(items)) if i not in failing]
        out = list(items)
        try:
            typed = _adapter(list[item_type]).validate_python([items[i] for i in good])
        except pydantic.ValidationError:  # not what the locations said: item by item
            failing = set(range(len(items)))
        else:
            for index, value in zip(good, typed, strict=True):
                out[index] = value
        for index in sorted(failing):
            out[index] = self.value(item_type, items[index], (*path, index), where)
        return out

    def _union(
        self,
        union: Any,
        value: Any,
        path: tuple[str | int, ...],
        where: tuple[str, str],
        picker: Any,
    ) -> Any:
        members = [
            m for m in typing.get_args(union) if m is not type(None) or value is None
        ]
        tagged: dict[str, Any] = {}
        for index, member in enumerate(members):
            if typing.get_origin(member) is Annotated:
                base, *metadata = typing.get_args(member)
                tag = next((m for m in metadata if isinstance(m, pydantic.Tag)), None)
                if tag is not None:
                    tagged[tag.tag] = base
                    members[index] = base
        chosen: Any = None
        function = getattr(picker, "discriminator", None)
        if callable(function) and tagged:
            try:
                tag = function(value)
            except Exception:  # a user discriminator failing is no reason to lose data
                tag = None
            if tag is not None:
                chosen = tagged.get(str(tag))
                if chosen is None:
                    # A variant this client does not know (a newer server): no
                    # member describes it, so none is forced onto it.
                    return self.leaf(
                        union, value, path, where, received=f"unknown variant {tag!r}"
                    )
        if chosen is None:
            chosen = members[0] if len(members) == 1 else self._best_fit(members, value)
        if chosen is None:
            return self.leaf(union, value, path, where)
        return self.rebuild(chosen, value, path, where)

    @staticmethod
    def _best_fit(members: list[Any], value: Any) -> Any:
        """The member the value fits best: right shape, then smallest misfit."""
        best: Any = None
        best_misfit = (0, 0)
        for member in members:
            if not _same_shape(member, value):
                continue
            misfit = _misfit(member, value)
            if misfit is None:
                return member
            if best is None or misfit < best_misfit:
                best, best_misfit = member, misfit
        return best

    def _model(
        self,
        model: type[pydantic.BaseModel],
        data: dict[str, Any],
        path: tuple[str | int, ...],
    ) -> pydantic.BaseModel:
        if not model.__pydantic_complete__:
            model.model_rebuild()
        remaining = dict(data)
        values: dict[str, Any] = {}
        missing: set[str] = set()
        owner = f"{model.__module__}.{model.__qualname__}"
        for name, info in model.model_fields.items():
            keys = [
                key
                for key in (info.validation_alias, info.alias, name)
                if isinstance(key, str)
            ]
            key = next((k for k in keys if k in remaining), None)
            if key is None:
                if info.is_required():
                    # Missing though required: None keeps attribute access working.
                    self.leaf(
                        info.annotation,
                        None,
                        (*path, keys[0]),
                        (owner, keys[0]),
                        received="missing",
                    )
                    values[name] = None
                    missing.add(name)
                continue
            raw = remaining.pop(key)
            values[name] = self.value(
                _field_type(info), raw, (*path, key), (owner, keys[0])
            )
        extra = model.model_config.get("extra")
        for key, raw in remaining.items():
            if key in values:
                continue  # a field's Python name sent beside its wire name
            if extra == "forbid":
                self.leaf(Any, raw, (*path, key), (owner, key), received="unexpected")
            values[key] = raw  # unknown fields stay as they came (never dropped)
        # As validation would: fields and kept extra keys that came are "set".
        fields_set = {
            k
            for k in values
            if k not in missing and (extra == "allow" or k in model.model_fields)
        }
        return model.model_construct(_fields_set=fields_set, **values)


def _same_shape(member: Any, value: Any) -> bool:
    """Whether a union member could describe this JSON value at all."""
    origin = typing.get_origin(member)
    if origin is Annotated:
        return _same_shape(typing.get_args(member)[0], value)
    if origin in _UNION_ORIGINS:
        return any(_same_shape(m, value) for m in typing.get_args(member))
    if member is Any:
        return True
    if isinstance(value, dict):
        return _is_model(member) or origin in _DICT_ORIGINS
    if isinstance(value, list):
        return origin in _LIST_ORIGINS or origin is tuple
    return not (_is_model(member) or origin in _DICT_ORIGINS or origin in _LIST_ORIGINS)


def repair(annotation: Any, data: Any) -> tuple[Any, list[Mismatch]]:
    """Validate ``data`` as far as it conforms to ``annotation``; keep the rest raw.

    Returns the value and what did not match (empty when ``data`` validates).
    """
    worker = _Repair()
    result = worker.value(annotation, data, (), ("", "$"))
    return result, worker.mismatches
