"""A reference serialiser: OpenAPI 3 style/explode rules, written from the spec text.

Independent of clientsmith's runtime on purpose: when Prism rejects a request the
generated client sent, the same values serialised here tell whether the client
(reference passes) or the spec/Prism (reference fails too) is at fault.

Only stdlib: it also runs next to the peer worker.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from .synth import decode_bytes, is_bytes_marker

_UNRESERVED = "-._~"
_RESERVED = ":/?#[]@!$&'()*+,;="


@dataclass
class RefRequest:
    """Everything needed to send the reference request with plain httpx."""

    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None

    @property
    def url(self) -> str:
        return self.path + ("?" + self.query if self.query else "")


def scalar(value: Any) -> str:
    """One primitive as text: JSON's spelling for booleans and null."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _enc(text: str, reserved: bool = False) -> str:
    return quote(text, safe=_UNRESERVED + (_RESERVED if reserved else ""))


def _pairs(value: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(k), scalar(v)) for k, v in value.items()]


def serialize_path(name: str, value: Any, style: str, explode: bool) -> str:
    """The text that replaces ``{name}`` in the path (already percent-encoded)."""
    style = style or "simple"
    e = _enc
    if style == "simple":
        if isinstance(value, list):
            return ",".join(e(scalar(v)) for v in value)
        if isinstance(value, dict):
            if explode:
                return ",".join(f"{e(k)}={e(v)}" for k, v in _pairs(value))
            return ",".join(f"{e(k)},{e(v)}" for k, v in _pairs(value))
        return e(scalar(value))
    if style == "label":
        if isinstance(value, list):
            sep = "." if explode else ","
            return "." + sep.join(e(scalar(v)) for v in value)
        if isinstance(value, dict):
            if explode:
                return "".join(f".{e(k)}={e(v)}" for k, v in _pairs(value))
            return "." + ",".join(f"{e(k)},{e(v)}" for k, v in _pairs(value))
        return "." + e(scalar(value))
    if style == "matrix":
        if isinstance(value, list):
            if explode:
                return "".join(f";{e(name)}={e(scalar(v))}" for v in value)
            return f";{e(name)}=" + ",".join(e(scalar(v)) for v in value)
        if isinstance(value, dict):
            if explode:
                return "".join(f";{e(k)}={e(v)}" for k, v in _pairs(value))
            return f";{e(name)}=" + ",".join(f"{e(k)},{e(v)}" for k, v in _pairs(value))
        return f";{e(name)}={e(scalar(value))}"
    raise ValueError(f"path style {style!r}")


def _deep(prefix: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for k, v in value.items():
            out += _deep(f"{prefix}[{k}]", v)
        return out
    if isinstance(value, list):
        out = []
        for i, v in enumerate(value):
            out += _deep(f"{prefix}[{i}]", v)
        return out
    return [(prefix, scalar(value))]


def serialize_query(
    name: str,
    value: Any,
    style: str,
    explode: bool | None,
    allow_reserved: bool = False,
) -> str:
    """``name=value`` pairs joined by ``&``, percent-encoded."""
    style = style or "form"
    if explode is None:
        explode = style == "form"

    def e(text: str) -> str:
        return _enc(text, allow_reserved)

    if style == "deepObject":
        return "&".join(f"{_enc(k)}={e(v)}" for k, v in _deep(name, value))
    if isinstance(value, list):
        if explode:
            return "&".join(f"{_enc(name)}={e(scalar(v))}" for v in value)
        sep = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}[style]
        return f"{_enc(name)}=" + sep.join(e(scalar(v)) for v in value)
    if isinstance(value, dict):
        if style != "form":
            raise ValueError(f"query style {style!r} for an object")
        if explode:
            return "&".join(f"{_enc(k)}={e(v)}" for k, v in _pairs(value))
        return f"{_enc(name)}=" + ",".join(f"{e(k)},{e(v)}" for k, v in _pairs(value))
    return f"{_enc(name)}={e(scalar(value))}"


def serialize_header(value: Any, explode: bool) -> str:
    """Header parameters: style ``simple``, no percent-encoding."""
    if isinstance(value, list):
        return ",".join(scalar(v) for v in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(f"{k}={v}" for k, v in _pairs(value))
        return ",".join(f"{k},{v}" for k, v in _pairs(value))
    return scalar(value)


def serialize_cookie(name: str, value: Any, explode: bool | None) -> str:
    """Cookie parameters: style ``form``, as ``name=value`` (``; `` between pairs)."""
    if explode is None:
        explode = True
    if isinstance(value, list):
        if explode:
            return "; ".join(f"{name}={scalar(v)}" for v in value)
        return f"{name}=" + ",".join(scalar(v) for v in value)
    if isinstance(value, dict):
        if explode:
            return "; ".join(f"{k}={v}" for k, v in _pairs(value))
        return f"{name}=" + ",".join(f"{k},{v}" for k, v in _pairs(value))
    return f"{name}={scalar(value)}"


def encode_form(value: Any, encoding: dict[str, Any]) -> bytes:
    """``application/x-www-form-urlencoded`` per the media type's ``encoding``."""
    if not isinstance(value, dict):
        return _enc(scalar(value)).encode()
    parts: list[str] = []
    for name, item in value.items():
        enc = encoding.get(name) or {}
        ctype = str(enc.get("contentType", ""))
        style = enc.get("style") or "form"
        explode = enc.get("explode")
        if "json" in ctype and not enc.get("style"):
            parts.append(f"{_enc(name)}={_enc(json.dumps(item))}")
        elif style == "deepObject":
            parts.append(serialize_query(name, item, "deepObject", True))
        else:
            parts.append(
                serialize_query(
                    name, item, style, explode, bool(enc.get("allowReserved"))
                )
            )
    return "&".join(p for p in parts if p).encode()


def encode_multipart(
    value: Any, encoding: dict[str, Any], boundary: str | None = None
) -> tuple[bytes, str]:
    """``multipart/form-data``: one part per property (arrays: one per item)."""
    boundary = boundary or uuid.uuid4().hex
    out = bytearray()
    items = value.items() if isinstance(value, dict) else [("value", value)]
    for name, item in items:
        enc = encoding.get(name) or {}
        for one in item if isinstance(item, list) and not _all_json(enc) else [item]:
            ctype = enc.get("contentType")
            filename = ""
            if is_bytes_marker(one) or isinstance(one, bytes):
                data = decode_bytes(one) if not isinstance(one, bytes) else one
                ctype = ctype or "application/octet-stream"
                filename = f'; filename="{name}"'
            elif isinstance(one, (dict, list)):
                data = json.dumps(one).encode()
                ctype = ctype or "application/json"
            else:
                data = scalar(one).encode()
                ctype = ctype or "text/plain"
            out += f"--{boundary}\r\n".encode()
            out += (
                f'Content-Disposition: form-data; name="{name}"{filename}\r\n'.encode()
            )
            out += f"Content-Type: {str(ctype).split(',')[0].strip()}\r\n\r\n".encode()
            out += data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def _all_json(enc: dict[str, Any]) -> bool:
    return "json" in str(enc.get("contentType", ""))


def encode_body(
    media_type: str, value: Any, encoding: dict[str, Any] | None = None
) -> tuple[bytes, str]:
    """The body bytes and the ``Content-Type`` to send for one media type."""
    encoding = encoding or {}
    base = media_type.split(";")[0].strip().lower()
    if base == "application/x-www-form-urlencoded":
        return encode_form(value, encoding), base
    if base.startswith("multipart/"):
        return encode_multipart(value, encoding)
    if "json" in base or base in ("*/*", "application/*"):
        ctype = base if "json" in base else "application/json"
        return json.dumps(decode_bytes(value)).encode(), ctype
    if is_bytes_marker(value):
        return decode_bytes(value), media_type
    if isinstance(value, (dict, list)):
        return json.dumps(value).encode(), media_type
    return scalar(value).encode(), media_type


def build_reference(
    op: dict[str, Any],
    media_type: str | None,
    credentials: dict[str, dict[str, str]] | None = None,
) -> RefRequest:
    """The reference request for one planned operation (``media_type``: the body sent)."""
    path = op["path"]
    query: list[str] = []
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for p in op["params"]:
        name, value, location = p["name"], p["value"], p["in"]
        if p.get("json"):
            text = json.dumps(value, separators=(",", ":"))
            if location == "path":
                path = path.replace("{" + name + "}", _enc(text))
            elif location == "query":
                query.append(f"{_enc(name)}={_enc(text)}")
            elif location == "header":
                headers[name] = text
            else:
                cookies.append(f"{name}={text}")
            continue
        explode = p.get("explode")
        if location == "path":
            text = serialize_path(name, value, p["style"], bool(explode))
            path = path.replace("{" + name + "}", text)
        elif location == "query":
            text = serialize_query(
                name, value, p["style"], explode, p.get("allowReserved", False)
            )
            if text:
                query.append(text)
        elif location == "header":
            headers[name] = serialize_header(value, bool(explode))
        elif location == "cookie":
            cookies.append(serialize_cookie(name, value, explode))
    for kind, values in (credentials or {}).items():
        for name, value in values.items():
            if kind == "header":
                headers.setdefault(name, value)
            elif kind == "query":
                query.append(f"{_enc(name)}={_enc(value)}")
            else:
                cookies.append(f"{name}={value}")
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    content = None
    body = op.get("body")
    if body and media_type and media_type in body["content"]:
        entry = body["content"][media_type]
        content, ctype = encode_body(media_type, entry["value"], entry.get("encoding"))
        headers["Content-Type"] = ctype
    return RefRequest(op["method"], path, "&".join(query), headers, content)
