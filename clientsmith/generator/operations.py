"""OpenAPI operations -> :class:`~.ir.OperationIR`, grouped into resources.

Every operation in ``paths`` ends up in a resource, or a diagnostic says why
not. Resource names come from the first tag (fallback: the first literal path
segment), method names from ``operationId`` (fallback: method + path).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
from .naming import (
    ClassName,
    Namespace,
    NamingRules,
    PyName,
    class_name,
    crud_name,
    drop_api_name,
    drop_group_prefix,
    drop_resource_words,
    drop_version_words,
    is_mechanical,
    method_name,
    module_name,
    parameter_text,
    resource_name,
    resource_words,
    rpc_resource,
    runtime_client_attributes,
    snake_name,
    strip_extension,
    stripe_method_names,
    table_field,
    vendor_group,
    vendor_method,
)
from .schemas import (
    ANY,
    NONE,
    SchemaCompiler,
    canonical_ref,
    deref,
    resolve_ref,
    union_of,
)

__all__ = [
    "HTTP_METHODS",
    "OperationCompiler",
    "ResourceDraft",
    "count_operations",
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
        seen: set[str] = set()
        while isinstance(item, Mapping) and isinstance(item.get("$ref"), str):
            ref = item["$ref"]
            if ref in seen:
                break
            seen.add(ref)
            try:
                item = resolve_ref(document, ref)
            except (KeyError, IndexError, ValueError):
                break
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
# Segments that name no resource: API roots and versions (``v1``, ``2010-04-01``).
_SKIP_SEGMENT = re.compile(
    r"^(api|rest|v\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$", re.IGNORECASE
)
_PATH_VAR = re.compile(r"{([^{}]+)}")

_PAGINATION_FIELDS = {
    "style": str,
    "items": tuple,
    "next_link": tuple,
    "cursor_field": tuple,
    "cursor_param": str,
    "has_more_field": tuple,
    "cursor_from_last_item": str,
    "offset_param": str,
    "limit_param": str,
    "page_param": str,
    "size_param": str,
    "total_pages_field": tuple,
    "first_page": int,
}
_PAGINATION_STYLES = ("hal", "next_link", "link_header", "cursor", "offset", "page")


_CURSOR_FIELDS = (
    "next_cursor",
    "nextCursor",
    "next_page_token",
    "nextPageToken",
    "cursor_next",
)
_CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "next_cursor", "after")
_SIZE_PARAMS = ("per_page", "size", "page_size", "pageSize", "limit")
# Body fields holding the URL of the next page, as real APIs spell them; the
# first one the response schema declares (as a string) wins.
_NEXT_LINK_PATHS: tuple[tuple[str, ...], ...] = (
    ("links", "pages", "next"),  # DigitalOcean
    ("meta", "next_page_url"),  # Twilio (newer specs)
    ("next_page_uri",),  # Twilio 2010-04-01
    ("next_page_url",),
    ("links", "next"),  # JSON:API
    ("pagination", "next_url"),
    ("paging", "next"),
    ("nextLink",),  # Azure
    ("@odata.nextLink",),
    ("next_url",),
    ("next_link",),
    ("next",),
)
# Fields too generic to be a link unless the schema says it is a URL.
_GENERIC_LINK_PATHS = frozenset({("next",)})
# Body cursor fields and the query parameters that take them back, in order of
# preference: (field path, parameter names).
_CURSOR_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("response_metadata", "next_cursor"), ("cursor",)),  # Slack
    (("metadata", "continue"), ("continue",)),  # Kubernetes
    (("pagination", "next"), ("until",)),  # Vercel: a timestamp
    (("next_page",), ("page",)),  # Stripe search: an opaque page token
    (("paging", "cursors", "after"), ("after",)),  # Graph-style APIs
    *(((c, f), _CURSOR_PARAMS) for c in ("meta", "pagination") for f in _CURSOR_FIELDS),
    *(((f,), _CURSOR_PARAMS) for f in _CURSOR_FIELDS),
)
_ITEM_NAMES = ("items", "data", "results", "records", "entries", "values", "elements")


def _first(
    found: Mapping[str, Any] | set[str], candidates: tuple[str, ...]
) -> str | None:
    return next((c for c in candidates if c in found), None)


def _is_array_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") == "array" or "items" in schema
    )


def _is_link_schema(schema: Mapping[str, Any], path: tuple[str, ...]) -> bool:
    """Whether a next-link field's schema can hold a URL (a string, maybe null)."""
    kind = schema.get("type")
    kinds = [kind] if not isinstance(kind, list) else kind
    if not any(k is None or k == "string" for k in kinds):
        return False
    if path in _GENERIC_LINK_PATHS:
        # a bare ``next`` may be a number or a cursor (Vercel): only a declared URL
        return str(schema.get("format", "")).lower() in ("uri", "url", "uri-reference")
    return True


def _pick_items(arrays: list[str], path: str) -> tuple[str, ...] | None:
    """Which top-level array holds the items: the only one, else the one named
    after the path's last literal segment (``/teams/{id}/members``), else a
    usual name; ``None`` when that stays ambiguous."""
    if len(arrays) == 1:
        return (arrays[0],)
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    if segments:
        last = segments[-1].split(".")[0].lower()
        named = [a for a in arrays if a.lower() == last]
        if len(named) == 1:
            return (named[0],)
    usual = _first(set(arrays), _ITEM_NAMES)
    return (usual,) if usual else None


def _method_and_path(pointer: str) -> tuple[str, str]:
    """``#/paths/~1a~1{id}/get`` -> ``("GET", "/a/{id}")``."""
    parts = pointer.split("/")
    if len(parts) < 4 or parts[1] != "paths":
        return "", pointer
    unescape = parts[2].replace("~1", "/").replace("~0", "~")
    return parts[3].upper(), unescape


def _path_of(pointer: str) -> str:
    return _method_and_path(pointer)[1]


_DETECTED = re.compile(r"^detected (\S+) pagination on (\S+ \S+) ")


def pagination_summary(diagnostics: Diagnostics, limit: int = 5) -> list[str]:
    """Lines for ``generate``'s normal output: what pagination was guessed where.

    A count per style, then up to ``limit`` operations (``-v`` shows every
    detection with its rule). Empty when nothing was detected.
    """
    found: list[tuple[str, str]] = []
    for d in diagnostics.items:
        match = _DETECTED.match(d.message) if d.code == "pagination-detected" else None
        if match:
            found.append((match.group(2), match.group(1)))
    if not found:
        return []
    counts: dict[str, int] = {}
    for _, style in found:
        counts[style] = counts.get(style, 0) + 1
    styles = ", ".join(f"{n} {style}" for style, n in sorted(counts.items()))
    lines = [
        f"pagination detected on {len(found)} operation(s) ({styles}); confirm "
        "with x-pagination or the config's pagination rules (-v lists each rule):"
    ]
    lines += [f"  {where}: {style}" for where, style in found[:limit]]
    if len(found) > limit:
        lines.append(f"  ... and {len(found) - limit} more")
    return lines


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


def media_kind(media_type: str) -> str:
    """Classify a media type: json, ndjson, sse, form, multipart, text or binary."""
    mt = media_type.split(";")[0].strip().lower()
    if mt in (
        "application/x-ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/json-seq",
        "application/vnd.akeneo.collection+json",
    ):
        return "ndjson"
    if (
        mt == "application/json"
        or mt.endswith("+json")
        or mt.endswith("/json")
        or mt == "*/*"
    ):
        return "json"
    if mt == "text/event-stream":
        return "sse"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith("multipart/"):
        return "multipart"
    if mt.startswith("text/") or mt in ("application/xml",) or mt.endswith("+xml"):
        return "text"
    return "binary"


_ALTERNATE_ENCODING = re.compile(
    r"(?:^|[/+.])(?:x-)?(?:yaml|xml|protobuf|msgpack|cbor|avro|bson)(?:$|[;+.\s])"
)
"""Media types that re-encode a response's data rather than being another value."""


def _concrete(media_type: str) -> str:
    """A media type fit for an ``Accept`` header; ``""`` for wildcards."""
    return "" if "*" in media_type else media_type.strip()


_BODY_PREFERENCE = ("json", "form", "multipart", "ndjson", "text", "binary")
_RESPONSE_PREFERENCE = ("json", "ndjson", "sse", "text", "binary")


def _is_plain_json(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == "application/json"


def _pick_media(
    content: Mapping[str, Any], order: tuple[str, ...]
) -> tuple[str, str, Any] | None:
    by_kind: dict[str, tuple[str, Any]] = {}
    for media_type, media in content.items():
        kind = media_kind(str(media_type))
        if kind == "json" and _is_plain_json(str(media_type)):
            # Plain JSON beats its relatives (``*/*``, ``application/vnd.x+json``,
            # ``application/json-patch+json``) whatever the order in the spec.
            by_kind[kind] = (str(media_type), media)
        else:
            by_kind.setdefault(kind, (str(media_type), media))
    for kind in order:
        if kind in by_kind:
            media_type, media = by_kind[kind]
            schema = media.get("schema") if isinstance(media, Mapping) else None
            return kind, media_type, schema
    return None


_FORM_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"})


def _wildcard_body_kind(schema: Any) -> str:
    """How to send a body declared under ``*/*`` or ``application/*``.

    Binary strings are bytes, other strings text; everything else (objects,
    arrays, numbers, no schema at all: Kubernetes declares its objects this
    way) is JSON.
    """
    if isinstance(schema, Mapping) and schema.get("type") == "string":
        return "binary" if schema.get("format") == "binary" else "text"
    return "json"


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
    op: Mapping[str, Any],
    params: tuple[ParamIR, ...],
    body: BodyIR | None,
) -> str:
    """Summary, description, deprecation and an Args section, as plain text."""
    summary = _text(op.get("summary"))
    description = _text(op.get("description"))
    parts = [summary or description or f"{method.upper()} {path}"]
    if summary and description:
        parts.append(description.strip())
    if op.get("deprecated") is True:
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


class OperationCompiler:
    """Compiles ``paths`` into resources, using a shared :class:`SchemaCompiler`."""

    def __init__(
        self,
        document: Mapping[str, Any],
        schemas: SchemaCompiler,
        diagnostics: Diagnostics,
        *,
        naming: NamingRules | None = None,
    ) -> None:
        self.document = document
        self.naming = naming or NamingRules()
        self.schemas = schemas
        self.diagnostics = diagnostics
        self.resources: dict[str, ResourceDraft] = {}
        self._attributes = Namespace(CLIENT_ATTRIBUTES)
        self._modules = Namespace({"init"})
        self.operation_count = 0
        # Method names Stripe's spec gives in its schemas' x-stripeOperations.
        self._vendor_methods = stripe_method_names(document)
        # Operations whose method names are settled after all are known:
        # (resource key, index in its operations, candidates, rank, method, path).
        self._pending: list[tuple[str, int, list[PyName], int, str, str]] = []

    def _deref(
        self, node: Any, pointer: str, seen: frozenset[str] = frozenset()
    ) -> tuple[Any, str]:
        """Follow ``$ref`` chains of non-schema objects (parameters, bodies...)."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = str(node["$ref"])
            if ref in seen:
                self.diagnostics.warning(
                    "circular-ref", f"circular reference {ref!r}", pointer[1:]
                )
                return None, pointer
            seen = seen | {ref}
            ref = canonical_ref(ref)
            try:
                node = resolve_ref(self.document, ref)
            except (KeyError, IndexError, ValueError):
                self.diagnostics.warning(
                    "unresolved-ref", f"reference {ref!r} points nowhere", pointer[1:]
                )
                return None, pointer
            pointer = ref
        return node, pointer

    # -- walking paths -----------------------------------------------------

    def compile(self) -> None:
        paths = self.document.get("paths")
        if paths is None:
            paths = {}
        if not isinstance(paths, Mapping):
            self.diagnostics.error("spec-invalid", "'paths' is not a mapping", "/paths")
            return
        for path, item in paths.items():
            if str(path).startswith("x-"):
                continue  # a specification extension of the Paths object, not a path
            item_pointer = pointer_join("#/paths", str(path))
            item, _ = self._deref(item, item_pointer)
            if not isinstance(item, Mapping):
                self.diagnostics.warning(
                    "operation-skipped",
                    "path item is not a mapping; its operations were skipped",
                    item_pointer[1:],
                )
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                op_pointer = pointer_join(item_pointer, method)
                self.operation_count += 1
                if not isinstance(op, Mapping):
                    self.diagnostics.warning(
                        "operation-skipped",
                        f"{method.upper()} {path}: operation is not a mapping",
                        op_pointer[1:],
                    )
                    continue
                self._compile_operation(str(path), method, item, op, op_pointer)
        self._settle_method_names()
        # Webhooks and callbacks are requests the API sends: not methods of
        # the client, but payload models and parse functions (see .webhooks).

    def _resource_for(self, path: str, op: Mapping[str, Any]) -> ResourceDraft:
        explicit = op.get("x-clientsmith-resource")
        # Other generators' groups (Speakeasy, Fern) name resources as their SDKs do.
        vendor = vendor_group(op)
        segments: list[str]
        if isinstance(explicit, str) and explicit.strip(". "):
            segments = [s for s in explicit.split(".") if s.strip()]
        elif vendor:
            segments = vendor
        else:
            tags = op.get("tags")
            if (
                isinstance(tags, list)
                and tags
                and isinstance(tags[0], str)
                and tags[0].strip()
            ):
                segments = [tags[0]]
            else:
                literal = [
                    rpc_resource(s) or s for s in path.split("/") if s and "{" not in s
                ]
                meaningful = [s for s in literal if not _SKIP_SEGMENT.match(s)]
                # ``Calls.json`` and ``Calls/{Sid}.json`` are one resource.
                segments = [strip_extension((meaningful or literal or ["default"])[0])]
        draft: ResourceDraft | None = None
        for depth in range(len(segments)):
            key = ".".join(segments[: depth + 1])
            found = self.resources.get(key)
            if found is None:
                found = self._new_resource(key, segments[depth], draft)
            draft = found
        assert draft is not None
        return draft

    def _new_resource(
        self, key: str, segment: str, parent: ResourceDraft | None
    ) -> ResourceDraft:
        names = self._attributes if parent is None else parent.method_names
        words, _ = resource_words(segment)
        text = self.naming.apply(
            "resources", snake_name(resource_name(segment), fallback="resource")
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
        for entry in self.document.get("tags") or ():
            if isinstance(entry, Mapping) and entry.get("name") == tag:
                return _text(entry.get("description"))
        return None

    def _method_candidates(
        self, resource: ResourceDraft, path: str, method: str, op: Mapping[str, Any]
    ) -> tuple[list[PyName], int]:
        """The names an operation's method may take, best first, and their rank.

        Rank 0: the config's or another generator's explicit name; 1: a name
        derived by the rules; 2: one that lost only part of its resource's
        words (``list_channels`` in ``channel_group`` -> ``list``), which gives
        way to a name that lost them all (``list_channel_groups`` -> ``list``).
        """
        op_id = op.get("operationId")
        explicit = op.get("x-clientsmith-method")
        vendor = vendor_method(op) or self._vendor_methods.get((method, path))
        if isinstance(explicit, str) and explicit.strip():
            return [method_name(explicit)], 0
        if vendor:
            return [method_name(vendor)], 0
        # The tidied name first, then ones that keep more of the spec's words:
        # a tidy name another operation of the resource has (``list`` twice,
        # ``get_x`` for v1 and v2) gives way to the spec's own, never to ``_2``.
        candidates: list[str] = []
        rank = 1
        has_id = isinstance(op_id, str) and bool(op_id.strip())
        plain = ""
        if has_id:
            plain = method_name(str(op_id))
            prefix = resource.attribute.rstrip("_") + "_"
            if plain.startswith(prefix) and len(plain) > len(prefix):
                plain = method_name(plain[len(prefix) :])
        if self.naming.style == "operation_id":
            if has_id:
                plain = method_name(str(op_id))  # as the spec says, in snake_case
        elif has_id and not is_mechanical(str(op_id), method, path):
            named = drop_api_name(str(op_id), resource.words)
            # ``oneClicks_list`` in ``one_click_applications``, ``InvoiceApi_all``
            # in ``invoice``; but ``products_uuid_list`` in ``products_uuid`` is
            # its whole name, not a group ``products``.
            grouped = drop_group_prefix(
                named,
                resource.words,
                whole=method_name(named).startswith(
                    resource.attribute.rstrip("_") + "_"
                ),
            )
            # After ``<group>_`` or ``<group>/``, the rest is the author's name
            # within the group and keeps its words (``cdn_create_endpoint`` ->
            # ``create_endpoint``, GitHub's ``actions/get-actions-cache-usage``
            # -> ``get_actions_cache_usage``, as their SDKs have them).
            grouped_away = grouped != named
            tidy = method_name(grouped)
            unversioned = drop_version_words(tidy, path)
            listing = method == "get" and not _PATH_VAR.fullmatch(
                path.rstrip("/").rsplit("/", 1)[-1]
            )
            crud = ""
            for text in (unversioned, tidy):
                short = (
                    text
                    if grouped_away
                    else drop_resource_words(text, resource.words, listing=listing)
                )
                if not short:  # only the resource's name: ``health`` in ``health``
                    crud = crud or crud_name(
                        method, path, _SKIP_SEGMENT, resource.words
                    )
                    short = drop_resource_words(crud, resource.words) or crud
                candidates.append(method_name(short))
            whole = drop_resource_words(
                unversioned, resource.words, listing=listing, whole_only=True
            )
            if whole and method_name(whole) != candidates[0]:
                rank = 2
            candidates += [method_name(unversioned), tidy]
        else:
            # No operationId, or one that only spells out method and path
            # (``GetCustomersCustomer``): name it after the path's shape.
            crud = crud_name(method, path, _SKIP_SEGMENT, resource.words)
            candidates.append(
                method_name(drop_resource_words(crud, resource.words) or crud)
            )
        if not plain:
            words = [method]
            for segment in path.split("/"):
                if segment:
                    var = _PATH_VAR.fullmatch(segment)
                    words.append(f"by_{var.group(1)}" if var else segment)
            plain = method_name(" ".join(words))
        if self.naming.style != "operation_id":
            # The path's own words, tidied, before them as they are.
            unversioned = drop_version_words(plain, path)
            short = drop_resource_words(unversioned, resource.words)
            candidates += [method_name(short or unversioned), method_name(unversioned)]
        candidates.append(plain)
        if self.naming.patterns:
            candidates = [
                method_name(self.naming.apply("methods", c)) for c in candidates
            ]
        return [PyName(c) for c in dict.fromkeys(candidates)], rank

    def _settle_method_names(self) -> None:
        """Give each operation the first of its candidate names free in its resource.

        Explicit names claim first, then derived ones, then those that lost only
        part of their resource's words, each group in spec order, so the result
        does not depend on which operation a spec lists first within a rank.
        """
        # ``sorted`` is stable: within a rank, operations stay in spec order.
        for resource_key, index, candidates, _, method, path in sorted(
            self._pending, key=lambda pending: pending[3]
        ):
            resource = self.resources[resource_key]
            name = next(
                (c for c in candidates if c not in resource.method_names),
                candidates[0],
            )
            claimed = PyName(resource.method_names.claim(name))
            if claimed != name:
                # Duplicate operationIds, or ids that differ only in case or punctuation.
                self.diagnostics.warning(
                    "name-collision",
                    f"{method.upper()} {path}: method name {name!r} is already taken "
                    f"in client.{resource.attribute}; generated as {claimed!r}",
                    pointer_join("#/paths", path, method)[1:],
                )
            operation = resource.operations[index]
            if operation.method_name != claimed:
                resource.operations[index] = replace(
                    operation, method_name=claimed, table_name=table_field(claimed)
                )
        self._pending.clear()

    # -- one operation -----------------------------------------------------

    def _compile_operation(
        self,
        path: str,
        method: str,
        item: Mapping[str, Any],
        op: Mapping[str, Any],
        pointer: str,
    ) -> None:
        resource = self._resource_for(path, op)
        candidates, rank = self._method_candidates(resource, path, method, op)
        method_name = candidates[0]  # settled once every operation is known
        hint = class_name(
            method_name if op.get("operationId") is None else str(op["operationId"])
        )
        path_params, params = self._parameters(path, item, op, pointer, hint)
        body = self._request_body(op, pointer, hint)
        responses, errors = self._responses(op, pointer, hint)
        success = [r for r in responses if not r.status.startswith(("4", "5", "d"))]
        call: CallKind = "request"
        if success and all(r.kind == "binary" for r in success):
            call = "stream"
            return_type = TypeExpr("bytes")
        elif success and all(r.kind == "ndjson" for r in success):
            # One typed item per line, streamed: Iterator[T] / AsyncIterator[T].
            call = "stream_lines"
            return_type = union_of(
                [r.type if r.type is not None else ANY for r in success]
            )
        elif success and all(r.kind == "sse" for r in success):
            call = "stream_events"
            return_type = TypeExpr(
                "ServerSentEvent",
                imports=frozenset({("clientsmith.streaming", "ServerSentEvent")}),
            )
        elif success:
            return_type = union_of([self._response_type(r) for r in success])
        else:
            return_type = ANY
        pagination = self._pagination(op, pointer, responses)
        if pagination is None and method == "get" and "x-pagination" not in op:
            pagination = self._detect_pagination(op, pointer, path_params + params)
        if pagination is not None:
            call = "paginate"
        docstring = _method_docstring(method, path, op, path_params + params, body)
        self._pending.append(
            (resource.key, len(resource.operations), candidates, rank, method, path)
        )
        resource.operations.append(
            OperationIR(
                method_name=method_name,
                table_name=table_field(method_name),
                http_method=method.upper(),
                path=path,
                operation_id=str(op.get("operationId") or ""),
                summary=_text(op.get("summary")),
                description=_text(op.get("description")),
                deprecated=op.get("deprecated") is True,
                path_params=path_params,
                params=params,
                body=body,
                responses=tuple(responses),
                errors=tuple(errors),
                return_type=return_type,
                call=call,
                security=self._security(op),
                pagination=pagination,
                source=pointer,
                docstring=docstring,
            )
        )

    @classmethod
    def _response_type(cls, response: ResponseIR) -> TypeExpr:
        """The Python value a response decodes to (with its alternatives: a union)."""
        if response.alternatives:
            return union_of(
                [cls._one_response_type(r) for r in (response, *response.alternatives)]
            )
        return cls._one_response_type(response)

    @staticmethod
    def _one_response_type(response: ResponseIR) -> TypeExpr:
        if response.kind == "empty":
            return NONE
        if response.kind == "text":
            return TypeExpr("str")
        if response.kind == "binary":
            return TypeExpr("bytes")
        return response.type if response.type is not None else ANY

    def _parameters(
        self,
        path: str,
        item: Mapping[str, Any],
        op: Mapping[str, Any],
        pointer: str,
        hint: str,
    ) -> tuple[tuple[ParamIR, ...], tuple[ParamIR, ...]]:
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for source, base in ((item, item_pointer), (op, pointer)):
            raw = source.get("parameters")
            if raw is None:
                continue
            if not isinstance(raw, list):
                self.diagnostics.warning(
                    "spec-invalid",
                    "'parameters' is not a list",
                    pointer_join(base, "parameters")[1:],
                )
                continue
            for i, entry in enumerate(raw):
                param, ppointer = self._deref(
                    entry, pointer_join(base, "parameters", i)
                )
                if (
                    not isinstance(param, Mapping)
                    or not isinstance(param.get("name"), str)
                    or param.get("in") not in ("path", "query", "header", "cookie")
                ):
                    self.diagnostics.warning(
                        "parameter-skipped",
                        "parameter without a valid 'name' and 'in' was skipped",
                        ppointer[1:],
                    )
                    continue
                merged[(str(param["name"]), str(param["in"]))] = (param, ppointer)
        template_vars = _PATH_VAR.findall(path)
        for var in template_vars:
            if (var, "path") not in merged:
                self.diagnostics.warning(
                    "path-param-missing",
                    f"path parameter {var!r} is not declared; generated as a required str",
                    pointer[1:],
                )
                merged[(var, "path")] = (
                    {
                        "name": var,
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    pointer,
                )
        for (name, location), (_, ppointer) in list(merged.items()):
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
        # Same Python name from different locations: qualify by location.
        counts: dict[str, int] = {}
        for name, _location in merged:
            key = self._parameter_text(name)
            counts[key] = counts.get(key, 0) + 1
        names = Namespace(_PARAM_RESERVED)
        result: list[ParamIR] = []
        ordered = sorted(
            merged.items(),
            key=lambda kv: (
                kv[0][1] != "path",
                template_vars.index(kv[0][0]) if kv[0][1] == "path" else 0,
            ),
        )
        for (name, location), (param, ppointer) in ordered:
            base = self._parameter_text(name)
            if counts[base] > 1:
                base = snake_name(
                    f"{parameter_text(name)}_{location}", keep_builtins=True
                )
            py = PyName(names.claim(base))
            schema = param.get("schema")
            is_json = False
            content = param.get("content")
            if schema is None and isinstance(content, Mapping) and content:
                picked = _pick_media(content, _RESPONSE_PREFERENCE)
                if picked is not None:
                    is_json = picked[0] == "json"
                    schema = picked[2]
            ptype = self.schemas.type_of(
                schema, pointer_join(ppointer, "schema"), f"{hint}{class_name(name)}"
            )
            required = location == "path" or param.get("required") is True
            style = param.get("style")
            explode = param.get("explode")
            result.append(
                ParamIR(
                    name=py,
                    wire_name=name,
                    location=cast(
                        Literal["path", "query", "header", "cookie"], location
                    ),
                    type=ptype,
                    required=required,
                    description=_text(param.get("description")),
                    style=style if isinstance(style, str) else "",
                    explode=explode if isinstance(explode, bool) else None,
                    json=is_json,
                    deprecated=param.get("deprecated") is True,
                    allow_reserved=location == "query"
                    and param.get("allowReserved") is True,
                )
            )
        path_params = tuple(p for p in result if p.location == "path")
        others = tuple(
            sorted(
                (p for p in result if p.location != "path"),
                key=lambda p: not p.required,
            )
        )
        return path_params, others

    def _parameter_text(self, wire: str) -> str:
        """A parameter's Python name before collisions: operators spelled out, then patterns."""
        name = snake_name(parameter_text(wire), keep_builtins=True)
        if self.naming.patterns:
            name = snake_name(self.naming.apply("parameters", name), keep_builtins=True)
        return name

    def _request_body(
        self, op: Mapping[str, Any], pointer: str, hint: str
    ) -> BodyIR | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        body, bpointer = self._deref(raw, pointer_join(pointer, "requestBody"))
        if not isinstance(body, Mapping) or not isinstance(
            body.get("content"), Mapping
        ):
            self.diagnostics.warning(
                "body-ignored",
                "requestBody has no 'content'; no body parameter generated",
                bpointer[1:],
            )
            return None
        picked = _pick_media(body["content"], _BODY_PREFERENCE)
        if picked is None:
            self.diagnostics.warning(
                "body-ignored", "requestBody has no media types", bpointer[1:]
            )
            return None
        kind, media_type, schema = picked
        schema_pointer = pointer_join(bpointer, "content", media_type, "schema")
        content_type = media_type
        if "*" in media_type.split(";")[0]:
            # ``*/*`` or ``application/*`` (Kubernetes' Swagger ``consumes``) is a
            # range the server accepts, not a Content-Type to send: pick a real
            # type from the schema.
            kind = _wildcard_body_kind(self._deref_schema(schema))
            content_type = {
                "json": "application/json",
                "text": "text/plain",
            }.get(kind, "application/octet-stream")
        encoding: tuple[EncodingIR, ...] = ()
        fields: tuple[str, ...] = ()
        alternatives: tuple[str, ...] = ()
        if kind == "json":
            # JSON Patch beside other JSON types (Kubernetes' PATCH): a patch
            # document is an array, so the runtime sends the type that fits
            # the value. Without JSON Patch the choice above stands.
            others = tuple(
                str(other)
                for other in body["content"]
                if str(other) != content_type
                and "*" not in str(other)
                and media_kind(str(other)) == "json"
            )
            if any(is_json_patch(t) for t in (content_type, *others)):
                alternatives = others
            btype = self.schemas.type_of(schema, schema_pointer, f"{hint}Body")
            if (
                btype.models
                and " | " not in btype.expr
                and not btype.expr.startswith(("list[", "Annotated"))
            ):
                btype = btype.combine(f"{btype.expr} | dict[str, Any]", ANY)
            if alternatives and not btype.expr.startswith(("list[", "Annotated")):
                # A JSON Patch document (RFC 6902) is a list of operations.
                btype = btype.combine(f"{btype.expr} | list[dict[str, Any]]", ANY)
        elif kind in ("form", "multipart"):
            # Typed like JSON bodies (a model, or a dict for what the model
            # lacks); the media type's ``encoding`` says how each field goes out.
            btype = self.schemas.type_of(schema, schema_pointer, f"{hint}Body")
            structured = btype.models or btype.expr.startswith("dict[")
            if structured and not btype.expr.startswith(("list[", "Annotated")):
                if btype.models and " | " not in btype.expr:
                    btype = btype.combine(f"{btype.expr} | dict[str, Any]", ANY)
            elif not btype.expr.startswith("Annotated"):
                # No object to type the fields with (free-form, an array, a
                # string): a form or multipart body is still a field mapping.
                btype = TypeExpr(
                    "Mapping[str, Any]",
                    imports=frozenset(
                        {("collections.abc", "Mapping"), ("typing", "Any")}
                    ),
                )
            media = body["content"].get(media_type)
            encoding = self._encoding(
                media.get("encoding") if isinstance(media, Mapping) else None,
                kind,
                pointer_join(bpointer, "content", media_type, "encoding"),
            )
            resolved = self._deref_schema(schema)
            if isinstance(resolved, Mapping):
                fields = tuple(self._properties(resolved))
        elif kind == "ndjson":
            item_schema = (
                schema.get("items")
                if isinstance(schema, Mapping) and "items" in schema
                else schema
            )
            item = self.schemas.type_of(item_schema, schema_pointer, f"{hint}Item")
            btype = item.combine(
                f"Iterable[{item.expr}]",
                TypeExpr("", imports=frozenset({("collections.abc", "Iterable")})),
            )
        elif kind == "text":
            btype = TypeExpr("str")
        else:
            btype = TypeExpr(
                "FileContent", imports=frozenset({("clientsmith.files", "FileContent")})
            )
        return BodyIR(
            name=PyName("body"),
            content_type=content_type,
            kind=cast(
                Literal["json", "form", "multipart", "binary", "text", "ndjson"], kind
            ),
            type=btype,
            required=body.get("required") is True,
            description=_text(body.get("description")),
            encoding=encoding,
            fields=fields,
            alternatives=alternatives,
        )

    def _deref_schema(self, schema: Any) -> Any:
        """The schema a ``$ref`` chain ends at (``None`` if it points nowhere)."""
        return deref(self.document, schema)

    def _encoding(self, raw: Any, kind: str, pointer: str) -> tuple[EncodingIR, ...]:
        """A form or multipart media type's ``encoding`` map, as IR.

        Only entries that change something are kept: a ``contentType`` (the
        part's type; for forms, send the value as that type), or for forms a
        ``style``/``explode``/``allowReserved`` (serialised like a query
        parameter). Anything else is the OpenAPI default, applied at run time.
        """
        if not isinstance(raw, Mapping):
            return ()
        out: list[EncodingIR] = []
        for name, entry in raw.items():
            if not isinstance(entry, Mapping):
                self.diagnostics.warning(
                    "spec-invalid",
                    f"encoding for {name!r} is not an object; ignored",
                    pointer_join(pointer, str(name))[1:],
                )
                continue
            content_type = entry.get("contentType")
            style = entry.get("style") if kind == "form" else None
            explode = entry.get("explode") if kind == "form" else None
            reserved = entry.get("allowReserved") is True and kind == "form"
            if style is not None and style not in _FORM_STYLES:
                self.diagnostics.warning(
                    "spec-invalid",
                    f"encoding style {style!r} for {name!r} is not a query style; "
                    "sent as 'form'",
                    pointer_join(pointer, str(name), "style")[1:],
                )
                style = None
            item = EncodingIR(
                name=str(name),
                content_type=content_type if isinstance(content_type, str) else "",
                style=style if isinstance(style, str) else "",
                explode=explode if isinstance(explode, bool) else None,
                allow_reserved=reserved,
            )
            if item.content_type or item.style or item.explode is not None or reserved:
                out.append(item)
        return tuple(out)

    def _responses(
        self, op: Mapping[str, Any], pointer: str, hint: str
    ) -> tuple[list[ResponseIR], list[tuple[str, TypeExpr]]]:
        raw = op.get("responses")
        if not isinstance(raw, Mapping):
            self.diagnostics.warning(
                "responses-missing",
                "operation has no 'responses'; returns Any",
                pointer[1:],
            )
            return [], []
        has_success = any(str(s).startswith("2") for s in raw)
        responses: list[ResponseIR] = []
        errors: list[tuple[str, TypeExpr]] = []
        for status_key, entry in raw.items():
            status = (
                str(status_key).upper()
                if str(status_key).lower() != "default"
                else "default"
            )
            rpointer = pointer_join(pointer, "responses", str(status_key))
            response, rpointer = self._deref(entry, rpointer)
            is_error = status.startswith(("4", "5")) or (
                status == "default" and has_success
            )
            if not (
                status.startswith(("1", "2", "3", "4", "5")) or status == "default"
            ):
                self.diagnostics.warning(
                    "spec-invalid",
                    f"response key {status!r} is not a status code",
                    rpointer[1:],
                )
                continue
            if status.startswith(("1", "3")):
                continue  # informational and redirects are handled by the transport
            content = response.get("content") if isinstance(response, Mapping) else None
            media = (
                self._response_media(content)
                if isinstance(content, Mapping) and content
                else []
            )
            picked = media[0] if media else None
            rhint = (
                f"{hint}Error{status}"
                if is_error
                else (
                    f"{hint}Response"
                    if status in ("200", "201", "2XX", "default")
                    else f"{hint}Response{status}"
                )
            )
            if picked is None:
                kind, rtype = "empty", None
            else:
                kind, media_type, schema = picked
                rtype = None
                if kind in ("json", "ndjson", "sse") and schema is not None:
                    rtype = self.schemas.type_of(
                        schema,
                        pointer_join(rpointer, "content", media_type, "schema"),
                        rhint,
                    )
            if is_error:
                if rtype is not None and rtype.expr != "Any":
                    errors.append((status, rtype))
                continue
            # Other media types the server may send instead (JSON or PDF): each
            # is decoded by the actual Content-Type at run time.
            # Several media types: name them, so the runtime's Accept header
            # asks for the one the client reads first (JSON rather than XML).
            several = isinstance(content, Mapping) and len(content) > 1
            alternatives = tuple(
                ResponseIR(
                    status,
                    cast(Any, other),
                    None,
                    media_type=_concrete(other_media) if several else "",
                )
                for other, other_media, _ in media[1:]
            )
            responses.append(
                ResponseIR(
                    status,
                    cast(Any, kind),
                    rtype,
                    alternatives=alternatives,
                    media_type=_concrete(media[0][1]) if several and media else "",
                )
            )
        return responses, errors

    def _response_media(self, content: Mapping[str, Any]) -> list[tuple[str, str, Any]]:
        """(kind, media type, schema) of a response: the primary, then alternatives.

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
        found: dict[str, tuple[str, str, Any]] = {}
        found_plain: set[str] = set()
        # Alternate encodings last, so a kind's first media type is a real one.
        items = sorted(
            content.items(),
            key=lambda item: bool(_ALTERNATE_ENCODING.search(str(item[0]).lower())),
        )
        for media_type, entry in items:
            schema = entry.get("schema") if isinstance(entry, Mapping) else None
            kind = media_kind(str(media_type))
            string_format = self._string_format(schema)
            if "*" in str(media_type) and string_format is not None:
                kind = "binary" if string_format == "binary" else "text"
            plain = str(media_type).split(";")[0].strip().lower()
            if plain == "application/json" and "json" not in found_plain:
                # application/json over application/problem+json and the like
                found[kind] = (kind, str(media_type), schema)
                found_plain.add("json")
            found.setdefault(kind, (kind, str(media_type), schema))
        ordered = [found[k] for k in _RESPONSE_PREFERENCE if k in found]
        if not ordered:
            return []
        primary = ordered[0]
        if primary[0] not in ("json", "text"):
            return [primary]
        alternatives = [
            (kind, media_type, schema)
            for kind, media_type, schema in ordered[1:]
            if kind in ("text", "binary")
            and (schema is None or self._string_format(schema) is not None)
            and not _ALTERNATE_ENCODING.search(media_type.lower())
        ]
        return [primary, *alternatives]

    def _string_format(self, schema: Any) -> str | None:
        """The ``format`` of a string schema (``""`` if none); ``None``: not a string."""
        if schema is None:
            return None
        resolved, _ = self._deref(schema, "#")
        if not isinstance(resolved, Mapping):
            return None
        kind = resolved.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind != "string":
            return None
        return str(resolved.get("format") or "")

    def _security(self, op: Mapping[str, Any]) -> tuple[tuple[str, ...], ...] | None:
        raw = op.get("security", self.document.get("security"))
        if raw is None:
            return None
        if not isinstance(raw, list):
            return None
        options: list[tuple[str, ...]] = []
        for requirement in raw:
            if isinstance(requirement, Mapping):
                options.append(tuple(sorted(str(k) for k in requirement)))
        return tuple(options)

    # -- pagination ----------------------------------------------------------

    def _success_schema(
        self, op: Mapping[str, Any], pointer: str
    ) -> Mapping[str, Any] | None:
        """The JSON schema of the 200 response, with ``$ref``s and ``allOf`` flattened."""
        raw = op.get("responses")
        entry = raw.get("200") if isinstance(raw, Mapping) else None
        if entry is None:
            return None
        response, rpointer = self._deref(
            entry, pointer_join(pointer, "responses", "200")
        )
        content = response.get("content") if isinstance(response, Mapping) else None
        picked = (
            _pick_media(content, ("json",)) if isinstance(content, Mapping) else None
        )
        if picked is None:
            return None
        schema, _ = self._deref(picked[2], rpointer)
        return schema if isinstance(schema, Mapping) else None

    def _properties(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for part in [schema, *(schema.get("allOf") or ())]:
            part, _ = self._deref(part, "#")
            if isinstance(part, Mapping) and isinstance(
                part.get("properties"), Mapping
            ):
                for key, value in part["properties"].items():
                    props[str(key)] = self._deref(value, "#")[0]
        return props

    def _detect_pagination(
        self, op: Mapping[str, Any], pointer: str, params: tuple[ParamIR, ...]
    ) -> PaginationIR | None:
        """Recognise the common list shapes; reported so the user can confirm.

        What the response schema declares comes first: a next link in the body
        (HAL, DigitalOcean, Twilio), then a cursor field with the parameter
        that takes it back (Slack, Kubernetes, Vercel, Stripe), and only then
        guesses from the query parameters alone (page numbers, a ``Link``
        header, offsets). ``x-pagination: false`` on the operation (or in the
        config) turns this off.
        """
        schema = self._success_schema(op, pointer)
        if schema is None:
            return None
        query = {p.wire_name for p in params if p.location == "query"}
        arguments = self._pagination_shape(schema, query, _path_of(pointer))
        if arguments is None:
            return None
        result = self._pagination({**op, "x-pagination": arguments}, pointer, [])
        if result is not None:
            described = ", ".join(f"{k}={v!r}" for k, v in arguments.items())
            method, path = _method_and_path(pointer)
            self.diagnostics.info(
                "pagination-detected",
                f"detected {arguments['style']} pagination on {method} {path} "
                f"({described}); confirm it with x-pagination or the config's "
                "pagination rules, or set x-pagination: false",
                pointer[1:],
            )
        return result

    def _pagination_shape(
        self, schema: Mapping[str, Any], query: set[str], path: str
    ) -> dict[str, object] | None:
        """The ``x-pagination`` arguments a list response and its parameters fit."""
        props = self._properties(schema)
        # Declared arrays first: an ``items`` without a type may be an object
        # written oddly (Slack's response_metadata).
        arrays = [
            k
            for k, v in props.items()
            if isinstance(v, Mapping) and v.get("type") == "array"
        ] or [k for k, v in props.items() if _is_array_schema(v)]
        is_array = _is_array_schema(schema)
        items: tuple[str, ...] | None = () if is_array else _pick_items(arrays, path)
        links = props.get("_links")
        embedded = props.get("_embedded")
        if (
            isinstance(links, Mapping)
            and isinstance(embedded, Mapping)
            and "items" in self._properties(embedded)
        ):
            return {"style": "hal", "items": ("_embedded", "items")}
        if items is None:
            return None
        for link in _NEXT_LINK_PATHS:
            found = self._schema_at(schema, link)
            if found is not None and _is_link_schema(found, link):
                return {"style": "next_link", "items": items, "next_link": link}
        if "has_more" in props and "data" in arrays and "starting_after" in query:
            return {
                "style": "cursor",
                "items": ("data",),
                "has_more_field": ("has_more",),
                "cursor_param": "starting_after",
                "cursor_from_last_item": "id",
            }
        for field_path, wanted in _CURSOR_RULES:
            param = _first(query, wanted)
            if param and self._schema_at(schema, field_path) is not None:
                return {
                    "style": "cursor",
                    "items": items,
                    "cursor_field": field_path,
                    "cursor_param": param,
                }
        if "page" in query and (size := _first(query, _SIZE_PARAMS)):
            total = _first(props, ("totalPages", "total_pages", "pages", "page_count"))
            if total:
                return {
                    "style": "page",
                    "items": items,
                    "page_param": "page",
                    "size_param": size,
                    "total_pages_field": (total,),
                }
            if size == "per_page":
                # GitHub and many others: page/per_page with an RFC 8288 Link header.
                return {"style": "link_header", "items": items}
            return {
                "style": "page",
                "items": items,
                "page_param": "page",
                "size_param": size,
            }
        if "offset" in query and "limit" in query:
            return {"style": "offset", "items": items}
        return None

    def _schema_at(
        self, schema: Any, path: tuple[str, ...], depth: int = 0
    ) -> Mapping[str, Any] | None:
        """The schema of the body field at ``path``, through refs and compositions.

        ``allOf``/``anyOf``/``oneOf`` parts are searched (DigitalOcean keeps
        ``links.pages.next`` in an ``anyOf``), and so is an ``items`` without
        ``type: array`` (Slack writes some objects that way).
        """
        schema, _ = self._deref(schema, "#")
        if not isinstance(schema, Mapping) or depth > 12:
            return None
        if not path:
            return schema
        props = schema.get("properties")
        if isinstance(props, Mapping) and path[0] in props:
            found = self._schema_at(props[path[0]], path[1:], depth + 1)
            if found is not None:
                return found
        parts: list[Any] = []
        for key in ("allOf", "anyOf", "oneOf"):
            value = schema.get(key)
            if isinstance(value, list):
                parts.extend(value)
        if "items" in schema and schema.get("type") in (None, "object"):
            parts.append(schema["items"])
        for part in parts:
            found = self._schema_at(part, path, depth + 1)
            if found is not None:
                return found
        return None

    def _pagination(
        self, op: Mapping[str, Any], pointer: str, responses: list[ResponseIR]
    ) -> PaginationIR | None:
        raw = op.get("x-pagination")
        if raw is None or raw is False:
            return None
        ppointer = pointer_join(pointer, "x-pagination")[1:]
        if not isinstance(raw, Mapping) or raw.get("style") not in _PAGINATION_STYLES:
            self.diagnostics.warning(
                "pagination-invalid",
                f"x-pagination needs a 'style' out of {', '.join(_PAGINATION_STYLES)}; operation is not paginated",
                ppointer,
            )
            return None
        arguments: list[tuple[str, object]] = []
        for key, value in raw.items():
            kind = _PAGINATION_FIELDS.get(str(key))
            if kind is None:
                self.diagnostics.warning(
                    "pagination-invalid",
                    f"unknown x-pagination key {key!r} ignored",
                    ppointer,
                )
                continue
            if kind is tuple:
                if isinstance(value, str):
                    value = tuple(p for p in value.split(".") if p)
                elif isinstance(value, (list, tuple)) and all(
                    isinstance(v, str) for v in value
                ):
                    value = tuple(value)
                else:
                    self.diagnostics.warning(
                        "pagination-invalid",
                        f"x-pagination {key!r} must be a dotted path",
                        ppointer,
                    )
                    continue
            elif not isinstance(value, kind) or isinstance(value, bool):
                self.diagnostics.warning(
                    "pagination-invalid",
                    f"x-pagination {key!r} must be a {kind.__name__}",
                    ppointer,
                )
                continue
            arguments.append((str(key), value))
        items_path = dict(arguments).get("items", ())
        item_type = self._item_type(
            op, pointer, responses, cast(tuple[str, ...], items_path)
        )
        return PaginationIR(tuple(arguments), item_type)

    def _item_type(
        self,
        op: Mapping[str, Any],
        pointer: str,
        responses: list[ResponseIR],
        items_path: tuple[str, ...],
    ) -> TypeExpr:
        """Find the item type by walking the success schema along ``items``."""
        raw = op.get("responses")
        for status in ("200", "2XX", "201", "default"):
            entry = raw.get(status) if isinstance(raw, Mapping) else None
            if entry is None:
                continue
            response, rpointer = self._deref(
                entry, pointer_join(pointer, "responses", status)
            )
            content = response.get("content") if isinstance(response, Mapping) else None
            picked = (
                _pick_media(content, ("json",))
                if isinstance(content, Mapping)
                else None
            )
            if picked is None:
                continue
            schema, spointer = (
                picked[2],
                pointer_join(rpointer, "content", picked[1], "schema"),
            )
            for token in items_path:
                schema, spointer = self._property(schema, spointer, token)
            schema, spointer = self._deref(schema, spointer)
            if isinstance(schema, Mapping) and "items" in schema:
                items = schema["items"]
                # The item model is the one the full response type already named.
                return self.schemas.type_of(
                    items,
                    pointer_join(spointer, "items"),
                    class_name(str(op.get("operationId") or "Page")) + "Item",
                )
        self.diagnostics.warning(
            "pagination-invalid",
            f"could not find an item list at {'.'.join(items_path) or '(body)'} in the response; items are untyped",
            pointer[1:],
        )
        return ANY

    def _property(self, schema: Any, pointer: str, name: str) -> tuple[Any, str]:
        schema, pointer = self._deref(schema, pointer)
        if not isinstance(schema, Mapping):
            return None, pointer
        props = schema.get("properties")
        if isinstance(props, Mapping) and name in props:
            return props[name], pointer_join(pointer, "properties", name)
        for i, part in enumerate(schema.get("allOf") or ()):
            found, fpointer = self._property(
                part, pointer_join(pointer, "allOf", i), name
            )
            if found is not None:
                return found, fpointer
        return None, pointer
