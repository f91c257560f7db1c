"""The call plan of one spec: every operation with the argument values to send.

The plan is JSON (written to a file the workers read), keyed by ``METHOD path``
so both clients' operations can be matched to the spec's.
"""

from __future__ import annotations

import random
from typing import Any

from .synth import Synth, bytes_marker, resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
"""OpenAPI: header parameters with these names are ignored."""
MAX_MEDIA_TYPES = 4


def is_raw_media(media_type: str) -> bool:
    """Media types whose body is bytes (not JSON, form, multipart, text or XML)."""
    base = media_type.split(";")[0].strip().lower()
    structured = ("json", "form", "multipart", "text/", "xml", "*/*")
    return not any(s in base for s in structured)


def op_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def unroutable(path: str) -> bool:
    """Prism cannot route path templates carrying a query or fragment."""
    return "#" in path or "?" in path


def _example_of(doc: dict[str, Any], holder: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for item in examples.values():
            item = resolve(doc, item)
            if isinstance(item, dict) and "value" in item:
                return True, item["value"]
    return False, None


def param_value(
    doc: dict[str, Any], synth: Synth, param: dict[str, Any]
) -> tuple[Any, dict[str, Any] | None]:
    """The value for one parameter and the schema it must conform to."""
    found, value = _example_of(doc, param)
    schema = param.get("schema")
    content = param.get("content")
    if isinstance(content, dict) and content:
        media = resolve(doc, next(iter(content.values())))
        if isinstance(media, dict):
            schema = media.get("schema", schema)
            if not found:
                found, value = _example_of(doc, media)
    if not found or value is None:
        value = synth.value(schema or {"type": "string"})
    return value, schema if isinstance(schema, dict) else None


def build_plan(doc: dict[str, Any], seed: int = 0) -> dict[str, Any]:
    """Every operation of ``doc`` (OpenAPI 3.x, internal refs) with its values."""
    synth = Synth(doc, seed)
    ops: list[dict[str, Any]] = []
    paths = doc.get("paths") or {}
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if not isinstance(path, str) or path.startswith("x-"):
            continue
        item = resolve(doc, item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            ops.append(_operation(doc, synth, path, method, op, shared))
    return {
        "ops": ops,
        "security_schemes": _schemes(doc),
        "security": doc.get("security"),
    }


def _operation(
    doc: dict[str, Any],
    synth: Synth,
    path: str,
    method: str,
    op: dict[str, Any],
    shared: list[Any],
) -> dict[str, Any]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *(op.get("parameters") or [])]:
        param = resolve(doc, raw)
        if not isinstance(param, dict) or not isinstance(param.get("name"), str):
            continue
        merged[(param["name"], str(param.get("in")))] = param
    params = []
    for (name, location), param in merged.items():
        if location not in ("path", "query", "header", "cookie"):
            continue
        if location == "header" and name.lower() in IGNORED_HEADERS:
            continue
        value, _ = param_value(doc, synth, param)
        params.append(
            {
                "name": name,
                "in": location,
                "style": param.get("style") or "",
                "explode": param.get("explode"),
                "allowReserved": bool(param.get("allowReserved")),
                "json": isinstance(param.get("content"), dict),
                "required": bool(param.get("required")) or location == "path",
                "value": value,
            }
        )
    body = None
    request_body = resolve(doc, op.get("requestBody"))
    if isinstance(request_body, dict) and isinstance(request_body.get("content"), dict):
        contents: dict[str, Any] = {}
        for media_type, media in list(request_body["content"].items())[
            :MAX_MEDIA_TYPES
        ]:
            media = resolve(doc, media)
            if not isinstance(media, dict):
                continue
            found, value = _example_of(doc, media)
            if not found or value is None:
                value = synth.value(media.get("schema") or {})
            if is_raw_media(media_type) and not isinstance(value, str):
                value = bytes_marker(
                    b"conformance"
                )  # a file's bytes, whatever the schema says
            contents[media_type] = {
                "value": value,
                "encoding": media.get("encoding") or {},
            }
        body = {"required": bool(request_body.get("required")), "content": contents}
    return {
        "key": op_key(method, path),
        "method": method.upper(),
        "path": path,
        "operation_id": op.get("operationId") or "",
        "params": params,
        "body": body,
        "security": op.get("security"),
        "unroutable": unroutable(path),
    }


def _schemes(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemes = ((doc.get("components") or {}).get("securitySchemes")) or {}
    out: dict[str, dict[str, Any]] = {}
    for name, scheme in schemes.items() if isinstance(schemes, dict) else ():
        scheme = resolve(doc, scheme)
        if isinstance(scheme, dict):
            out[name] = {
                k: scheme.get(k)
                for k in ("type", "in", "name", "scheme")
                if k in scheme
            }
    return out


def credentials(schemes: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Fake credentials for every scheme: what to put where (header/query/cookie)."""
    out: dict[str, dict[str, str]] = {"header": {}, "query": {}, "cookie": {}}
    for scheme in schemes.values():
        kind = scheme.get("type")
        if kind == "apiKey" and scheme.get("name") and scheme.get("in") in out:
            out[str(scheme["in"])][str(scheme["name"])] = "conformance-key"
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            out["header"].setdefault("Authorization", "Basic dXNlcjpwYXNz")
        elif kind in ("http", "oauth2", "openIdConnect"):
            out["header"].setdefault("Authorization", "Bearer conformance-token")
    return out


def choose_ops(
    ops: list[dict[str, Any]], max_ops: int | None, seed: int
) -> list[dict[str, Any]]:
    """All operations, or a seeded choice of ``max_ops`` of them (spec order kept)."""
    if max_ops is None or len(ops) <= max_ops:
        return ops
    keep = set(random.Random(seed).sample(range(len(ops)), max_ops))
    return [op for i, op in enumerate(ops) if i in keep]


def async_share(keys: list[str], share: float, seed: int) -> set[str]:
    """The seeded share of operations also called through the async client."""
    rnd = random.Random(seed + 1)
    return {k for k in keys if rnd.random() < share}
