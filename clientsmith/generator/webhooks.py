"""Webhooks (OpenAPI 3.1) and callbacks (3.0) -> :class:`~.ir.WebhooksIR`.

These are requests the API sends to the application, not operations of the
client: each JSON request body becomes a payload type (through the shared
schema compiler, so component schemas are the same models the client uses)
and a parse function of the generated ``webhooks.py``. The signing scheme
comes from the config's ``webhooks`` section, else the document's
``x-clientsmith-webhooks`` extension (same shape).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal

from clientsmith._contract import HTTP_METHODS

from .config import WebhookConfig, webhook_settings
from .diagnostics import Diagnostics, pointer_join
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
from .refs import follow_refs
from .schemas import SchemaCompiler
from .typeexpr import Union

__all__ = ["EXTENSION", "collect_webhooks"]

EXTENSION = "x-clientsmith-webhooks"
"""Document-level extension declaring the signing scheme (docs/webhooks.md)."""
EVENT_EXTENSION = "x-clientsmith-event"
"""On a webhook operation: the event header's value for it (default: its name)."""


def collect_webhooks(
    document: Mapping[str, Any],
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
    for name, kind, method, op, pointer in _operations(document, diagnostics):
        if pointer in seen:
            continue  # one callback object $ref'd from several operations
        seen.add(pointer)
        payload = _payload_type(document, schemas, diagnostics, name, op, pointer)
        if payload is None:
            continue
        event = op.get(EVENT_EXTENSION)
        summary = op.get("summary") or op.get("description") or ""
        events.append(
            WebhookIR(
                name=name,
                function_name=PyName(names.claim(webhook_function_name(name))),
                kind=kind,
                http_method=method.upper(),
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
    document: Mapping[str, Any], diagnostics: Diagnostics, config: WebhookConfig | None
) -> WebhookConfig:
    raw = document.get(EXTENSION)
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


def _deref(document: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow ``$ref`` chains (callbacks and path items may be shared); ``None``
    for a chain that loops or points nowhere."""
    followed = follow_refs(document, node, pointer)
    return followed if followed is not None else (None, pointer)


def _operations(
    document: Mapping[str, Any], diagnostics: Diagnostics
) -> Iterator[tuple[str, Literal["webhook", "callback"], str, Mapping[str, Any], str]]:
    """``(name, kind, method, operation, pointer)`` of every webhook and callback."""
    webhooks = document.get("webhooks")
    if isinstance(webhooks, Mapping):
        for name, item in webhooks.items():
            if str(name).startswith("x-"):
                continue
            base = pointer_join("#/webhooks", str(name))
            item, base = _deref(document, item, base)
            for method, op, pointer in _methods(item, base):
                yield str(name), "webhook", method, op, pointer
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, Mapping) else ():
        item, item_pointer = _deref(document, item, pointer_join("#/paths", str(path)))
        for _, op, op_pointer in _methods(item, item_pointer):
            callbacks = op.get("callbacks")
            if not isinstance(callbacks, Mapping):
                continue
            for name, callback in callbacks.items():
                cb, cb_pointer = _deref(
                    document, callback, pointer_join(op_pointer, "callbacks", str(name))
                )
                if not isinstance(cb, Mapping):
                    continue
                for expression, cb_item in cb.items():
                    if str(expression).startswith("x-"):
                        continue
                    cb_item, base = _deref(
                        document, cb_item, pointer_join(cb_pointer, str(expression))
                    )
                    for method, cb_op, pointer in _methods(cb_item, base):
                        yield str(name), "callback", method, cb_op, pointer


def _methods(item: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any], str]]:
    if not isinstance(item, Mapping):
        return
    for method in HTTP_METHODS:
        op = item.get(method)
        if isinstance(op, Mapping):
            yield method, op, pointer_join(pointer, method)


def _payload_type(
    document: Mapping[str, Any],
    schemas: SchemaCompiler,
    diagnostics: Diagnostics,
    name: str,
    op: Mapping[str, Any],
    pointer: str,
) -> TypeExpr | None:
    body, bpointer = _deref(
        document, op.get("requestBody"), pointer_join(pointer, "requestBody")
    )
    content = body.get("content") if isinstance(body, Mapping) else None
    if isinstance(content, Mapping):
        for media_type, media in content.items():
            if media_kind(str(media_type)) == "json" and isinstance(media, Mapping):
                return schemas.type_of(
                    media.get("schema"),
                    pointer_join(bpointer, "content", str(media_type), "schema"),
                    webhook_model_hint(name),
                )
    diagnostics.info(
        "webhook-skipped",
        f"webhook {name!r} has no JSON request body: no parse function generated",
        pointer[1:],
    )
    return None
