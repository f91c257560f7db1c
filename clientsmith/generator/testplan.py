"""The tests ``generate --tests`` writes into the generated project, as IR.

One test module per resource, one sync and one async test per operation: the
client calls the operation with sample arguments (required parameters, the
body) through an ``httpx.MockTransport`` that answers with a sample response
of the declared media type; the test checks the method and path that went
out, and that the client read the answer as declared. The values are built
here, from the spec (:mod:`.samples`), so the templates only print them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .ir import (
    CallTestIR,
    CliTestIR,
    OperationIR,
    PackageIR,
    ResourceIR,
    ResponseIR,
    TestModuleIR,
)

if TYPE_CHECKING:
    from .cli_plan import CliCommand, CliOption, CliPlan
from .media import media_kind
from .samples import sample
from .spec.document import DocumentNode, MediaTypeNode, OperationNode, ParameterNode
from .spec.schema import SchemaNode
from .typeexpr import Generic, Model, TypeExpr

__all__ = ["build_cli_tests", "build_tests"]


def build_tests(document: DocumentNode, package: PackageIR) -> tuple[TestModuleIR, ...]:
    """A test module per resource that has operations."""
    # Operations of path items written under ``paths`` (a ``$ref``'d path
    # item's operations are sampled from the IR alone).
    operations = {
        op.pointer: op
        for item in document.paths
        if not item.referenced
        for op in item.operations
    }
    modules = []
    for resource in package.resources:
        calls = tuple(
            _call(document.raw, op, operations.get(op.source))
            for op in resource.operations
        )
        if calls:
            modules.append(
                TestModuleIR(f"test_{resource.module}", _access(resource), calls)
            )
    return tuple(modules)


def _access(resource: ResourceIR) -> str:
    return resource.access or resource.attribute


def _parameter_schema(param: ParameterNode) -> SchemaNode | None:
    """A parameter's schema: its ``schema``, else its first media type's."""
    if param.schema is None and param.content:
        return param.content[0].schema
    return param.schema


def _parameter_schemas(
    spec_op: OperationNode | None,
) -> dict[tuple[str, str], SchemaNode | None]:
    """(location, wire name) -> schema, operation-level over path-level."""
    found: dict[tuple[str, str], SchemaNode | None] = {}
    for parameters in spec_op.parameter_lists if spec_op is not None else ():
        for param in parameters.entries:
            if param.name is not None and param.location is not None:
                found[(param.location, param.name)] = _parameter_schema(param)
    return found


def _path_value(value: Any) -> Any:
    """Path parameters must not be empty (the route would change)."""
    if value in (None, "", [], {}):
        return "x"
    return value


def _call(
    document: Mapping[str, Any], op: OperationIR, spec_op: OperationNode | None
) -> CallTestIR:
    schemas = _parameter_schemas(spec_op)
    arguments: list[tuple[str, object]] = []
    path = op.path.split("?", 1)[0].split("#", 1)[0]
    # ``{{x}}`` and other braces the runtime leaves in place: path unsure.
    exact_path = "{{" not in path
    for param in op.path_params:
        value = _path_value(
            sample(document, schemas.get(("path", param.wire_name)), "request")
        )
        arguments.append((param.name, value))
        if param.style not in ("", "simple") or isinstance(value, list | dict):
            exact_path = False
        # httpx's URL.path is percent-decoded: expect the value as it is.
        path = path.replace("{" + param.wire_name + "}", str(value))
    for param in op.params:
        if not param.required:
            continue
        value = sample(
            document, schemas.get((param.location, param.wire_name)), "request"
        )
        arguments.append((param.name, "x" if value is None else value))
    if op.body is not None:
        arguments.append((op.body.name, _body_sample(document, op, spec_op)))
    if op.call == "paginate":
        arguments.append(("max_items", 1))
    status, content_type, body = _response(document, op, spec_op)
    # A body typed as a sequence of models (NDJSON, a JSON array) takes
    # model instances, not dicts: the sample items are built as models.
    item_model = _sequence_model(op.body.type) if op.body is not None else ""
    return CallTestIR(
        method_name=op.method_name,
        call=op.call,
        arguments=tuple(arguments),
        http_method=op.http_method.upper(),
        expected_path=path if exact_path else None,
        status=status,
        content_type=content_type,
        body=body,
        item_model=item_model,
        deprecated=op.deprecated,
    )


def _sequence_model(t: TypeExpr) -> str:
    """``M`` of a body typed ``list[M]`` or ``Iterable[M]`` (``""`` otherwise)."""
    if (
        isinstance(t, Generic)
        and t.base.name in ("list", "Iterable")
        and len(t.args) == 1
        and isinstance(t.args[0], Model)
    ):
        return t.args[0].name
    return ""


def _media(content: tuple[MediaTypeNode, ...], media_type: str) -> MediaTypeNode | None:
    return next((m for m in content if m.media_type == media_type), None)


def _body_sample(
    document: Mapping[str, Any], op: OperationIR, spec_op: OperationNode | None
) -> object:
    assert op.body is not None
    kind = op.body.kind
    if kind == "binary":
        return b"data"
    if kind == "text":
        return "text"
    body = spec_op.request_body if spec_op is not None else None
    content = body.content if body is not None else None
    schema: SchemaNode | None = None
    if content is not None:
        media = _media(content, op.body.content_type) or next(iter(content), None)
        schema = media.schema if media is not None else None
    if kind == "ndjson":
        # As the IR types it: the array's items, or the schema of one line.
        items = (schema.child("items") if schema is not None else None) or schema
        item = sample(document, items, "request")
        return [item if item is not None else {}]
    value = sample(document, schema, "request", upload=kind == "multipart")
    if kind in ("form", "multipart") and not isinstance(value, dict):
        return {}
    if value is None:
        return {}
    return value


def _response(
    document: Mapping[str, Any], op: OperationIR, spec_op: OperationNode | None
) -> tuple[int, str, bytes]:
    """The mock's answer: the first success response the client declares."""
    declared = op.responses[0] if op.responses else None
    if declared is None:
        return 204, "", b""
    status = int(declared.status) if declared.status.isdigit() else 200
    if declared.kind == "empty":
        return (204 if status == 200 else status), "", b""
    media_type, schema = _response_media(declared, spec_op)
    return status, media_type, _response_body(document, declared.kind, schema)


def _response_media(
    declared: ResponseIR, spec_op: OperationNode | None
) -> tuple[str, SchemaNode | None]:
    """The media type the mock answers with, and its schema in the spec."""
    response = spec_op.response(declared.status) if spec_op is not None else None
    content = response.content if response is not None else None
    media_type = declared.media_type
    schema: SchemaNode | None = None
    if content:
        if not media_type or _media(content, media_type) is None:
            media_type = _first_of_kind(content, declared.kind) or content[0].media_type
        media = _media(content, media_type)
        schema = media.schema if media is not None else None
    if "*" in media_type or not media_type:
        media_type = _MOCK_MEDIA_TYPES.get(declared.kind, "application/octet-stream")
    return media_type, schema


# A concrete Content-Type for a response declared without one (or a wildcard).
_MOCK_MEDIA_TYPES = {
    "json": "application/json",
    "ndjson": "application/x-ndjson",
    "sse": "text/event-stream",
    "text": "text/plain",
}


def _response_body(
    document: Mapping[str, Any], kind: str, schema: SchemaNode | None
) -> bytes:
    """A sample body of the response's kind: bytes, text, JSON lines or events."""
    if kind == "binary":
        return b"data"
    value = sample(document, schema, "response")
    if kind == "text":
        return str(value if value is not None else "text").encode()
    if kind in ("ndjson", "sse"):
        items = schema.child("items") if schema is not None else None
        item = sample(document, items, "response") if items is not None else value
        line = json.dumps(item if item is not None else {}, sort_keys=True)
        if kind == "sse":
            return f"data: {line}\n\n".encode()
        return (line + "\n").encode()
    return json.dumps(value, sort_keys=True).encode()


def _first_of_kind(content: tuple[MediaTypeNode, ...], kind: str) -> str | None:
    return next(
        (m.media_type for m in content if media_kind(m.media_type) == kind), None
    )


def build_cli_tests(
    plan: CliPlan, tests: tuple[TestModuleIR, ...]
) -> tuple[CliTestIR, ...]:
    """Each CLI command with the sample arguments of its operation's test."""
    by_call: dict[tuple[str, str], CallTestIR] = {
        (module.access, str(call.method_name)): call
        for module in tests
        for call in module.calls
    }
    paths: dict[str, tuple[str, ...]] = {"main": ()}
    out: list[CliTestIR] = []
    for group in plan.groups:
        paths[group.function] = (*paths.get(group.parent, ()), group.name)
        for command in group.commands:
            call = by_call.get((command.access, command.method))
            if call is None:
                continue
            args = [*paths[group.function], command.name, *_cli_args(command, call)]
            files: tuple[tuple[str, bytes], ...] = ()
            if any(o.flag == "--file" for o in command.options):
                body = dict(call.arguments).get("body")
                if isinstance(body, dict):
                    files = tuple(
                        (k, v) for k, v in body.items() if isinstance(v, bytes)
                    )
            out.append(
                CliTestIR(
                    tuple(args),
                    call.http_method,
                    call.status,
                    call.content_type,
                    call.body,
                    files,
                )
            )
    return tuple(out)


def _cli_args(command: CliCommand, call: CallTestIR) -> list[str]:
    values = dict(call.arguments)
    positional: list[str] = []
    options: list[str] = []
    for option in command.options:
        name = option.dest
        if name not in values or (not option.required and not option.argument):
            if option.flag != "--body" or name not in values:
                continue
        value = values[name]
        if option.flag == "--body":
            if isinstance(value, dict):
                value = {k: v for k, v in value.items() if not isinstance(v, bytes)}
            text = _cli_body(value)
            with_files = any(o.flag == "--file" for o in command.options)
            if text is not None and not (with_files and text == "{}"):
                options += [option.flag, text]
            continue
        if option.argument:
            positional.append(_cli_text(option, value))
        elif option.multiple and isinstance(value, list):
            for item in value:
                options += [option.flag, _cli_text(option, item)]
        else:
            options += [option.flag, _cli_text(option, value)]
    if command.mode == "items":
        options += ["--max-items", "1"]
    return [*positional, *options]


def _cli_text(option: CliOption, value: object) -> str:
    if option.metavar == "JSON":
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _cli_body(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    if value is None:
        return None
    return json.dumps(value)
