"""Schema nodes: a JSON Schema object of the document and where it is written.

A :class:`SchemaNode` wraps the JSON value found at a pointer and reads its
keywords the one way the schema compiler needs them: a keyword of the wrong
JSON type reads as absent, children come back as nodes carrying their own
pointers, and a ``$ref`` is reported as written and as the canonical pointer
of its target (:func:`clientsmith.generator.refs.canonical_ref`). Nodes are
cheap and made on demand (a child node is built when it is asked for), so
nothing is parsed that the compiler never reads; what is worth remembering
(resolved targets, types) the compiler remembers, keyed by pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..diagnostics import Diagnostics, escape_token, pointer_join
from ..refs import REF, RefError, canonical_ref, chase_refs, follow_refs

__all__ = ["TYPING_KEYWORDS", "Discriminator", "SchemaNode", "SchemaReader"]

# Keywords that say what type a value has. A schema without any of them (only
# annotations such as description, nullable, readOnly, example, or constraints
# such as maxLength) does not change the type it is combined with in ``allOf``.
TYPING_KEYWORDS = frozenset(
    {
        REF,
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

_NO_KEYWORDS: Mapping[str, Any] = MappingProxyType({})


def _token(name: str) -> str:
    """``name`` as a pointer token (``escape_token``, skipped when there is
    nothing to escape: properties are many and their names rarely need it)."""
    return escape_token(name) if "~" in name or "/" in name else name


def _text(value: object) -> str | None:
    """A string keyword with something in it (blank text reads as absent)."""
    return value if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True, slots=True)
class Discriminator:
    """A schema's ``discriminator``, at ``pointer``.

    ``mapping`` holds the explicit ``value -> target`` pairs as written: a
    target is a reference (``#/components/schemas/Dog``) or a bare component
    name (``Dog``); :meth:`target_pointer` spells either as a pointer.
    """

    property_name: str
    mapping: tuple[tuple[str, str], ...]
    pointer: str

    @staticmethod
    def target_pointer(target: str) -> str:
        """A mapping target as a pointer: a bare name is a component schema."""
        if target.startswith("#"):
            return target
        return pointer_join("#/components/schemas", target)


@dataclass(frozen=True, slots=True, init=False)
class SchemaNode:
    """A schema as written at ``pointer`` (``#/components/schemas/Pet``).

    ``raw`` is the JSON value found there: a mapping, a boolean (OpenAPI 3.1)
    or a ``{"$ref": ...}`` object, which the schema compiler turns into a
    reference to the named model it points at. A ``raw`` that is no mapping
    has no keywords: every accessor reads as absent.

    Properties read one keyword; methods build child nodes, each carrying the
    pointer of the child (``#/components/schemas/Pet/properties/name``).
    """

    raw: Any
    pointer: str
    # ``raw`` when it is a mapping, else an empty one: the accessors read
    # keywords without asking each time whether there are any.
    _keywords: Mapping[str, Any] = field(init=False, repr=False, compare=False)

    def __init__(self, raw: Any, pointer: str) -> None:
        # Written out rather than generated with a __post_init__: the schema
        # compiler makes a node per schema it reads (60,000 for GitHub's API).
        # ``type() is dict`` first: documents are dicts, and the Mapping check
        # costs several times more.
        setattr_ = object.__setattr__
        setattr_(self, "raw", raw)
        setattr_(self, "pointer", pointer)
        keywords = (
            raw if type(raw) is dict or isinstance(raw, Mapping) else _NO_KEYWORDS
        )
        setattr_(self, "_keywords", keywords)

    # -- what the value is --------------------------------------------------

    @property
    def is_object(self) -> bool:
        """Whether ``raw`` is a schema object (a mapping of keywords)."""
        return self._keywords is self.raw

    @property
    def malformed(self) -> bool:
        """Neither a schema object, a boolean schema nor an absent one (``None``)."""
        raw = self.raw
        return not (self._keywords is raw or raw is True or raw is False or raw is None)

    def has(self, keyword: str) -> bool:
        """Whether ``keyword`` is written, whatever its value."""
        return keyword in self._keywords

    def has_any(self, keywords: frozenset[str]) -> bool:
        """Whether any of ``keywords`` is written."""
        return not keywords.isdisjoint(self._keywords)

    def keyword(self, name: str) -> Any:
        """The value of the keyword ``name`` as written, whatever its JSON type
        (``None`` when absent): an ``x-`` extension, or a keyword a reader
        judges itself."""
        return self._keywords.get(name)

    def child(self, keyword: str) -> SchemaNode | None:
        """Whatever ``keyword`` holds, as a node at ``pointer/keyword`` (any
        JSON type: the caller decides what to make of it); ``None`` when
        ``keyword`` is not written."""
        keywords = self._keywords
        if keyword not in keywords:
            return None
        return SchemaNode(keywords[keyword], self.pointer + "/" + _token(keyword))

    @property
    def neutral(self) -> bool:
        """A schema object that annotates or constrains a value without saying
        its type (no :data:`TYPING_KEYWORDS`)."""
        return self.is_object and TYPING_KEYWORDS.isdisjoint(self._keywords)

    # -- references ---------------------------------------------------------

    @property
    def ref(self) -> str | None:
        """The ``$ref`` as written, when it is a string."""
        ref = self._keywords.get(REF)
        return ref if isinstance(ref, str) else None

    @property
    def ref_target(self) -> str | None:
        """The canonical pointer of an internal ``$ref``'s target
        (``#/components/schemas/Pet``); ``None`` for no ref or an external one."""
        ref = self.ref
        if ref is None:
            return None
        try:
            return canonical_ref(ref)
        except RefError:
            return None

    # -- type ---------------------------------------------------------------

    @property
    def type_name(self) -> str | None:
        """``type`` when it is a single name (``"object"``), not a 3.1 list."""
        kind = self._keywords.get("type")
        return kind if isinstance(kind, str) else None

    @property
    def kinds(self) -> tuple[str, ...] | None:
        """The declared type names; ``None`` when ``type`` is absent.

        A 3.1 list drops ``"null"`` (it makes the value :attr:`nullable`);
        a lone ``type: "null"`` is kept, since it is the whole type.
        """
        kind = self._keywords.get("type")
        if isinstance(kind, str):
            return (kind,)
        if isinstance(kind, list):
            return tuple(str(t) for t in kind if t != "null")
        return None

    @property
    def nullable(self) -> bool:
        """Whether null is allowed by this schema itself (its ``$ref`` aside):
        3.0 ``nullable``, Swagger's ``x-nullable`` (left in many converted 3.x
        specs), ``null`` among 3.1 type names, or ``null`` in ``enum``."""
        keywords = self._keywords
        if keywords.get("nullable") is True or keywords.get("x-nullable") is True:
            return True
        kind = keywords.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        enum = keywords.get("enum")
        return isinstance(enum, list) and None in enum

    @property
    def format(self) -> str | None:
        """``format``, when it is a string."""
        fmt = self._keywords.get("format")
        return fmt if isinstance(fmt, str) else None

    @property
    def int_or_string(self) -> bool:
        """Kubernetes' ``IntOrString``, in its Swagger and its CRD spelling."""
        keywords = self._keywords
        return (
            keywords.get("format") == "int-or-string"
            or keywords.get("x-kubernetes-int-or-string") is True
        )

    # -- values -------------------------------------------------------------

    @property
    def enum(self) -> list[Any] | None:
        """``enum`` when it is a list (as written: ``None`` members included)."""
        enum = self._keywords.get("enum")
        return enum if isinstance(enum, list) else None

    @property
    def has_const(self) -> bool:
        """Whether ``const`` is written (its value may be ``null``)."""
        return "const" in self._keywords

    @property
    def const(self) -> Any:
        """The value of ``const`` (``None`` also when absent: see :attr:`has_const`)."""
        return self._keywords.get("const")

    # -- objects ------------------------------------------------------------

    @property
    def has_properties(self) -> bool:
        """Whether ``properties`` is a mapping with at least one member."""
        props = self._keywords.get("properties")
        return isinstance(props, Mapping) and bool(props)

    def properties(self) -> list[tuple[str, SchemaNode]]:
        """``properties`` in spec order: ``(name, node)`` pairs."""
        props = self._keywords.get("properties")
        if not isinstance(props, Mapping):
            return []
        base = self.pointer + "/properties/"
        return [
            (str(name), SchemaNode(prop, base + _token(str(name))))
            for name, prop in props.items()
        ]

    def property_named(self, name: str) -> SchemaNode | None:
        """The property ``name`` (``None`` when not declared), without building
        a node for every other property."""
        props = self._keywords.get("properties")
        if not isinstance(props, Mapping) or name not in props:
            return None
        return SchemaNode(props[name], self.pointer + "/properties/" + _token(name))

    @property
    def required(self) -> tuple[str, ...]:
        """The names ``required`` lists (empty unless it is a list)."""
        req = self._keywords.get("required")
        return tuple(str(r) for r in req) if isinstance(req, list) else ()

    @property
    def lists_required(self) -> bool:
        """Whether ``required`` is written and not empty."""
        return bool(self._keywords.get("required"))

    def additional_properties(self) -> SchemaNode | None:
        """``additionalProperties`` when it is a schema that says something
        (a non-empty mapping); ``true``, ``{}``, ``false`` and absent are not."""
        extra = self._keywords.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            return SchemaNode(extra, self.pointer + "/additionalProperties")
        return None

    @property
    def forbids_additional(self) -> bool:
        """``additionalProperties: false``."""
        return self._keywords.get("additionalProperties") is False

    def pattern_properties(self) -> list[tuple[str, SchemaNode]]:
        """``patternProperties``: ``(pattern, node)`` pairs in spec order."""
        patterns = self._keywords.get("patternProperties")
        if not isinstance(patterns, Mapping):
            return []
        base = self.pointer + "/patternProperties"
        return [
            (str(key), SchemaNode(sub, pointer_join(base, str(key))))
            for key, sub in patterns.items()
        ]

    def discriminator(self) -> Discriminator | None:
        """``discriminator``, when it names its ``propertyName``."""
        disc = self._keywords.get("discriminator")
        if not isinstance(disc, Mapping):
            return None
        name = disc.get("propertyName")
        if not isinstance(name, str):
            return None
        explicit = disc.get("mapping")
        mapping = (
            tuple((str(value), str(target)) for value, target in explicit.items())
            if isinstance(explicit, Mapping)
            else ()
        )
        return Discriminator(name, mapping, self.pointer + "/discriminator")

    # -- arrays -------------------------------------------------------------

    @property
    def tuple_items(self) -> bool:
        """Whether ``items`` is the old tuple form (a list of schemas)."""
        return isinstance(self._keywords.get("items"), list)

    def items(self) -> SchemaNode | None:
        """``items`` as one schema; ``None`` when absent or in tuple form."""
        keywords = self._keywords
        if "items" not in keywords or self.tuple_items:
            return None
        return SchemaNode(keywords["items"], self.pointer + "/items")

    def prefix_items(self) -> list[SchemaNode]:
        """3.1 ``prefixItems`` (tuple typing)."""
        return self.members("prefixItems")

    # -- combinations -------------------------------------------------------

    def members(self, keyword: str) -> list[SchemaNode]:
        """The schemas a list keyword (``allOf``, ``oneOf``...) holds, in order;
        empty unless it is a list."""
        parts = self._keywords.get(keyword)
        if not isinstance(parts, list):
            return []
        base = self.pointer + "/" + keyword
        return [SchemaNode(part, f"{base}/{i}") for i, part in enumerate(parts)]

    def all_of(self) -> list[SchemaNode]:
        """``allOf`` members."""
        # Asked of most schemas, which have none: answered without members().
        if "allOf" not in self._keywords:
            return []
        return self.members("allOf")

    def one_of(self) -> list[SchemaNode]:
        """``oneOf`` members."""
        return self.members("oneOf")

    def any_of(self) -> list[SchemaNode]:
        """``anyOf`` members."""
        return self.members("anyOf")

    # -- annotations --------------------------------------------------------

    @property
    def title(self) -> str | None:
        """``title``, unless blank."""
        return _text(self._keywords.get("title"))

    @property
    def description(self) -> str | None:
        """``description``, unless blank."""
        return _text(self._keywords.get("description"))

    @property
    def read_only(self) -> bool:
        """``readOnly: true``."""
        return self._keywords.get("readOnly") is True

    @property
    def write_only(self) -> bool:
        """``writeOnly: true``."""
        return self._keywords.get("writeOnly") is True

    @property
    def preferred_name(self) -> str | None:
        """``x-clientsmith-name`` (set by a config's renames), unless blank."""
        return _text(self._keywords.get("x-clientsmith-name"))


class SchemaReader:
    """Follows the ``$ref`` chains of one document's schema nodes, reporting
    the dead and looping ones (:func:`clientsmith.generator.refs.chase_refs`).

    For the operation-side readers (pagination detection, form fields): a
    fault is reported each time a chain is read, at the pointer the reader
    names (its first hop; later hops fail at the ref they reached), as the
    operation compilers always have.
    """

    def __init__(self, document: Mapping[str, Any], diagnostics: Diagnostics) -> None:
        self.document = document
        self.diagnostics = diagnostics
        self._resolved: dict[str, tuple[str, Any]] = {}

    def deref(
        self, node: SchemaNode | None, at: str | None = None
    ) -> SchemaNode | None:
        """The node a ``$ref`` chain at ``node`` ends at (``node`` itself when it
        is no reference); ``None`` for no node or a fault, which is reported at
        ``at`` (default: the node's pointer) when the first hop fails."""
        if node is None:
            return None
        raw = node.raw
        # Most schemas read here are no reference: answered without a chase.
        if not isinstance(raw, dict) or not isinstance(raw.get(REF), str):
            return node
        start = node.pointer if at is None else at
        target, pointer, fault = chase_refs(self.document, raw, start, self._resolved)
        if fault is not None:
            self.diagnostics.warning(fault.code, fault.message, fault.pointer[1:])
            return None
        return node if target is raw else SchemaNode(target, pointer)

    def quiet(self, node: SchemaNode) -> SchemaNode | None:
        """The node a ``$ref`` chain ends at, unreported (``None``: nowhere)."""
        followed = follow_refs(self.document, node.raw, node.pointer)
        return None if followed is None else SchemaNode(*followed)

    def merged_properties(self, node: SchemaNode) -> dict[str, SchemaNode | None]:
        """The properties of ``node`` and of its ``allOf`` parts, each
        dereferenced (``None`` for a faulty ref); a later part's property
        replaces an earlier one of the same name. Faults are reported at the
        document's root (``#``), as the operation compilers always have."""
        props: dict[str, SchemaNode | None] = {}
        for part in (node, *node.all_of()):
            found = self.deref(part, "#")
            if found is None:
                continue
            for name, prop in found.properties():
                props[name] = self.deref(prop, "#")
        return props
