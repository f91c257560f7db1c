"""The config file's JSON Schema, declared once, and located problems derived from it.

:func:`config_schema` is the whole structure of ``clientsmith.yaml``: its keys,
the JSON type of every value, the allowed words and the patterns of names.
:func:`schema_problems` checks a decoded document (the config, an overlay file,
the spec's ``x-clientsmith-webhooks``) against it and phrases each violation for
a person, at the JSON pointer of the offending value or key; the caller adds the
file and line. :func:`prune` then drops what was reported, so the section
parsers in :mod:`clientsmith.generator.config` see only well-formed values and
check only what a schema cannot say (globs, JSONPath, regular expressions,
rules between keys).

Wording comes from the schema itself: ``x-what`` names an object in messages
("a pagination rule"), ``x-expect`` says what a value must be ("a non-empty
string"), ``x-message`` replaces the whole message. :func:`exported_schema` is
the same schema without them, for editors: ``python -m
clientsmith.generator.config_schema`` prints it, and
``docs/clientsmith.schema.json`` is that output.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from clientsmith._contract import HTTP_METHODS

from .diagnostics import pointer_join
from .naming import NAME_KINDS
from .refs import split_pointer

__all__ = [
    "FLOW_KEYS",
    "Problem",
    "FLOW_NAMES",
    "PAGINATION_FIELDS",
    "PAGINATION_STYLES",
    "SCHEME_KEYS",
    "SCHEME_TYPES",
    "TOKEN_REQUEST",
    "config_schema",
    "exported_schema",
    "exported_schema_text",
    "prune",
    "schema_problems",
    "type_name",
]

PAGINATION_STYLES = ("hal", "next_link", "link_header", "cursor", "offset", "page")
"""Styles of ``x-pagination``; a rule may also say ``none`` to remove pagination."""

# Fields of clientsmith.operation.Pagination, as x-pagination takes them: "path"
# is a dotted path (or a list of keys), the others a plain type.
PAGINATION_FIELDS: dict[str, str] = {
    "items": "path",
    "next_link": "path",
    "cursor_field": "path",
    "cursor_param": "str",
    "has_more_field": "path",
    "cursor_from_last_item": "str",
    "offset_param": "str",
    "limit_param": "str",
    "page_param": "str",
    "size_param": "str",
    "total_pages_field": "path",
    "first_page": "int",
}
SCHEME_TYPES = ("apiKey", "http", "oauth2", "openIdConnect", "mutualTLS")
SCHEME_KEYS = (
    "bearerFormat",
    "description",
    "flows",
    "in",
    "name",
    "openIdConnectUrl",
    "scheme",
    "token_request",
    "type",
)
# What each scheme type needs besides ``type`` (as OpenAPI requires).
_SCHEME_NEEDS = {
    "apiKey": ("name", "in"),
    "http": ("scheme",),
    "oauth2": ("flows",),
    "openIdConnect": ("openIdConnectUrl",),
}
FLOW_NAMES = ("implicit", "password", "clientCredentials", "authorizationCode")
FLOW_KEYS = ("authorizationUrl", "refreshUrl", "scopes", "tokenUrl")
TOKEN_REQUEST = {
    "client_auth": ("basic", "body", "query"),
    "body_format": ("form", "json", "query"),
}
_SIGNATURE_CHOICES = {
    "scheme": ("hmac", "standard"),
    "algorithm": ("sha256", "sha1", "sha512"),
    "encoding": ("hex", "base64"),
}
_HEADER_NAME = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$"
_ENV_NAME = r"^[A-Z][A-Z0-9_]{0,79}$"
_CLI_WORD = r"[a-z0-9][a-z0-9_-]{0,79}"


def _text(expect: str = "a non-empty string") -> dict[str, Any]:
    return {"type": "string", "pattern": r"\S", "x-expect": expect}


def _enum(values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"enum": list(values), "x-expect": "one of " + ", ".join(values)}


def _obj(
    what: str,
    properties: Mapping[str, Any],
    *,
    required: tuple[str, ...] = (),
    extensions: bool = False,
    more: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A closed object: unknown keys are errors (``x-*`` ones too, unless ``extensions``)."""
    schema: dict[str, Any] = {
        "type": "object",
        "x-what": what,
        "properties": dict(properties),
        "additionalProperties": False,
    }
    if extensions:
        schema["patternProperties"] = {"^x-": {}}
    if required:
        schema["required"] = list(required)
    schema.update(more or {})
    return schema


def _map(what: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """An open mapping of names to ``values``."""
    return {"type": "object", "x-what": what, "additionalProperties": dict(values)}


def _globs() -> dict[str, Any]:
    return {
        "anyOf": [
            _text(),
            {
                "type": "array",
                "minItems": 1,
                "items": _text(),
                "x-expect": "a non-empty list of strings",
            },
        ],
        "x-expect": "a string or a non-empty list of strings",
    }


def _pagination_rule() -> dict[str, Any]:
    fields: dict[str, Any] = {"match": {"$ref": "#/$defs/match"}}
    fields["style"] = _enum((*PAGINATION_STYLES, "none"))
    for name, kind in PAGINATION_FIELDS.items():
        if kind == "path":
            fields[name] = {
                "anyOf": [_text(), {"type": "array", "minItems": 1, "items": _text()}],
                "x-expect": "a dotted path or a list of keys",
            }
        elif kind == "int":
            fields[name] = {"type": "integer", "x-expect": "an integer"}
        else:
            fields[name] = _text()
    return _obj("a pagination rule", fields, required=("match", "style"))


def _scheme() -> dict[str, Any]:
    flow = _obj(
        "a flow",
        {
            "authorizationUrl": _text(),
            "tokenUrl": _text(),
            "refreshUrl": _text(),
            "scopes": _map("'scopes'", {"type": "string"}),
        },
        extensions=True,
    )
    token_request = _obj(
        "token_request",
        {
            **{key: _enum(values) for key, values in TOKEN_REQUEST.items()},
            # Seconds before expiry at which tokens are refreshed (the client's
            # default for token_refresh_leeway=; the runtime's own is 30).
            "refresh_leeway": {
                "type": "number",
                "minimum": 0,
                "maximum": 86400,
                "x-expect": "a number of seconds from 0 to 86400",
            },
        },
    )
    needs = [
        {
            "if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
            "then": {
                "required": list(keys),
                "x-what": f"{_article(kind)} {kind} scheme",
            },
        }
        for kind, keys in _SCHEME_NEEDS.items()
    ]
    return _obj(
        "a security scheme",
        {
            "type": _enum(SCHEME_TYPES),
            "description": _text(),
            "name": _text(),
            "in": _enum(("query", "header", "cookie")),
            "scheme": _text(),
            "bearerFormat": _text(),
            "openIdConnectUrl": _text(),
            "flows": _obj(
                "flows", {name: flow for name in FLOW_NAMES}, extensions=True
            ),
            "token_request": token_request,
        },
        extensions=True,
        more={"allOf": needs},
    )


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _security_requirement() -> dict[str, Any]:
    return {
        "anyOf": [
            _text(),
            {"type": "array", "minItems": 1, "items": _text()},
            _map(
                "a security requirement",
                {
                    "type": "array",
                    "items": {"type": "string"},
                    "x-expect": "a list of scope strings",
                },
            ),
        ],
        "x-expect": "a scheme name, a list of names, or a mapping of name to scopes",
    }


def _overlay() -> dict[str, Any]:
    action = _obj(
        "an action",
        {
            "target": _text("a JSONPath (a non-empty string)"),
            "description": {"type": "string", "x-expect": "a string"},
            "update": {},
            "remove": {"type": "boolean", "x-expect": "true or false"},
        },
        required=("target",),
        extensions=True,
        more={
            # Absent or false ``remove`` (``properties`` holds for a missing key).
            "if": {"properties": {"remove": {"const": False}}},
            "then": {
                "required": ["update"],
                "x-what": "an action without 'remove: true'",
            },
        },
    )
    return _obj(
        "an overlay",
        {
            "overlay": {
                "type": "string",
                "pattern": r"^1\.[0-9]+\.[0-9]+$",
                "x-expect": "a supported overlay version (1.x.y, as a string)",
            },
            "info": _obj(
                "info", {"title": _text(), "version": _text()}, extensions=True
            ),
            "extends": _text(),
            "actions": {
                "type": "array",
                "minItems": 1,
                "items": action,
                "x-expect": "a non-empty list of actions",
            },
        },
        required=("overlay", "actions"),
        extensions=True,
    )


def _webhooks() -> dict[str, Any]:
    header = {"type": "string", "pattern": _HEADER_NAME, "x-expect": "a header name"}
    signature = _obj(
        "signature",
        {
            **{key: _enum(values) for key, values in _SIGNATURE_CHOICES.items()},
            "header": header,
            "prefix": {
                "type": "string",
                "pattern": r"^[\x21-\x7e]{1,40}$",
                "x-expect": "1 to 40 visible ASCII characters",
            },
            "tolerance": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 86400,
                "x-expect": "a number of seconds from 1 to 86400",
            },
        },
    )
    return _obj(
        "webhooks",
        {
            "signature": signature,
            "secret_env": {
                "type": "string",
                "pattern": _ENV_NAME,
                "x-expect": "an environment variable name ([A-Z][A-Z0-9_]*)",
            },
            "event_header": {
                **header,
                "x-expect": "a header name (letters, digits, '-' and '_')",
            },
        },
    )


def _sections() -> dict[str, Any]:
    selection = _obj(
        "a selection",
        {key: _globs() for key in ("tags", "paths", "operation_ids")},
        more={
            "minProperties": 1,
            "x-message": "needs at least one of tags, paths, operation_ids",
        },
    )
    content_rule = _obj(
        "a content type rule",
        {
            "from": _text(),
            "to": {"$ref": "#/$defs/media_type"},
            "match": {"$ref": "#/$defs/match"},
            "in": _enum(("requests", "responses", "both")),
        },
        required=("from", "to"),
    )
    return {
        "auth": _obj(
            "auth",
            {
                "schemes": _map("'schemes'", {"$ref": "#/$defs/scheme"}),
                "security": {
                    "type": "array",
                    "items": _security_requirement(),
                    "x-expect": "a list of requirements",
                },
            },
        ),
        "pagination": {
            "type": "array",
            "items": _pagination_rule(),
            "x-expect": "a list of rules",
        },
        "rename": _obj(
            "rename",
            {
                key: _map(f"'{key}'", _text())
                for key in ("resources", "methods", "models")
            },
        ),
        "naming": _obj(
            "naming",
            {
                "style": _enum(("derived", "operation_id")),
                **{kind: _map(f"'{kind}'", _text()) for kind in NAME_KINDS},
            },
        ),
        "include": {"$ref": "#/$defs/selection"},
        "exclude": {"$ref": "#/$defs/selection"},
        "content_types": {
            "anyOf": [
                _map("'content_types'", {"$ref": "#/$defs/media_type"}),
                {"type": "array", "items": content_rule},
            ],
            "x-expect": "a mapping (from: to) or a list of rules",
        },
        "overlays": {
            "type": "array",
            "items": {
                "anyOf": [_text(), {"$ref": "#/$defs/overlay"}],
                "x-expect": "an overlay document or a file path",
            },
            "x-expect": "a list of overlay documents or file paths",
        },
        "cli_aliases": {
            "type": "object",
            "x-what": "'cli_aliases'",
            "propertyNames": {
                "pattern": f"^{_CLI_WORD}$",
                "x-expect": "a command name ([a-z0-9_-])",
            },
            "additionalProperties": {
                "type": "string",
                "pattern": rf"^\s*{_CLI_WORD}(?:\s+{_CLI_WORD}){{0,4}}\s*$",
                "x-expect": "a command path such as 'pets list'",
            },
        },
        "webhooks": {"$ref": "#/$defs/webhooks"},
        "_defs": {
            "selection": selection,
            "match": _obj(
                "match",
                {
                    "operation_id": _globs(),
                    "path": _globs(),
                    "tag": _globs(),
                    "method": {
                        "anyOf": [
                            {"$ref": "#/$defs/method"},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {"$ref": "#/$defs/method"},
                            },
                        ],
                        "x-expect": "an HTTP method or a non-empty list of them",
                    },
                },
                more={
                    "minProperties": 1,
                    "x-message": "needs at least one of operation_id, path, method, tag",
                },
            ),
            "method": {
                "type": "string",
                "pattern": "(?i)^(?:" + "|".join(HTTP_METHODS) + ")$",
                "x-expect": "one of " + ", ".join(HTTP_METHODS),
            },
            "media_type": {
                "type": "string",
                "pattern": r"^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\s*;.*)?$",
                "x-expect": "a media type (type/subtype)",
            },
            "scheme": _scheme(),
            "overlay": _overlay(),
            "webhooks": _webhooks(),
        },
    }


@lru_cache(maxsize=1)
def config_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of a config file, with the ``x-*`` wording keys."""
    sections = _sections()
    defs = sections.pop("_defs")
    name = _text()
    properties: dict[str, Any] = {
        "package_name": name,
        "project_name": name,
        "client_name": name,
        "base_url": name,
        "env_prefix": name,
        "cli_name": name,
        "cli": {"type": "boolean", "x-expect": "true or false"},
        "tests": {"type": "boolean", "x-expect": "true or false"},
        "version": {
            "type": "string",
            "pattern": r"^[0-9]+(?:\.[0-9]+){0,2}$",
            "x-expect": "a release number such as '1.0.0' (a string)",
        },
        "versioning": _enum(("spec", "semver")),
        "templates": _text("a directory (a non-empty string)"),
        **sections,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "clientsmith generator config (clientsmith.yaml)",
        "type": ["object", "null"],
        "x-what": "the config",
        "properties": properties,
        "additionalProperties": False,
        "$defs": defs,
    }


def exported_schema() -> dict[str, Any]:
    """:func:`config_schema` for editors: the same rules without the ``x-*`` wording."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v)
                for k, v in node.items()
                if not (isinstance(k, str) and k.startswith("x-"))
                or k == "^x-"  # a patternProperties pattern, not wording
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    schema: dict[str, Any] = strip(config_schema())
    return schema


def exported_schema_text() -> str:
    """:func:`exported_schema` as the JSON text of ``docs/clientsmith.schema.json``."""
    return json.dumps(exported_schema(), indent=2, ensure_ascii=False) + "\n"


# --- checking -------------------------------------------------------------------

JsonPath = tuple[str | int, ...]


def type_name(value: Any) -> str:
    """The JSON type of ``value`` as messages say it ("a mapping", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string" if value.strip() else "an empty string"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, dict):
        return "a mapping" if value else "an empty mapping"
    return type(value).__name__


_TYPE_WORDS = {
    "string": "a string",
    "object": "a mapping",
    "array": "a list",
    "boolean": "true or false",
    "integer": "an integer",
    "number": "a number",
    "null": "null",
}


@lru_cache(maxsize=8)
def _validator(definition: str) -> Any:
    # jsonschema ships no type information; it is a dependency of the generator.
    jsonschema: Any = importlib.import_module("jsonschema")
    schema = config_schema()
    if definition:
        schema = {
            "$schema": schema["$schema"],
            "$defs": schema["$defs"],
            "$ref": f"#/$defs/{definition}",
        }
    return jsonschema.Draft202012Validator(schema)


def _name(path: JsonPath, root: str = "the config") -> str:
    """How a message names the value at ``path``: its key, or its item number."""
    if not path:
        return root
    last = path[-1]
    if isinstance(last, int):
        if len(path) > 1 and isinstance(path[-2], str):
            return f"item {last} of '{path[-2]}'"
        return "'" + "/".join(str(p) for p in path) + "'"
    return repr(str(last))


def _leaves(error: Any) -> Iterator[Any]:
    """The errors worth showing for one error: an ``anyOf`` is narrowed to the
    one branch that has the value's JSON type, when exactly one has it."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        wrong_type = {
            e.schema_path[0]
            for e in error.context
            if e.validator == "type" and not e.relative_path
        }
        branches = set(range(len(error.validator_value))) - wrong_type
        if len(branches) == 1:
            (branch,) = branches
            for sub in error.context:
                if sub.schema_path[0] == branch:
                    yield from _leaves(sub)
            return
    if error.validator == "allOf" and error.context:
        for sub in error.context:
            yield from _leaves(sub)
        return
    yield error


def _expectation(error: Any) -> str:
    schema, value = error.schema, error.validator_value
    if isinstance(schema, Mapping) and "x-expect" in schema:
        return str(schema["x-expect"])
    if error.validator == "type":
        kinds = [value] if isinstance(value, str) else list(value)
        return " or ".join(_TYPE_WORDS.get(k, k) for k in kinds)
    if error.validator == "enum":
        return "one of " + ", ".join(str(v) for v in value)
    if error.validator == "minItems":
        return "a non-empty list"
    if error.validator == "pattern":
        return f"text matching {value!r}"
    return f"valid ({error.message})"


def _shown(error: Any) -> str:
    value = error.instance
    if isinstance(value, (dict, list)) or value is None:
        return type_name(value)
    if error.validator == "type":
        return f"{type_name(value)} ({value!r})"
    return repr(value)


def _leaf_problems(error: Any, root: str) -> Iterator[tuple[JsonPath, str, bool]]:
    path: JsonPath = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    name = _name(path, root)
    what = str(schema.get("x-what") or name)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = list(schema.get("properties", {}))
        extensions = "^x-" in schema.get("patternProperties", {})
        for key in error.instance:
            if key in known or (extensions and str(key).startswith("x-")):
                continue
            yield (
                (*path, str(key)),
                f"unknown key {key!r} in {what} (known: {', '.join(known)})",
                True,
            )
    elif error.validator == "required" and isinstance(error.instance, dict):
        for key in error.validator_value:
            if key not in error.instance:
                # The object stays: its other keys are still worth checking.
                yield path, f"{what} needs {key!r}", False
    elif "propertyNames" in error.absolute_schema_path:
        # The key itself is bad: point at it.
        key = error.instance
        yield (*path, str(key)), f"{key!r} is not {_expectation(error)}", True
    elif "x-message" in schema:
        yield path, f"{name} {schema['x-message']}", True
    else:
        expected = _expectation(error)
        yield path, f"{name} must be {expected}, not {_shown(error)}", True


class Problem(NamedTuple):
    """One violation of the config schema."""

    pointer: str
    message: str
    drop: bool
    """Whether the value at ``pointer`` is unusable (see :func:`prune`)."""


def schema_problems(
    data: Any, definition: str = "", *, base: str = "", name: str = ""
) -> list[Problem]:
    """Every violation of the config schema in ``data``.

    ``definition`` checks against one ``$defs`` entry instead of the whole
    config (``overlay``, ``webhooks``); ``base`` is the pointer of ``data``
    and ``name`` how messages call it. In document order, each problem once.
    """
    root = name or (_name(tuple(split_pointer(base))) if base else "the config")
    found: dict[Problem, None] = {}
    errors = sorted(
        _validator(definition).iter_errors(data),
        key=lambda e: _position(data, tuple(e.absolute_path)),
    )
    for error in errors:
        for leaf in _leaves(error):
            for path, message, drop in _leaf_problems(leaf, root):
                found[Problem(pointer_join(base, *path), message, drop)] = None
    return list(found)


def _position(data: Any, path: JsonPath) -> list[int]:
    """Where ``path`` is in ``data``, as indices: sorts problems in document order."""
    out: list[int] = []
    for token in path:
        if isinstance(data, dict) and token in data:
            out.append(list(data).index(token))
            data = data[token]
        elif isinstance(data, list) and isinstance(token, int):
            out.append(token)
            data = data[token]
        else:
            break
    return out


def prune(data: Any, problems: list[Problem], *, base: str = "") -> Any:
    """A copy of ``data`` without the unusable values ``problems`` point at.

    ``base`` is the pointer of ``data``.

    Mapping entries are dropped; list items become ``None`` (so later items keep
    their index, and the pointers of later problems stay right).
    """
    pointers = [p.pointer for p in problems if p.drop]
    if not pointers:
        return data
    result = copy.deepcopy(data)
    for pointer in sorted(pointers, key=len, reverse=True):
        if not pointer.startswith(base):
            continue
        _drop(result, split_pointer(pointer[len(base) :]))
    return result


def _drop(node: Any, tokens: list[str]) -> None:
    for token in tokens[:-1]:
        node = _child(node, token)
        if node is None:
            return
    if not tokens:
        return
    last = tokens[-1]
    if isinstance(node, dict):
        node.pop(last, None)
    elif isinstance(node, list) and re.fullmatch(r"[0-9]+", last):
        if int(last) < len(node):
            node[int(last)] = None


def _child(node: Any, token: str) -> Any:
    if isinstance(node, dict):
        return node.get(token)
    if isinstance(node, list) and re.fullmatch(r"[0-9]+", token):
        index = int(token)
        return node[index] if index < len(node) else None
    return None


def main() -> None:
    """Print the editor schema: ``python -m clientsmith.generator.config_schema``."""
    import sys

    sys.stdout.write(exported_schema_text())


if __name__ == "__main__":
    main()
