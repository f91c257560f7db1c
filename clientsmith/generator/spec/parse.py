"""Reading the document into operation-level nodes (:mod:`.document`), once.

Every Parameter, Request Body, Response and Path Item ``$ref`` is followed
here, through :func:`clientsmith.generator.refs.chase_refs`; a chain that
loops or points nowhere becomes the node's ``fault``, which the compiler that
reads the node reports (:func:`report`), so diagnostics keep their place
among the schema compiler's. Schemas are not read: each is a
:class:`~.schema.SchemaNode` of its raw value and pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from clientsmith._contract import HTTP_METHODS

from ..diagnostics import Diagnostics, pointer_join
from ..refs import REF, RefFault, chase_refs
from .document import (
    CallbackNode,
    DocumentNode,
    EncodingNode,
    HeaderNode,
    MediaTypeNode,
    OperationNode,
    ParameterList,
    ParameterNode,
    PathItemNode,
    RequestBodyNode,
    ResponseNode,
    SecurityRequirements,
)
from .schema import SchemaNode

__all__ = ["parse_document", "report"]

_LOCATIONS = ("path", "query", "header", "cookie")


def report(diagnostics: Diagnostics, fault: RefFault | None) -> None:
    """Report a node's ref fault (if any) as the located warning it stands for."""
    if fault is not None:
        diagnostics.warning(fault.code, fault.message, fault.pointer[1:])


def parse_document(
    document: Mapping[str, Any], diagnostics: Diagnostics | None = None
) -> DocumentNode:
    """The document's operation-level nodes, every reference followed once.

    Ref faults are left on the nodes for their readers to report (see the
    module docstring); ``diagnostics`` is accepted for problems of the
    document as a whole, of which there are none yet.
    """
    return _Parser(document).document()


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _extensions(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in raw.items() if str(k).startswith("x-")}


def _security(raw: object) -> SecurityRequirements | None:
    if not isinstance(raw, list):
        return None
    return tuple(
        tuple(sorted(str(k) for k in requirement))
        for requirement in raw
        if isinstance(requirement, Mapping)
    )


class _Parser:
    """One document's reader: each method reads one kind of object."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.raw = document
        self.security = _security(document.get("security"))
        # Nodes read through a ``$ref`` by (kind, status key, ref as written):
        # a component used by hundreds of operations is read once. Nodes are
        # frozen, so sharing them is safe; a faulty chain is not kept (its
        # fault is located where the ref is written).
        self._shared: dict[tuple[str, str, str], Any] = {}
        self._resolved: dict[str, tuple[str, Any]] = {}

    def chase(self, node: Any, pointer: str) -> tuple[Any, str, RefFault | None]:
        return chase_refs(self.raw, node, pointer, self._resolved)

    # -- the document ------------------------------------------------------

    def document(self) -> DocumentNode:
        raw = self.raw
        paths = raw.get("paths")
        components = _mapping(raw.get("components"))
        servers = raw.get("servers")
        return DocumentNode(
            raw=raw,
            info=_mapping(raw.get("info")),
            paths=self._path_items(paths, "#/paths", by_target=False),
            paths_valid=paths is None or isinstance(paths, Mapping),
            path_keys=tuple(map(str, paths)) if isinstance(paths, Mapping) else (),
            webhooks=self._path_items(raw.get("webhooks"), "#/webhooks", True),
            security=self.security,
            security_schemes=_mapping(components.get("securitySchemes")),
            shared_responses=self._shared_responses(components.get("responses")),
            tags=self._tags(raw.get("tags")),
            servers=tuple(servers) if isinstance(servers, list) else None,
            extensions=_extensions(raw),
        )

    def _tags(self, raw: object) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for entry in raw if isinstance(raw, list) else ():
            if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
                found.setdefault(entry["name"], _text(entry.get("description")))
        return found

    def _shared_responses(self, raw: object) -> tuple[ResponseNode, ...]:
        base = "#/components/responses"
        return tuple(
            self._response(str(key), value, base)
            for key, value in _mapping(raw).items()
        )

    # -- path items and operations ----------------------------------------

    def _path_items(
        self, raw: object, base: str, by_target: bool
    ) -> tuple[PathItemNode, ...]:
        """The path items of ``paths`` (or ``webhooks``), ``x-`` keys left out.

        ``by_target``: operation pointers build on where a ``$ref``'d item is
        written rather than where it is listed (webhooks read them so).
        """
        return tuple(
            self._path_item(str(key), item, pointer_join(base, str(key)), by_target)
            for key, item in _mapping(raw).items()
            if not str(key).startswith("x-")
        )

    def _path_item(
        self, key: str, raw: Any, pointer: str, by_target: bool
    ) -> PathItemNode:
        item, target, fault = self.chase(raw, pointer)
        if fault is not None or not isinstance(item, Mapping):
            return PathItemNode(key, pointer, target, fault, is_object=False)
        base = target if by_target else pointer
        parameters = self._parameter_list(item, base)
        methods = tuple(m for m in HTTP_METHODS if item.get(m) is not None)
        operations = tuple(
            self._operation(key, method, item[method], f"{base}/{method}", parameters)
            for method in methods
            if isinstance(item[method], Mapping)
        )
        if not by_target:
            # Callbacks are read as webhooks read them: from where the path
            # item is written.
            operations = tuple(
                replace(
                    op,
                    callbacks=self._callbacks(
                        item[op.method], pointer_join(target, op.method)
                    ),
                )
                if "callbacks" in item[op.method]
                else op
                for op in operations
            )
        return PathItemNode(
            key,
            pointer,
            target,
            operations=operations,
            methods=methods,
            parameters=parameters,
        )

    def _operation(
        self,
        path: str,
        method: str,
        op: Mapping[str, Any],
        pointer: str,
        item_parameters: ParameterList,
    ) -> OperationNode:
        own = self._parameter_list(op, pointer)
        merged: dict[tuple[str, str], ParameterNode] = {}
        for entry in (*item_parameters.entries, *own.entries):
            if entry.name is not None and entry.location is not None:
                merged[(entry.name, entry.location)] = entry
        tags = op.get("tags")
        body = op.get("requestBody")
        return OperationNode(
            method=method,
            path=path,
            pointer=pointer,
            operation_id=op.get("operationId"),
            tags=tuple(tags) if isinstance(tags, list) else (),
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=op.get("deprecated") is True,
            parameter_lists=(item_parameters, own),
            parameters=tuple(merged.values()),
            request_body=None
            if body is None
            else self._request_body(body, pointer + "/requestBody"),
            responses=self._responses(op.get("responses"), pointer),
            security=_security(op["security"]) if "security" in op else self.security,
            extensions=_extensions(op),
        )

    def _callbacks(
        self, op: Mapping[str, Any], op_pointer: str
    ) -> tuple[CallbackNode, ...]:
        """An operation's callbacks (``op_pointer``: where the operation is written)."""
        found: list[CallbackNode] = []
        for name, raw in _mapping(op.get("callbacks")).items():
            pointer = pointer_join(op_pointer, "callbacks", str(name))
            callback, cb_pointer, fault = self.chase(raw, pointer)
            if fault is not None or not isinstance(callback, Mapping):
                continue
            items = tuple(
                self._path_item(
                    str(expression),
                    item,
                    pointer_join(cb_pointer, str(expression)),
                    True,
                )
                for expression, item in callback.items()
                if not str(expression).startswith("x-")
            )
            found.append(CallbackNode(str(name), cb_pointer, items))
        return tuple(found)

    # -- parameters ----------------------------------------------------------

    def _parameter_list(self, owner: Mapping[str, Any], base: str) -> ParameterList:
        pointer = base + "/parameters"
        raw = owner.get("parameters")
        if raw is None:
            return ParameterList(pointer)
        if not isinstance(raw, list):
            return ParameterList(pointer, is_list=False)
        return ParameterList(
            pointer,
            tuple(self._parameter(entry, pointer, i) for i, entry in enumerate(raw)),
        )

    def _share(self, kind: str, raw: Any, node: Any, key: str = "") -> None:
        """Keep ``node``, read from ``raw``, for the next reader of the same ref."""
        if node.fault is None and isinstance(raw, dict) and REF in raw:
            self._shared[(kind, key, str(raw[REF]))] = node

    def _shared_node(self, kind: str, raw: Any, key: str = "") -> Any:
        """The node already read for the ``$ref`` object ``raw``, if any."""
        if isinstance(raw, dict) and isinstance(raw.get(REF), str):
            return self._shared.get((kind, key, raw[REF]))
        return None

    def _parameter(self, raw: Any, list_pointer: str, index: int) -> ParameterNode:
        """Entry ``index`` of the list at ``list_pointer`` (pointers are made
        only for what is read: a shared parameter is read once)."""
        shared: ParameterNode | None = self._shared_node("parameter", raw)
        if shared is None:
            shared = self._read_parameter(raw, f"{list_pointer}/{index}")
            self._share("parameter", raw, shared)
        return shared

    def _read_parameter(self, raw: Any, pointer: str) -> ParameterNode:
        param, pointer, fault = self.chase(raw, pointer)
        if fault is not None or not isinstance(param, Mapping):
            return ParameterNode(pointer, fault)
        name = param.get("name")
        location = param.get("in")
        style = param.get("style")
        explode = param.get("explode")
        schema = param.get("schema")
        content = param.get("content")
        return ParameterNode(
            pointer,
            is_object=True,
            name=name if isinstance(name, str) else None,
            location=location if location in _LOCATIONS else None,
            required=param.get("required") is True,
            style=style if isinstance(style, str) else "",
            explode=explode if isinstance(explode, bool) else None,
            description=_text(param.get("description")),
            deprecated=param.get("deprecated") is True,
            allow_reserved=param.get("allowReserved") is True,
            schema=None if schema is None else SchemaNode(schema, pointer + "/schema"),
            content=self._content(content, pointer)
            if isinstance(content, Mapping)
            else None,
        )

    # -- bodies, responses, media types ------------------------------------

    def _request_body(self, raw: Any, pointer: str) -> RequestBodyNode:
        shared: RequestBodyNode | None = self._shared_node("body", raw)
        if shared is None:
            shared = self._read_request_body(raw, pointer)
            self._share("body", raw, shared)
        return shared

    def _read_request_body(self, raw: Any, pointer: str) -> RequestBodyNode:
        body, pointer, fault = self.chase(raw, pointer)
        if fault is not None or not isinstance(body, Mapping):
            return RequestBodyNode(pointer, fault)
        content = body.get("content")
        return RequestBodyNode(
            pointer,
            content=self._content(content, pointer)
            if isinstance(content, Mapping)
            else None,
            required=body.get("required") is True,
            description=_text(body.get("description")),
        )

    def _responses(
        self, raw: object, op_pointer: str
    ) -> tuple[ResponseNode, ...] | None:
        if not isinstance(raw, Mapping):
            return None
        return tuple(
            self._response(str(key), entry, op_pointer + "/responses")
            for key, entry in raw.items()
        )

    def _response(self, key: str, raw: Any, responses: str) -> ResponseNode:
        """The response under ``key`` of the ``responses`` map at that pointer."""
        shared: ResponseNode | None = self._shared_node("response", raw, key)
        if shared is None:
            shared = self._read_response(key, raw, pointer_join(responses, key))
            self._share("response", raw, shared, key)
        return shared

    def _read_response(self, key: str, raw: Any, pointer: str) -> ResponseNode:
        response, pointer, fault = self.chase(raw, pointer)
        if fault is not None or not isinstance(response, Mapping):
            return ResponseNode(key, pointer, fault)
        content = response.get("content")
        headers = response.get("headers")
        return ResponseNode(
            key,
            pointer,
            content=self._content(content, pointer)
            if isinstance(content, Mapping)
            else None,
            headers=tuple(
                HeaderNode(name, pointer_join(pointer, "headers", name))
                for name in headers
                if isinstance(name, str)
            )
            if isinstance(headers, Mapping)
            else (),
        )

    def _content(
        self, content: Mapping[str, Any], owner: str
    ) -> tuple[MediaTypeNode, ...]:
        return tuple(
            self._media_type(str(media_type), entry, owner)
            for media_type, entry in content.items()
        )

    def _media_type(self, media_type: str, raw: Any, owner: str) -> MediaTypeNode:
        pointer = pointer_join(owner, "content", media_type)
        if not isinstance(raw, Mapping):
            return MediaTypeNode(media_type, pointer, None, is_object=False)
        schema = raw.get("schema")
        encoding = raw.get("encoding")
        return MediaTypeNode(
            media_type,
            pointer,
            None if schema is None else SchemaNode(schema, pointer + "/schema"),
            self._encoding(encoding, pointer + "/encoding")
            if isinstance(encoding, Mapping)
            else (),
        )

    def _encoding(
        self, raw: Mapping[str, Any], pointer: str
    ) -> tuple[EncodingNode, ...]:
        found: list[EncodingNode] = []
        for name, entry in raw.items():
            where = pointer_join(pointer, str(name))
            if not isinstance(entry, Mapping):
                found.append(EncodingNode(str(name), where, valid=False))
                continue
            content_type = entry.get("contentType")
            explode = entry.get("explode")
            found.append(
                EncodingNode(
                    str(name),
                    where,
                    valid=True,
                    content_type=content_type if isinstance(content_type, str) else "",
                    style=entry.get("style"),
                    explode=explode if isinstance(explode, bool) else None,
                    allow_reserved=entry.get("allowReserved") is True,
                )
            )
        return tuple(found)
