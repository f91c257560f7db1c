"""JSON Schema (OpenAPI 3.0/3.1 flavour) -> model IR and Python type expressions.

:class:`SchemaCompiler` turns schemas into :class:`~.ir.TypeExpr` values. Every
``$ref`` target and every inline object or enum becomes a named model; models
are built from a work queue, so circular references need no special casing.
Names come from :mod:`.naming`: component schemas claim their names first so an
inline schema can never take a component's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, cast

from pydantic import BaseModel as _PydanticBaseModel

from clientsmith._contract import HTTP_METHODS

from . import refs
from .diagnostics import Diagnostics, pointer_join
from .ir import EnumMemberIR, FieldIR, ModelIR
from .naming import (
    ClassName,
    Namespace,
    NamingRules,
    PyName,
    class_name,
    constant_name,
    short_model_names,
    snake_name,
)
from .refs import (
    REF,
    PointerCache,
    RefError,
    follow_refs,
    step,
    unescape_token,
)
from .spec.schema import SchemaNode
from .typeexpr import (
    ANY,
    BOOL,
    BYTES,
    FLOAT,
    INT,
    NONE,
    STR,
    Annotated,
    Call,
    DictArg,
    Literal,
    Model,
    Name,
    TypeExpr,
    Union,
    dict_of,
    list_of,
    union,
)

__all__ = [
    "RESERVED_CLASS_NAMES",
    "SchemaCompiler",
    "union_of",
]

# Names that generated modules import; a model may not take them.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "Annotated",
        "AsyncBinaryResponse",
        "AsyncClient",
        "AsyncPage",
        "BaseModel",
        "UntypedSchemaModel",
        "BinaryResponse",
        "Body",
        "Client",
        "DateOrStr",
        "DateTimeOrStr",
        "Discriminator",
        "Encoding",
        "Field",
        "FileTypes",
        "IO",
        "Iterable",
        "Literal",
        "Mapping",
        "NotGiven",
        "OpenEnum",
        "OpenIntEnum",
        "Operation",
        "PagedOperation",
        "Pagination",
        "Param",
        "Response",
        "SyncPage",
        "TYPE_CHECKING",
        "Tag",
        "TypeAlias",
        "Union",
        "NOT_GIVEN",
        "Headers",
        "Query",
        "Timeout",
    }
)

# Field names that would shadow pydantic's own attributes get a trailing "_".
_PYDANTIC_ATTRIBUTES = frozenset(dir(_PydanticBaseModel)) | {"model_config"}

_PRIMITIVES: dict[str, TypeExpr] = {
    "integer": INT,
    "number": FLOAT,
    "boolean": BOOL,
    "null": NONE,
}
_FIELD = Name("Field", "pydantic")
# Left-to-right unions: pydantic tries the members in order and keeps the first
# that fits. Its default ("smart") mode prefers an exact match, so ``Any`` or
# ``str`` would win over the typed members listed first.
_LEFT_TO_RIGHT = Call(_FIELD, keywords=(("union_mode", "left_to_right"),))
_TAG = Name("Tag", "pydantic")
_DISCRIMINATOR = Name("Discriminator", "pydantic")
_DISCRIMINATE = Name("discriminate", "clientsmith.models")


_STRING_FORMATS: dict[str, TypeExpr] = {
    # JSON Schema does not assert ``format``: what pydantic cannot parse is
    # kept as the string sent (clientsmith.formats) rather than rejected.
    "date-time": Name("DateTimeOrStr", "clientsmith.formats"),
    "date": Name("DateOrStr", "clientsmith.formats"),
    "binary": BYTES,
    # Kubernetes' IntOrString is declared ``type: string`` but sent either way.
    "int-or-string": Union((INT, STR)),
}
INT_OR_STRING = _STRING_FORMATS["int-or-string"]
# A ``format: binary`` property of a multipart body is a file to upload: it
# takes what the runtime sends as a file part (bytes, a path, an open file,
# ``(filename, content[, type])``), not only bytes.
UPLOAD = Name("FileField", "clientsmith.files")


def upload_roots(document: Mapping[str, Any]) -> frozenset[str]:
    """Pointers of the schemas of multipart request bodies (inline, or the
    component a ``$ref`` names): their binary properties are uploads."""
    roots: set[str] = set()
    for path, item in _entries(step(document, "paths")):
        for method in HTTP_METHODS:
            body = step(step(item, method), "requestBody")
            if body is None:
                continue
            # The body where a ``$ref`` chain leads, and its pointer there.
            found = follow_refs(
                document,
                body,
                pointer_join("#/paths", str(path), method, "requestBody"),
            )
            if found is None:
                continue
            body, pointer = found
            for media_type, media in _entries(step(body, "content")):
                if not str(media_type).lower().startswith("multipart/"):
                    continue
                schema = SchemaNode(
                    step(media, "schema"),
                    pointer_join(pointer, "content", str(media_type), "schema"),
                )
                root = schema.ref_target if schema.ref is not None else schema.pointer
                if schema.is_object and root is not None:
                    roots.add(root)
    return frozenset(roots)


def _entries(value: Any) -> list[tuple[Any, Any]]:
    """The members of a mapping; none for anything else."""
    return list(value.items()) if isinstance(value, Mapping) else []


def union_of(types: list[TypeExpr]) -> TypeExpr:
    """``A | B``, deduplicated, ``Any`` absorbing everything, ``None`` last."""
    if not types or ANY in types:
        return ANY
    return union(types)


def nullable(t: TypeExpr) -> TypeExpr:
    """``t | None``."""
    if isinstance(t, Union) or t == ANY or t == NONE:
        return union_of([t, NONE])
    return Union((t, NONE))  # what union() makes of one other member


def open_union(types: list[TypeExpr]) -> TypeExpr:
    """``types`` tried in order, then anything: for schemas that allow any value.

    The value is typed by the first member that accepts it and kept as
    received when none does, so nothing the schema allows is rejected, while
    the likely shapes are still typed (``Any`` alone would type nothing).
    """
    members = [_kept_whole(t) for t in types if t != ANY]
    if not members:
        return ANY
    # Not ``union``: the order is the order pydantic tries, ``Any`` last.
    return Annotated(Union((*members, ANY)), (_LEFT_TO_RIGHT,))


def _kept_whole(t: TypeExpr) -> TypeExpr:
    """A union member of an open union, shielded from being flattened into it.

    ``Union[A | B, Any]`` is ``Union[A, B, Any]`` to Python: left to right, the
    first model would win even when a later one fits better. Inside
    ``Annotated`` the union stays one member and pydantic's default (smart)
    choice among A and B stands. The metadata is an empty ``Field()``, not
    ``union_mode``: aliases of one type (``str | str``) make no union at run
    time, and pydantic refuses a union mode on a plain ``str``.
    """
    if len([p for p in t.members if p != NONE]) < 2:
        return t
    return Annotated(t, (Call(_FIELD),))


def _enum_class_values(values: list[Any]) -> bool:
    """All strings or all integers (not booleans): an enum class, not a ``Literal``."""
    return all(isinstance(v, str) for v in values) or all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    )


class SchemaCompiler:
    """Compiles the schemas of one document; collects the models they need.

    It walks :class:`~.spec.schema.SchemaNode` values: each knows its pointer,
    and a ``$ref`` is compiled as the named model at the canonical pointer of
    its target (:func:`.refs.canonical_ref`), which is also how every model,
    pending or built, is keyed.
    """

    def __init__(
        self,
        document: Mapping[str, Any],
        diagnostics: Diagnostics,
        *,
        naming: NamingRules | None = None,
    ) -> None:
        self.document = document
        self.diagnostics = diagnostics
        self.class_names = Namespace(RESERVED_CLASS_NAMES)
        self._named: dict[str, ClassName] = {}
        self._nodes = PointerCache(document)  # see _node
        # A ref as written -> the canonical pointer of its target (None: external).
        self._targets: dict[str, str | None] = {}
        self._pending: list[tuple[str, ClassName]] = []
        self._queued: set[str] = set()
        self._models: dict[str, ModelIR] = {}
        self._inline_counter = 0
        # Whether the schema a reference points to admits null, by pointer.
        self._null_refs: dict[str, bool] = {}
        # The members of each open union built (expression -> members), so an
        # open union inside another is flattened into it.
        self._open_members: dict[TypeExpr, list[TypeExpr]] = {}
        self._model_nodes: dict[str, Model] = {}
        self._nullables: dict[TypeExpr, TypeExpr] = {}
        # Whether the values of a reference's target are JSON objects, by pointer.
        self._object_refs: dict[str, bool] = {}
        # Schemas of multipart bodies: their binary properties are file uploads.
        self._upload_roots = upload_roots(document)
        schemas = self._node("#/components/schemas")
        if isinstance(schemas, Mapping):
            # ``io.k8s.api.core.v1.Pod`` is ``Pod`` (naming.short_model_names).
            short = short_model_names(str(name) for name in schemas)
            for name, schema in schemas.items():
                node = SchemaNode(schema, pointer_join("#/components/schemas", name))
                self._named[node.pointer] = self.class_names.claim_class(
                    node.preferred_name or self._model_text(short[str(name)], naming)
                )

    def _nullable(self, t: TypeExpr) -> TypeExpr:
        """:func:`nullable`, one node per type: most optional fields of a big
        spec are a handful of model and scalar types, made nullable again and
        again."""
        found = self._nullables.get(t)
        if found is None:
            found = self._nullables[t] = nullable(t)
        return found

    def _model_node(self, name: ClassName) -> Model:
        """The one :class:`Model` node of ``name`` (its text and imports are
        computed once however many schemas refer to it)."""
        node = self._model_nodes.get(name)
        if node is None:
            node = self._model_nodes[name] = Model(name)
        return node

    @staticmethod
    def _model_text(text: str, naming: NamingRules | None) -> str:
        """A component's class-name text after the config's ``naming`` patterns."""
        if naming is None or not naming.patterns:
            return text
        return naming.apply("models", class_name(text))

    def _in_upload(self, pointer: str) -> bool:
        """``pointer`` is a top-level property of a multipart body's schema, or
        the items of one (each part is one field; deeper values go as JSON)."""
        for root in self._upload_roots:
            if pointer.startswith(root + "/properties/"):
                rest = pointer[len(root) :].split("/")
                return len(rest) == 3 or (len(rest) == 4 and rest[3] == "items")
        return False

    # -- public API -------------------------------------------------------

    def all_component_types(self) -> None:
        """Queue every component schema, used by operations or not."""
        for pointer in list(self._named):
            self._model_type(pointer)

    def type_of_node(self, node: SchemaNode, hint: str) -> TypeExpr:
        """The Python type for the schema ``node``.

        ``hint`` names an inline object or enum that needs a class. ``node``
        is the schema the document holds at ``node.pointer``: a model is
        keyed by that pointer and built (by :meth:`models`) from what the
        document holds there.
        """
        if not node.is_object:
            if node.malformed:
                self.diagnostics.warning(
                    "schema-invalid",
                    "schema is not an object; typed as Any",
                    node.pointer[1:],
                )
            return ANY
        ref = node.ref
        # ``nullable`` beside a ``$ref`` is ignored by OpenAPI 3.0 but always
        # meant; 3.1 allows siblings. Either way null is accepted.
        if ref is not None:
            found = self._ref_type(ref, node.pointer)
        else:
            found = self._base_type(node, hint)
        return self._nullable(found) if node.nullable else found

    def models(self) -> dict[str, ModelIR]:
        """Build all queued models; returns them by JSON pointer."""
        position = 0
        while position < len(self._pending):
            pointer, name = self._pending[position]
            position += 1
            if pointer in self._models:
                continue
            target = self._target(pointer)
            node = SchemaNode(None if target is None else self._node(target), pointer)
            self._models[pointer] = self._build_model(node, name)
        self._pending.clear()
        return dict(self._models)

    # -- references and named models -------------------------------------

    def _target(self, ref: str) -> str | None:
        """The canonical pointer ``ref`` leads to (remembered; ``None``: it is
        no internal reference)."""
        found = self._targets.get(ref, _UNRESOLVED)
        if found is _UNRESOLVED:
            try:
                found = refs.canonical_ref(ref)
            except RefError:
                found = None
            self._targets[ref] = found
        return cast("str | None", found)

    def _resolve(self, ref: str) -> SchemaNode:
        """The schema ``ref`` (a ``#/...`` reference or pointer) leads to, at its
        canonical pointer; its ``raw`` is ``None`` if there is none."""
        target = self._target(ref)
        if target is None:
            return SchemaNode(None, ref)
        return SchemaNode(self._node(target), target)

    def _node(self, pointer: str) -> Any:
        """The raw value at a canonical ``pointer`` (``None`` if there is none).

        Remembered in :attr:`_nodes`, which resolves each pointer from its
        nearest remembered ancestor: nested inline models are resolved in one
        step each, where walking from the root every time made 1 MB of deep
        nesting quadratic.
        """
        return self._nodes.get(pointer)

    def _ref_type(self, ref: str, pointer: str) -> TypeExpr:
        target = self._target(ref) if ref.startswith("#/") else None
        if target is None:
            self.diagnostics.warning(
                "unresolved-ref",
                f"external reference {ref!r} was not bundled; typed as Any",
                pointer[1:],
            )
            return ANY
        if self._node(target) is None:
            self.diagnostics.warning(
                "unresolved-ref",
                f"reference {target!r} points nowhere; typed as Any",
                pointer[1:],
            )
            return ANY
        found = self._model_type(target)
        # A model class cannot hold None: a nullable target (``nullable: true``
        # on the component, a null variant...) says so at each place of use.
        return self._nullable(found) if self._ref_admits_null(target) else found

    def _ref_admits_null(self, target: str) -> bool:
        found = self._null_refs.get(target)
        if found is None:
            self._null_refs[target] = False  # a reference cycle adds no null
            found = self._admits_null(self._resolve(target))
            self._null_refs[target] = found
        return found

    def _admits_null(self, node: SchemaNode) -> bool:
        """Whether the schema says null is a valid value (through refs too)."""
        if node.nullable or (node.has_const and node.const is None):
            return True
        ref = node.ref
        if ref is not None:
            target = self._target(ref) if ref.startswith("#/") else None
            return target is not None and self._ref_admits_null(target)
        # allOf too: a part that only says ``nullable: true`` means it.
        return any(
            self._admits_null(part)
            for keyword in ("anyOf", "oneOf", "allOf")
            for part in node.members(keyword)
        )

    def _model_type(self, pointer: str) -> TypeExpr:
        name = self._named.get(pointer)
        if name is None:
            owner = self._flattened_into(pointer)
            if owner is not None:
                return self._model_type(owner)
            last = unescape_token(pointer.rsplit("/", 1)[-1])
            name = self.class_names.claim_class(
                self._resolve(pointer).preferred_name or last
            )
            self._named[pointer] = name
        if pointer not in self._queued:
            self._queued.add(pointer)
            self._pending.append((pointer, name))
        return self._model_node(name)

    def _flattened_into(self, pointer: str) -> str | None:
        """The schema whose class is this ``allOf`` part, if there is one.

        ``X: allOf [{properties...}, {description}]`` is one class, built at
        ``X``; a reference to ``X/allOf/0`` (DigitalOcean has many) means that
        class too, not a second one named after the index.
        """
        head, sep, index = pointer.rpartition("/allOf/")
        if not sep or not index.isdigit():
            return None
        owner = self._resolve(head)
        if not owner.is_object or owner.has(REF):
            return None
        parts = self._typing_parts(owner)
        if (
            len(parts) == 1
            and parts[0][0] == int(index)
            and not owner.has_properties
            and self._is_object(owner)
        ):
            return head
        return None

    def _inline_model(self, node: SchemaNode, hint: str) -> TypeExpr:
        name = self._named.get(node.pointer)
        if name is None:
            # Each nesting level appends to its parent's name: bounded, so deep
            # nesting does not make output quadratic in the depth.
            hint = hint[:MAX_INLINE_NAME]
            name = self.class_names.claim_class(node.preferred_name or hint)
            self._named[node.pointer] = name
            self._queued.add(node.pointer)
            self._pending.append((node.pointer, name))
        return self._model_node(name)

    # -- structural typing -------------------------------------------------

    def _is_object(self, node: SchemaNode) -> bool:
        """Whether the schema becomes a model class of its own.

        An ``allOf`` does when it combines an object with more typing parts
        (or with its own ``required``), or when its one typing part is an
        inline object: the parts are flattened into one class. A ``$ref``
        plus annotation-only parts (description, nullable, readOnly,
        example...) is just the referenced type, be it a string, an array or
        an object.
        """
        if node.has_properties:
            return True
        parts = self._typing_parts(node)
        if not any(self._object_like(part, frozenset()) for _, part in parts):
            return False
        if len(parts) > 1 or node.lists_required:
            return True
        # One object part: a $ref is used as it is; an inline object is this
        # schema's own class (a component keeps its name for it).
        return not parts[0][1].has(REF)

    @staticmethod
    def _typing_parts(node: SchemaNode) -> list[tuple[int, SchemaNode]]:
        """``allOf`` parts that say something about the type, with their index."""
        return [(i, p) for i, p in enumerate(node.all_of()) if not p.neutral]

    def _object_like(self, node: SchemaNode, seen: frozenset[str]) -> bool:
        """Whether values of the schema are JSON objects (following refs)."""
        ref = node.ref
        if ref is not None:
            target = self._target(ref)
            if target is None:
                return False
            found = self._object_refs.get(target)
            if found is None:
                if target in seen:
                    return False
                found = self._object_like(self._resolve(target), seen | {target})
                self._object_refs[target] = found
            return found
        if node.has_properties:
            return True
        kinds = node.kinds
        if kinds is not None:
            return kinds == ("object",)
        if (
            node.lists_required
            or node.has("patternProperties")
            or node.has("additionalProperties")
        ):
            return True
        return any(self._object_like(part, seen) for part in node.all_of())

    @staticmethod
    def _enum_values(node: SchemaNode) -> list[Any] | None:
        """The ``enum`` values but ``null`` (which makes the schema nullable)."""
        enum = node.enum
        if enum:
            return [v for v in enum if v is not None]
        return None

    def _base_type(self, node: SchemaNode, hint: str) -> TypeExpr:
        """The type of a schema that is no ``$ref``, ``nullable`` aside: the
        first of these rules that applies decides."""
        found = None
        # Most schemas are plain (``type: string`` and annotations): neither
        # rule applies to them, and asking costs a dozen keyword reads.
        if node.has_any(_VALUE_OR_COMBINED) or node.int_or_string:
            found = self._value_type(node, hint)
            if found is None:
                found = self._combined_type(node, hint)
        if found is None:
            found = self._declared_type(node, hint)
        return found if found is not None else ANY

    def _value_type(self, node: SchemaNode, hint: str) -> TypeExpr | None:
        """``const``, Kubernetes' int-or-string, ``enum`` and object schemas."""
        if node.has_const:
            if node.const is None:
                return NONE
            return self._literal([node.const])
        if node.int_or_string:
            return INT_OR_STRING
        values = self._enum_values(node)
        if values is not None:
            if _enum_class_values(values):
                return self._inline_model(node, hint)
            return self._literal(values)
        if self._is_object(node):
            return self._inline_model(node, hint)
        return None

    def _combined_type(self, node: SchemaNode, hint: str) -> TypeExpr | None:
        """``oneOf``/``anyOf`` unions, and ``allOf`` of non-object parts."""
        for variants in (node.one_of(), node.any_of()):
            if variants:
                return self._union(node, variants, hint)
        parts = self._typing_parts(node)
        if not parts:
            return None
        # Not an object (see _is_object): every value satisfies each part,
        # so any one part's type accepts them all; a $ref is the most
        # telling. A part that says ``nullable`` makes the whole nullable.
        part = next((p for _, p in parts if p.has(REF)), parts[0][1])
        found = self.type_of_node(part, hint)
        if any(p.nullable for p in node.all_of()):
            found = self._nullable(found)
        return found

    def _declared_type(self, node: SchemaNode, hint: str) -> TypeExpr | None:
        """What ``type`` says, else what ``items`` or the properties imply."""
        kinds = node.kinds
        if kinds is not None:
            if len(kinds) == 1:
                return self._single_type(node, kinds[0], hint)
            return union_of([self._single_type(node, k, hint) for k in kinds])
        if node.has("items"):
            return self._untyped_items(node, hint)
        if node.has("additionalProperties") or node.has("patternProperties"):
            return self._single_type(node, "object", hint)
        return None

    def _untyped_items(self, node: SchemaNode, hint: str) -> TypeExpr:
        """``items`` without ``type: array`` only constrains arrays; anything
        else is valid too (Slack says ``items`` where it means "one of", and
        its objects and strings come through here)."""
        items = node.items()
        if items is None:  # old tuple form: no type for either case
            return ANY
        item = self.type_of_node(items, hint + "Item")
        if item == ANY:
            return ANY
        return self._open(list_of(item), item)

    def _single_type(self, node: SchemaNode, kind: str, hint: str) -> TypeExpr:
        if kind == "string":
            fmt = node.format
            if fmt is None:
                return STR
            if fmt == "binary" and self._upload_roots and self._in_upload(node.pointer):
                return UPLOAD
            return _STRING_FORMATS.get(fmt, STR)
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            items = node.items()
            if items is None:  # none, or tuple typing (old style): a list of anything
                return list_of(ANY)
            return list_of(self.type_of_node(items, hint + "Item"))
        if kind == "object":
            if self._is_object(node):
                return self._inline_model(node, hint)
            values = self._values_type(
                node, hint + "Value", node.additional_properties()
            )
            return dict_of(values if values is not None else ANY)
        self.diagnostics.warning(
            "schema-invalid", f"unknown type {kind!r}; typed as Any", node.pointer[1:]
        )
        return ANY

    def _values_type(
        self, node: SchemaNode, hint: str, extra: SchemaNode | None
    ) -> TypeExpr | None:
        """Type of an object's values beyond ``properties``; ``None``: anything.

        A value matches a ``patternProperties`` schema or, under a key no
        pattern matches, ``extra`` (the ``additionalProperties`` schema, found
        on the schema or in an ``allOf`` part); unless that is a schema or
        ``additionalProperties`` is ``false``, such a key may hold anything.
        """
        types = [self.type_of_node(sub, hint) for _, sub in node.pattern_properties()]
        if extra is not None:
            types.append(self.type_of_node(extra, hint))
        elif not node.forbids_additional:
            return None
        return union_of(types) if types else None

    def _literal(self, values: list[Any]) -> TypeExpr:
        safe = [v for v in values if isinstance(v, (str, int, bool))]
        if not safe or len(safe) != len(values):
            return ANY
        return Literal(tuple(safe))

    def _union(
        self, node: SchemaNode, variants: list[SchemaNode], hint: str
    ) -> TypeExpr:
        parts: list[TypeExpr] = []
        anything = False
        for i, variant in enumerate(variants):
            if variant.neutral and variant.nullable:
                # ``anyOf: [X, {nullable: true}]`` (Slack, and many converted
                # specs) means "X or null"; by the letter of 3.0, ``nullable``
                # without ``type`` does nothing and the variant allows anything.
                parts.append(NONE)
                anything = True
                continue
            parts.append(self.type_of_node(variant, f"{hint}Variant{i + 1}"))
        discriminated = self._discriminated(node, variants, parts)
        if discriminated is not None:
            return discriminated
        typed = [p for p in parts if p != ANY]
        if anything or len(typed) < len(parts):
            # A variant allows any value: the others still type what they fit.
            if any(p != NONE for p in typed):
                return self._open(union_of(typed))
            return ANY
        return union_of(parts)

    def _open(self, *types: TypeExpr) -> TypeExpr:
        """``open_union`` of ``types``, an open union among them flattened in."""
        members = [m for t in types for m in self._open_members.get(t, [t])]
        found = open_union(members)
        self._open_members[found] = members
        return found

    @staticmethod
    def _discriminated(
        node: SchemaNode, variants: list[SchemaNode], parts: list[TypeExpr]
    ) -> TypeExpr | None:
        """A tagged union: every variant a distinct ``$ref`` to a model, and
        a ``discriminator`` naming the property that tells them apart."""
        disc = node.discriminator()
        if disc is None:
            return None
        refs = [variant.ref for variant in variants]
        models = [part for part in parts if isinstance(part, Model)]
        if len(models) != len(parts) or len(set(refs)) != len(refs) or None in refs:
            return None
        tag_of_ref = {
            str(ref): model.name for ref, model in zip(refs, models, strict=True)
        }
        mapping: dict[str, str] = {}
        for value, target in disc.mapping:
            found = tag_of_ref.get(disc.target_pointer(target))
            if found is not None:
                mapping[value] = found
        for ref, tag in tag_of_ref.items():
            if tag not in mapping.values():
                mapping.setdefault(unescape_token(ref.rsplit("/", 1)[-1]), tag)
        tagged = tuple(Annotated(p, (Call(_TAG, (p.expr,)),)) for p in parts)
        choose = Call(
            _DISCRIMINATE, (disc.property_name, DictArg(tuple(mapping.items())))
        )
        return Annotated(Union(tagged), (Call(_DISCRIMINATOR, (choose,)),))

    # -- model building ----------------------------------------------------

    def _build_model(self, node: SchemaNode, name: ClassName) -> ModelIR:
        pointer = node.pointer
        if not node.is_object:
            return ModelIR(name, "alias", None, alias=ANY, source=pointer)
        description = node.description or node.title
        enum = self._enum_model(node, name, description)
        if enum is not None:
            return enum
        if not node.has(REF) and (
            self._is_object(node)
            or (node.type_name == "object" and not node.has("additionalProperties"))
            or (node.type_name == "object" and node.forbids_additional)
        ):
            return self._object(node, name, description)
        # Anything else (arrays, unions, primitives, maps, refs) is an alias.
        ref = node.ref
        if ref is not None:
            alias = self._ref_type(ref, pointer)
        else:
            alias = self._base_type(node, name)
            if alias == Model(name):  # an object-like schema we chose not to model
                alias = dict_of(ANY)
        if node.nullable:
            alias = self._nullable(alias)
        return ModelIR(name, "alias", description, alias=alias, source=pointer)

    def _enum_model(
        self, node: SchemaNode, name: ClassName, description: str | None
    ) -> ModelIR | None:
        """An enum class, for an ``enum`` of only strings or only integers."""
        values = self._enum_values(node)
        if values is None or node.has(REF):
            return None
        if all(isinstance(v, str) for v in values):
            return self._enum(name, values, "str", description, node.pointer)
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return self._enum(name, values, "int", description, node.pointer)
        return None

    def _enum(
        self,
        name: ClassName,
        values: list[Any],
        base: str,
        description: str | None,
        pointer: str,
    ) -> ModelIR:
        names = Namespace({"MRO"})
        members: list[EnumMemberIR] = []
        seen: set[object] = set()
        for value in values:
            if value in seen:
                continue
            seen.add(value)
            label = (
                str(value) if base == "str" else f"value_{value}".replace("-", "minus_")
            )
            members.append(
                EnumMemberIR(PyName(names.claim(constant_name(label))), value)
            )
        return ModelIR(
            name,
            "enum",
            description,
            members=tuple(members),
            enum_base="str" if base == "str" else "int",
            source=pointer,
        )

    def _collect_properties(
        self,
        node: SchemaNode,
        props: dict[str, SchemaNode],
        required: set[str],
        seen: set[str],
    ) -> SchemaNode | None:
        """Flatten ``allOf`` parts and ``$ref`` bases into one property list;
        returns the ``additionalProperties`` schema found, if any."""
        ref = node.ref
        if ref is not None:
            target = self._resolve(ref)
            if target.pointer in seen:
                return None
            seen.add(target.pointer)
            return self._collect_properties(target, props, required, seen)
        extra: SchemaNode | None = None
        for part in node.all_of():
            found = self._collect_properties(part, props, required, seen)
            extra = extra or found
        props.update(node.properties())
        required.update(node.required)
        return node.additional_properties() or extra

    def _object(
        self, node: SchemaNode, name: ClassName, description: str | None
    ) -> ModelIR:
        props: dict[str, SchemaNode] = {}
        required: set[str] = set()
        additional = self._collect_properties(node, props, required, {node.pointer})
        field_names = Namespace(_PYDANTIC_ATTRIBUTES)
        fields: list[FieldIR] = []
        for wire, prop in props.items():
            base = snake_name(wire, fallback="field", keep_builtins=True)
            if base in _PYDANTIC_ATTRIBUTES or base.startswith("model_"):
                base = PyName(base + "_")
            py = PyName(field_names.claim(base))
            ftype = self.type_of_node(prop, f"{name}{_pascal(wire)}")
            # One model serves requests and responses: a readOnly property is
            # never sent and a writeOnly one never received, so neither is
            # required of the model even when the schema lists it.
            is_required = wire in required and not self._one_way(prop)
            if not is_required:
                ftype = self._nullable(ftype)
            fields.append(
                FieldIR(py, wire, ftype, is_required, _property_description(prop))
            )
        # Required fields first keeps signatures natural; order is otherwise the spec's.
        fields.sort(key=lambda f: not f.required)
        extra_type = None
        if additional is not None or node.has("patternProperties"):
            if additional is not None:
                # Typed as if written here, wherever the allOf part says it.
                additional = SchemaNode(
                    additional.raw, node.pointer + "/additionalProperties"
                )
            extra_type = self._values_type(node, f"{name}Value", additional)
        return ModelIR(
            name,
            "object",
            description,
            fields=tuple(fields),
            extra_type=extra_type,
            source=node.pointer,
            untyped=not self._declares_type(node, set()),
        )

    def _declares_type(self, node: SchemaNode, seen: set[str]) -> bool:
        """Whether the schema, its ``$ref`` or an ``allOf`` part has a ``type``.

        Without one, JSON Schema accepts any value: ``properties`` only
        constrain objects.
        """
        if node.has("type"):
            return True
        ref = node.ref
        if ref is not None:
            if ref in seen:
                return False
            seen.add(ref)
            return self._declares_type(self._resolve(ref), seen)
        return any(self._declares_type(part, seen) for part in node.all_of())

    def _one_way(self, prop: SchemaNode) -> bool:
        """Whether a property is ``readOnly`` or ``writeOnly`` (here or its target)."""
        candidates = [prop]
        ref = prop.ref
        if ref is not None and ref.startswith("#/"):
            candidates.append(self._resolve(ref))
        candidates.extend(prop.all_of())
        return any(c.read_only or c.write_only for c in candidates)


def _property_description(prop: SchemaNode) -> str | None:
    """A property's description, or that of an annotation-only ``allOf`` part.

    ``allOf: [{$ref: String}, {description: ...}]`` (AWS, DigitalOcean) is how
    3.0 specs describe a referenced property, since siblings of ``$ref`` are
    ignored there.
    """
    found = prop.description
    if found is None:
        found = next(
            (p.description for p in prop.all_of() if p.neutral and p.description),
            None,
        )
    return found


# The keywords _value_type and _combined_type read (with ``format``, for
# int-or-string): a schema with none of them has the type ``type`` declares.
_VALUE_OR_COMBINED = frozenset(
    {
        "const",
        "enum",
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "x-kubernetes-int-or-string",
    }
)

MAX_INLINE_NAME = 100
"""Characters of an inline model's name taken from its parents' names."""

_UNRESOLVED: Any = object()  # not looked up yet (None is a value)


@lru_cache(maxsize=65536)
def _pascal(text: str) -> str:
    return class_name(text, fallback="Field")
