"""OpenAPI operations -> :class:`~.ir.OperationIR`, grouped into resources.

Every operation in ``paths`` ends up in a resource, or a diagnostic says why
not. Resource names come from the first tag (fallback: the first literal path
segment), method names from ``operationId`` (fallback: method + path). Each
operation's parameters, request body and responses are compiled here; media
types are classified by :mod:`.media`, pagination by :mod:`.pagination_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal, cast

from clientsmith._contract import HTTP_METHODS, is_json_patch

from .diagnostics import Diagnostics, pointer_join
from .ir import (
    BodyIR,
    CallKind,
    EncodingIR,
    OperationIR,
    PaginationIR,
    ParamIR,
    ResponseIR,
    TypeExpr,
)
from .media import (
    ALTERNATE_ENCODING,
    BODY_PREFERENCE,
    RESPONSE_PREFERENCE,
    concrete_media_type,
    media_kind,
    pick_media,
    wildcard_body_kind,
)
from .naming import (
    GET_VERBS,
    PREPOSITIONS,
    ClassName,
    Namespace,
    NamingRules,
    PyName,
    acronym_singular,
    by_variable,
    class_name,
    counted_ids,
    crud_name,
    discovery_api,
    discovery_resources,
    django_rest_split,
    drop_api_name,
    drop_group_prefix,
    drop_path_resource,
    drop_repeated_name,
    drop_resource_words,
    drop_version_words,
    id_key,
    is_django_rest,
    is_mechanical,
    is_path_name,
    is_plural,
    is_version_tag,
    is_version_word,
    lead_qualified_names,
    method_name,
    module_name,
    naming_paths,
    parameter_text,
    path_qualified,
    path_version,
    product_version_tags,
    resource_name,
    resource_name_lead,
    resource_words,
    runtime_client_attributes,
    same_word,
    shared_id_prefixes,
    singular,
    snake_name,
    split_glued_variables,
    split_glued_version,
    split_words,
    strip_extension,
    stripe_method_names,
    table_field,
    unversioned_chains,
    vendor_group,
    vendor_method,
    version_ranks,
    versioned_tag_twins,
    without_framework_suffix,
    without_path_prefix,
    without_shared_prefix,
    without_springfox_suffix,
    without_versions,
    word_key,
)
from .nesting import SKIP_SEGMENT, PathNesting, tags_name_resources
from .pagination_rules import PaginationCompiler, pagination_summary
from .refs import chase_refs
from .schemas import SchemaCompiler, union_of
from .spec.document import (
    DocumentNode,
    EncodingNode,
    MediaTypeNode,
    OperationNode,
    ParameterList,
    ParameterNode,
    PathItemNode,
    RequestBodyNode,
)
from .spec.parse import report
from .spec.schema import SchemaNode, SchemaReader
from .typeexpr import (
    ANY,
    BYTES,
    NONE,
    STR,
    Annotated,
    Generic,
    Name,
    Union,
    dict_of,
    list_of,
)

# Body and return types the operation compiler adds to what schemas give.
_JSON_OBJECT = dict_of(ANY)
_ITERABLE = Name("Iterable", "collections.abc")
_SERVER_SENT_EVENT = Name("ServerSentEvent", "clientsmith.streaming")


def _leads_with(t: TypeExpr, name: str) -> bool:
    """Whether ``t`` (or its first union member) is ``name[...]``: a generic
    of that base, or ``Annotated`` for ``"Annotated"``."""
    first = t.members[0]
    if name == "Annotated":
        return isinstance(first, Annotated)
    return isinstance(first, Generic) and first.base.builtin == name


def _list_or_annotated(t: TypeExpr) -> bool:
    """A list or an ``Annotated`` type (or a union that starts with one):
    left as it is rather than widened to accept plain JSON values."""
    return _leads_with(t, "list") or _leads_with(t, "Annotated")


__all__ = [
    "HTTP_METHODS",
    "OperationCompiler",
    "ResourceDraft",
    "count_operations",
    "media_kind",
    "pagination_summary",
]


def count_operations(document: Mapping[str, Any]) -> int:
    """The operations under ``paths``, counted the way the IR stage reads them.

    Path-item ``$ref`` chains are followed; ``x-`` keys are extensions, not paths.
    """
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return 0
    count = 0
    for path, item in paths.items():
        if str(path).startswith("x-"):
            continue
        # Where a chain fails, the methods beside its last ``$ref`` count.
        item, _, _ = chase_refs(document, item, "#")
        if isinstance(item, Mapping):
            count += sum(1 for method in HTTP_METHODS if method in item)
    return count


# Handled by the runtime (auth, content negotiation), never method parameters.
_RUNTIME_HEADERS = frozenset(
    {"authorization", "content-type", "accept", "content-length"}
)

# Attributes of the runtime Client that a resource may not shadow: derived from
# the runtime classes (a hand copy went stale: a `retry` tag shadowed the client's
# retry policy), plus names the generated client module uses.
CLIENT_ATTRIBUTES = runtime_client_attributes() | frozenset(
    {
        "request",
        "paginate",
        "stream",
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "close",
        "aclose",
        "with_options",
        "base_url",
        "auth",
        "timeout",
        "headers",
        "copy",
        "http_client",
        "with_raw_response",
        "with_streaming_response",
        "stream_lines",
        "options",
    }
)
_METHOD_RESERVED = frozenset(
    {
        "with_raw_response",
        "with_streaming_response",
        "with_options",
        "cached_property",
    }
)
_PARAM_RESERVED = frozenset(
    {
        "self",
        "body",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_items",
    }
)
_PATH_VAR = re.compile(r"{([^{}]+)}")


def _last_segment(path: str) -> str:
    """``/pets/{petId}/`` -> ``{petId}``."""
    return path.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class ResourceDraft:
    """A resource being filled with operations (names settled at the end)."""

    key: str
    attribute: PyName
    module: PyName
    class_name: ClassName
    description: str | None
    parent: str | None = None
    """Key of the enclosing resource for nested resources (``a.b`` is in ``a``)."""
    method_names: Namespace = field(default_factory=lambda: Namespace(_METHOD_RESERVED))
    operations: list[OperationIR] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    words: tuple[str, ...] = ()
    """The words of the resource's name, as in the spec (``core``, ``v1``)."""
    by_path: bool = False
    """Made from the path hierarchy (:mod:`.nesting`), not named by the spec."""


_FORM_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"})


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _indent_rest(text: str, prefix: str) -> str:
    lines = text.strip().splitlines()
    return "\n".join(
        [lines[0]] + [prefix + line if line.strip() else "" for line in lines[1:]]
    )


def _method_docstring(
    method: str,
    path: str,
    op: OperationNode,
    params: tuple[ParamIR, ...],
    body: BodyIR | None,
) -> str:
    """Summary, description, deprecation and an Args section, as plain text."""
    summary = _text(op.summary)
    description = _text(op.description)
    parts = [summary or description or f"{method.upper()} {path}"]
    if summary and description:
        parts.append(description.strip())
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation as deprecated.")
    args = [
        f"    {p.name}: {_indent_rest(p.description, '        ')}"
        for p in params
        if p.description
    ]
    if body is not None and (body.description or body.fields):
        text = body.description or ""
        if body.fields:
            # Form and multipart bodies are flat field lists on the wire: name
            # them here, as they are sent, so the docs read like the API's.
            kind = "form" if body.kind == "form" else "multipart"
            names = ", ".join(f"``{f}``" for f in body.fields)
            text = f"{text.strip()}\n\n" if text.strip() else ""
            text += f"The {kind} fields: {names}."
        args.append(f"    {body.name}: {_indent_rest(text, '        ')}")
    if args:
        parts.append("Args:\n" + "\n".join(args))
    parts.append(f"``{method.upper()} {path}``")
    return "\n\n".join(parts)


# Declared parameters by (wire name, location).
_Declared = dict[tuple[str, str], ParameterNode]


def _parameter_schema(param: ParameterNode) -> tuple[SchemaNode, bool]:
    """A parameter's schema, and whether its value is sent as JSON.

    Without ``schema``, a parameter may declare ``content`` (one media type):
    its schema counts, and a JSON media type means the value is JSON-encoded.
    Either way the schema is located at the parameter's ``schema``, where
    inline models have always been named from.
    """
    pointer = pointer_join(param.pointer, "schema")
    if param.schema is None and param.content:
        picked = pick_media(param.content, RESPONSE_PREFERENCE)
        if picked is not None:
            return SchemaNode(picked[1].raw_schema, pointer), picked[0] == "json"
    raw = param.schema.raw if param.schema is not None else None
    return SchemaNode(raw, pointer), False


@dataclass(frozen=True)
class _BodyParts:
    """What a request body's kind decides: its type and the wire details."""

    type: TypeExpr
    encoding: tuple[EncodingIR, ...] = ()
    fields: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()


# The Content-Type sent for a body declared under a wildcard, by the kind its
# schema says it is (anything else: octet-stream).
_WILDCARD_CONTENT_TYPES = {"json": "application/json", "text": "text/plain"}
_PLAIN_BODY_TYPES: dict[str, TypeExpr] = {
    "text": STR,
    "binary": Name("FileContent", "clientsmith.files"),
}
# A form or multipart body without an object schema: still a field mapping.
_FIELD_MAPPING = Generic(Name("Mapping", "collections.abc"), (STR, ANY))


def _status(key: object) -> str:
    """A response key as the IR spells it: upper case (``2XX``), or ``default``."""
    return str(key).upper() if str(key).lower() != "default" else "default"


def _is_status(status: str) -> bool:
    return status.startswith(("1", "2", "3", "4", "5")) or status == "default"


def _response_hint(hint: str, status: str, is_error: bool) -> str:
    """The name inline models of a response's schema are named after."""
    if is_error:
        return f"{hint}Error{status}"
    if status in ("200", "201", "2XX", "default"):
        return f"{hint}Response"
    return f"{hint}Response{status}"


def _success_response(
    status: str,
    kind: str,
    rtype: TypeExpr | None,
    media: list[tuple[str, MediaTypeNode]],
    several: bool,
) -> ResponseIR:
    """A success response with the other media types the server may send.

    Each alternative (JSON or PDF) is decoded by the actual Content-Type at
    run time. With several media types declared, each is named, so the
    runtime's Accept header asks for the one the client reads first (JSON
    rather than XML).
    """
    alternatives = tuple(
        ResponseIR(
            status,
            cast(Any, other),
            None,
            media_type=concrete_media_type(other_media.media_type) if several else "",
        )
        for other, other_media in media[1:]
    )
    return ResponseIR(
        status,
        cast(Any, kind),
        rtype,
        alternatives=alternatives,
        media_type=concrete_media_type(media[0][1].media_type)
        if several and media
        else "",
    )


def _one_response_type(response: ResponseIR) -> TypeExpr:
    if response.kind == "empty":
        return NONE
    if response.kind == "text":
        return STR
    if response.kind == "binary":
        return BYTES
    return response.type if response.type is not None else ANY


def _response_type(response: ResponseIR) -> TypeExpr:
    """The Python value a response decodes to (with its alternatives: a union)."""
    if response.alternatives:
        return union_of(
            [_one_response_type(r) for r in (response, *response.alternatives)]
        )
    return _one_response_type(response)


def _call_and_return(responses: list[ResponseIR]) -> tuple[CallKind, TypeExpr]:
    """How a method calls the runtime, and what it returns, from its success responses.

    All-binary responses stream bytes, all-NDJSON ones stream one typed item
    per line (``Iterator[T]``), all-SSE ones stream events; anything else is a
    plain request returning the union of the responses' types.
    """
    success = [r for r in responses if not r.status.startswith(("4", "5", "d"))]
    kinds = {r.kind for r in success}
    if not success:
        return "request", ANY
    if kinds == {"binary"}:
        return "stream", BYTES
    if kinds == {"ndjson"}:
        return "stream_lines", union_of(
            [r.type if r.type is not None else ANY for r in success]
        )
    if kinds == {"sse"}:
        return "stream_events", _SERVER_SENT_EVENT
    return "request", union_of([_response_type(r) for r in success])


def _owners(path: str) -> list[str]:
    """The path's collections an item of is named (``users`` of
    ``/users/{user}/badges``): whose the method's objects are. Not a singular
    word before a variable (``/community/{conv_id}``): it qualifies the item."""
    segments = [strip_extension(s) for s in path.split("/") if s]
    return [
        s
        for s, after in zip(segments, segments[1:], strict=False)
        if not _PATH_VAR.fullmatch(s)
        and _PATH_VAR.fullmatch(after)
        and is_plural(split_words(s)[-1] if split_words(s) else s)
    ]


def _owner_names(path: str) -> list[str]:
    """The path's owners (:func:`_owners`), nearest first, each in the singular:
    ``invoice_section`` then ``billing_profile`` for
    ``/billingProfiles/{p}/invoiceSections/{s}/transfers``."""
    found = []
    # Not the item's own collection: ``/transfers/{name}`` is the transfer.
    head, _, last = path.rstrip("/").rpartition("/")
    for owner in reversed(_owners(head if _PATH_VAR.fullmatch(last) else path)):
        words = split_words(owner)
        found.append("_".join([*words[:-1], singular(words[-1].lower())]))
    return found


def _path_words(path: str) -> frozenset[str]:
    """The words of a path's plain segments, in the singular and lower case."""
    return frozenset(
        word_key(w)
        for s in path.split("/")
        if "{" not in s
        for w in split_words(strip_extension(s))
    )


def _segment_qualifier(path: str, resource: tuple[str, ...]) -> list[str]:
    """The words before the resource's in the path segment that ends with them:
    ``telephony`` for ``credentials`` in ``/telephony_credentials``."""
    size = len(resource)
    for segment in path.split("/"):
        if "{" in segment or not size:
            continue
        words = split_words(strip_extension(segment))
        if len(words) > size and all(
            same_word(a, b) for a, b in zip(words[-size:], resource, strict=True)
        ):
            return words[:-size]
    return []


def _grouped_listing(
    name: str, resource: tuple[str, ...], path: str, listing: bool
) -> str:
    """The author's name after a group, but a lone get-verb for a ``GET`` of a
    plural collection is its listing (OpenAQ's ``cities_get`` for ``GET
    /v2/cities`` -> ``list``, beside ``countries_get`` for
    ``/v2/countries/{country_id}`` -> ``get``)."""
    last = strip_extension(_last_segment(path))
    words = split_words(last)
    if (
        listing
        and name in GET_VERBS
        and resource
        and is_plural(resource[-1])
        and words
        and len(words[-1]) > 3  # not ``/sns``
        and is_plural(words[-1])
    ):
        return "list"
    return name


# ``<service>.<method>`` as a path's last segment (EPA's
# ``/cwa_rest_services.get_facilities``), not a file's extension.
_RPC_METHOD = re.compile(
    r"[A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*)"
)


def _rpc_names(resource: tuple[str, ...], path: str, method: str) -> list[str]:
    """EPA's ``/cwa_rest_services.get_facilities``: a service's method named in
    the path (``get_facilities``, less the resource's name), then, for its
    ``POST`` twin, the same ``_using_post``; ``[]`` for another path. Not a
    file's extension, nor a method that is only the resource's name
    (``/air_rest_services.metadata`` in ``metadata``: the path's shape names it)."""
    rpc = _RPC_METHOD.fullmatch(_last_segment(path))
    if not rpc or strip_extension(rpc.group(0)) != rpc.group(0):
        return []
    name = method_name(rpc.group(1))
    if not drop_resource_words(name, resource):
        return []
    # Served as GET and POST alike: both are read as the GET.
    name = method_name(drop_repeated_name(name, resource, listing=True) or name)
    return [name, method_name(f"{name}_using_{method}")]


# The verb a call's HTTP method says, for a name that has none.
_METHOD_VERBS = {"get": "get", "delete": "delete", "put": "update", "patch": "update"}


def _verbed_lead(
    candidates: list[str], resource: tuple[str, ...], method: str
) -> list[str]:
    """``candidates`` with, first, a name that would start with a preposition
    given the HTTP method's verb: PTV's ``Directions_ForRoute`` ->
    ``get_for_route`` (``Directions_ForDirection`` in ``directions`` -> ``get``,
    :func:`~.naming.drop_repeated_name`); a name that is the resource's name
    and then a preposition, or whose later candidate starts with one:
    ``Stops_StopsByGeolocation`` in ``stops`` -> ``get_by_geolocation``,
    SportsData's ``TeamsBySeason`` in ``teams`` -> ``get_by_season``, not
    ``teams_by_season`` (nor ``by_season``)."""
    verb = _METHOD_VERBS.get(method)
    if not verb or not candidates:
        return candidates
    first = candidates[0].split("_")
    if first[0] in PREPOSITIONS:
        verbed = "_".join([verb, *first])
        return [
            method_name(drop_repeated_name(verbed, resource) or verbed),
            *candidates,
        ]
    lead = resource_name_lead(candidates[0], resource)
    if not lead:
        return candidates
    if lead < len(first) and first[lead] in PREPOSITIONS:
        return [method_name("_".join([verb, *first[lead:]])), *candidates]
    for name in candidates[1:]:
        if name.split("_")[0] in PREPOSITIONS:
            return [method_name(f"{verb}_{name}"), *candidates]
    return candidates


class OperationCompiler:
    """Compiles ``paths`` into resources, using a shared :class:`SchemaCompiler`."""

    def __init__(
        self,
        document: DocumentNode,
        schemas: SchemaCompiler,
        diagnostics: Diagnostics,
        *,
        naming: NamingRules | None = None,
    ) -> None:
        self.document = document
        self.diagnostics = diagnostics
        self.reader = SchemaReader(document.raw, diagnostics)
        self.naming = naming or NamingRules()
        self.schemas = schemas
        self._pages = PaginationCompiler(document, schemas, diagnostics)
        self.resources: dict[str, ResourceDraft] = {}
        self._attributes = Namespace(CLIENT_ATTRIBUTES)
        self._modules = Namespace({"init"})
        self.operation_count = 0
        # Method names Stripe's spec gives in its schemas' x-stripeOperations.
        self._vendor_methods = stripe_method_names(document.raw)
        # Operations whose method names are settled after all are known:
        # (resource key, index in its operations, candidates, rank, method, path).
        self._pending: list[tuple[str, int, list[PyName], int, str, str]] = []
        # Operations whose ids a counter told apart (``delete_13``): (method, path).
        self._counted_paths: set[tuple[str, str]] = set()
        # (method, path) -> the operationId as written, in snake_case.
        self._as_written: dict[tuple[str, str], PyName] = {}
        # Under an older version: (method, path) -> {``list_v1``: ``list``}
        # (see :meth:`_older_version_names`).
        self._version_alternates: dict[tuple[str, str], dict[str, str]] = {}

    # -- walking paths -----------------------------------------------------

    def compile(self) -> None:
        if not self.document.paths_valid:
            self.diagnostics.error("spec-invalid", "'paths' is not a mapping", "/paths")
            return
        # ``x-`` keys of the Paths object are extensions, not paths: not parsed.
        for item in self.document.paths:
            self._compile_path_item(item)
        self._settle_method_names()
        # Webhooks and callbacks are requests the API sends: not methods of
        # the client, but payload models and parse functions (see .webhooks).

    def _compile_path_item(self, item: PathItemNode) -> None:
        """Compile a path item's operations, or say why it has none."""
        report(self.diagnostics, item.fault)
        if not item.is_object:
            self.diagnostics.warning(
                "operation-skipped",
                "path item is not a mapping; its operations were skipped",
                item.pointer[1:],
            )
            return
        for method in item.methods:
            self.operation_count += 1
            op = item.operation(method)
            if op is None:
                self.diagnostics.warning(
                    "operation-skipped",
                    f"{method.upper()} {item.key}: operation is not a mapping",
                    pointer_join(item.pointer, method)[1:],
                )
                continue
            self._compile_operation(op)

    def _resource_for(self, path: str, op: OperationNode) -> ResourceDraft:
        """The (nested) resource an operation's method belongs to, made on first use."""
        segments = self._explicit_segments(op, op.path)
        by_path = not segments
        if by_path:
            segments, _ = self._path_nesting.resources(path)
        draft: ResourceDraft | None = None
        for depth in range(len(segments)):
            key = ".".join(segments[: depth + 1])
            found = self.resources.get(key)
            if found is None:
                found = self._new_resource(key, segments[depth], draft)
                found.by_path = by_path
            draft = found
        assert draft is not None
        return draft

    def _explicit_segments(self, op: OperationNode, path: str) -> list[str]:
        """The resource chain the spec names (config, other generators' groups,
        a tag that names resources), or ``[]`` when the path decides it."""
        explicit = op.extensions.get("x-clientsmith-resource")
        if isinstance(explicit, str) and explicit.strip(". "):
            return [s for s in explicit.split(".") if s.strip()]
        # Other generators' groups (Speakeasy, Fern) name resources as their SDKs do.
        vendor = vendor_group(op.extensions)
        if vendor:
            return vendor
        # Google's discovery ids carry the resource chain its clients nest by.
        op_id = op.operation_id
        if self._discovery_api and isinstance(op_id, str):
            found = discovery_resources(op_id, self._discovery_api)
            if found:
                return self._discovery_chains.get(tuple(found), found)
        # Django REST's ``<app>_<model>_<action>``: nested as pynetbox nests NetBox's.
        if self._django_rest and isinstance(op_id, str):
            split = django_rest_split(op_id, path)
            if split:
                return split[0]
        tags = op.tags
        if (
            self._tags_name_resources
            and tags
            and isinstance(tags[0], str)
            and tags[0].strip()
            # OpenAQ's ``v1`` and ``v2``: a version is not a resource (``client.v1``).
            and not is_version_tag(tags[0])
        ):
            # Visma's ``PurchaseReceiptV2``: a newer version of ``PurchaseReceipt``.
            return [self._versioned_tag_twins.get(tags[0], tags[0])]
        return []

    @cached_property
    def _versioned_tag_twins(self) -> dict[str, str]:
        """Tags that are a newer version of another's resource (:func:`~.naming.versioned_tag_twins`)."""
        if not self._tags_name_resources:
            return {}
        return versioned_tag_twins(self._first_tags)

    @cached_property
    def _first_tags(self) -> list[tuple[str, str]]:
        """(first tag, naming path) of every tagged operation, in spec order."""
        return [
            (op.tags[0], self._naming_path(item.key))
            for item in self.document.paths
            for op in item.operations
            if op.tags and isinstance(op.tags[0], str) and op.tags[0].strip()
        ]

    @cached_property
    def _naming_paths(self) -> dict[str, str]:
        return naming_paths(self.document.path_keys)

    @cached_property
    def _naming_path_keys(self) -> tuple[str, ...]:
        """The spec's paths as names are made from them (:meth:`_naming_path`), in order."""
        return tuple(map(self._naming_path, self.document.path_keys))

    def _naming_path(self, path: str) -> str:
        """The path an operation's names are made from: the spec's, less the
        versions written onto segments (``/reviews-v1`` -> ``/v1/reviews``,
        :func:`~.naming.unglued_versions`)."""
        return self._naming_paths.get(path, path)

    @cached_property
    def _product_version_tags(self) -> dict[str, str]:
        """Tags whose trailing version is their paths' (:func:`~.naming.product_version_tags`)."""
        if not self._tags_name_resources:
            return {}
        return product_version_tags(self._first_tags)

    @cached_property
    def _path_nesting(self) -> PathNesting:
        return PathNesting.of(self._naming_path_keys)

    @cached_property
    def _item_parents(self) -> frozenset[str]:
        """Paths an item's path extends by one variable, as spelled: not
        Zuora's ``/attachments/{attachment-id}`` beside
        ``/attachments/{object-type}/{object-key}`` (another variable)."""
        found = set()
        for key in self._naming_path_keys:
            head, _, last = key.rstrip("/").rpartition("/")
            if _PATH_VAR.fullmatch(last):
                found.add(head)
        return frozenset(found)

    @cached_property
    def _discovery_api(self) -> str | None:
        ids = [
            op.operation_id for item in self.document.paths for op in item.operations
        ]
        if not ids or not all(isinstance(i, str) for i in ids):
            return None
        return discovery_api(str(i) for i in ids)

    @cached_property
    def _discovery_chains(self) -> dict[tuple[str, ...], list[str]]:
        """Discovery chains with a version inside, without it
        (:func:`~.naming.unversioned_chains`)."""
        api = self._discovery_api
        if api is None:
            return {}
        return unversioned_chains(
            discovery_resources(str(op.operation_id), api)
            for item in self.document.paths
            for op in item.operations
        )

    @cached_property
    def _django_rest(self) -> bool:
        return is_django_rest(
            (op.operation_id, item.key)
            for item in self.document.paths
            for op in item.operations
            if isinstance(op.operation_id, str)
        )

    @cached_property
    def _shared_id_prefixes(self) -> dict[str, int]:
        return shared_id_prefixes(
            (op.operation_id, item.key)
            for item in self.document.paths
            for op in item.operations
            if isinstance(op.operation_id, str) and op.operation_id.strip()
        )

    @cached_property
    def _counted_ids(self) -> dict[str, str]:
        return counted_ids(
            str(op.operation_id)
            for item in self.document.paths
            for op in item.operations
            if isinstance(op.operation_id, str)
        )

    @cached_property
    def _version_ranks(self) -> dict[str, int]:
        return version_ranks(self._naming_path_keys)

    def _claim_order(self, rank: int, method: str, path: str) -> tuple[int, int, int]:
        """When an operation's method name is settled: by rank, then the
        newest version first (``/v2/cities`` is ``list`` beside ``/v1/cities``'
        ``list_v1``), then, among ids a counter told apart, the shortest path
        first (``DELETE /customers/{id}`` is ``delete`` beside
        ``/customers/priceLists/{id}``'s ``delete_price_list``)."""
        version = self._version_ranks.get(path_version(path), 0)
        counted = (method, path) in self._counted_paths
        return rank, version, path.count("/") if counted else 0

    @cached_property
    def _tags_name_resources(self) -> bool:
        return tags_name_resources(self.document.raw)

    def _local_path(self, resource: ResourceDraft, path: str) -> str:
        """The path below a resource nested by path (``/persons/{person}`` for
        ``persons`` of ``/v1/accounts/{account}/persons/{person}``): what its
        method names are derived from."""
        if not resource.by_path or resource.parent is None:
            return path
        return self._path_nesting.resources(path)[1]

    def _new_resource(
        self, key: str, segment: str, parent: ResourceDraft | None
    ) -> ResourceDraft:
        names = self._attributes if parent is None else parent.method_names
        # XTRF's tag ``Projects (Smart)(v2)`` for ``/v2/projects``: ``projects_smart``.
        named = (
            self._product_version_tags.get(segment, segment)
            if parent is None
            else segment
        )
        words, _ = resource_words(named)
        text = self.naming.apply(
            "resources", snake_name(resource_name(named), fallback="resource")
        )
        attribute = PyName(names.claim(snake_name(text, fallback="resource")))
        chain = attribute if parent is None else f"{parent.module}_{attribute}"
        module = PyName(self._modules.claim(module_name(chain)))
        draft = ResourceDraft(
            key=key,
            attribute=attribute,
            module=module,
            class_name=class_name(module, fallback="Resource"),
            description=self._tag_description(segment) if parent is None else None,
            parent=parent.key if parent is not None else None,
            words=tuple(w.lower() for w in words),
        )
        self.resources[key] = draft
        if parent is not None:
            parent.children.append(key)
        return draft

    def _tag_description(self, tag: str) -> str | None:
        return _text(self.document.tags.get(tag))

    def _method_candidates(
        self, resource: ResourceDraft, path: str, method: str, op: OperationNode
    ) -> tuple[list[PyName], int]:
        """The names an operation's method may take, best first, and their rank.

        Rank 0: the config's or another generator's explicit name; 1: a name
        derived by the rules; 2: one that lost only part of its resource's
        words (``list_channels`` in ``channel_group`` -> ``list``), which gives
        way to a name that lost them all (``list_channel_groups`` -> ``list``).
        """
        explicit = self._explicit_method(op.path, method, op)
        if explicit:
            return [method_name(explicit)], 0
        # The tidied name first, then ones that keep more of the spec's words:
        # a tidy name another operation of the resource has (``list`` twice,
        # ``get_x`` for v1 and v2) gives way to the spec's own, never to ``_2``.
        raw_id = op.operation_id
        op_id = str(raw_id) if isinstance(raw_id, str) and raw_id.strip() else ""
        derived = self.naming.style != "operation_id"
        counted = derived and op_id in self._counted_ids
        if counted:  # Springfox's ``delete_13``: ``delete``, told apart below
            self._counted_paths.add((method, path))
        spec_id = op_id
        if derived:
            op_id = self._naming_id(op_id, method, path)
            if spec_id:
                self._as_written[(method, path)] = method_name(spec_id)
        candidates: list[str] = []
        rank = 1
        if derived and op_id and not is_mechanical(op_id, method, path):
            candidates, rank = self._tidied_candidates(resource, path, method, op_id)
        elif derived:
            # No operationId, or one that only spells out method and path
            # (``GetCustomersCustomer``): name it after the path's shape.
            candidates += self._crud_candidates(resource, path, method)
        plain = self._plain_name(resource, path, method, op_id)
        if derived:
            # The path's own words, tidied, before them as they are.
            unversioned = drop_version_words(plain, path)
            short = drop_resource_words(unversioned, resource.words)
            candidates += [method_name(short or unversioned), method_name(unversioned)]
        candidates.append(plain)
        springfox = self._springfox_id(resource, path, method, spec_id, counted)
        if springfox and candidates:
            # Etherpad's ``createAuthorUsingGET`` / ``createAuthorUsingPOST`` in
            # ``author``: ``create`` and ``create_using_post``, the id's own
            # method said after the tidy name, not ``create_author``.
            candidates.insert(1, method_name(f"{candidates[0]}_using_{method}"))
        candidates += springfox
        if derived:
            candidates = _verbed_lead(candidates, resource.words, method)
        candidates = self._told_apart(candidates, resource, path, counted=counted)
        if derived:
            candidates = self._twin_names(candidates, resource, path, method, spec_id)
            candidates = self._older_version_names(candidates, method, path)
        return self._patterned(candidates), rank

    def _twin_names(
        self,
        candidates: list[str],
        resource: ResourceDraft,
        path: str,
        method: str,
        spec_id: str,
    ) -> list[str]:
        """``candidates`` with the names that tell an operation from its twin:
        a path with a trailing slash beside the same without one, and a call on
        many items beside the same on one."""
        if len(path) > 1 and path.endswith("/") and path[:-1] in self._naming_keys:
            # peoplegeneratorapi's ``/api/person/age/`` beside ``/api/person/age``:
            # the same call; ``age_slash`` says how it differs, ``age_2`` not.
            candidates.insert(1, method_name(f"{candidates[0]}_slash"))
        if (
            method != "get"
            and not is_mechanical(spec_id, method, path)  # Stripe's ``PostXIdRefunds``
            and self._acts_on_many(spec_id, resource)
        ):
            # Stream's ``DeleteUsers`` beside ``DeleteUser`` in ``users``: the
            # one item's call is ``delete``, the many's ``delete_many``.
            candidates.insert(0, method_name(f"{candidates[0]}_many"))
        return candidates

    @cached_property
    def _id_keys(self) -> frozenset[str]:
        return frozenset(
            id_key(str(op.operation_id))
            for item in self.document.paths
            for op in item.operations
            if isinstance(op.operation_id, str)
        )

    def _acts_on_many(self, op_id: str, resource: ResourceDraft) -> bool:
        """Whether ``op_id`` names its resource in the plural where another
        id, the same but in the singular, acts on one item (``DeleteUsers``
        beside ``DeleteUser`` in ``users``)."""
        if not op_id or not resource.words:
            return False
        own = singular(resource.words[-1])
        words = [w.lower() for w in split_words(op_id)]
        for i, word in enumerate(words):
            if word != own and singular(word) == own:
                twin = [*words[:i], own, *words[i + 1 :]]
                if "_".join(twin) in self._id_keys:
                    return True
        return False

    def _springfox_id(
        self,
        resource: ResourceDraft,
        path: str,
        method: str,
        spec_id: str,
        counted: bool,
    ) -> list[str]:
        """The id as written, where only Springfox's ``Using<METHOD>`` was
        dropped from it: one Java method served as ``GET`` and ``POST`` of a
        path (Etherpad's ``checkTokenUsingGET`` / ``checkTokenUsingPOST``)
        gives ``check_token`` and ``check_token_using_post``, not
        ``check_token_2``. Not for counted ids (their number says nothing)."""
        if counted or self.naming.style == "operation_id":
            return []
        if without_springfox_suffix(spec_id, method) == spec_id:
            return []
        return [self._plain_name(resource, path, method, spec_id)]

    def _patterned(self, candidates: list[str]) -> list[PyName]:
        """``candidates`` after the config's patterns, each once, in order."""
        if self.naming.patterns:
            candidates = [
                method_name(self.naming.apply("methods", c)) for c in candidates
            ]
        return [PyName(c) for c in dict.fromkeys(candidates)]

    def _naming_id(self, op_id: str, method: str, path: str) -> str:
        """The part of an operationId the derived names are made of: without a
        counter (Springfox's ``delete_13``), ``Using<METHOD>``, a glued version
        (``cities_getv1``), Django REST's app and model, a path spelled before
        it (HubSpot), FastAPI's path and method after it, a product's shared
        prefix (Halo)."""
        op_id = self._counted_ids.get(op_id, op_id)
        op_id = without_springfox_suffix(op_id, method)
        op_id = split_glued_version(op_id, path)
        op_id = split_glued_variables(op_id, path)
        split = django_rest_split(op_id, path) if self._django_rest else None
        if split:  # ``circuits_circuit-terminations_list``: ``list``
            op_id = split[1]
        # HubSpot's ``get-/webhooks/v3/{appId}/settings_getAll``
        op_id = without_path_prefix(op_id, method, path)
        op_id = without_framework_suffix(op_id, method, path)  # FastAPI's
        if not split:
            # Halo's ``Halo-5-Medals`` for ``/h5/metadata/medals``: ``medals``.
            op_id = without_shared_prefix(op_id, path, self._shared_id_prefixes)
        return op_id

    def _told_apart(
        self,
        candidates: list[str],
        resource: ResourceDraft,
        path: str,
        *,
        counted: bool,
    ) -> list[str]:
        """``candidates`` with the names that say whose the objects are, as
        octokit's ``listForOrg`` beside ``list`` (Azure's ``Transfers_List``
        under billing profiles and under invoice sections: ``list``,
        ``list_for_invoice_section``), before ``_2``; for ids a counter told
        apart, these and the path's noun (``delete_price_list``) come right
        after the first."""
        owned = [
            method_name(f"{candidates[0]}_for_{owner}") for owner in _owner_names(path)
        ]
        if not counted:
            return [*candidates, *owned]
        qualified = path_qualified(candidates[0], path, resource.words)
        owned += [method_name(qualified)] if qualified else []
        return [candidates[0], *owned, *candidates[1:]]

    def _by_path(
        self, first: str, resource: ResourceDraft, method: str, path: str
    ) -> list[PyName]:
        """The last names before ``_2``, made only when every other is taken
        (:meth:`_settle_method_names`): an item's ``<name>_by_<variable>``
        (beside its collection's same name: ``get_by_location_id``), then the
        path's noun (one FastAPI function for several paths: ``dispatcher``
        for ``/qrcode/contact`` is ``contact_dispatcher``)."""
        if self.naming.style == "operation_id":
            return []
        found: list[str] = []
        last = _PATH_VAR.fullmatch(_last_segment(path))
        if last is not None:
            by = by_variable(last.group(1), resource.words)
            found.append(method_name(f"{first}_{by}"))
        qualified = path_qualified(first, path, resource.words)
        if qualified and (method, path) not in self._counted_paths:
            found.append(method_name(qualified))
        return self._patterned(
            self._older_version_names(found, method, path, more=True)
        )

    @cached_property
    def _naming_keys(self) -> frozenset[str]:
        return frozenset(self._naming_path_keys)

    def _older_version_names(
        self, candidates: list[str], method: str, path: str, *, more: bool = False
    ) -> list[str]:
        """Under an older version than the spec's newest (``/v1/cities`` beside
        ``/v2/cities``), each candidate then the same with the version, so the
        newest keeps the plain name (``cities.list``) and this one is
        ``cities.list_v1``, not ``v1_list`` nor ``list_2``."""
        version = path_version(path)
        if not self._version_ranks.get(version):
            return candidates
        plain = [c for c in candidates if version not in c.split("_")] or candidates
        # Each ``<name>_<version>`` only where ``<name>`` is another version's
        # (:meth:`_settle_method_names`): not ``run_v2`` beside its own ``run``.
        alternates: dict[str, str] = {method_name(f"{c}_{version}"): c for c in plain}
        if more:  # the last names, made late: more of the same operation's
            alternates |= self._version_alternates.get((method, path), {})
        self._version_alternates[(method, path)] = alternates
        return [n for c in plain for n in (c, method_name(f"{c}_{version}"))]

    def _explicit_method(self, path: str, method: str, op: OperationNode) -> str:
        """The config's (``x-clientsmith-method``) or another generator's name, or ""."""
        explicit = op.extensions.get("x-clientsmith-method")
        if isinstance(explicit, str) and explicit.strip():
            return explicit
        return (
            vendor_method(op.extensions)
            or self._vendor_methods.get((method, path))
            or ""
        )

    def _plain_name(
        self, resource: ResourceDraft, path: str, method: str, op_id: str
    ) -> PyName:
        """The operationId in snake_case (less a leading resource name unless
        the style keeps ids as they are), else the method and the path's words."""
        if op_id and self.naming.style == "operation_id":
            return method_name(op_id)
        if op_id:
            plain = method_name(op_id)
            prefix = resource.attribute.rstrip("_") + "_"
            if plain.startswith(prefix) and len(plain) > len(prefix):
                plain = method_name(plain[len(prefix) :])
            return plain
        words = [method]
        for segment in path.split("/"):
            if segment:
                var = _PATH_VAR.fullmatch(segment)
                # ``/truck/directions.{outputFormat}``: the extension says no name.
                words.append(f"by_{var.group(1)}" if var else strip_extension(segment))
        return method_name(" ".join(words))

    def _crud_candidate(self, resource: ResourceDraft, path: str, method: str) -> str:
        """``list``, ``create``, ``get``... from the method and the path below
        the resource (:func:`crud_name`), less the resource's words."""
        local = self._local_path(resource, path)
        if local == path:  # ``/suppression/blocks`` in ``blocks``: ``list``
            local = self._path_nesting.below_qualifiers(path, resource.words)
        collection = (
            self._path_nesting.is_collection(path)
            if resource.by_path and resource.parent is not None
            # ``GET /team`` beside ``/team/{team}`` in ``teams``: a listing
            else self._path_nesting.has_items(path) or None
            if resource.words and is_plural(resource.words[-1])
            else None
        )
        crud = crud_name(
            method, local, SKIP_SEGMENT, resource.words, collection=collection
        )
        around = (
            self._path_nesting.around_resource(path, resource.words)
            if local == path
            else None
        )
        if around:  # ``/browsers/stats`` in ``stats``: ``list_browsers``
            namespaces, parent = around
            crud = drop_path_resource(
                crud, resource.words, namespaces=namespaces, parent=parent
            )
        return method_name(drop_resource_words(crud, resource.words) or crud)

    def _crud_candidates(
        self, resource: ResourceDraft, path: str, method: str
    ) -> list[str]:
        """The crud name, then, for an item, the same ``_by_<variable>``: a
        ``DELETE`` of the collection is ``delete``, of an item ``delete_by_email``."""
        rpc = _rpc_names(resource.words, path, method)
        if rpc:
            return rpc
        crud = self._crud_candidate(resource, path, method)
        found = [crud]
        if method == "patch" and crud.startswith("update"):
            # ``PATCH`` beside a ``PUT`` (or ``POST``) that updates: ``patch``,
            # as the Kubernetes client's ``patch_*`` beside ``replace_*``.
            found.append(method_name("patch" + crud[len("update") :]))
        last = _PATH_VAR.fullmatch(_last_segment(path))
        if last is not None:
            by = by_variable(last.group(1), resource.words)
            found.append(method_name(f"{crud}_{by}"))
        # A version in the path, where the name without it is taken
        # (``get_team_schedule_v1``; see :meth:`_older_version_names`).
        versions = [s for s in path.split("/") if is_version_word(s)]
        if versions:
            found.append(method_name(f"{crud}_{versions[0]}"))
        return found

    def _names_below(self, resource: ResourceDraft, path: str) -> list[str]:
        """The plain segments of ``path`` below the resource's own segment."""
        segments = [strip_extension(s) for s in path.split("/") if s and "{" not in s]
        for i, segment in enumerate(segments):
            words = split_words(segment)
            if len(words) == len(resource.words) and all(
                same_word(a, b) for a, b in zip(words, resource.words, strict=True)
            ):
                return segments[i + 1 :]
        return []

    def _drop_own_words(
        self, resource: ResourceDraft, path: str, text: str, listing: bool
    ) -> str:
        """``text`` less its resource's words (:func:`drop_resource_words`), and
        less the words that qualify them where they are: the parent's of a
        resource nested by path (``invoke_screen_automation`` in
        ``screens.automations`` -> ``invoke``), the path's namespaces in front
        of it (``list_suppression_blocks`` in ``blocks`` for
        ``/suppression/blocks`` -> ``list``)."""
        below = self._names_below(resource, path)
        # Not a nested resource's: its ancestors' words before its name qualify it.
        at_end = not (resource.by_path and resource.parent is not None)
        own = self._item_words(resource, path)
        if own != resource.words:  # ``search_apis`` in ``apis``: ``search_api``
            plural = resource.words[-1]
            text = "_".join(
                own[-1] if w.lower() == plural else w for w in text.split("_")
            )
        short = drop_resource_words(
            text,
            own,
            listing=listing,
            below=below,
            parents=_owners(path),
            at_end=at_end,
            path_words=_path_words(path),
        )
        if not short:
            return short
        for qualifiers in self._qualifiers(resource, path):
            words = (*qualifiers, *resource.words)
            qualified = drop_resource_words(text, words, listing=listing, at_end=at_end)
            if qualified and len(qualified) < len(short):
                short = qualified
        return short

    def _item_words(self, resource: ResourceDraft, path: str) -> tuple[str, ...]:
        """The resource's words, an acronym's plural made singular where the
        spec has items of it (``/v2/apis/{apiId}``: ``create_api`` in ``apis``
        is ``create``), so ``apis`` is read as ``api``'s plural; not the
        Kubernetes ``/apis/`` root, where ``get_api_versions`` is its client's name."""
        words = resource.words
        one = acronym_singular(words[-1]) if words else ""
        if not one:
            return words
        segments = path.split("/")
        for i, segment in enumerate(segments):
            if segment.lower() == words[-1] and self._path_nesting.has_items(
                "/".join(segments[: i + 1])
            ):
                return (*words[:-1], one.lower())
        return words

    def _qualifiers(self, resource: ResourceDraft, path: str) -> list[list[str]]:
        """Words that may stand before the resource's in a method name: its
        ancestors' (of a resource nested by path: ``sip`` for
        ``sip.credential_lists.credentials``), else the path's namespaces and
        the words before the resource's in its segment (``telephony`` for
        ``credentials`` in ``/telephony_credentials``)."""
        if not (resource.by_path and resource.parent is not None):
            spec_words = [
                self._path_nesting.qualifier_words(path, resource.words),
                _segment_qualifier(path, resource.words),
            ]
            return [words for words in spec_words if words]
        # Each ancestor alone (``sip``), and the chain of them up to the
        # resource (``recordings add_on_results`` before ``payloads``).
        found: list[list[str]] = []
        chain: list[str] = []
        key: str | None = resource.parent
        while key is not None:
            words = list(self.resources[key].words)
            chain = [*words, *chain]
            found += [words, chain] if chain != words else [words]
            key = self.resources[key].parent
        return found

    def _tidied_candidates(
        self, resource: ResourceDraft, path: str, method: str, op_id: str
    ) -> tuple[list[str], int]:
        """Candidates from a meaningful operationId: without the API's name,
        the group prefix, versions and the resource's words, then with more of
        them; rank 2 when only part of the resource's words went."""
        named = drop_api_name(op_id, resource.words)
        # ``oneClicks_list`` in ``one_click_applications``, ``InvoiceApi_all``
        # in ``invoice``; but ``products_uuid_list`` in ``products_uuid`` is
        # its whole name, not a group ``products``.
        # Nor is an id that is only the resource's name, in either number
        # (Halo's ``game_variant`` in ``game_variants``).
        own_prefix = resource.attribute.rstrip("_") + "_"
        only_name = not drop_resource_words(
            method_name(named), resource.words, whole_only=True
        )
        grouped = drop_group_prefix(
            named,
            resource.words,
            whole=only_name or method_name(named).startswith(own_prefix),
        )
        # After ``<group>_`` or ``<group>/``, the rest is the author's name
        # within the group and keeps its words (``cdn_create_endpoint`` ->
        # ``create_endpoint``, GitHub's ``actions/get-actions-cache-usage``
        # -> ``get_actions_cache_usage``, as their SDKs have them).
        grouped_away = grouped != named
        tidy = method_name(grouped)
        unversioned = drop_version_words(tidy, path)
        # A ``GET`` of a collection: not of an item, or of one that items
        # follow (LaunchDarkly's ``getFeatureFlags`` for ``/flags/{projectKey}``
        # beside ``/flags/{projectKey}/{featureFlagKey}``: ``list``).
        listing = method == "get" and (
            not _PATH_VAR.fullmatch(_last_segment(path))
            or path.rstrip("/") in self._item_parents
        )
        # Not GitHub's ``<scope>/<name>``: that name is octokit's, as it is
        # (``codespaces/codespace-machines-for-authenticated-user``).
        scoped = grouped_away and "/" in named
        candidates: list[str] = []
        for text in (unversioned, tidy):
            if grouped_away:
                short = _grouped_listing(text, resource.words, path, listing)
                # The author's name after a group says the resource again
                # (ASP.NET's ``Disruptions_GetAllDisruptions``: ``get_all``).
                # Not octokit's (``scoped``), nor an RPC method's own name
                # (Slack's ``dnd_endDnd`` for ``/dnd.endDnd`` stays ``end_dnd``).
                if not scoped and not is_path_name(op_id, path):
                    words = resource.words
                    short = drop_repeated_name(short, words, listing=listing) or short
            else:
                short = self._drop_own_words(resource, path, text, listing)
            # Only the resource's name (``health`` in ``health``): from the path.
            candidates.append(short or self._crud_candidate(resource, path, method))
        whole = drop_resource_words(
            unversioned, resource.words, listing=listing, whole_only=True
        )
        rank = 2 if whole and method_name(whole) != candidates[0] else 1
        # ``private_article_delete`` in ``articles``: ``delete``, then
        # ``private_delete``; rank 2, so the public ``article_delete`` is ``delete``.
        qualified = (
            [] if scoped else lead_qualified_names(candidates[0], resource.words)
        )
        if qualified:
            candidates[:0] = qualified
            rank = 2
        candidates += [method_name(unversioned), tidy]
        return [method_name(c) for c in candidates], rank

    def _settle_method_names(self) -> None:
        """Give each operation the first of its candidate names free in its resource.

        Explicit names claim first, then derived ones, then those that lost only
        part of their resource's words, each group in spec order, so the result
        does not depend on which operation a spec lists first within a rank.
        """
        # ``sorted`` is stable: within a rank, operations stay in spec order.
        claimed_by: dict[tuple[str, str], str] = {}  # (resource, name) -> path
        for resource_key, index, candidates, _, method, path in sorted(
            self._pending, key=lambda p: self._claim_order(p[3], p[4], p[5])
        ):
            resource = self.resources[resource_key]
            name = self._free_name(resource, candidates, method, path, claimed_by)
            claimed = PyName(resource.method_names.claim(name))
            claimed_by[(resource_key, claimed)] = path
            operation = resource.operations[index]
            if claimed != name:
                # Duplicate operationIds, or ids that differ only in case or
                # punctuation; said with the spec's path, not the naming one.
                wire = operation.path
                self.diagnostics.warning(
                    "name-collision",
                    f"{method.upper()} {wire}: method name {name!r} is already taken "
                    f"in client.{resource.attribute}; generated as {claimed!r}",
                    pointer_join("#/paths", wire, method)[1:],
                )
            if operation.method_name != claimed:
                resource.operations[index] = replace(
                    operation, method_name=claimed, table_name=table_field(claimed)
                )
        self._pending.clear()

    def _free_name(
        self,
        resource: ResourceDraft,
        candidates: list[PyName],
        method: str,
        path: str,
        claimed_by: Mapping[tuple[str, str], str],
    ) -> PyName:
        """The first candidate free in ``resource``, then the last names
        (:meth:`_by_path`), else the first (numbered when claimed)."""
        operation = (method, path)
        for name in candidates:
            if self._free(resource, name, operation, claimed_by):
                return name
        for name in self._by_path(candidates[0], resource, method, path):
            if self._free(resource, name, operation, claimed_by):
                return name
        # The id as its author wrote it (Kumpeapps' ``auth_appkey_put`` beside
        # ``appkey_put``; Jellyfin's ``GetConnectionManager_2``) before a number
        # of ours: it says what the author meant, and it does not move when
        # the spec gains an operation.
        written = self._as_written.get(operation)
        if written and self._free(resource, written, operation, claimed_by):
            return written
        return candidates[0]

    def _free(
        self,
        resource: ResourceDraft,
        name: str,
        operation: tuple[str, str],
        claimed_by: Mapping[tuple[str, str], str],
    ) -> bool:
        """Whether ``name`` may be claimed: not taken, and, if it is a name
        with an older version (``list_v1``), its plain one (``list``) is the
        same operation's under another version (``/v2/cities`` for
        ``/v1/cities``), not another operation's (``run_rule``, not ``run_v1``)."""
        if name in resource.method_names:
            return False
        plain = self._version_alternates.get(operation, {}).get(name)
        if plain is None:
            return True
        owner = claimed_by.get((resource.key, plain))
        path = operation[1]
        return (
            owner is not None
            and path_version(owner) != path_version(path)
            and without_versions(owner) == without_versions(path)
        )

    # -- one operation -----------------------------------------------------

    def _compile_operation(self, op: OperationNode) -> None:
        path, method, pointer = op.path, op.method, op.pointer
        # Names are made from the path with versions written onto segments
        # made segments of their own (``/reviews-v1`` -> ``/v1/reviews``).
        named = self._naming_path(path)
        resource = self._resource_for(named, op)
        candidates, rank = self._method_candidates(resource, named, method, op)
        method_name = candidates[0]  # settled once every operation is known
        hint = class_name(
            method_name if op.operation_id is None else str(op.operation_id)
        )
        path_params, params = self._parameters(op, hint)
        body = self._request_body(op, hint)
        responses, errors = self._responses(op, hint)
        call, return_type = _call_and_return(responses)
        pagination = self._operation_pagination(op, path_params + params)
        if pagination is not None:
            call = "paginate"
        self._pending.append(
            (resource.key, len(resource.operations), candidates, rank, method, named)
        )
        resource.operations.append(
            OperationIR(
                method_name=method_name,
                table_name=table_field(method_name),
                http_method=method.upper(),
                path=path,
                operation_id=str(op.operation_id or ""),
                summary=_text(op.summary),
                description=_text(op.description),
                deprecated=op.deprecated,
                path_params=path_params,
                params=params,
                body=body,
                responses=tuple(responses),
                errors=tuple(errors),
                return_type=return_type,
                call=call,
                security=op.security,
                pagination=pagination,
                source=pointer,
                docstring=_method_docstring(
                    method, path, op, path_params + params, body
                ),
            )
        )

    def _operation_pagination(
        self, op: OperationNode, params: tuple[ParamIR, ...]
    ) -> PaginationIR | None:
        """Declared pagination (``x-pagination``), else a detected one for GETs."""
        pagination = self._pages.declared(op)
        if (
            pagination is None
            and op.method == "get"
            and "x-pagination" not in op.extensions
        ):
            pagination = self._pages.detect(op, params)
        return pagination

    def _parameters(
        self, op: OperationNode, hint: str
    ) -> tuple[tuple[ParamIR, ...], tuple[ParamIR, ...]]:
        """Path parameters (in path order), then the others (required first).

        Operation parameters override the path item's with the same name and
        location (the node's merge); undeclared path variables become
        required strings.
        """
        path, pointer = op.path, op.pointer
        for parameters in op.parameter_lists:
            self._report_parameters(parameters)
        merged: _Declared = {(p.name or "", p.location or ""): p for p in op.parameters}
        template_vars: list[str] = _PATH_VAR.findall(path)
        self._add_undeclared_path_params(merged, template_vars, pointer)
        self._drop_unusable_parameters(merged, path, template_vars)
        ordered = sorted(
            merged.items(),
            key=lambda kv: (
                kv[0][1] != "path",
                template_vars.index(kv[0][0]) if kv[0][1] == "path" else 0,
            ),
        )
        result = [
            self._parameter_ir(wire, location, param, py, hint)
            for ((wire, location), param), py in zip(
                ordered, self._parameter_names([key for key, _ in ordered]), strict=True
            )
        ]
        path_params = tuple(p for p in result if p.location == "path")
        others = tuple(
            sorted(
                (p for p in result if p.location != "path"),
                key=lambda p: not p.required,
            )
        )
        return path_params, others

    def _report_parameters(self, parameters: ParameterList) -> None:
        """The problems of a ``parameters`` list: its shape, refs, bad entries."""
        if not parameters.is_list:
            self.diagnostics.warning(
                "spec-invalid", "'parameters' is not a list", parameters.pointer[1:]
            )
        for param in parameters.entries:
            report(self.diagnostics, param.fault)
            if not param.valid:
                self.diagnostics.warning(
                    "parameter-skipped",
                    "parameter without a valid 'name' and 'in' was skipped",
                    param.pointer[1:],
                )

    def _add_undeclared_path_params(
        self, merged: _Declared, template_vars: list[str], pointer: str
    ) -> None:
        """A path variable nobody declared is still an argument: a required str."""
        for var in template_vars:
            if (var, "path") in merged:
                continue
            self.diagnostics.warning(
                "path-param-missing",
                f"path parameter {var!r} is not declared; generated as a required str",
                pointer[1:],
            )
            merged[(var, "path")] = ParameterNode(
                pointer,
                is_object=True,
                name=var,
                location="path",
                required=True,
                schema=SchemaNode({"type": "string"}, pointer_join(pointer, "schema")),
            )

    def _drop_unusable_parameters(
        self, merged: _Declared, path: str, template_vars: list[str]
    ) -> None:
        """Drop headers the runtime sets and path parameters the path lacks."""
        for (name, location), param in list(merged.items()):
            ppointer = param.pointer
            if location == "header" and name.lower() in _RUNTIME_HEADERS:
                del merged[(name, location)]
                self.diagnostics.info(
                    "parameter-ignored",
                    f"header parameter {name!r} is set by the runtime (auth/content negotiation)",
                    ppointer[1:],
                )
            elif location == "path" and name not in template_vars:
                del merged[(name, location)]
                self.diagnostics.warning(
                    "parameter-ignored",
                    f"path parameter {name!r} does not occur in the path {path!r}",
                    ppointer[1:],
                )

    def _parameter_names(self, keys: list[tuple[str, str]]) -> list[PyName]:
        """Python names for ``(wire name, location)`` keys, claimed in order.

        The same Python name from different locations is qualified by location
        (``id_path``, ``id_query``); reserved names get a suffix.
        """
        counts: dict[str, int] = {}
        for name, _location in keys:
            key = self._parameter_text(name)
            counts[key] = counts.get(key, 0) + 1
        names = Namespace(_PARAM_RESERVED)
        result: list[PyName] = []
        for name, location in keys:
            base = self._parameter_text(name)
            if counts[base] > 1:
                base = snake_name(
                    f"{parameter_text(name)}_{location}", keep_builtins=True
                )
            result.append(PyName(names.claim(base)))
        return result

    def _parameter_ir(
        self, wire: str, location: str, param: ParameterNode, py: PyName, hint: str
    ) -> ParamIR:
        schema, is_json = _parameter_schema(param)
        return ParamIR(
            name=py,
            wire_name=wire,
            location=cast(Literal["path", "query", "header", "cookie"], location),
            type=self.schemas.type_of_node(schema, f"{hint}{class_name(wire)}"),
            required=location == "path" or param.required,
            description=_text(param.description),
            style=param.style,
            explode=param.explode,
            json=is_json,
            deprecated=param.deprecated,
            allow_reserved=location == "query" and param.allow_reserved,
        )

    def _parameter_text(self, wire: str) -> str:
        """A parameter's Python name before collisions: operators spelled out, then patterns."""
        name = snake_name(parameter_text(wire), keep_builtins=True)
        if self.naming.patterns:
            name = snake_name(self.naming.apply("parameters", name), keep_builtins=True)
        return name

    def _request_body(self, op: OperationNode, hint: str) -> BodyIR | None:
        """The body argument: typed by the preferred media type's schema."""
        body = op.request_body
        if body is None:
            return None
        picked = self._body_media(body)
        if picked is None:
            return None
        kind, media = picked
        content_type = media.media_type
        schema = SchemaNode(media.raw_schema, media.pointer + "/schema")
        if "*" in content_type.split(";")[0]:
            # ``*/*`` or ``application/*`` (Kubernetes' Swagger ``consumes``) is a
            # range the server accepts, not a Content-Type to send: pick a real
            # type from the schema.
            kind = wildcard_body_kind(self.reader.quiet(schema))
            content_type = _WILDCARD_CONTENT_TYPES.get(kind, "application/octet-stream")
        if kind == "json":
            parts = self._json_body(body, content_type, schema, hint)
        elif kind in ("form", "multipart"):
            parts = self._fields_body(kind, media, schema, hint)
        elif kind == "ndjson":
            parts = _BodyParts(self._ndjson_body_type(schema, hint))
        else:
            parts = _BodyParts(_PLAIN_BODY_TYPES[kind])
        return BodyIR(
            name=PyName("body"),
            content_type=content_type,
            kind=cast(
                Literal["json", "form", "multipart", "binary", "text", "ndjson"], kind
            ),
            type=parts.type,
            required=body.required,
            description=_text(body.description),
            encoding=parts.encoding,
            fields=parts.fields,
            alternatives=parts.alternatives,
        )

    def _body_media(self, body: RequestBodyNode) -> tuple[str, MediaTypeNode] | None:
        """(kind, media type) a request body is sent as; ``None``: no body."""
        report(self.diagnostics, body.fault)
        if body.content is None:
            self.diagnostics.warning(
                "body-ignored",
                "requestBody has no 'content'; no body parameter generated",
                body.pointer[1:],
            )
            return None
        picked = pick_media(body.content, BODY_PREFERENCE)
        if picked is None:
            self.diagnostics.warning(
                "body-ignored", "requestBody has no media types", body.pointer[1:]
            )
        return picked

    def _json_body(
        self, body: RequestBodyNode, content_type: str, schema: SchemaNode, hint: str
    ) -> _BodyParts:
        """A JSON body: the schema's type, a model also taking a plain dict."""
        # JSON Patch beside other JSON types (Kubernetes' PATCH): a patch
        # document is an array, so the runtime sends the type that fits
        # the value. Without JSON Patch the choice above stands.
        others = tuple(
            media.media_type
            for media in body.content or ()
            if media.media_type != content_type
            and "*" not in media.media_type
            and media_kind(media.media_type) == "json"
        )
        alternatives: tuple[str, ...] = ()
        if any(is_json_patch(t) for t in (content_type, *others)):
            alternatives = others
        btype = self.schemas.type_of_node(schema, f"{hint}Body")
        if btype.models and not btype.has_union and not _list_or_annotated(btype):
            btype = Union((btype, _JSON_OBJECT))
        if alternatives and not _list_or_annotated(btype):
            # A JSON Patch document (RFC 6902) is a list of operations.
            btype = Union((btype, list_of(_JSON_OBJECT)))
        return _BodyParts(btype, alternatives=alternatives)

    def _fields_body(
        self, kind: str, media: MediaTypeNode, schema: SchemaNode, hint: str
    ) -> _BodyParts:
        """A form or multipart body: a field mapping, typed like a JSON body."""
        # Typed like JSON bodies (a model, or a dict for what the model
        # lacks); the media type's ``encoding`` says how each field goes out.
        btype = self.schemas.type_of_node(schema, f"{hint}Body")
        structured = btype.models or _leads_with(btype, "dict")
        if structured and not _list_or_annotated(btype):
            if btype.models and not btype.has_union:
                btype = Union((btype, _JSON_OBJECT))
        elif not _leads_with(btype, "Annotated"):
            # No object to type the fields with (free-form, an array, a
            # string): a form or multipart body is still a field mapping.
            btype = _FIELD_MAPPING
        encoding = self._encoding(media.encoding, kind)
        resolved = self.reader.quiet(schema)
        fields = (
            tuple(self.reader.merged_properties(resolved))
            if resolved is not None and resolved.is_object
            else ()
        )
        return _BodyParts(btype, encoding=encoding, fields=fields)

    def _ndjson_body_type(self, schema: SchemaNode, hint: str) -> TypeExpr:
        """An NDJSON body is an iterable of the items its array schema declares.

        The items are located at the body's schema, as they have always been.
        """
        items = schema.child("items")
        if items is not None:
            schema = SchemaNode(items.raw, schema.pointer)
        item = self.schemas.type_of_node(schema, f"{hint}Item")
        return Generic(_ITERABLE, (item,))

    def _encoding(
        self, entries: tuple[EncodingNode, ...], kind: str
    ) -> tuple[EncodingIR, ...]:
        """A form or multipart media type's ``encoding`` map, as IR.

        Only entries that change something are kept: a ``contentType`` (the
        part's type; for forms, send the value as that type), or for forms a
        ``style``/``explode``/``allowReserved`` (serialised like a query
        parameter). Anything else is the OpenAPI default, applied at run time.
        """
        out: list[EncodingIR] = []
        for entry in entries:
            name = entry.name
            if not entry.valid:
                self.diagnostics.warning(
                    "spec-invalid",
                    f"encoding for {name!r} is not an object; ignored",
                    entry.pointer[1:],
                )
                continue
            form = kind == "form"
            style = entry.style if form else None
            reserved = entry.allow_reserved and form
            if style is not None and style not in _FORM_STYLES:
                self.diagnostics.warning(
                    "spec-invalid",
                    f"encoding style {style!r} for {name!r} is not a query style; "
                    "sent as 'form'",
                    pointer_join(entry.pointer, "style")[1:],
                )
                style = None
            item = EncodingIR(
                name=name,
                content_type=entry.content_type,
                style=style if isinstance(style, str) else "",
                explode=entry.explode if form else None,
                allow_reserved=reserved,
            )
            if item.content_type or item.style or item.explode is not None or reserved:
                out.append(item)
        return tuple(out)

    def _responses(
        self, op: OperationNode, hint: str
    ) -> tuple[list[ResponseIR], list[tuple[str, TypeExpr]]]:
        """Success responses as IR, and the typed bodies of error responses."""
        if op.responses is None:
            self.diagnostics.warning(
                "responses-missing",
                "operation has no 'responses'; returns Any",
                op.pointer[1:],
            )
            return [], []
        has_success = any(r.key.startswith("2") for r in op.responses)
        responses: list[ResponseIR] = []
        errors: list[tuple[str, TypeExpr]] = []
        for response in op.responses:
            report(self.diagnostics, response.fault)
            status = _status(response.key)
            if not _is_status(status):
                self.diagnostics.warning(
                    "spec-invalid",
                    f"response key {status!r} is not a status code",
                    response.pointer[1:],
                )
                continue
            if status.startswith(("1", "3")):
                continue  # informational and redirects are handled by the transport
            media = self._response_media(response.content) if response.content else []
            is_error = status.startswith(("4", "5")) or (
                status == "default" and has_success
            )
            rhint = _response_hint(hint, status, is_error)
            kind, rtype = self._response_body_type(media, rhint)
            if is_error:
                if rtype is not None and rtype != ANY:
                    errors.append((status, rtype))
                continue
            several = response.content is not None and len(response.content) > 1
            responses.append(_success_response(status, kind, rtype, media, several))
        return responses, errors

    def _response_body_type(
        self, media: list[tuple[str, MediaTypeNode]], rhint: str
    ) -> tuple[str, TypeExpr | None]:
        """The primary media type's kind (``empty`` without one) and decoded type."""
        if not media:
            return "empty", None
        kind, primary = media[0]
        if kind not in ("json", "ndjson", "sse") or primary.schema is None:
            return kind, None
        return kind, self.schemas.type_of_node(primary.schema, rhint)

    def _response_media(
        self, content: tuple[MediaTypeNode, ...]
    ) -> list[tuple[str, MediaTypeNode]]:
        """(kind, media type) of a response: the primary, then alternatives.

        The primary is the preferred kind (JSON first). Alternatives are the
        other media types whose body is a different kind of value, ``text``
        (``str``) or ``binary`` (``bytes``): a JSON-or-PDF download, a
        JSON-or-CSV report. A media type carrying a structured schema, or a
        known alternate serialisation (YAML, XML, protobuf, msgpack, CBOR), is
        the same data in another encoding, which a server sends only when asked
        for it: it is not offered as a separate return type. A wildcard media
        type (``*/*``, Kubernetes' Swagger ``produces``) with a string schema
        is text (``bytes`` for ``format: binary``), never JSON.
        """
        found: dict[str, tuple[str, MediaTypeNode]] = {}
        found_plain: set[str] = set()
        # Alternate encodings last, so a kind's first media type is a real one.
        items = sorted(
            content,
            key=lambda media: bool(ALTERNATE_ENCODING.search(media.media_type.lower())),
        )
        for media in items:
            kind = media_kind(media.media_type)
            string_format = self._string_format(media.schema)
            if "*" in media.media_type and string_format is not None:
                kind = "binary" if string_format == "binary" else "text"
            plain = media.media_type.split(";")[0].strip().lower()
            if plain == "application/json" and "json" not in found_plain:
                # application/json over application/problem+json and the like
                found[kind] = (kind, media)
                found_plain.add("json")
            found.setdefault(kind, (kind, media))
        ordered = [found[k] for k in RESPONSE_PREFERENCE if k in found]
        if not ordered:
            return []
        primary = ordered[0]
        if primary[0] not in ("json", "text"):
            return [primary]
        alternatives = [
            (kind, media)
            for kind, media in ordered[1:]
            if kind in ("text", "binary")
            and (
                media.raw_schema is None
                or self._string_format(media.schema) is not None
            )
            and not ALTERNATE_ENCODING.search(media.media_type.lower())
        ]
        return [primary, *alternatives]

    def _string_format(self, schema: SchemaNode | None) -> str | None:
        """The ``format`` of a string schema (``""`` if none); ``None``: not a
        string. A ref fault is reported at the document's root, as always."""
        resolved = self.reader.deref(schema, "#")
        if resolved is None or not resolved.is_object:
            return None
        kinds = resolved.kinds
        if not kinds or kinds[0] != "string":
            return None
        return resolved.format or ""
