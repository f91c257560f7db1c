"""Per-operation request plans, computed once and cached.

An :class:`~clientsmith.operation.Operation` is declarative; turning it into a
URL, headers and a response reader involves lookups that would be wasted work
on every call. :func:`plan_for` compiles it once into an :class:`OperationPlan`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._params import (
    cookie_pairs,
    encode_path_segment,
    encode_query,
    expand_path_param,
    header_value,
    query_pairs,
)
from ._response import adapter_for, build_status_error, parse_body, pick_response
from ._types import NotGiven
from .operation import Operation, Param, Response

if TYPE_CHECKING:
    import pydantic

__all__ = ["OperationPlan", "plan_for"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")


class OperationPlan:
    """The precomputed parts of one operation (see :func:`plan_for`)."""

    __slots__ = (
        "operation",
        "method",
        "label",
        "path_literal",
        "path_parts",
        "params",
        "fast_path",
        "responses",
        "by_status",
        "errors",
        "idempotent",
    )

    def __init__(self, operation: Operation[Any]) -> None:
        self.operation = operation
        self.method = operation.method.upper()
        self.label = f"{self.method} {operation.path}" + (
            f" ({operation.operation_id})" if operation.operation_id else ""
        )
        self.params: dict[tuple[str, str], Param] = {
            (p.location, p.name): p for p in operation.params
        }
        parts: list[str | Param] = []
        last = 0
        for match in _TEMPLATE.finditer(operation.path):
            parts.append(operation.path[last : match.start()])
            name = match.group(1)
            parts.append(self.params.get(("path", name)) or Param(name, "path"))
            last = match.end()
        parts.append(operation.path[last:])
        self.path_parts: tuple[str | Param, ...] = tuple(p for p in parts if p != "")
        self.path_literal: str | None = (
            operation.path if all(isinstance(p, str) for p in self.path_parts) else None
        )
        # Plain ``{id}`` segments with str/int values skip the style machinery.
        self.fast_path = all(
            isinstance(p, str) or (not p.style or p.style == "simple") and not p.json
            for p in self.path_parts
        )
        self.responses: Mapping[str, Response] = operation.responses
        # status -> (Response, adapter) for the declared success codes
        self.by_status: dict[
            int, tuple[Response | None, pydantic.TypeAdapter[Any] | None]
        ] = {}
        self.errors = operation.errors
        self.idempotent = self.method in {
            "GET",
            "HEAD",
            "OPTIONS",
            "PUT",
            "DELETE",
            "TRACE",
        }

    # -- request side ---------------------------------------------------------

    def render_path(self, values: Mapping[str, object] | None) -> str:
        """The path with parameters expanded and percent-encoded."""
        if self.path_literal is not None:
            return self.path_literal
        values = values or {}
        out: list[str] = []
        for part in self.path_parts:
            if isinstance(part, str):
                out.append(part)
                continue
            try:
                value = values[part.name]
            except KeyError:
                raise TypeError(
                    f"{self.label}: missing path parameter {part.name!r}"
                ) from None
            kind = type(value)
            if self.fast_path and (kind is int or kind is str):
                # the common ``{id}`` case, without the style machinery
                out.append(encode_path_segment(str(value)))
                continue
            if value is None or isinstance(value, NotGiven):
                raise TypeError(
                    f"{self.label}: path parameter {part.name!r} is required"
                )
            out.append(expand_path_param(part, value))
        return "".join(out)

    def render_query(
        self,
        values: Mapping[str, object] | None,
        extra: Mapping[str, object] | None,
    ) -> str:
        """The encoded query string (without ``?``); ``None`` values are omitted."""
        pairs: list[tuple[str, str]] = []
        if values:
            for name, value in values.items():
                if isinstance(value, NotGiven):
                    continue
                param = self.params.get(("query", name)) or Param(name, "query")
                pairs.extend(query_pairs(param, value))
        if extra:
            names: set[str] = set()
            extra_pairs: list[tuple[str, str]] = []
            for name, value in extra.items():
                if isinstance(value, NotGiven):
                    continue
                one = query_pairs(Param(name, "query"), value)
                names.update(k for k, _ in one)
                extra_pairs.extend(one)
            # extra_query overrides same-named parameters rather than repeating them
            pairs = [p for p in pairs if p[0] not in names] + extra_pairs
        return encode_query(pairs)

    def render_headers(
        self,
        values: Mapping[str, object] | None,
        cookies: Mapping[str, object] | None,
    ) -> dict[str, str]:
        """Header and cookie parameters as request headers."""
        out: dict[str, str] = {}
        if values:
            for name, value in values.items():
                if isinstance(value, NotGiven):
                    continue
                param = self.params.get(("header", name)) or Param(name, "header")
                text = header_value(param, value)
                if text is not None:
                    out[name] = text
        if cookies:
            pairs: list[tuple[str, str]] = []
            for name, value in cookies.items():
                if isinstance(value, NotGiven):
                    continue
                param = self.params.get(("cookie", name)) or Param(name, "cookie")
                pairs.extend(cookie_pairs(param, value))
            if pairs:
                out["Cookie"] = "; ".join(f"{k}={v}" for k, v in pairs)
        return out

    # -- response side --------------------------------------------------------

    def parse(self, response: httpx.Response, strict: bool = False) -> Any:
        """Return the decoded success value, or raise the matching status error.

        ``strict`` raises :class:`~clientsmith.APIResponseValidationError` for a
        body that does not match its declared type instead of tolerating it.
        """
        status = response.status_code
        if not 200 <= status < 300 and str(status) not in self.responses:
            raise build_status_error(response, self.errors)
        try:
            declared, adapter = self.by_status[status]
        except KeyError:
            declared = pick_response(self.responses, status)
            adapter = (
                adapter_for(declared.type)
                if declared is not None
                and declared.kind == "json"
                and declared.type is not None
                else None
            )
            self.by_status[status] = (declared, adapter)
        return parse_body(declared, response, self.label, adapter, strict)


_PLANS: dict[int, tuple[Operation[Any], OperationPlan]] = {}


def plan_for(operation: Operation[Any]) -> OperationPlan:
    """The cached plan for an operation (keyed by identity; operations are immutable)."""
    try:
        cached = _PLANS[id(operation)]
    except KeyError:
        pass
    else:
        if cached[0] is operation:
            return cached[1]
    plan = OperationPlan(operation)
    # Keep a reference so the id cannot be reused while cached. Operations are
    # module-level constants in generated code, so this stays small.
    _PLANS[id(operation)] = (operation, plan)
    return plan
