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
from urllib.parse import unquote

from pydantic import BaseModel as _PydanticBaseModel

from clientsmith._contract import HTTP_METHODS

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

__all__ = ["RESERVED_CLASS_NAMES", "SchemaCompiler", "canonical_ref", "resolve_ref"]

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
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return frozenset()
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            body = op.get("requestBody") if isinstance(op, Mapping) else None
            pointer = pointer_join("#/paths", str(path), method, "requestBody")
            if isinstance(body, Mapping) and isinstance(body.get("$ref"), str):
                pointer = canonical_ref(str(body["$ref"]))
                body = deref(document, body)
            content = body.get("content") if isinstance(body, Mapping) else None
            if not isinstance(content, Mapping):
                continue
            for media_type, media in content.items():
                if not str(media_type).lower().startswith("multipart/"):
                    continue
                schema = media.get("schema") if isinstance(media, Mapping) else None
                if not isinstance(schema, Mapping):
                    continue
                ref = schema.get("$ref")
                roots.add(
                    canonical_ref(ref)
                    if isinstance(ref, str)
                    else pointer_join(pointer, "content", str(media_type), "schema")
                )
    return frozenset(roots)


# Keywords that say what type a value has. A schema without any of them (only
# annotations such as description, nullable, readOnly, example, or constraints
# such as maxLength) does not change the type it is combined with in ``allOf``.
_TYPING_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "required",
        "items",
        "prefixItems",
        "additionalProperties",
        "patternProperties",
        "allOf",
        "anyOf",
        "oneOf",
        "enum",
        "const",
        "x-kubernetes-int-or-string",
    }
)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def canonical_ref(ref: str) -> str:
    """A ref's fragment percent-decoded (RFC 6901 section 6): ``%7B`` -> ``{``."""
    return unquote(ref) if "%" in ref else ref


def resolve_ref(document: Mapping[str, Any], ref: str) -> Any:
    """Follow an internal ``#/...`` reference; ``KeyError`` when it points nowhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    ref = canonical_ref(ref)
    node: Any = document
    for token in ref[1:].split("/")[1:]:
        token = _unescape(token)
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, Mapping):
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """What a ``$ref`` chain starting at ``node`` ends at (``node`` itself when
    it is no reference); ``None`` for a cycle or a ref that points nowhere."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = canonical_ref(str(node["$ref"]))
        if ref in seen:
            return None
        seen.add(ref)
        try:
            node = resolve_ref(document, ref)
        except (KeyError, IndexError, ValueError):
            return None
    return node


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


def _neutral(schema: Any) -> bool:
    """A schema that annotates or constrains a value without saying its type."""
    return isinstance(schema, Mapping) and not any(
        k in schema for k in _TYPING_KEYWORDS
    )


def _kinds(schema: Mapping[str, Any]) -> list[str] | None:
    """The non-null ``type`` names, or ``None`` when ``type`` is absent."""
    types = schema.get("type")
    if isinstance(types, str):
        return [] if types == "null" else [types]
    if isinstance(types, list):
        return [str(t) for t in types if t != "null"]
    return None


def _int_or_string(schema: Mapping[str, Any]) -> bool:
    """Kubernetes' ``IntOrString``, in its Swagger and its CRD spelling."""
    return (
        schema.get("format") == "int-or-string"
        or schema.get("x-kubernetes-int-or-string") is True
    )


class SchemaCompiler:
    """Compiles the schemas of one document; collects the models they need."""

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
        self._nodes: dict[str, Any] = {}  # see _node
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
        components = document.get("components")
        schemas = components.get("schemas") if isinstance(components, Mapping) else None
        if isinstance(schemas, Mapping):
            # ``io.k8s.api.core.v1.Pod`` is ``Pod`` (naming.short_model_names).
            short = short_model_names(str(name) for name in schemas)
            for name, schema in schemas.items():
                pointer = pointer_join("#/components/schemas", str(name))
                self._named[pointer] = self.class_names.claim_class(
                    _preferred_name(schema, self._model_text(short[str(name)], naming))
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

    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeExpr:
        """The Python type for ``schema`` found at ``pointer``.

        ``hint`` names an inline object or enum that needs a class.
        """
        if schema is True or schema is None:
            return ANY
        if not isinstance(schema, Mapping):
            if schema is not False:
                self.diagnostics.warning(
                    "schema-invalid",
                    "schema is not an object; typed as Any",
                    pointer[1:],
                )
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            # ``nullable`` beside a ``$ref`` is ignored by OpenAPI 3.0 but always
            # meant; 3.1 allows siblings. Either way null is accepted.
            target = self._ref_type(ref, pointer)
            return self._nullable(target) if self._is_nullable(schema) else target
        base = self._base_type(schema, pointer, hint)
        if self._is_nullable(schema):
            return self._nullable(base)
        return base

    def type_of_node(self, node: SchemaNode, hint: str) -> TypeExpr:
        """The Python type for a schema node (see :meth:`type_of`)."""
        return self.type_of(node.raw, node.pointer, hint)

    def models(self) -> dict[str, ModelIR]:
        """Build all queued models; returns them by JSON pointer."""
        position = 0
        while position < len(self._pending):
            pointer, name = self._pending[position]
            position += 1
            if pointer in self._models:
                continue
            schema = self._resolve(pointer)
            self._models[pointer] = self._build_model(schema, pointer, name)
        self._pending.clear()
        return dict(self._models)

    # -- references and named models -------------------------------------

    def _resolve(self, pointer: str) -> Any:
        """The node at ``pointer`` (a ``#/...`` reference), ``None`` if there is none."""
        return self._node(canonical_ref(pointer))

    def _node(self, pointer: str) -> Any:
        """:meth:`_resolve` of a percent-decoded pointer, remembered.

        A pointer is resolved from its nearest remembered ancestor: nested
        inline models are resolved in one step each, where walking from the
        root every time made 1 MB of deep nesting quadratic.
        """
        node = self._nodes.get(pointer, _UNRESOLVED)
        below: list[tuple[str, str]] = []  # (pointer, its last token), deepest first
        current = pointer
        while node is _UNRESOLVED:
            parent, sep, token = current.rpartition("/")
            if not sep or not parent.startswith("#"):
                node = self._resolve_from_root(current)
                self._nodes[current] = node
                break
            below.append((current, token))
            current = parent
            node = (
                self.document
                if current == "#"
                else self._nodes.get(current, _UNRESOLVED)
            )
        for path, token in reversed(below):
            node = _step(node, _unescape(token))
            self._nodes[path] = node
        return node

    def _resolve_from_root(self, pointer: str) -> Any:
        try:
            return resolve_ref(self.document, pointer)
        except (KeyError, IndexError, ValueError):
            return None

    def _ref_type(self, ref: str, pointer: str) -> TypeExpr:
        if not ref.startswith("#/"):
            self.diagnostics.warning(
                "unresolved-ref",
                f"external reference {ref!r} was not bundled; typed as Any",
                pointer[1:],
            )
            return ANY
        ref = canonical_ref(ref)
        target = self._resolve(ref)
        if target is None:
            self.diagnostics.warning(
                "unresolved-ref",
                f"reference {ref!r} points nowhere; typed as Any",
                pointer[1:],
            )
            return ANY
        found = self._model_type(ref)
        # A model class cannot hold None: a nullable target (``nullable: true``
        # on the component, a null variant...) says so at each place of use.
        return self._nullable(found) if self._ref_admits_null(ref) else found

    def _ref_admits_null(self, ref: str) -> bool:
        found = self._null_refs.get(ref)
        if found is None:
            self._null_refs[ref] = False  # a reference cycle adds no null
            found = self._admits_null(self._resolve(ref))
            self._null_refs[ref] = found
        return found

    def _admits_null(self, schema: Any) -> bool:
        """Whether the schema says null is a valid value (through refs too)."""
        if not isinstance(schema, Mapping):
            return False
        if self._is_nullable(schema) or ("const" in schema and schema["const"] is None):
            return True
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return ref.startswith("#/") and self._ref_admits_null(canonical_ref(ref))
        for keyword in ("anyOf", "oneOf", "allOf"):
            # allOf too: a part that only says ``nullable: true`` means it.
            parts = schema.get(keyword)
            if isinstance(parts, list) and any(self._admits_null(p) for p in parts):
                return True
        return False

    def _model_type(self, pointer: str) -> TypeExpr:
        name = self._named.get(pointer)
        if name is None:
            owner = self._flattened_into(pointer)
            if owner is not None:
                return self._model_type(owner)
            last = _unescape(pointer.rsplit("/", 1)[-1])
            name = self.class_names.claim_class(
                _preferred_name(self._resolve(pointer), last)
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
        if not isinstance(owner, Mapping) or "$ref" in owner:
            return None
        parts = self._typing_parts(owner)
        if (
            len(parts) == 1
            and parts[0][0] == int(index)
            and not owner.get("properties")
            and self._is_object(owner)
        ):
            return head
        return None

    def _inline_model(
        self, schema: Mapping[str, Any], pointer: str, hint: str
    ) -> TypeExpr:
        name = self._named.get(pointer)
        if name is None:
            # Each nesting level appends to its parent's name: bounded, so deep
            # nesting does not make output quadratic in the depth.
            hint = hint[:MAX_INLINE_NAME]
            name = self.class_names.claim_class(_preferred_name(schema, hint))
            self._named[pointer] = name
            self._queued.add(pointer)
            self._pending.append((pointer, name))
        return self._model_node(name)

    # -- structural typing -------------------------------------------------

    @staticmethod
    def _is_nullable(schema: Mapping[str, Any]) -> bool:
        # ``x-nullable`` is Swagger 2.0's spelling, left in many converted 3.x specs.
        if schema.get("nullable") is True or schema.get("x-nullable") is True:
            return True
        types = schema.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        enum = schema.get("enum")
        return isinstance(enum, list) and None in enum

    def _is_object(self, schema: Mapping[str, Any]) -> bool:
        """Whether the schema becomes a model class of its own.

        An ``allOf`` does when it combines an object with more typing parts
        (or with its own ``required``), or when its one typing part is an
        inline object: the parts are flattened into one class. A ``$ref``
        plus annotation-only parts (description, nullable, readOnly,
        example...) is just the referenced type, be it a string, an array or
        an object.
        """
        if isinstance(schema.get("properties"), Mapping) and schema["properties"]:
            return True
        parts = self._typing_parts(schema)
        if not parts or not any(self._object_like(p, frozenset()) for _, p in parts):
            return False
        if len(parts) > 1 or schema.get("required"):
            return True
        # One object part: a $ref is used as it is; an inline object is this
        # schema's own class (a component keeps its name for it).
        return "$ref" not in parts[0][1]

    @staticmethod
    def _typing_parts(schema: Mapping[str, Any]) -> list[tuple[int, Any]]:
        """``allOf`` parts that say something about the type, with their index."""
        all_of = schema.get("allOf")
        if not isinstance(all_of, list):
            return []
        return [(i, p) for i, p in enumerate(all_of) if not _neutral(p)]

    def _object_like(self, schema: Any, seen: frozenset[str]) -> bool:
        """Whether values of the schema are JSON objects (following refs)."""
        if not isinstance(schema, Mapping):
            return False
        ref = schema.get("$ref")
        if isinstance(ref, str):
            ref = canonical_ref(ref)
            found = self._object_refs.get(ref)
            if found is None:
                if ref in seen:
                    return False
                found = self._object_like(self._resolve(ref), seen | {ref})
                self._object_refs[ref] = found
            return found
        if isinstance(schema.get("properties"), Mapping) and schema["properties"]:
            return True
        kinds = _kinds(schema)
        if kinds is not None:
            return kinds == ["object"]
        if schema.get("required") or "patternProperties" in schema:
            return True
        if "additionalProperties" in schema:
            return True
        all_of = schema.get("allOf")
        return isinstance(all_of, list) and any(
            self._object_like(p, seen) for p in all_of
        )

    @staticmethod
    def _enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return [v for v in enum if v is not None]
        return None

    def _base_type(
        self, schema: Mapping[str, Any], pointer: str, hint: str
    ) -> TypeExpr:
        """The type of a schema that is no ``$ref``, ``nullable`` aside: the
        first of these rules that applies decides."""
        found = self._value_type(schema, pointer, hint)
        if found is None:
            found = self._combined_type(schema, pointer, hint)
        if found is None:
            found = self._declared_type(schema, pointer, hint)
        return found if found is not None else ANY

    def _value_type(
        self, schema: Mapping[str, Any], pointer: str, hint: str
    ) -> TypeExpr | None:
        """``const``, Kubernetes' int-or-string, ``enum`` and object schemas."""
        if "const" in schema:
            if schema["const"] is None:
                return NONE
            return self._literal([schema["const"]])
        if _int_or_string(schema):
            return INT_OR_STRING
        values = self._enum_values(schema)
        if values is not None:
            if _enum_class_values(values):
                return self._inline_model(schema, pointer, hint)
            return self._literal(values)
        if self._is_object(schema):
            return self._inline_model(schema, pointer, hint)
        return None

    def _combined_type(
        self, schema: Mapping[str, Any], pointer: str, hint: str
    ) -> TypeExpr | None:
        """``oneOf``/``anyOf`` unions, and ``allOf`` of non-object parts."""
        for keyword in ("oneOf", "anyOf"):
            variants = schema.get(keyword)
            if isinstance(variants, list) and variants:
                return self._union(schema, keyword, variants, pointer, hint)
        parts = self._typing_parts(schema)
        if not parts:
            return None
        # Not an object (see _is_object): every value satisfies each part,
        # so any one part's type accepts them all; a $ref is the most
        # telling. A part that says ``nullable`` makes the whole nullable.
        index, part = next(((i, p) for i, p in parts if "$ref" in p), parts[0])
        found = self.type_of(part, pointer_join(pointer, "allOf", index), hint)
        if any(self._is_nullable(p) for p in schema["allOf"] if isinstance(p, Mapping)):
            found = self._nullable(found)
        return found

    def _declared_type(
        self, schema: Mapping[str, Any], pointer: str, hint: str
    ) -> TypeExpr | None:
        """What ``type`` says, else what ``items`` or the properties imply."""
        types = schema.get("type")
        if isinstance(types, list):
            kinds = [t for t in types if t != "null"]
            if len(kinds) != 1:
                return union_of(
                    [self._single_type(schema, str(t), pointer, hint) for t in kinds]
                )
            types = kinds[0]
        if isinstance(types, str):
            return self._single_type(schema, types, pointer, hint)
        if "items" in schema:
            return self._untyped_items(schema["items"], pointer, hint)
        if "additionalProperties" in schema or "patternProperties" in schema:
            return self._single_type(schema, "object", pointer, hint)
        return None

    def _untyped_items(self, items: Any, pointer: str, hint: str) -> TypeExpr:
        """``items`` without ``type: array`` only constrains arrays; anything
        else is valid too (Slack says ``items`` where it means "one of", and
        its objects and strings come through here)."""
        if isinstance(items, list):  # old tuple form: no type for either case
            return ANY
        item = self.type_of(items, pointer_join(pointer, "items"), hint + "Item")
        if item == ANY:
            return ANY
        return self._open(list_of(item), item)

    def _single_type(
        self, schema: Mapping[str, Any], kind: str, pointer: str, hint: str
    ) -> TypeExpr:
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "binary" and self._upload_roots and self._in_upload(pointer):
                return UPLOAD
            return _STRING_FORMATS.get(fmt, STR) if isinstance(fmt, str) else STR
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            items = schema.get("items")
            if isinstance(items, list):  # tuple typing (old style): a list of anything
                return list_of(ANY)
            inner = self.type_of(items, pointer_join(pointer, "items"), hint + "Item")
            return list_of(inner)
        if kind == "object":
            if self._is_object(schema):
                return self._inline_model(schema, pointer, hint)
            values = self._values_type(schema, pointer, hint + "Value")
            return dict_of(values if values is not None else ANY)
        self.diagnostics.warning(
            "schema-invalid", f"unknown type {kind!r}; typed as Any", pointer[1:]
        )
        return ANY

    def _values_type(
        self,
        schema: Mapping[str, Any],
        pointer: str,
        hint: str,
        extra: Any = None,
        extra_pointer: str = "",
    ) -> TypeExpr | None:
        """Type of an object's values beyond ``properties``; ``None``: anything.

        A value matches a ``patternProperties`` schema or, under a key no
        pattern matches, ``additionalProperties``; unless that is ``false``
        or a schema, such a key may hold anything. ``extra`` overrides the
        schema's own ``additionalProperties`` (found in an ``allOf`` part).
        """
        if extra is None:
            extra = schema.get("additionalProperties")
            extra_pointer = pointer_join(pointer, "additionalProperties")
        types: list[TypeExpr] = []
        patterns = schema.get("patternProperties")
        if isinstance(patterns, Mapping):
            for key, sub in patterns.items():
                where = pointer_join(pointer, "patternProperties", str(key))
                types.append(self.type_of(sub, where, hint))
        if isinstance(extra, Mapping) and extra:
            types.append(self.type_of(extra, extra_pointer, hint))
        elif extra is not False:
            return None
        return union_of(types) if types else None

    def _literal(self, values: list[Any]) -> TypeExpr:
        safe = [v for v in values if isinstance(v, (str, int, bool))]
        if not safe or len(safe) != len(values):
            return ANY
        return Literal(tuple(safe))

    def _union(
        self,
        schema: Mapping[str, Any],
        keyword: str,
        variants: list[Any],
        pointer: str,
        hint: str,
    ) -> TypeExpr:
        parts: list[TypeExpr] = []
        anything = False
        for i, variant in enumerate(variants):
            if _neutral(variant) and self._is_nullable(variant):
                # ``anyOf: [X, {nullable: true}]`` (Slack, and many converted
                # specs) means "X or null"; by the letter of 3.0, ``nullable``
                # without ``type`` does nothing and the variant allows anything.
                parts.append(NONE)
                anything = True
                continue
            parts.append(
                self.type_of(
                    variant, pointer_join(pointer, keyword, i), f"{hint}Variant{i + 1}"
                )
            )
        discriminated = self._discriminated(schema, variants, parts)
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

    def _discriminated(
        self, schema: Mapping[str, Any], variants: list[Any], parts: list[TypeExpr]
    ) -> TypeExpr | None:
        disc = schema.get("discriminator")
        if not isinstance(disc, Mapping) or not isinstance(
            disc.get("propertyName"), str
        ):
            return None
        refs = [v.get("$ref") if isinstance(v, Mapping) else None for v in variants]
        if not all(isinstance(r, str) for r in refs) or len(set(map(str, refs))) != len(
            refs
        ):
            return None
        if any(not isinstance(p, Model) for p in parts):
            return None
        tag_of_ref = {
            str(ref): cast(Model, part).name
            for ref, part in zip(refs, parts, strict=True)
        }
        mapping: dict[str, str] = {}
        explicit = disc.get("mapping")
        if isinstance(explicit, Mapping):
            for value, target in explicit.items():
                target = str(target)
                if not target.startswith("#"):
                    target = pointer_join("#/components/schemas", target)
                if target in tag_of_ref:
                    mapping[str(value)] = tag_of_ref[target]
        for ref in refs:
            implicit = _unescape(str(ref).rsplit("/", 1)[-1])
            if tag_of_ref[str(ref)] not in mapping.values():
                mapping.setdefault(implicit, tag_of_ref[str(ref)])
        tagged = tuple(Annotated(p, (Call(_TAG, (p.expr,)),)) for p in parts)
        choose = Call(
            _DISCRIMINATE,
            (str(disc["propertyName"]), DictArg(tuple(mapping.items()))),
        )
        return Annotated(Union(tagged), (Call(_DISCRIMINATOR, (choose,)),))

    # -- model building ----------------------------------------------------

    def _build_model(self, schema: Any, pointer: str, name: ClassName) -> ModelIR:
        if not isinstance(schema, Mapping):
            return ModelIR(name, "alias", None, alias=ANY, source=pointer)
        description = _text(schema.get("description")) or _text(schema.get("title"))
        values = self._enum_values(schema)
        if values is not None and "$ref" not in schema:
            if all(isinstance(v, str) for v in values):
                return self._enum(name, values, "str", description, pointer)
            if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                return self._enum(name, values, "int", description, pointer)
        if "$ref" not in schema and (
            self._is_object(schema)
            or (schema.get("type") == "object" and "additionalProperties" not in schema)
            or (
                schema.get("type") == "object"
                and schema.get("additionalProperties") is False
            )
        ):
            return self._object(schema, pointer, name, description)
        # Anything else (arrays, unions, primitives, maps, refs) is an alias.
        ref = schema.get("$ref")
        if isinstance(ref, str):
            alias = self._ref_type(ref, pointer)
            if self._is_nullable(schema):
                alias = self._nullable(alias)
        else:
            alias = self._base_type(schema, pointer, name)
            if alias == Model(name):  # an object-like schema we chose not to model
                alias = dict_of(ANY)
            if self._is_nullable(schema):
                alias = self._nullable(alias)
        return ModelIR(name, "alias", description, alias=alias, source=pointer)

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
        schema: Mapping[str, Any],
        pointer: str,
        props: dict[str, tuple[Any, str]],
        required: set[str],
        seen: set[str],
    ) -> Mapping[str, Any] | None:
        """Flatten ``allOf`` parts and ``$ref`` bases into one property list."""
        extra: Mapping[str, Any] | None = None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                return None
            seen.add(ref)
            target = self._resolve(ref)
            if isinstance(target, Mapping):
                return self._collect_properties(target, ref, props, required, seen)
            return None
        for i, part in enumerate(schema.get("allOf") or ()):
            if isinstance(part, Mapping):
                found = self._collect_properties(
                    part, pointer_join(pointer, "allOf", i), props, required, seen
                )
                extra = extra or found
        properties = schema.get("properties")
        if isinstance(properties, Mapping):
            for key, prop in properties.items():
                props[str(key)] = (prop, pointer_join(pointer, "properties", str(key)))
        req = schema.get("required")
        if isinstance(req, list):
            required.update(str(r) for r in req)
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping) and additional:
            extra = additional
        return extra

    def _object(
        self,
        schema: Mapping[str, Any],
        pointer: str,
        name: ClassName,
        description: str | None,
    ) -> ModelIR:
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        additional = self._collect_properties(
            schema, pointer, props, required, {pointer}
        )
        field_names = Namespace(_PYDANTIC_ATTRIBUTES)
        fields: list[FieldIR] = []
        for wire, (prop, prop_pointer) in props.items():
            base = snake_name(wire, fallback="field", keep_builtins=True)
            if base in _PYDANTIC_ATTRIBUTES or base.startswith("model_"):
                base = PyName(base + "_")
            py = PyName(field_names.claim(base))
            ftype = self.type_of(prop, prop_pointer, f"{name}{_pascal(wire)}")
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
        if additional is not None or "patternProperties" in schema:
            extra_type = self._values_type(
                schema,
                pointer,
                f"{name}Value",
                additional,
                pointer_join(pointer, "additionalProperties"),
            )
        return ModelIR(
            name,
            "object",
            description,
            fields=tuple(fields),
            extra_type=extra_type,
            source=pointer,
            untyped=not self._declares_type(schema, set()),
        )

    def _declares_type(self, schema: Any, seen: set[str]) -> bool:
        """Whether the schema, its ``$ref`` or an ``allOf`` part has a ``type``.

        Without one, JSON Schema accepts any value: ``properties`` only
        constrain objects.
        """
        if not isinstance(schema, Mapping):
            return False
        if "type" in schema:
            return True
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                return False
            seen.add(ref)
            return self._declares_type(self._resolve(ref), seen)
        parts = schema.get("allOf")
        return isinstance(parts, list) and any(
            self._declares_type(part, seen) for part in parts
        )

    def _one_way(self, prop: Any) -> bool:
        """Whether a property is ``readOnly`` or ``writeOnly`` (here or its target)."""
        if not isinstance(prop, Mapping):
            return False
        candidates = [prop]
        ref = prop.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            candidates.append(self._resolve(canonical_ref(ref)))
        all_of = prop.get("allOf")
        if isinstance(all_of, list):
            candidates.extend(all_of)
        return any(
            isinstance(c, Mapping)
            and (c.get("readOnly") is True or c.get("writeOnly") is True)
            for c in candidates
        )


def _property_description(prop: Any) -> str | None:
    """A property's description, or that of an annotation-only ``allOf`` part.

    ``allOf: [{$ref: String}, {description: ...}]`` (AWS, DigitalOcean) is how
    3.0 specs describe a referenced property, since siblings of ``$ref`` are
    ignored there.
    """
    if not isinstance(prop, Mapping):
        return None
    found = _text(prop.get("description"))
    all_of = prop.get("allOf")
    if found is None and isinstance(all_of, list):
        for part in all_of:
            if _neutral(part):
                found = _text(part.get("description"))
                if found is not None:
                    break
    return found


def _step(node: Any, token: str) -> Any:
    """``node[token]`` as a JSON pointer reads it; ``None`` where there is nothing."""
    if isinstance(node, list):
        try:
            return node[int(token)]
        except (IndexError, ValueError):
            return None
    if isinstance(node, Mapping):
        return node.get(token)
    return None


MAX_INLINE_NAME = 100
"""Characters of an inline model's name taken from its parents' names."""

_UNRESOLVED = object()


def _preferred_name(schema: Any, fallback: str) -> str:
    """``x-clientsmith-name`` (set by a config's renames) wins over the spec's name."""
    if isinstance(schema, Mapping):
        explicit = schema.get("x-clientsmith-name")
        if isinstance(explicit, str) and explicit.strip():
            return explicit
    return fallback


@lru_cache(maxsize=65536)
def _pascal(text: str) -> str:
    return class_name(text, fallback="Field")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
