"""Does a response body conform to the spec's response schema? (jsonschema)

OpenAPI 3.0 schemas are JSON Schema draft 4 with a few differences; the document
is rewritten once so a draft validator reads it right: ``nullable: true`` (and
Swagger's ``x-nullable``) adds ``null`` to the type (and to an enum), a
``$ref`` with ``nullable`` siblings becomes ``anyOf [ref, null]``, and
``readOnly``/``writeOnly`` properties stop being required in the direction
where they are absent. OpenAPI 3.1 documents are JSON Schema 2020-12 already.
Formats ``date-time``, ``date`` and ``uuid`` are asserted (RFC 3339, RFC 4122
text): a body whose date-time field holds ``"string"`` does not conform, so a
client refusing it is not at fault. Other formats are not asserted.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote

from .synth import resolve

_DATE = r"\d{4}-\d{2}-\d{2}"
_DATE_TIME = re.compile(
    _DATE + r"[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$"
)
_DATE_ONLY = re.compile(_DATE + "$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$")


def format_checker() -> Any:
    """The formats asserted: what a typed client must be able to parse."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(
        lambda v: not isinstance(v, str) or bool(_DATE_TIME.match(v))
    )
    checker.checks("date")(
        lambda v: not isinstance(v, str) or bool(_DATE_ONLY.match(v))
    )
    checker.checks("uuid")(lambda v: not isinstance(v, str) or bool(_UUID.match(v)))
    return checker


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def pointer(*parts: str) -> str:
    return "#/" + "/".join(_escape(p) for p in parts)


def convert_30(node: Any, response: bool = True) -> Any:
    """A copy of an OpenAPI 3.0 document whose schemas draft 4 reads as meant."""
    if isinstance(node, list):
        return [convert_30(v, response) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: convert_30(v, response) for k, v in node.items()}
    nullable = False
    for key in ("nullable", "x-nullable"):
        if isinstance(out.get(key), bool):  # not a property named "nullable"
            nullable = out.pop(key) or nullable
    if nullable:
        if "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            inner = {
                k: v for k, v in out.items() if k in ("$ref", "allOf", "oneOf", "anyOf")
            }
            rest = {k: v for k, v in out.items() if k not in inner}
            out = {**rest, "anyOf": [inner, {"type": "null"}]}
        else:
            t = out.get("type")
            if isinstance(t, str):
                out["type"] = [t, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
    props = out.get("properties")
    if isinstance(props, dict) and isinstance(out.get("required"), list):
        hidden = "writeOnly" if response else "readOnly"
        absent = {
            name
            for name, sub in props.items()
            if isinstance(sub, dict) and sub.get(hidden) is True
        }
        if absent:
            out["required"] = [r for r in out["required"] if r not in absent]
    return out


class SchemaChecker:
    """Validates bodies against the response schemas of one spec."""

    def __init__(self, doc: dict[str, Any]) -> None:
        import jsonschema

        self.doc = doc
        version = str(doc.get("openapi", "3.0"))
        self.is_31 = version.startswith("3.1") or version.startswith("3.2")
        if self.is_31:
            self.root = doc
            self.cls: Any = jsonschema.Draft202012Validator
        else:
            self.root = convert_30(doc)
            self.cls = jsonschema.Draft4Validator
        self._validators: dict[str, Any] = {}

    def response_schema(
        self, method: str, path: str, status: int, content_type: str
    ) -> str | None:
        """The pointer of the schema for this status and media type, if declared."""
        item = resolve(self.doc, (self.doc.get("paths") or {}).get(path))
        op = item.get(method.lower()) if isinstance(item, dict) else None
        if not isinstance(op, dict):
            return None
        responses = op.get("responses") or {}
        code = str(status)
        key = next(
            (
                k
                for k in (code, code[0] + "XX", code[0] + "xx", "default")
                if k in responses
            ),
            None,
        )
        if key is None:
            return None
        response = responses[key]
        base: tuple[str, ...] = ("paths", path, method.lower(), "responses", key)
        while isinstance(response, dict) and isinstance(response.get("$ref"), str):
            ref = response["$ref"]
            base = tuple(
                unquote(p).replace("~1", "/").replace("~0", "~")
                for p in ref[2:].split("/")
            )
            response = resolve(self.doc, {"$ref": ref})
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media = _match_media(list(content), content_type)
        if media is None or not isinstance(content[media], dict):
            return None
        if "schema" not in resolve(self.doc, content[media]):
            return None
        return pointer(*base, "content", media, "schema")

    def errors(self, schema_pointer: str, body: Any, limit: int = 3) -> list[str]:
        """Up to ``limit`` violations (``path: message``); empty when it conforms."""
        validator = self._validators.get(schema_pointer)
        if validator is None:
            validator = self.cls(
                {**self.root, "$ref": schema_pointer}, format_checker=format_checker()
            )
            self._validators[schema_pointer] = validator
        out = []
        try:
            for error in validator.iter_errors(body):
                where = "/".join(str(p) for p in error.absolute_path) or "<root>"
                out.append(f"{where}: {error.message[:160]}")
                if len(out) >= limit:
                    break
        except Exception as exc:  # a schema jsonschema cannot read (bad ref, regex)
            return [f"<schema unreadable: {type(exc).__name__}: {str(exc)[:120]}>"]
        return out


def _match_media(declared: list[str], actual: str) -> str | None:
    actual = actual.split(";")[0].strip().lower()
    lowered = {d.split(";")[0].strip().lower(): d for d in declared}
    if actual in lowered:
        return lowered[actual]
    major = actual.split("/")[0]
    for d, original in lowered.items():
        if d in ("*/*", f"{major}/*"):
            return original
    for d, original in lowered.items():
        if "json" in d and "json" in actual:
            return original
    return declared[0] if len(declared) == 1 else None


def body_conformance(
    checker: SchemaChecker,
    method: str,
    path: str,
    status: int,
    content_type: str,
    text: str,
) -> tuple[bool | None, str]:
    """(conforms, detail): ``None`` when the spec declares no schema (silent)."""
    ptr = checker.response_schema(method, path, status, content_type)
    if ptr is None:
        return None, "no schema"
    if "json" not in content_type.lower():
        return None, f"not JSON ({content_type or 'no content type'})"
    try:
        body = json.loads(text) if text else None
    except ValueError:
        return False, "body is not JSON"
    errors = checker.errors(ptr, body)
    if errors and errors[0].startswith("<schema unreadable"):
        return None, errors[0]
    return (not errors), "; ".join(errors)
