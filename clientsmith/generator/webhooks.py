"""Webhooks (OpenAPI 3.1) and callbacks (3.0) -> :class:`~.ir.WebhooksIR`.

These are requests the API sends to the application, not operations of the
client: each JSON request body becomes a payload type (through the shared
schema compiler, so component schemas are the same models the client uses)
and a parse function of the generated ``webhooks.py``. The signing scheme
comes from the config's ``webhooks`` section, else the document's
``x-clientsmith-webhooks`` extension (same shape).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from .config import WebhookConfig, webhook_settings
from .diagnostics import Diagnostics
from .ir import TypeExpr, WebhookIR, WebhooksIR
from .naming import (
    WEBHOOK_ERRORS,
    WEBHOOK_MODULE_NAMES,
    Namespace,
    PyName,
    webhook_function_name,
    webhook_model_hint,
    webhook_payload_alias,
)
from .operations import media_kind
from .schemas import SchemaCompiler
from .spec.document import DocumentNode, OperationNode
from .spec.schema import SchemaNode
from .typeexpr import Union

__all__ = ["EXTENSION", "collect_webhooks"]

EXTENSION = "x-clientsmith-webhooks"
"""Document-level extension declaring the signing scheme (docs/webhooks.md)."""
EVENT_EXTENSION = "x-clientsmith-event"
"""On a webhook operation: the event header's value for it (default: its name)."""


def collect_webhooks(
    document: DocumentNode,
    schemas: SchemaCompiler,
    diagnostics: Diagnostics,
    config: WebhookConfig | None,
    env_prefix: str,
) -> WebhooksIR | None:
    """The webhooks and callbacks of ``document``, or ``None`` when it has none.

    Call before the schema compiler's models are collected: inline payload
    schemas become models here.
    """
    names = Namespace(WEBHOOK_MODULE_NAMES)
    events: list[WebhookIR] = []
    seen: set[str] = set()
    for name, kind, op in _operations(document):
        pointer = op.pointer
        if pointer in seen:
            continue  # one callback object $ref'd from several operations
        seen.add(pointer)
        payload = _payload_type(schemas, diagnostics, name, op)
        if payload is None:
            continue
        event = op.extensions.get(EVENT_EXTENSION)
        summary = op.summary or op.description or ""
        events.append(
            WebhookIR(
                name=name,
                function_name=PyName(names.claim(webhook_function_name(name))),
                kind=kind,
                http_method=op.method.upper(),
                event=event if isinstance(event, str) and event else name,
                type=payload,
                summary=" ".join(str(summary).split())[:200],
                source=pointer,
            )
        )
    if not events:
        return None
    settings = _settings(document, diagnostics, config)
    types = tuple(dict.fromkeys(e.type for e in events))
    models = sorted({m for e in events for m in e.type.models})
    alias = webhook_payload_alias(models)
    return WebhooksIR(
        events=tuple(events),
        payload_type=(types[0] if len(types) == 1 else Union(types)).expr,
        signature=settings.signature,
        secret_env=settings.secret_env or env_prefix + "WEBHOOK_SECRET",
        event_header=settings.event_header or "",
        imports=(),  # the builder's, with the module's own (see builder._imports)
        models=tuple(models),
        payload_alias=alias,
        error_exports=tuple(e for e in WEBHOOK_ERRORS if e not in models),
    )


def _settings(
    document: DocumentNode, diagnostics: Diagnostics, config: WebhookConfig | None
) -> WebhookConfig:
    raw = document.extensions.get(EXTENSION)
    from_spec = WebhookConfig()
    if raw is not None:

        def warn(pointer: str, message: str) -> None:
            diagnostics.warning("webhooks-invalid", message, pointer)

        from_spec = (
            webhook_settings(raw, "/" + EXTENSION, warn, EXTENSION) or WebhookConfig()
        )
    if config is None:
        return from_spec
    # The config wins key by key: it may name only the secret's variable.
    return WebhookConfig(
        signature=config.signature
        if config.signature is not None
        else from_spec.signature,
        secret_env=config.secret_env or from_spec.secret_env,
        event_header=config.event_header or from_spec.event_header,
    )


def _operations(
    document: DocumentNode,
) -> Iterator[tuple[str, Literal["webhook", "callback"], OperationNode]]:
    """``(name, kind, operation)`` of every webhook and callback.

    Their pointers build on where a shared path item or callback is written
    (the parser's ``by_target``), so one shared object is read once.
    """
    for item in document.webhooks:
        for op in item.operations:
            yield item.key, "webhook", op
    for item in document.paths:
        for op in item.operations:
            for callback in op.callbacks:
                for cb_op in (o for i in callback.items for o in i.operations):
                    yield callback.name, "callback", cb_op


def _payload_type(
    schemas: SchemaCompiler,
    diagnostics: Diagnostics,
    name: str,
    op: OperationNode,
) -> TypeExpr | None:
    body = op.request_body
    for media in body.content or () if body is not None else ():
        if media_kind(media.media_type) == "json" and media.is_object:
            return schemas.type_of_node(
                SchemaNode(media.raw_schema, media.pointer + "/schema"),
                webhook_model_hint(name),
            )
    diagnostics.info(
        "webhook-skipped",
        f"webhook {name!r} has no JSON request body: no parse function generated",
        op.pointer[1:],
    )
    return None
