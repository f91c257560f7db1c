"""A validated resource spec -> an OpenAPI 3.1 document."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from ..diagnostics import pointer_join
from ._report import JsonPath, Reporter, describe
from ._types import TypeRef, TypeSyntaxError, parse_type, type_schema

__all__ = ["OPENAPI_VERSION", "Compiler"]

OPENAPI_VERSION = "3.1.0"

_FIELD_KEYWORDS = {
    "description": "description",
    "default": "default",
    "example": "example",
    "minimum": "minimum",
    "maximum": "maximum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "pattern": "pattern",
    "min_items": "minItems",
    "max_items": "maxItems",
    "read_only": "readOnly",
    "write_only": "writeOnly",
    "deprecated": "deprecated",
}
_PAGINATION_LOCAL = ("params", "envelope", "page_model")
_PATH_VAR = re.compile(r"{([^{}]+)}")
_DEFAULT_ERROR_DESCRIPTIONS = {
    "4XX": "Client error.",
    "5XX": "Server error.",
    "default": "Unexpected error.",
    "400": "Bad request.",
    "401": "Not authenticated.",
    "403": "Forbidden.",
    "404": "Not found.",
    "409": "Conflict.",
    "422": "Invalid input.",
    "429": "Too many requests.",
    "500": "Server error.",
}


def _camel(*words: str) -> str:
    parts = [w for word in words for w in re.split(r"[^A-Za-z0-9]+", word) if w]
    return (
        parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        if parts
        else "op"
    )


class Compiler:
    """Compiles one schema-valid resource spec; meaning problems go to the reporter.

    Models become ``components.schemas``, resources are walked depth-first with
    their path, path-parameter types and parent ids, and every operation becomes
    one OpenAPI operation carrying ``x-clientsmith-resource``/``-method``.
    """

    def __init__(self, spec: Mapping[str, Any], reporter: Reporter) -> None:
        self.spec = spec
        self.report = reporter
        self.models: Mapping[str, Any] = spec.get("models") or {}
        self.schemas: dict[str, Any] = {}
        self.paths: dict[str, dict[str, Any]] = {}
        self.tags: list[dict[str, Any]] = []
        self.operation_ids: dict[str, JsonPath] = {}
        self.envelopes: dict[str, tuple[JsonPath, dict[str, Any]]] = {}
        self.path_parents: dict[JsonPath, str] = {}
        self.origins: dict[str, JsonPath] = {}
        """OpenAPI pointer -> the resource-spec path it was compiled from."""
        self.used_path_parents: set[JsonPath] = set()

    # -- types -------------------------------------------------------------

    def type_of(self, text: Any, path: JsonPath) -> dict[str, Any]:
        if not isinstance(text, str):
            return {}
        try:
            return type_schema(parse_type(text, self.models))
        except TypeSyntaxError as exc:
            self.report.error(path, f"{describe(path)}: {exc}")
            return {}

    def parsed(self, text: Any, path: JsonPath) -> TypeRef | None:
        try:
            return parse_type(str(text), self.models)
        except TypeSyntaxError as exc:
            self.report.error(path, f"{describe(path)}: {exc}")
            return None

    def field_schema(
        self, spec: Any, path: JsonPath, *, default_required: bool = True
    ) -> tuple[dict[str, Any], bool | None]:
        """(schema, explicit required flag or None) for a field/param definition."""
        if isinstance(spec, str):
            return self.type_of(spec, path), None
        if not isinstance(spec, Mapping):
            return {}, None
        if "fields" in spec:
            schema = self.object_schema(
                spec["fields"], (*path, "fields"), default_required=default_required
            )
            if spec.get("nullable"):
                schema = {"anyOf": [schema, {"type": "null"}]}
        elif "enum" in spec:
            values = list(spec["enum"])
            base = "integer" if all(isinstance(v, int) for v in values) else "string"
            schema = {"type": base, "enum": values}
            if spec.get("type") not in (None, base):
                self.report.error(
                    (*path, "type"),
                    f"{describe(path)}: an enum's type must be {base!r}",
                )
            if spec.get("nullable"):
                schema = {"type": [base, "null"], "enum": [*values, None]}
        else:
            schema = self.type_of(spec.get("type", "string"), (*path, "type"))
            if spec.get("nullable"):
                schema = (
                    type_schema(TypeRef("scalar", "any"))
                    if not schema
                    else _make_nullable(schema)
                )
        extras = {
            target: spec[key] for key, target in _FIELD_KEYWORDS.items() if key in spec
        }
        if extras:
            if "$ref" in schema or "anyOf" in schema:
                # Siblings of $ref are allowed in 3.1; keep them on the wrapper.
                schema = {**schema, **extras}
            else:
                schema.update(extras)
        required = spec.get("required")
        return schema, required if isinstance(required, bool) else None

    def object_schema(
        self, fields: Any, path: JsonPath, *, default_required: bool
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if isinstance(fields, Mapping):
            for name, spec in fields.items():
                schema, explicit = self.field_schema(
                    spec, (*path, str(name)), default_required=default_required
                )
                properties[str(name)] = schema
                if explicit if explicit is not None else default_required:
                    required.append(str(name))
        result: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            result["required"] = required
        return result

    def compile_models(self) -> None:
        for name, model in self.models.items():
            path: JsonPath = ("models", name)
            if not isinstance(model, Mapping):
                continue
            if "enum" in model:
                values = list(model["enum"])
                base = (
                    "integer"
                    if all(
                        isinstance(v, int) and not isinstance(v, bool) for v in values
                    )
                    else "string"
                )
                schema: dict[str, Any] = {"type": base, "enum": values}
            else:
                schema = self.object_schema(
                    model.get("fields"),
                    (*path, "fields"),
                    default_required=model.get("default_required", True) is not False,
                )
                if "additional_fields" in model:
                    schema["additionalProperties"] = self.type_of(
                        model["additional_fields"], (*path, "additional_fields")
                    )
            if isinstance(model.get("description"), str):
                schema = {"description": model["description"], **schema}
            if "example" in model:
                schema["examples"] = [model["example"]]
            schema["x-clientsmith-name"] = model.get("class_name", name)
            self.schemas[str(name)] = schema
            pointer = pointer_join("/components/schemas", str(name))
            self.origins[pointer] = path
            for field_name in model.get("fields") or {}:
                self.origins[pointer_join(pointer, "properties", str(field_name))] = (
                    *path,
                    "fields",
                    field_name,
                )

    # -- document ------------------------------------------------------------

    def compile(self) -> dict[str, Any]:
        self.compile_models()
        document: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": self.info()}
        document["servers"] = [self.server()]
        self.origins["/servers"] = ("base_url",)
        self.origins["/info"] = ("name",)
        schemes = self.security_schemes()
        self.scheme_names = list(schemes)
        global_security = self.security(self.spec.get("security"), ("security",))
        if global_security is None:
            global_security = [{name: []} for name in schemes]
        self.global_security = global_security
        if global_security:
            document["security"] = global_security
        self.paginations = self.named_paginations()
        self.default_pagination = self.checked_default_pagination()
        self.error_responses = self.errors(self.spec.get("errors"), ("errors",)) or {}
        self.rate_limit_headers = list(self.spec.get("rate_limit_headers") or ())
        self.compile_resources()
        document["tags"] = self.tags
        document["paths"] = self.paths
        components = self.components(schemes)
        if components:
            document["components"] = components
        # Shared sub-dicts (error responses) become independent copies: no YAML
        # anchors on export, and later stages may not mutate one through another.
        return copy.deepcopy(document)

    def info(self) -> dict[str, Any]:
        spec = self.spec
        info: dict[str, Any] = {
            "title": spec["name"],
            "version": str(spec.get("version", "1.0.0")),
        }
        if isinstance(spec.get("description"), str):
            info["description"] = spec["description"]
        if "package_name" in spec:
            info["x-clientsmith-package-name"] = spec["package_name"]
        if "client_name" in spec:
            info["x-clientsmith-client-name"] = spec["client_name"]
        if spec.get("cli") is True:
            info["x-clientsmith-cli"] = True
        return info

    def checked_default_pagination(self) -> str | None:
        """``default_pagination``, if it names one of ``paginations``."""
        default = self.spec.get("default_pagination")
        if default is not None and default not in self.paginations:
            self.report.error(
                ("default_pagination",),
                f"default_pagination: no pagination named {default!r} in 'paginations'",
            )
            return None
        return default

    def compile_resources(self) -> None:
        """Every resource, depth-first; then the parent ids no path uses."""
        global_params: dict[str, tuple[Any, JsonPath]] = {
            str(k): (v, ("path_params", k))
            for k, v in (self.spec.get("path_params") or {}).items()
        }
        for name, resource in (self.spec.get("resources") or {}).items():
            self.resource(
                str(name),
                resource,
                ("resources", name),
                parents=(),
                base="",
                path_params=global_params,
                parent_params=(),
            )
        for ppath, name in self.path_parents.items():
            if ppath not in self.used_path_parents:
                self.report.error(
                    (*ppath, "name"),
                    f"{describe(ppath)}: no operation path of this resource or its children "
                    f"contains {{{name}}}",
                )

    def components(self, schemes: dict[str, Any]) -> dict[str, Any]:
        """``components``: the models, the page envelopes and the security schemes."""
        components: dict[str, Any] = {}
        schemas = dict(self.schemas)
        for name, (path, schema) in sorted(self.envelopes.items()):
            if name in schemas:
                self.report.error(
                    path,
                    f"{describe(path)}: the page model {name!r} clashes with a model of that name; set page_model",
                )
                continue
            schemas[name] = schema
            self.origins[pointer_join("/components/schemas", name)] = path
        if schemas:
            components["schemas"] = schemas
        if schemes:
            components["securitySchemes"] = schemes
        return components

    def server(self) -> dict[str, Any]:
        url = str(self.spec["base_url"])
        variables: dict[str, Any] = {}
        declared = self.spec.get("variables") or {}
        for name, var in declared.items():
            if isinstance(var, str):
                var = {"default": var}
            entry: dict[str, Any] = {"default": str(var.get("default", ""))}
            if "enum" in var:
                entry["enum"] = list(var["enum"])
            if "description" in var:
                entry["description"] = var["description"]
            variables[str(name)] = entry
            if "{" + str(name) + "}" not in url:
                self.report.warning(
                    ("variables", name),
                    f"variables/{name}: base_url does not use {{{name}}}",
                )
        for name in _PATH_VAR.findall(url):
            if name not in declared:
                variables[name] = {"default": ""}
        server: dict[str, Any] = {"url": url}
        if variables:
            server["variables"] = variables
        return server

    def security_schemes(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, scheme in (self.spec.get("auth") or {}).items():
            kind = scheme.get("type")
            out: dict[str, Any]
            if kind == "api_key":
                out = {
                    "type": "apiKey",
                    "in": scheme.get("in", "header"),
                    "name": scheme["name"],
                }
            elif kind == "http_basic":
                out = {"type": "http", "scheme": "basic"}
            elif kind == "http_bearer":
                out = {"type": "http", "scheme": "bearer"}
                if "bearer_format" in scheme:
                    out["bearerFormat"] = scheme["bearer_format"]
            else:
                scopes = scheme.get("scopes") or {}
                if isinstance(scopes, list):
                    scopes = {s: s for s in scopes}
                flow: dict[str, Any] = {
                    "tokenUrl": scheme["token_url"],
                    "scopes": dict(scopes),
                }
                if "refresh_url" in scheme:
                    flow["refreshUrl"] = scheme["refresh_url"]
                flow_name = (
                    "clientCredentials"
                    if kind == "oauth2_client_credentials"
                    else "password"
                )
                out = {"type": "oauth2", "flows": {flow_name: flow}}
                request = {
                    k: scheme[k] for k in ("client_auth", "body_format") if k in scheme
                }
                if request:
                    out["x-clientsmith-token-request"] = request
            if "description" in scheme:
                out["description"] = scheme["description"]
            result[str(name)] = out
            self.origins[pointer_join("/components/securitySchemes", str(name))] = (
                "auth",
                name,
            )
        return result

    def security(self, value: Any, path: JsonPath) -> list[dict[str, list[str]]] | None:
        if value is None:
            return None
        if value == "none":
            return []
        result: list[dict[str, list[str]]] = []
        for i, name in enumerate(value):
            if name not in self.scheme_names:
                self.report.error(
                    (*path, i),
                    f"{describe((*path, i))}: no auth scheme named {name!r} in 'auth'",
                )
                continue
            result.append({name: []})
        return result

    def named_paginations(self) -> dict[str, Mapping[str, Any]]:
        return {
            str(k): v
            for k, v in (self.spec.get("paginations") or {}).items()
            if isinstance(v, Mapping)
        }

    def errors(self, value: Any, path: JsonPath) -> dict[str, Any] | None:
        if not isinstance(value, Mapping):
            return None
        result: dict[str, Any] = {}
        for status, entry in value.items():
            status = (
                str(status).upper() if str(status).lower() != "default" else "default"
            )
            spec = {"type": entry} if isinstance(entry, str) else dict(entry)
            response: dict[str, Any] = {
                "description": spec.get("description")
                or _DEFAULT_ERROR_DESCRIPTIONS.get(status, "Error."),
            }
            if "type" in spec:
                response["content"] = {
                    "application/json": {
                        "schema": self.type_of(spec["type"], (*path, str(status)))
                    }
                }
            result[status] = response
        return result

    # -- resources and operations ---------------------------------------------

    def resource(
        self,
        name: str,
        spec: Any,
        path: JsonPath,
        *,
        parents: tuple[str, ...],
        base: str,
        path_params: dict[str, tuple[Any, JsonPath]],
        parent_params: tuple[tuple[Mapping[str, Any], JsonPath], ...],
    ) -> None:
        if not isinstance(spec, Mapping):
            return
        dotted = ".".join((*parents, name))
        own_path = spec.get("path", "/" + name.replace("_", "-"))
        full = base + own_path
        tag: dict[str, Any] = {"name": dotted}
        if isinstance(spec.get("description"), str):
            tag["description"] = spec["description"]
        operations = spec.get("operations") or {}
        if operations:
            self.tags.append(tag)
        scoped = {
            **path_params,
            **{
                str(k): (v, (*path, "path_params", k))
                for k, v in (spec.get("path_params") or {}).items()
            },
        }
        parent = spec.get("parent_param")
        if isinstance(parent, Mapping) and parent.get("in") == "path":
            self.path_parents.setdefault((*path, "parent_param"), str(parent["name"]))
        for method_name, op in operations.items():
            self.operation(
                dotted,
                str(method_name),
                op,
                (*path, "operations", method_name),
                base=full,
                path_params=scoped,
                parent=(parent, (*path, "parent_param")) if parent else None,
                ancestors=parent_params,
                description=tag.get("description"),
            )
        children = parent_params + (
            ((parent, (*path, "parent_param")),) if parent else ()
        )
        for child_name, child in (spec.get("resources") or {}).items():
            self.resource(
                str(child_name),
                child,
                (*path, "resources", child_name),
                parents=(*parents, name),
                base=full,
                path_params=scoped,
                parent_params=children,
            )

    def param(
        self, name: str, spec: Any, path: JsonPath, *, default_in: str = "query"
    ) -> dict[str, Any]:
        location = (
            spec.get("in", default_in) if isinstance(spec, Mapping) else default_in
        )
        schema, required = self.field_schema(spec, path)
        result: dict[str, Any] = {"name": name, "in": location}
        if isinstance(spec, Mapping) and isinstance(spec.get("description"), str):
            result["description"] = spec["description"]
            schema.pop("description", None)
        if isinstance(spec, Mapping) and spec.get("deprecated"):
            result["deprecated"] = True
            schema.pop("deprecated", None)
        if isinstance(spec, Mapping) and "explode" in spec:
            result["explode"] = spec["explode"]
        result["required"] = True if location == "path" else bool(required)
        result["schema"] = schema
        return result

    def operation(
        self,
        resource: str,
        method_name: str,
        op: Any,
        path: JsonPath,
        *,
        base: str,
        path_params: Mapping[str, tuple[Any, JsonPath]],
        parent: tuple[Mapping[str, Any], JsonPath] | None,
        ancestors: tuple[tuple[Mapping[str, Any], JsonPath], ...],
        description: str | None,
    ) -> None:
        if not isinstance(op, Mapping):
            return
        http = str(op["method"]).lower()
        url = base + str(op.get("path", "")) or "/"
        out = self.operation_head(resource, method_name, op, path)
        params = self.operation_params(op, path, url, path_params, parent, ancestors)
        body = self.request_body(op.get("body"), path)
        if body is not None:
            out["requestBody"] = body
        # Responses.
        rspec = _spec_of(op.get("response"))
        pagination = self.pagination_for(method_name, op, rspec, path)
        responses = self.success_response(op, rspec, pagination, path)
        if pagination is not None:
            out["x-pagination"] = {
                k: v for k, v in pagination[0].items() if k not in _PAGINATION_LOCAL
            }
            self.add_pagination_params(params, pagination)
        error_responses = self.operation_errors(op, path)
        headers = list(op.get("rate_limit_headers", self.rate_limit_headers))
        if headers:
            out["x-clientsmith-rate-limit-headers"] = headers
            error_responses["429"] = _rate_limited(error_responses, headers)
        responses.update(sorted(error_responses.items(), key=lambda kv: kv[0]))
        out["responses"] = responses
        if params:
            out["parameters"] = sorted(
                params.values(),
                key=lambda p: (p["in"] != "path", url.find("{" + p["name"] + "}")),
            )
        security = self.security(op.get("auth"), (*path, "auth"))
        if security is not None:
            out["security"] = security
        self.add_path(url, http, _in_openapi_order(out), path)

    def operation_head(
        self, resource: str, method_name: str, op: Mapping[str, Any], path: JsonPath
    ) -> dict[str, Any]:
        """Tags, operation id (unique), summary, description and the clientsmith names."""
        operation_id = str(
            op.get("operation_id") or _camel(*resource.split("."), method_name)
        )
        if operation_id in self.operation_ids:
            self.report.error(
                (*path, "operation_id"),
                f"{describe((*path, 'operation_id'))}: operation id {operation_id!r} is already used by "
                f"{describe(self.operation_ids[operation_id])}",
            )
        self.operation_ids[operation_id] = path
        out: dict[str, Any] = {"tags": [resource], "operationId": operation_id}
        for key in ("summary", "description"):
            if isinstance(op.get(key), str):
                out[key] = op[key]
        if op.get("deprecated"):
            out["deprecated"] = True
        out["x-clientsmith-resource"] = resource
        out["x-clientsmith-method"] = method_name
        return out

    def operation_params(
        self,
        op: Mapping[str, Any],
        path: JsonPath,
        url: str,
        path_params: Mapping[str, tuple[Any, JsonPath]],
        parent: tuple[Mapping[str, Any], JsonPath] | None,
        ancestors: tuple[tuple[Mapping[str, Any], JsonPath], ...],
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The operation's parameters by (name, location), in declaration order.

        Parent ids first, then the declared ones, then path variables nobody
        declared (typed by ``path_params``); path parameters the URL lacks are
        reported and dropped.
        """
        params: dict[tuple[str, str], dict[str, Any]] = {}
        # Parent ids: path parents of every ancestor, and this resource's own parent.
        for pspec, ppath in (*ancestors, *((parent,) if parent else ())):
            self.add_path_parent(params, pspec, ppath, url)
        if parent is not None:
            self.add_own_parent(params, op, path, parent)
        for pname, pspec in (op.get("params") or {}).items():
            param = self.param(str(pname), pspec, (*path, "params", pname))
            params[(param["name"], param["in"])] = param
        for var in _PATH_VAR.findall(url):
            if (var, "path") not in params:
                declared, where = path_params.get(var, ("string", (*path, "path")))
                params[(var, "path")] = {
                    "name": var,
                    "in": "path",
                    "required": True,
                    "schema": self.type_of(declared, where),
                }
        for pname, location in list(params):
            if location == "path" and "{" + pname + "}" not in url:
                self.report.error(
                    (*path, "params", pname),
                    f"{describe(path)}: path parameter {pname!r} is not in the path {url!r}",
                    key=True,
                )
                del params[(pname, location)]
        return params

    def add_path_parent(
        self,
        params: dict[tuple[str, str], dict[str, Any]],
        pspec: Mapping[str, Any],
        ppath: JsonPath,
        url: str,
    ) -> None:
        """A parent id in the path, when the operation's URL has its variable."""
        if pspec.get("in", "query") == "path" and "{" + str(pspec["name"]) + "}" in url:
            self.used_path_parents.add(ppath)
            params[(pspec["name"], "path")] = self.param(
                pspec["name"], {**pspec, "in": "path"}, ppath
            )

    def add_own_parent(
        self,
        params: dict[tuple[str, str], dict[str, Any]],
        op: Mapping[str, Any],
        path: JsonPath,
        parent: tuple[Mapping[str, Any], JsonPath],
    ) -> None:
        """The resource's query/header parent id, as the operation's ``parent`` asks."""
        pspec, ppath = parent
        location = pspec.get("in", "query")
        mode = op.get("parent", "omit")
        if location != "path" and mode != "omit":
            param = self.param(
                pspec["name"],
                {k: v for k, v in pspec.items() if k != "name"},
                ppath,
            )
            param["required"] = mode == "required"
            params[(pspec["name"], location)] = param
        elif location == "path" and "parent" in op and mode != "required":
            self.report.error(
                (*path, "parent"),
                f"{describe(path)}: a path parent is always required",
            )

    def request_body(self, body: Any, path: JsonPath) -> dict[str, Any] | None:
        """The ``requestBody`` of an operation's ``body`` (a type or a mapping)."""
        if body is None:
            return None
        bspec = {"type": body} if isinstance(body, str) else dict(body)
        content_type = bspec.get("content_type", "application/json")
        schema = self.type_of(bspec["type"], (*path, "body"))
        media: dict[str, Any] = {"schema": schema}
        if "example" in bspec:
            media["example"] = bspec["example"]
        request: dict[str, Any] = {
            "required": bspec.get("required", True) is not False,
            "content": {content_type: media},
        }
        if isinstance(bspec.get("description"), str):
            request["description"] = bspec["description"]
        return request

    def success_response(
        self,
        op: Mapping[str, Any],
        rspec: Mapping[str, Any],
        pagination: tuple[Mapping[str, Any], JsonPath] | None,
        path: JsonPath,
    ) -> dict[str, Any]:
        """``{status: response}`` of the success response (a page envelope when paged)."""
        status = str(
            rspec.get("status")
            or op.get("status")
            or (200 if rspec.get("type") else 204)
        )
        response: dict[str, Any] = {
            "description": rspec.get("description")
            or ("Success." if rspec.get("type") else "Done; no content.")
        }
        if rspec.get("type") is not None:
            if pagination is not None:
                schema = self.page_schema(
                    rspec["type"], pagination, (*path, "response")
                )
            else:
                schema = self.type_of(rspec["type"], (*path, "response"))
            content_type = rspec.get("content_type", "application/json")
            media: dict[str, Any] = {"schema": schema}
            if "example" in rspec:
                media["example"] = rspec["example"]
            response["content"] = {content_type: media}
        return {status: response}

    def add_pagination_params(
        self,
        params: dict[tuple[str, str], dict[str, Any]],
        pagination: tuple[Mapping[str, Any], JsonPath],
    ) -> None:
        """The pagination's parameters the operation does not declare itself."""
        for pname, pspec in (pagination[0].get("params") or {}).items():
            pkey = (
                str(pname),
                pspec.get("in", "query") if isinstance(pspec, Mapping) else "query",
            )
            if pkey not in params:
                params[pkey] = self.param(
                    str(pname), pspec, (*pagination[1], "params", pname)
                )

    def operation_errors(self, op: Mapping[str, Any], path: JsonPath) -> dict[str, Any]:
        """The spec's error responses with the operation's own (``none``: no errors)."""
        errors = op.get("errors")
        if errors == "none":
            return {}
        return {
            **self.error_responses,
            **(self.errors(errors, (*path, "errors")) or {}),
        }

    def add_path(
        self, url: str, http: str, out: dict[str, Any], path: JsonPath
    ) -> None:
        """File the operation under its URL and method, unless one is there already."""
        item = self.paths.setdefault(url, {})
        if http in item:
            self.report.error(
                (*path, "method"),
                f"{describe((*path, 'method'))}: {http.upper()} {url} is already defined",
            )
            return
        item[http] = out
        self.origins[pointer_join("/paths", url, http)] = path

    # -- pagination ---------------------------------------------------------

    def pagination_for(
        self,
        method_name: str,
        op: Mapping[str, Any],
        rspec: Mapping[str, Any],
        path: JsonPath,
    ) -> tuple[Mapping[str, Any], JsonPath] | None:
        choice = op.get("pagination")
        if choice == "none":
            return None
        if isinstance(choice, Mapping):
            found: tuple[Mapping[str, Any], JsonPath] | None = (
                choice,
                (*path, "pagination"),
            )
        elif isinstance(choice, str):
            if choice not in self.paginations:
                self.report.error(
                    (*path, "pagination"),
                    f"{describe((*path, 'pagination'))}: no pagination named {choice!r} in 'paginations'",
                )
                return None
            found = (self.paginations[choice], ("paginations", choice))
        elif (
            method_name == "list"
            and self.default_pagination is not None
            and str(rspec.get("type", "")).startswith("list[")
        ):
            found = (
                self.paginations[self.default_pagination],
                ("paginations", self.default_pagination),
            )
        else:
            return None
        if not str(rspec.get("type", "")).startswith("list["):
            self.report.error(
                (*path, "response"),
                f"{describe((*path, 'response'))}: a paginated operation's response must be list[...] (the items)",
            )
            return None
        return found

    def page_schema(
        self, text: str, pagination: tuple[Mapping[str, Any], JsonPath], path: JsonPath
    ) -> dict[str, Any]:
        ref = self.parsed(text, path)
        if ref is None or ref.item is None:
            return {}
        spec, ppath = pagination
        items_key = str(spec.get("items", ""))
        envelope = spec.get("envelope") or {}
        if not items_key:
            if envelope:
                self.report.error(
                    (*ppath, "envelope"),
                    f"{describe(ppath)}: an envelope needs 'items' (the key of the item list)",
                )
            return type_schema(ref)
        name = str(spec.get("page_model", "{item}Page")).replace(
            "{item}", ref.item.label()
        )
        schema = self.object_schema(
            envelope, (*ppath, "envelope"), default_required=False
        )
        schema["properties"] = {items_key: type_schema(ref), **schema["properties"]}
        schema["required"] = [items_key, *schema.get("required", [])]
        schema["description"] = f"One page of {ref.item.label()} items."
        schema["x-clientsmith-name"] = name
        previous = self.envelopes.get(name)
        if previous is not None and previous[1] != schema:
            self.report.error(
                path,
                f"{describe(path)}: page model {name!r} is defined twice with different shapes; set page_model",
            )
        self.envelopes[name] = (ppath, schema)
        return {"$ref": f"#/components/schemas/{name}"}


def _spec_of(value: Any) -> dict[str, Any]:
    """A ``type`` shorthand or a mapping as a mapping; ``{}`` when absent."""
    if value is None:
        return {}
    return {"type": value} if isinstance(value, str) else dict(value)


def _rate_limited(
    error_responses: Mapping[str, Any], headers: list[str]
) -> dict[str, Any]:
    """The 429 response, carrying the rate-limit headers."""
    limited = dict(
        error_responses.get("429", {"description": _DEFAULT_ERROR_DESCRIPTIONS["429"]})
    )
    limited["headers"] = {
        h: {
            "description": "Rate limit state, see the API's documentation.",
            "schema": {"type": "string"},
        }
        for h in headers
    }
    return limited


_OPENAPI_ORDER = (
    "tags",
    "operationId",
    "summary",
    "description",
    "deprecated",
    "parameters",
    "requestBody",
    "responses",
    "security",
)


def _in_openapi_order(out: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI keys in their usual order, then the extensions as added."""
    return {
        **{k: out[k] for k in _OPENAPI_ORDER if k in out},
        **{k: v for k, v in out.items() if k not in _OPENAPI_ORDER},
    }


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema or "anyOf" in schema or "type" not in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    kind = schema["type"]
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {**schema, "type": [kind, "null"]}


def origin_of(origins: Mapping[str, JsonPath], pointer: str) -> JsonPath | None:
    """The resource-spec path an OpenAPI pointer came from (longest known prefix)."""
    probe = pointer
    while True:
        if probe in origins:
            return origins[probe]
        if not probe or "/" not in probe:
            return None
        probe = probe.rsplit("/", 1)[0]
