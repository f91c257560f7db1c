"""Per-operation request plans, computed once and cached.

An :class:`~clientsmith.operation.Operation` is declarative; turning it into a
URL, headers and a response reader involves lookups that would be wasted work
on every call. :func:`plan_for` compiles it once into an :class:`OperationPlan`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

import httpx

from ._params import (
    cookie_pairs,
    encode_path_segment,
    encode_query,
    expand_path_param,
    header_value,
    query_pairs,
    scalar_text,
)
from ._response import (
    accept_header,
    adapter_for,
    build_status_error,
    parse_body,
    pick_response,
    takes_text,
)
from ._types import NotGiven
from .operation import Operation, Param, Response

if TYPE_CHECKING:
    import pydantic

__all__ = ["OperationPlan", "plan_for", "split_path_template"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")


class OperationPlan:
    """The precomputed parts of one operation (see :func:`plan_for`)."""

    __slots__ = (
        "operation",
        "method",
        "label",
        "path_literal",
        "path_parts",
        "fixed_query",
        "params",
        "fast_path",
        "responses",
        "by_status",
        "errors",
        "idempotent",
        "accept",
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
        path, fixed = split_path_template(operation.path)
        # A fixed pair naming a declared header is that header's value, not a
        # query parameter: AWS JSON-protocol paths carry ``#X-Amz-Target=...``
        # and declare the ``X-Amz-Target`` header the service reads.
        headers = {p.name.lower() for p in operation.params if p.location == "header"}
        self.fixed_query = tuple(
            (k, v) for k, v in fixed if unquote(k).lower() not in headers
        )
        parts: list[str | Param] = []
        last = 0
        for match in _TEMPLATE.finditer(path):
            parts.append(path[last : match.start()])
            name = match.group(1)
            parts.append(self.params.get(("path", name)) or Param(name, "path"))
            last = match.end()
        parts.append(path[last:])
        self.path_parts: tuple[str | Param, ...] = tuple(p for p in parts if p != "")
        self.path_literal: str | None = (
            path if all(isinstance(p, str) for p in self.path_parts) else None
        )
        # Plain ``{id}`` segments with str/int values skip the style machinery.
        self.fast_path = all(
            isinstance(p, str) or (not p.style or p.style == "simple") and not p.json
            for p in self.path_parts
        )
        self.responses: Mapping[str, Response] = operation.responses
        # status -> (Response, adapter, takes text) for the declared success codes
        self.by_status: dict[
            int, tuple[Response | None, pydantic.TypeAdapter[Any] | None, bool]
        ] = {}
        self.errors = operation.errors
        # the Accept header for responses declared with several media types
        self.accept: str | None = accept_header(operation.responses)
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
        path_values: Mapping[str, object] | None = None,
    ) -> str:
        """The encoded query string (without ``?``); ``None`` values are omitted.

        The path template's own query (see :func:`split_path_template`) comes
        first; a parameter or ``extra_query`` entry of the same name replaces
        its fixed pair rather than repeating it.
        """
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
        if self.fixed_query:
            given = {k for k, _ in pairs}
            fixed = [
                (k, self._fill(v, path_values))
                for k, v in self.fixed_query
                if k not in given
            ]
            pairs = fixed + pairs
        return encode_query(pairs)

    def _fill(self, template: str, values: Mapping[str, object] | None) -> str:
        """A fixed query value with any ``{name}`` filled from path values."""
        if "{" not in template:
            return template

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if not values or name not in values:
                raise TypeError(f"{self.label}: missing path parameter {name!r}")
            return quote(scalar_text(values[name]), safe="")

        return _TEMPLATE.sub(one, template)

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
            declared, adapter, text = self.by_status[status]
        except KeyError:
            declared = pick_response(self.responses, status)
            adapter = (
                adapter_for(declared.type)
                if declared is not None
                and declared.kind == "json"
                and declared.type is not None
                else None
            )
            text = declared is not None and takes_text(declared.type)
            self.by_status[status] = (declared, adapter, text)
        return parse_body(declared, response, self.label, adapter, strict, text)


def split_path_template(path: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Split a path template into its path and the query pairs it carries.

    Specs converted from other formats put part of the query in the path:
    Azure's ``/x?api-version=1&op=Y`` and AWS's ``/#Action=SendMessage``
    (the AWS query protocol reads ``Action`` from the query string). A
    fragment never reaches the server, so both a ``?`` query and a ``#``
    fragment of ``key=value`` pairs become fixed query pairs, sent before the
    caller's query. Pairs stay as written (already percent-encoded) except for
    characters a query cannot hold; a fragment that is not ``key=value``
    pairs (``/docs#intro``) is dropped, as any HTTP client would.
    """
    if "?" not in path and "#" not in path:
        return path, ()
    fragment = ""
    if "#" in path:
        path, fragment = path.split("#", 1)
    query = ""
    if "?" in path:
        path, query = path.split("?", 1)
    pairs: list[tuple[str, str]] = []
    for text, is_fragment in ((query, False), (fragment, True)):
        chunks = [c for c in re.split(r"[&;]" if is_fragment else "&", text) if c]
        if is_fragment and not all("=" in c for c in chunks):
            continue
        for chunk in chunks:
            key, _, value = chunk.partition("=")
            pairs.append((_keep(key), _keep(value)))
    return path or "/", tuple(pairs)


def _keep(text: str) -> str:
    # Encode what cannot stand in a query; keep escapes and ``{name}`` templates.
    return quote(text, safe="%{}!$'()*+,;:@/?=")


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
