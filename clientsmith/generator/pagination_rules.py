"""Pagination of list operations: declared (``x-pagination``) or detected.

``x-pagination`` (on the operation, or set by the config's pagination rules)
is checked field by field. Without it, a GET's response schema and query
parameters are matched against the list shapes real APIs use (a next link, a
cursor field, page numbers, offsets); each detection is reported so the user
can confirm it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast

from .diagnostics import Diagnostics, pointer_join
from .ir import PaginationIR, ParamIR, TypeExpr
from .media import pick_media
from .naming import class_name
from .schemas import SchemaCompiler
from .spec.document import DocumentNode, MediaTypeNode, OperationNode, ResponseNode
from .spec.parse import report
from .spec.schema import SchemaNode, SchemaReader
from .typeexpr import ANY

__all__ = ["PaginationCompiler", "pagination_summary"]

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
# Where :meth:`PaginationCompiler._schema_at` looks beyond ``properties``.
_PART_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf", "items"})
_ITEM_NAMES = ("items", "data", "results", "records", "entries", "values", "elements")


def _first(
    found: Mapping[str, Any] | set[str], candidates: tuple[str, ...]
) -> str | None:
    return next((c for c in candidates if c in found), None)


def _is_array_schema(schema: SchemaNode | None) -> bool:
    return (
        schema is not None
        and schema.is_object
        and (schema.type_name == "array" or schema.has("items"))
    )


def _is_link_schema(schema: SchemaNode, path: tuple[str, ...]) -> bool:
    """Whether a next-link field's schema can hold a URL (a string, maybe null)."""
    # As written, not :attr:`SchemaNode.kinds`: no ``type`` may be a string,
    # and so may a YAML list holding a bare ``null`` (``[integer, null]``).
    kind = schema.keyword("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(k is None or k == "string" for k in kinds):
        return False
    if path in _GENERIC_LINK_PATHS:
        # a bare ``next`` may be a number or a cursor (Vercel): only a declared URL
        return (schema.format or "").lower() in ("uri", "url", "uri-reference")
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


def _has_more_shape(
    props: Mapping[str, Any], arrays: list[str], query: set[str]
) -> dict[str, object] | None:
    """Stripe: ``data`` and ``has_more``, the next page after the last item's id."""
    if "has_more" in props and "data" in arrays and "starting_after" in query:
        return {
            "style": "cursor",
            "items": ("data",),
            "has_more_field": ("has_more",),
            "cursor_param": "starting_after",
            "cursor_from_last_item": "id",
        }
    return None


def _page_shape(
    props: Mapping[str, Any], items: tuple[str, ...], query: set[str]
) -> dict[str, object] | None:
    """Page numbers: a ``page`` and a page size parameter."""
    size = _first(query, _SIZE_PARAMS)
    if "page" not in query or not size:
        return None
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
    return {"style": "page", "items": items, "page_param": "page", "size_param": size}


def _offset_shape(items: tuple[str, ...], query: set[str]) -> dict[str, object] | None:
    if "offset" in query and "limit" in query:
        return {"style": "offset", "items": items}
    return None


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


class PaginationCompiler:
    """PaginationIR for operations: :meth:`declared`, else :meth:`detect`.

    Response schemas are read as schema nodes
    (:class:`~.spec.schema.SchemaNode`), their references followed by a
    :class:`~.spec.schema.SchemaReader`.
    """

    def __init__(
        self,
        document: DocumentNode,
        schemas: SchemaCompiler,
        diagnostics: Diagnostics,
    ) -> None:
        self.document = document
        self.diagnostics = diagnostics
        self.reader = SchemaReader(document.raw, diagnostics)
        self.schemas = schemas

    def _json_media(self, response: ResponseNode) -> MediaTypeNode | None:
        """A response's JSON content, its ref fault reported (again: each
        reader of a response reports it)."""
        report(self.diagnostics, response.fault)
        picked = pick_media(response.content or (), ("json",))
        return None if picked is None else picked[1]

    def _success_schema(self, op: OperationNode) -> SchemaNode | None:
        """The JSON schema object of the 200 response, its ``$ref`` followed
        (a fault is reported at the response)."""
        response = op.response("200")
        media = self._json_media(response) if response is not None else None
        if response is None or media is None:
            return None
        schema = self.reader.deref(media.schema, response.pointer)
        return schema if schema is not None and schema.is_object else None

    def detect(
        self, op: OperationNode, params: tuple[ParamIR, ...]
    ) -> PaginationIR | None:
        """Recognise the common list shapes; reported so the user can confirm.

        What the response schema declares comes first: a next link in the body
        (HAL, DigitalOcean, Twilio), then a cursor field with the parameter
        that takes it back (Slack, Kubernetes, Vercel, Stripe), and only then
        guesses from the query parameters alone (page numbers, a ``Link``
        header, offsets). ``x-pagination: false`` on the operation (or in the
        config) turns this off.
        """
        pointer = op.pointer
        schema = self._success_schema(op)
        if schema is None:
            return None
        query = {p.wire_name for p in params if p.location == "query"}
        arguments = self._pagination_shape(schema, query, _path_of(pointer))
        if arguments is None:
            return None
        result = self._checked(op, arguments)
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
        self, schema: SchemaNode, query: set[str], path: str
    ) -> dict[str, object] | None:
        """The ``x-pagination`` arguments a list response and its parameters fit.

        The rules are tried in order: HAL, a next link in the body, Stripe's
        ``has_more``, a cursor field, page numbers, offsets.
        """
        props = self.reader.merged_properties(schema)
        if self._is_hal(props):
            return {"style": "hal", "items": ("_embedded", "items")}
        # Declared arrays first: an ``items`` without a type may be an object
        # written oddly (Slack's response_metadata).
        arrays = [
            k
            for k, v in props.items()
            if v is not None and v.is_object and v.type_name == "array"
        ] or [k for k, v in props.items() if _is_array_schema(v)]
        items = () if _is_array_schema(schema) else _pick_items(arrays, path)
        if items is None:
            return None
        return (
            self._next_link_shape(schema, items)
            or _has_more_shape(props, arrays, query)
            or self._cursor_shape(schema, items, query)
            or _page_shape(props, items, query)
            or _offset_shape(items, query)
        )

    def _is_hal(self, props: Mapping[str, SchemaNode | None]) -> bool:
        """HAL: ``_links`` beside an ``_embedded`` object holding ``items``."""
        links = props.get("_links")
        embedded = props.get("_embedded")
        return (
            links is not None
            and links.is_object
            and embedded is not None
            and embedded.is_object
            and "items" in self.reader.merged_properties(embedded)
        )

    def _next_link_shape(
        self, schema: SchemaNode, items: tuple[str, ...]
    ) -> dict[str, object] | None:
        """The first next-page URL field the response declares."""
        for link in _NEXT_LINK_PATHS:
            found = self._schema_at(schema, link)
            if found is not None and _is_link_schema(found, link):
                return {"style": "next_link", "items": items, "next_link": link}
        return None

    def _cursor_shape(
        self, schema: SchemaNode, items: tuple[str, ...], query: set[str]
    ) -> dict[str, object] | None:
        """A body cursor field with the query parameter that takes it back."""
        for field_path, wanted in _CURSOR_RULES:
            param = _first(query, wanted)
            if param and self._schema_at(schema, field_path) is not None:
                return {
                    "style": "cursor",
                    "items": items,
                    "cursor_field": field_path,
                    "cursor_param": param,
                }
        return None

    def _schema_at(
        self, schema: SchemaNode | None, path: tuple[str, ...], depth: int = 0
    ) -> SchemaNode | None:
        """The schema of the body field at ``path``, through refs and compositions.

        ``allOf``/``anyOf``/``oneOf`` parts are searched (DigitalOcean keeps
        ``links.pages.next`` in an ``anyOf``), and so is an ``items`` without
        ``type: array`` (Slack writes some objects that way).
        """
        schema = self.reader.deref(schema, "#")
        if schema is None or not schema.is_object or depth > 12:
            return None
        if not path:
            return schema
        prop = schema.property_named(path[0])
        if prop is not None:
            found = self._schema_at(prop, path[1:], depth + 1)
            if found is not None:
                return found
        for part in self._parts(schema):
            found = self._schema_at(part, path, depth + 1)
            if found is not None:
                return found
        return None

    @staticmethod
    def _parts(schema: SchemaNode) -> list[SchemaNode]:
        """Where else a field may be declared: the ``allOf``/``anyOf``/``oneOf``
        parts, then an ``items`` of a schema not typed otherwise than object."""
        if not schema.has_any(_PART_KEYWORDS):
            return []
        parts = [*schema.all_of(), *schema.any_of(), *schema.one_of()]
        untyped = schema.keyword("type") in (None, "object")
        items = schema.child("items") if untyped else None
        if items is not None:
            parts.append(items)
        return parts

    def declared(self, op: OperationNode) -> PaginationIR | None:
        """The operation's ``x-pagination``, checked; ``None`` if absent or false."""
        return self._checked(op, op.extensions.get("x-pagination"))

    def _checked(self, op: OperationNode, raw: Any) -> PaginationIR | None:
        """``raw`` checked as the operation's ``x-pagination``."""
        if raw is None or raw is False:
            return None
        pointer = op.pointer
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
        item_type = self._item_type(op, cast(tuple[str, ...], items_path))
        return PaginationIR(tuple(arguments), item_type)

    def _item_type(self, op: OperationNode, items_path: tuple[str, ...]) -> TypeExpr:
        """Find the item type by walking the success schema along ``items``."""
        for status in ("200", "2XX", "201", "default"):
            response = op.response(status)
            media = self._json_media(response) if response is not None else None
            if response is None or media is None:
                continue
            schema = media.schema
            for token in items_path:
                schema = self._property(schema, token)
            schema = self.reader.deref(schema)
            items = schema.child("items") if schema is not None else None
            if items is not None:
                # The item model is the one the full response type already named.
                return self.schemas.type_of_node(
                    items, class_name(str(op.operation_id or "Page")) + "Item"
                )
        self.diagnostics.warning(
            "pagination-invalid",
            f"could not find an item list at {'.'.join(items_path) or '(body)'} in the response; items are untyped",
            op.pointer[1:],
        )
        return ANY

    def _property(self, schema: SchemaNode | None, name: str) -> SchemaNode | None:
        """The property ``name`` of ``schema`` or of one of its ``allOf`` parts
        (a ref fault is reported where the ref is written)."""
        schema = self.reader.deref(schema)
        if schema is None:
            return None
        found = schema.property_named(name)
        if found is not None and found.raw is not None:  # null: not declared
            return found
        for part in schema.all_of():
            found = self._property(part, name)
            if found is not None:
                return found
        return None
