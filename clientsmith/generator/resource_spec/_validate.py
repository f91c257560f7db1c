"""Checking a resource spec against its JSON Schema (``schema.json``)."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from ._report import JsonPath, Reporter, describe

__all__ = ["check_schema", "resource_spec_schema"]


@lru_cache(maxsize=1)
def resource_spec_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) a resource spec must satisfy."""
    text = resources.files(__package__).joinpath("schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def _leaf_errors(error: Any) -> list[Any]:
    """The errors worth showing for one jsonschema error (descend into oneOf/anyOf)."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Branches that failed only because the value has another JSON type are
        # noise; the branch that matches the type says what is really wrong.
        relevant = [
            e
            for e in error.context
            if not (e.validator == "type" and len(e.relative_path) == 0)
        ]
        relevant = [
            e
            for e in relevant
            if not (e.validator == "const" and len(e.relative_path) == 0)
        ]
        if relevant:
            branch = min(e.schema_path[0] for e in relevant)
            chosen = [e for e in relevant if e.schema_path[0] == branch]
            out: list[Any] = []
            for e in chosen:
                out.extend(_leaf_errors(e))
            return out
    if error.validator == "allOf" and error.context:
        out = []
        for e in error.context:
            out.extend(_leaf_errors(e))
        return out
    return [error]


def _message(error: Any) -> tuple[JsonPath, str, bool]:
    """(path, message, point-at-key) for one leaf jsonschema error."""
    path: JsonPath = tuple(error.absolute_path)
    validator, value = error.validator, error.validator_value
    where = describe(path)
    if validator == "type":
        expected = value if isinstance(value, str) else " or ".join(value)
        expected = {"object": "mapping", "array": "list"}.get(expected, expected)
        return (
            path,
            f"{where}: expected a {expected}, got a {_json_type(error.instance)} ({error.instance!r})",
            False,
        )
    if validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return path, f"{where}: missing required key {name!r}", False
    if validator == "const":
        return path, f"{where}: must be {value!r}, got {error.instance!r}", False
    if validator == "enum":
        allowed = ", ".join(str(v) for v in value)
        return path, f"{where}: {error.instance!r} is not one of: {allowed}", False
    if validator == "pattern":
        return (
            path,
            f"{where}: {error.instance!r} does not match the pattern {value!r}",
            False,
        )
    if validator in ("oneOf", "anyOf"):
        forms = _forms(error)
        if forms:
            return (
                path,
                f"{where}: expected {' or '.join(forms)}, got a {_json_type(error.instance)} "
                f"({error.instance!r})",
                False,
            )
        return (
            path,
            f"{where}: {error.instance!r} has the wrong form (see docs/resource-spec.md)",
            False,
        )
    if validator == "not":
        keys = sorted(set(_required_keys(value)) & set(error.instance or ()))
        if keys:
            together = ", ".join(repr(k) for k in keys)
            return (
                path,
                f"{where}: {together} cannot be used together with the other keys here",
                False,
            )
    return path, f"{where}: {error.message}", False


def _forms(error: Any) -> list[str]:
    """What each branch of a failed oneOf accepts, when all failed on the JSON type."""
    forms: list[str] = []
    for sub in error.context:
        if len(sub.relative_path) != 0:
            continue
        if sub.validator == "type":
            kinds = (
                [sub.validator_value]
                if isinstance(sub.validator_value, str)
                else sub.validator_value
            )
            for kind in kinds:
                word = {
                    "object": "a mapping",
                    "array": "a list",
                    "string": "a string",
                }.get(kind, f"a {kind}")
                if word not in forms:
                    forms.append(word)
        elif sub.validator == "const" and repr(sub.validator_value) not in forms:
            forms.append(repr(sub.validator_value))
    return forms


def _required_keys(schema: Any) -> list[str]:
    if isinstance(schema, Mapping):
        found = [str(k) for k in schema.get("required", ())]
        for value in schema.values():
            found.extend(_required_keys(value))
        return found
    if isinstance(schema, list):
        return [k for item in schema for k in _required_keys(item)]
    return []


def check_schema(document: Any, reporter: Reporter) -> None:
    """Report every schema violation in ``document``, once, in source order.

    ``oneOf`` failures are narrowed to the branch matching the value's JSON type;
    unknown keys and bad mapping keys point at the key itself.
    """
    # jsonschema ships no type information; it is a dependency of
    # openapi-spec-validator, so it is always there when the generator is.
    jsonschema: Any = importlib.import_module("jsonschema")
    validator_class = jsonschema.validators.validator_for(resource_spec_schema())
    validator = validator_class(resource_spec_schema())
    seen: set[tuple[JsonPath, str]] = set()
    found: list[tuple[JsonPath, str, bool]] = []
    for error in validator.iter_errors(document):
        for leaf in _leaf_errors(error):
            if leaf.validator == "additionalProperties" and isinstance(
                leaf.instance, Mapping
            ):
                allowed = leaf.schema.get("properties", {})
                for key in leaf.instance:
                    if key not in allowed:
                        kpath = (*tuple(leaf.absolute_path), str(key))
                        known = ", ".join(sorted(k for k in allowed))
                        found.append(
                            (
                                kpath,
                                f"{describe(kpath)}: unknown key {key!r} (allowed: {known})",
                                True,
                            )
                        )
            elif "propertyNames" in leaf.absolute_schema_path:
                # A bad mapping key: point at the key itself.
                kpath = (*tuple(leaf.absolute_path), str(leaf.instance))
                found.append(
                    (
                        kpath,
                        f"{describe(tuple(leaf.absolute_path))}: the name {leaf.instance!r} is not "
                        f"allowed here (names must match {leaf.validator_value!r})",
                        True,
                    )
                )
            else:
                found.append(_message(leaf))
    for path, message, key in sorted(
        found, key=lambda f: reporter.marks.find(f[0], key=f[2]) or (0, 0)
    ):
        if (path, message) in seen:
            continue
        seen.add((path, message))
        reporter.error(path, message, key=key)
