"""Operation-level spec nodes: the document, its path items and operations.

Each node is frozen, carries the JSON pointer (``#/...``) of the object it was
read from (the ``$ref`` target when the spec shares it) and holds only what
the IR compilers read, with the spec's loose types settled: a property of
the wrong type reads as absent. References are followed once, by
:mod:`.parse`; a chain that loops or points nowhere leaves its
:class:`~clientsmith.generator.refs.RefFault` on the node (``fault``) and the
node reads as missing. The compiler that reads the node reports the fault,
where and as often as it reads it, so the diagnostics keep their order among
those of the schemas read beside them. Schemas stay
:class:`~.schema.SchemaNode` values, compiled by ``SchemaCompiler``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..refs import RefFault
from .schema import SchemaNode

__all__ = [
    "CallbackNode",
    "DocumentNode",
    "EncodingNode",
    "HeaderNode",
    "MediaTypeNode",
    "OperationNode",
    "ParameterList",
    "ParameterNode",
    "PathItemNode",
    "RequestBodyNode",
    "ResponseNode",
    "SecurityRequirements",
]

SecurityRequirements = tuple[tuple[str, ...], ...]
"""Security requirement objects, each as its sorted scheme names."""


@dataclass(frozen=True, slots=True)
class EncodingNode:
    """One entry of a media type's ``encoding`` map (``valid``: an object)."""

    name: str
    pointer: str
    valid: bool
    content_type: str = ""
    style: Any = None
    """As written (checked by the compiler, which reports a bad style)."""
    explode: bool | None = None
    allow_reserved: bool = False


@dataclass(frozen=True, slots=True)
class MediaTypeNode:
    """A Media Type object under ``content``, keyed by its media type."""

    media_type: str
    pointer: str
    schema: SchemaNode | None
    """``None`` when the entry has no ``schema`` (or is not an object)."""
    encoding: tuple[EncodingNode, ...] = ()
    is_object: bool = True
    """False when the entry is no object (it then has no schema)."""

    @property
    def raw_schema(self) -> Any:
        """The schema as written, ``None`` without one."""
        return self.schema.raw if self.schema is not None else None


@dataclass(frozen=True, slots=True)
class HeaderNode:
    """A response header (its name and where it is declared)."""

    name: str
    pointer: str


@dataclass(frozen=True, slots=True)
class ParameterNode:
    """A Parameter object; ``valid`` when it has a ``name`` and a known ``in``."""

    pointer: str
    fault: RefFault | None = None
    is_object: bool = False
    name: str | None = None
    location: str | None = None
    required: bool = False
    style: str = ""
    explode: bool | None = None
    description: str | None = None
    deprecated: bool = False
    allow_reserved: bool = False
    schema: SchemaNode | None = None
    content: tuple[MediaTypeNode, ...] | None = None
    """``None`` without a ``content`` object."""

    @property
    def valid(self) -> bool:
        return self.name is not None and self.location is not None


@dataclass(frozen=True, slots=True)
class ParameterList:
    """A ``parameters`` list of a path item or an operation.

    ``is_list`` is false when the key holds something else: no entries then.
    """

    pointer: str
    entries: tuple[ParameterNode, ...] = ()
    is_list: bool = True


@dataclass(frozen=True, slots=True)
class RequestBodyNode:
    """A Request Body object; ``content`` is ``None`` without a content map."""

    pointer: str
    fault: RefFault | None = None
    content: tuple[MediaTypeNode, ...] | None = None
    required: bool = False
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ResponseNode:
    """A Response object under ``responses``, by its key as written (``2xx``)."""

    key: str
    pointer: str
    fault: RefFault | None = None
    content: tuple[MediaTypeNode, ...] | None = None
    headers: tuple[HeaderNode, ...] = ()


@dataclass(frozen=True, slots=True)
class OperationNode:
    """An Operation object of a path item (or a callback's, or a webhook's)."""

    method: str
    path: str
    """The path template (for a callback: its runtime expression)."""
    pointer: str
    """Where the operation is listed: under the path item as the document lists it."""
    operation_id: object = None
    """As written: the compilers tell a missing id from an empty or odd one."""
    tags: tuple[object, ...] = ()
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    parameter_lists: tuple[ParameterList, ...] = ()
    """The path item's list, then the operation's: what :attr:`parameters` merges."""
    parameters: tuple[ParameterNode, ...] = ()
    """The valid parameters, the operation's overriding the path item's by
    name and location (in first-declared order)."""
    request_body: RequestBodyNode | None = None
    responses: tuple[ResponseNode, ...] | None = None
    """``None`` when ``responses`` is missing or not an object."""
    security: SecurityRequirements | None = None
    """The operation's requirements, else the document's (``None``: neither)."""
    callbacks: tuple[CallbackNode, ...] = ()
    extensions: Mapping[str, Any] = field(default_factory=dict)
    """The ``x-*`` keys (``x-pagination``, ``x-clientsmith-method``...)."""

    def response(self, key: str) -> ResponseNode | None:
        """The response under ``key`` exactly as written, if declared."""
        for response in self.responses or ():
            if response.key == key:
                return response
        return None


@dataclass(frozen=True, slots=True)
class PathItemNode:
    """A Path Item object: its operations in :data:`HTTP_METHODS` order.

    ``pointer`` is where the document lists it (operation pointers build on
    it), ``target`` where it is written (differs for a ``$ref``'d item);
    ``is_object`` is false when it (or its ref's target) is no object.
    ``methods`` lists every method present, in :data:`HTTP_METHODS` order;
    ``operations`` those whose operation is an object.
    """

    key: str
    pointer: str
    target: str
    fault: RefFault | None = None
    is_object: bool = True
    operations: tuple[OperationNode, ...] = ()
    methods: tuple[str, ...] = ()
    parameters: ParameterList = ParameterList("")

    def operation(self, method: str) -> OperationNode | None:
        """The operation of ``method`` (``None``: absent or not an object)."""
        return next((op for op in self.operations if op.method == method), None)

    @property
    def referenced(self) -> bool:
        return self.target != self.pointer


@dataclass(frozen=True, slots=True)
class CallbackNode:
    """A Callback object of an operation: its path items by expression."""

    name: str
    pointer: str
    items: tuple[PathItemNode, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentNode:
    """The OpenAPI document as the IR stage reads it.

    ``raw`` is the document itself, for the naming rules that still read it
    whole (``naming.stripe_method_names``, ``nesting.tags_name_resources``).
    """

    raw: Mapping[str, Any]
    info: Mapping[str, Any] = field(default_factory=dict)
    """The ``info`` object as written (empty when missing or no object)."""
    paths: tuple[PathItemNode, ...] = ()
    paths_valid: bool = True
    """False when ``paths`` is there but no object (an error)."""
    path_keys: tuple[str, ...] = ()
    """Every key of ``paths`` in order (``x-`` keys included), for nesting."""
    webhooks: tuple[PathItemNode, ...] = ()
    security: SecurityRequirements | None = None
    security_schemes: Mapping[str, Any] = field(default_factory=dict)
    """``components.securitySchemes`` as written (checked by the builder)."""
    shared_responses: tuple[ResponseNode, ...] = ()
    """``components.responses``."""
    tags: Mapping[str, str | None] = field(default_factory=dict)
    """Tag name -> its description (the first entry of a name wins)."""
    servers: tuple[Any, ...] | None = None
    """The ``servers`` list as written (``None``: not a list)."""
    extensions: Mapping[str, Any] = field(default_factory=dict)

    def operations_by_pointer(self) -> dict[str, OperationNode]:
        """The operations of ``paths`` by pointer (``#/paths/~1pets/get``)."""
        return {op.pointer: op for item in self.paths for op in item.operations}
