"""Swagger 2.0 -> OpenAPI 3.0 conversion, in process.

The rest of the pipeline only knows OpenAPI 3.x, so Swagger 2.0 documents are
rewritten once, right after loading. The source document is not modified (it is
kept for validation against the 2.0 schema), and the result records, for each
converted part, the Swagger pointer it came from so that later diagnostics can
name the line the author wrote.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from clientsmith._contract import SWAGGER2_METHODS
from clientsmith.generator.diagnostics import Diagnostics, pointer_join
from clientsmith.generator.refs import unescape_token

__all__ = ["ConvertedSpec", "convert_swagger2"]

TARGET_VERSION = "3.0.3"
DEFAULT_MEDIA_TYPE = "application/json"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_REF_PREFIXES = (
    ("#/definitions/", "#/components/schemas/"),
    ("#/parameters/", "#/components/parameters/"),
    ("#/responses/", "#/components/responses/"),
)
# Parameter fields that describe the value; in 3.0 they move into ``schema``.
_SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)
# Keys in a schema whose values are schemas, lists of schemas, or maps of them.
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not")
_SUBSCHEMA_LIST = ("allOf", "anyOf", "oneOf")
_SUBSCHEMA_MAP = ("properties", "patternProperties")
_OAUTH2_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


@dataclass(frozen=True)
class ConvertedSpec:
    """An OpenAPI 3.0 document and where its parts were in the Swagger source."""

    document: dict[str, Any]
    origins: dict[str, str] = field(default_factory=dict)
    """Pointer prefix in :attr:`document` -> pointer in the Swagger document.

    Look a pointer up by its longest listed prefix; unlisted pointers are the same
    in both documents (``/paths/~1pets/get`` stays where it was).
    """


def convert_swagger2(
    document: dict[str, Any], diagnostics: Diagnostics
) -> ConvertedSpec:
    """Convert a Swagger 2.0 document to OpenAPI 3.0 (``document`` is not changed).

    Problems are reported with pointers into the Swagger document.
    """
    converter = _Converter(document, diagnostics)
    return ConvertedSpec(converter.convert(), converter.origins)


def _extensions(node: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in node.items() if str(k).startswith("x-")}


def _mapping(value: Any) -> dict[str, Any]:
    # Malformed parts (a list where a mapping belongs...) are read as empty here;
    # the validator and quick_check report them.
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# Operation fields that are the same in Swagger 2.0 and OpenAPI 3.
_OPERATION_COPIED = (
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "deprecated",
    "security",
)
# A body parameter: (the resolved parameter, its pointer, its $ref if it had one).
_Body = tuple[dict[str, Any], str, str | None]


class _Converter:
    def __init__(self, source: dict[str, Any], diagnostics: Diagnostics) -> None:
        self.source = source
        self.diagnostics = diagnostics
        self.origins: dict[str, str] = {}
        self.global_parameters = _mapping(source.get("parameters"))
        self.consumes = self._media_types(source.get("consumes"), "/consumes")
        self.produces = self._media_types(source.get("produces"), "/produces")

    # -- helpers -------------------------------------------------------------------

    def _media_types(self, value: Any, pointer: str) -> list[str] | None:
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.diagnostics.warning(
                "swagger-convert", "expected a list of media types; ignored", pointer
            )
            return None
        return list(value)

    def origin(self, converted: str, original: str) -> None:
        if converted != original:
            self.origins[converted] = original

    def rewrite_ref(self, ref: str, pointer: str) -> str:
        """Map a Swagger internal ref to where its target is in the result."""
        if not ref.startswith("#"):
            return ref  # bundling left it: it is already reported as unresolved
        if ref.startswith("#/parameters/"):
            name = ref[len("#/parameters/") :]
            target = self.global_parameters.get(unescape_token(name))
            if isinstance(target, dict) and target.get("in") == "body":
                return "#/components/requestBodies/" + name
        for old, new in _REF_PREFIXES:
            if ref.startswith(old):
                return new + ref[len(old) :]
        self.diagnostics.warning(
            "swagger-convert",
            f"$ref {ref!r} points into a part of the document that OpenAPI 3 lays "
            "out differently; it is kept as written",
            pointer,
        )
        return ref

    # -- document ------------------------------------------------------------------

    def convert(self) -> dict[str, Any]:
        src = self.source
        out: dict[str, Any] = {"openapi": TARGET_VERSION}
        out["info"] = copy.deepcopy(src.get("info", {}))
        servers = self.servers(src, "")
        if servers:
            out["servers"] = servers
        for key in ("tags", "externalDocs", "security"):
            if key in src:
                out[key] = copy.deepcopy(src[key])
        out["paths"] = self.paths(_mapping(src.get("paths")))
        components = self.components()
        if components:
            out["components"] = components
        out.update(_extensions(src))
        return out

    def servers(self, node: dict[str, Any], pointer: str) -> list[dict[str, Any]]:
        """``host``/``basePath``/``schemes`` -> ``servers``; relative without a host."""
        host = self.source.get("host")
        base_path = str(self.source.get("basePath") or "").rstrip("/")
        schemes = node.get("schemes")
        if not isinstance(schemes, list) or not schemes:
            schemes = self.source.get("schemes")
        if not isinstance(schemes, list) or not schemes:
            schemes = ["https"]
        if not host:
            if pointer == "" and "basePath" in self.source:
                self.origin("/servers", "/basePath")
            return [{"url": base_path or "/"}] if pointer == "" else []
        if pointer == "":
            self.origin("/servers", "/host")
        else:
            self.origin(
                pointer_join(pointer, "servers"), pointer_join(pointer, "schemes")
            )
        return [{"url": f"{scheme}://{host}{base_path}"} for scheme in schemes]

    def components(self) -> dict[str, Any]:
        src = self.source
        components: dict[str, Any] = {}
        schemas = {
            name: self.schema(schema, pointer_join("/definitions", name))
            for name, schema in _mapping(src.get("definitions")).items()
        }
        for name in schemas:
            self.origin(
                pointer_join("/components/schemas", name),
                pointer_join("/definitions", name),
            )
        parameters: dict[str, Any] = {}
        bodies: dict[str, Any] = {}
        for name, param in self.global_parameters.items():
            where = pointer_join("/parameters", name)
            if not isinstance(param, dict):
                continue
            if param.get("in") == "body":
                bodies[name] = self.body(
                    param,
                    self.consumes or [DEFAULT_MEDIA_TYPE],
                    where,
                    pointer_join("/components/requestBodies", name),
                )
            elif param.get("in") == "formData":
                # A form field alone is no request body; operations referring to it
                # get it inlined into their form schema instead.
                continue
            else:
                parameters[name] = self.parameter(param, where)
                self.origin(pointer_join("/components/parameters", name), where)
        responses: dict[str, Any] = {}
        for name, response in _mapping(src.get("responses")).items():
            where = pointer_join("/responses", name)
            responses[name] = self.response(response, self.produces, where)
            self.origin(pointer_join("/components/responses", name), where)
        schemes = self.security_schemes(_mapping(src.get("securityDefinitions")))
        for key, value in (
            ("schemas", schemas),
            ("responses", responses),
            ("parameters", parameters),
            ("requestBodies", bodies),
            ("securitySchemes", schemes),
        ):
            if value:
                components[key] = value
        return components

    # -- schemas -------------------------------------------------------------------

    def schema(self, schema: Any, pointer: str) -> Any:
        """Convert a Swagger schema (deep copy): refs, ``x-nullable``, ``file``..."""
        if not isinstance(schema, dict):
            return copy.deepcopy(schema)
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "format" and out.get("format") == "binary":
                continue  # "type: file" decided it
            if not self.schema_keyword(out, key, value, pointer):
                out[key] = self.subschemas(key, value, pointer_join(pointer, key))
        if "$ref" in out and out.get("nullable") is True:
            # 3.0 ignores siblings of "$ref"; wrapping keeps "nullable" meaningful.
            out["allOf"] = [{"$ref": out.pop("$ref")}]
        return out

    def schema_keyword(
        self, out: dict[str, Any], key: str, value: Any, pointer: str
    ) -> bool:
        """Write a keyword Swagger 2.0 spells differently into ``out``; ``False``
        for the others (the same in both)."""
        if key == "$ref" and isinstance(value, str):
            out[key] = self.rewrite_ref(value, pointer)
        elif key == "x-nullable":
            out["nullable"] = bool(value)
        elif key == "type" and value == "file":
            out["type"] = "string"
            out["format"] = "binary"
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        else:
            return False
        return True

    def subschemas(self, key: str, value: Any, where: str) -> Any:
        """``value`` converted if ``key`` holds schemas (one, a list or a map), else copied."""
        if key in _SUBSCHEMA_ONE and isinstance(value, dict):
            return self.schema(value, where)
        if key in _SUBSCHEMA_ONE + _SUBSCHEMA_LIST and isinstance(value, list):
            return [
                self.schema(item, pointer_join(where, i))
                for i, item in enumerate(value)
            ]
        if key in _SUBSCHEMA_MAP and isinstance(value, dict):
            return {
                name: self.schema(sub, pointer_join(where, name))
                for name, sub in value.items()
            }
        return copy.deepcopy(value)

    def value_schema(self, param: dict[str, Any], pointer: str) -> dict[str, Any]:
        """Schema for a non-body parameter, header or items object."""
        schema: dict[str, Any] = {}
        for key in _SCHEMA_FIELDS:
            if key not in param:
                continue
            value = param[key]
            if key == "items" and isinstance(value, dict):
                items_pointer = pointer_join(pointer, "items")
                if "collectionFormat" in value:
                    self.diagnostics.warning(
                        "collection-format-unsupported",
                        "a collectionFormat on nested items has no OpenAPI 3 equivalent;"
                        " the inner array is described but not its serialisation",
                        pointer_join(items_pointer, "collectionFormat"),
                    )
                value = self.value_schema(value, items_pointer)
            elif key == "type" and value == "file":
                schema["type"] = "string"
                schema["format"] = "binary"
                continue
            elif key == "format" and schema.get("format") == "binary":
                continue
            schema[key] = copy.deepcopy(value)
        if param.get("x-nullable"):
            schema["nullable"] = True
        return schema

    # -- parameters ----------------------------------------------------------------

    def parameter(self, param: dict[str, Any], pointer: str) -> dict[str, Any]:
        """A non-body parameter: value fields -> ``schema``, collectionFormat -> style."""
        location = param.get("in")
        out: dict[str, Any] = {}
        for key in ("name", "in", "description", "required", "deprecated"):
            if key in param:
                out[key] = copy.deepcopy(param[key])
        if location == "path":
            out["required"] = True
        if "allowEmptyValue" in param and location == "query":
            out["allowEmptyValue"] = param["allowEmptyValue"]
        if param.get("type") == "file":
            self.diagnostics.warning(
                "swagger-convert",
                "type 'file' is only allowed for formData parameters; read as binary",
                pointer_join(pointer, "type"),
            )
        out["schema"] = self.value_schema(param, pointer)
        if param.get("type") == "array":
            out.update(self.style(param, location, pointer))
        out.update(_extensions(param))
        out.pop("x-nullable", None)
        return out

    def style(
        self, param: dict[str, Any], location: Any, pointer: str
    ) -> dict[str, Any]:
        """``collectionFormat`` (default csv) -> ``style`` and ``explode``."""
        fmt = param.get("collectionFormat", "csv")
        where = pointer_join(pointer, "collectionFormat")
        if fmt == "tsv":
            self.diagnostics.warning(
                "collection-format-unsupported",
                "collectionFormat 'tsv' has no OpenAPI 3 equivalent; read as 'csv'",
                where,
            )
            fmt = "csv"
        if location == "query" or location == "formData":
            styles = {
                "csv": {"style": "form", "explode": False},
                "multi": {"style": "form", "explode": True},
                "ssv": {"style": "spaceDelimited", "explode": False},
                "pipes": {"style": "pipeDelimited", "explode": False},
            }
        else:  # path and header values only have comma-separated "simple" style
            styles = {"csv": {"style": "simple", "explode": False}}
        if not isinstance(fmt, str) or fmt not in styles:
            self.diagnostics.warning(
                "collection-format-unsupported",
                f"collectionFormat {fmt!r} is not possible in {location}; read as 'csv'",
                where,
            )
            fmt = "csv"
        return dict(styles[fmt])

    def body(
        self, param: dict[str, Any], consumes: list[str], pointer: str, converted: str
    ) -> dict[str, Any]:
        """An ``in: body`` parameter -> a request body with one entry per media type.

        ``pointer`` is the parameter's Swagger pointer, ``converted`` the body's.
        """
        schema_pointer = pointer_join(pointer, "schema")
        schema = self.schema(param.get("schema", {}), schema_pointer)
        out: dict[str, Any] = {}
        if "description" in param:
            out["description"] = param["description"]
        media_types = [m for m in consumes if m not in _FORM_TYPES] or consumes
        out["content"] = {m: {"schema": copy.deepcopy(schema)} for m in media_types}
        self.origin(converted, pointer)
        for media_type in media_types:
            self.origin(
                pointer_join(converted, "content", media_type, "schema"), schema_pointer
            )
        if param.get("required"):
            out["required"] = True
        if isinstance(param.get("name"), str):
            # Keeps the author's name for the body argument, like other converters.
            out["x-codegen-request-body-name"] = param["name"]
        out.update(_extensions(param))
        return out

    def form_body(
        self,
        fields: list[tuple[dict[str, Any], str]],
        consumes: list[str],
        pointer: str,
    ) -> dict[str, Any]:
        """``in: formData`` parameters -> one object schema in a form request body."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        encoding: dict[str, Any] = {}
        has_file = False
        for param, where in fields:
            name = str(param.get("name", ""))
            prop = self.value_schema(param, where)
            if "description" in param:
                prop["description"] = param["description"]
            properties[name] = prop
            has_file = has_file or param.get("type") == "file"
            if param.get("required"):
                required.append(name)
            if param.get("type") == "array":
                encoding[name] = self.style(param, "formData", where)
        media_types = [m for m in consumes if m in _FORM_TYPES]
        if has_file:
            if media_types and "multipart/form-data" not in media_types:
                self.diagnostics.warning(
                    "swagger-convert",
                    "file parameters need multipart/form-data; it is used instead of "
                    f"{', '.join(media_types)}",
                    fields[0][1],
                )
            media_types = ["multipart/form-data"]
        elif not media_types:
            media_types = ["application/x-www-form-urlencoded"]
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        content: dict[str, Any] = {}
        for media_type in media_types:
            entry: dict[str, Any] = {"schema": copy.deepcopy(schema)}
            if encoding:
                entry["encoding"] = copy.deepcopy(encoding)
            content[media_type] = entry
            for param, where in fields:
                self.origin(
                    pointer_join(
                        pointer,
                        "content",
                        media_type,
                        "schema",
                        "properties",
                        param["name"],
                    ),
                    where,
                )
        out: dict[str, Any] = {"content": content}
        if required:
            out["required"] = True
        return out

    # -- paths ---------------------------------------------------------------------

    def paths(self, paths: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, item in paths.items():
            if str(path).startswith("x-"):
                out[path] = copy.deepcopy(item)
            elif isinstance(item, dict):
                out[path] = self.path_item(item, pointer_join("/paths", path))
        return out

    def resolve_parameter(
        self, param: Any, pointer: str
    ) -> tuple[dict[str, Any], str, str | None]:
        """(parameter, its Swagger pointer, the ref to it if it was one)."""
        if isinstance(param, dict) and isinstance(param.get("$ref"), str):
            ref = param["$ref"]
            prefix = "#/parameters/"
            if ref.startswith(prefix):
                name = unescape_token(ref[len(prefix) :])
                target = self.global_parameters.get(name)
                if isinstance(target, dict):
                    return target, pointer_join("/parameters", name), ref
            return {}, pointer, ref
        return (param if isinstance(param, dict) else {}), pointer, None

    def path_item(self, item: dict[str, Any], pointer: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if isinstance(item.get("$ref"), str):
            out["$ref"] = self.rewrite_ref(item["$ref"], pointer)
        # Body and form parameters declared for the whole path belong to each
        # operation's request body in 3.0; the rest stay on the path item.
        shared_bodies: list[tuple[dict[str, Any], str]] = []
        parameters: list[Any] = []
        for index, param in enumerate(_list(item.get("parameters"))):
            where = pointer_join(pointer, "parameters", index)
            resolved, origin, ref = self.resolve_parameter(param, where)
            if resolved.get("in") in ("body", "formData"):
                shared_bodies.append((resolved, origin))
                continue
            self.origin(pointer_join(pointer, "parameters", len(parameters)), where)
            if ref is not None:
                parameters.append({"$ref": self.rewrite_ref(ref, where)})
            else:
                parameters.append(self.parameter(resolved, where))
        for key, value in item.items():
            if key in SWAGGER2_METHODS and isinstance(value, dict):
                out[key] = self.operation(
                    value, pointer_join(pointer, key), shared_bodies
                )
            elif str(key).startswith("x-"):
                out[key] = copy.deepcopy(value)
        if parameters:
            out["parameters"] = parameters
        return out

    def operation(
        self,
        op: dict[str, Any],
        pointer: str,
        shared_bodies: list[tuple[dict[str, Any], str]],
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            key: copy.deepcopy(op[key]) for key in _OPERATION_COPIED if key in op
        }
        if "schemes" in op:
            servers = self.servers(op, pointer)
            if servers:
                out["servers"] = servers
        consumes = (
            self._media_types(op.get("consumes"), pointer_join(pointer, "consumes"))
            or self.consumes
            or [DEFAULT_MEDIA_TYPE]
        )
        produces = (
            self._media_types(op.get("produces"), pointer_join(pointer, "produces"))
            or self.produces
            or [DEFAULT_MEDIA_TYPE]
        )
        parameters, body, form = self.operation_parameters(op, pointer, shared_bodies)
        if parameters:
            out["parameters"] = parameters
        request_body = self.request_body(body, form, consumes, pointer)
        if request_body is not None:
            out["requestBody"] = request_body
        out["responses"] = self.responses(
            _mapping(op.get("responses")), produces, pointer_join(pointer, "responses")
        )
        out.update(_extensions(op))
        return out

    def operation_parameters(
        self,
        op: dict[str, Any],
        pointer: str,
        shared_bodies: list[tuple[dict[str, Any], str]],
    ) -> tuple[list[Any], _Body | None, dict[str, tuple[dict[str, Any], str]]]:
        """An operation's parameters split three ways: converted non-body ones,
        the body parameter, and formData parameters by name (path-level body and
        formData parameters included unless the operation overrides them)."""
        parameters: list[Any] = []
        body: _Body | None = None
        form: dict[str, tuple[dict[str, Any], str]] = {}
        own_names: set[tuple[Any, Any]] = set()
        for index, param in enumerate(_list(op.get("parameters"))):
            where = pointer_join(pointer, "parameters", index)
            resolved, origin, ref = self.resolve_parameter(param, where)
            location = resolved.get("in")
            own_names.add((str(resolved.get("name")), str(location)))
            if location == "body":
                body = (resolved, origin, ref)
            elif location == "formData":
                form[str(resolved.get("name"))] = (resolved, origin)
            else:
                self.origin(pointer_join(pointer, "parameters", len(parameters)), where)
                if ref is not None:
                    parameters.append({"$ref": self.rewrite_ref(ref, where)})
                else:
                    parameters.append(self.parameter(resolved, where))
        for shared, origin in shared_bodies:
            if (str(shared.get("name")), str(shared.get("in"))) in own_names:
                continue  # overridden by the operation
            if shared.get("in") == "body" and body is None:
                body = (shared, origin, None)
            elif shared.get("in") == "formData":
                form.setdefault(str(shared.get("name")), (shared, origin))
        return parameters, body, form

    def request_body(
        self,
        body: _Body | None,
        form: dict[str, tuple[dict[str, Any], str]],
        consumes: list[str],
        pointer: str,
    ) -> dict[str, Any] | None:
        """The OpenAPI 3 ``requestBody`` of a body parameter or formData parameters."""
        body_pointer = pointer_join(pointer, "requestBody")
        if body is not None and form:
            self.diagnostics.warning(
                "swagger-convert",
                "an operation cannot have both a body and formData parameters; "
                "the formData parameters are dropped",
                form[next(iter(form))][1],
            )
        if body is not None:
            param, origin, ref = body
            if ref is not None and ref.startswith("#/parameters/"):
                self.origin(body_pointer, origin)
                return {"$ref": self.rewrite_ref(ref, origin)}
            return self.body(param, consumes, origin, body_pointer)
        if form:
            first = next(iter(form.values()))[1]
            self.origin(body_pointer, first)
            return self.form_body(list(form.values()), consumes, body_pointer)
        return None

    # -- responses -----------------------------------------------------------------

    def responses(
        self, responses: dict[str, Any], produces: list[str], pointer: str
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for code, response in responses.items():
            where = pointer_join(pointer, code)
            if str(code).startswith("x-"):
                out[str(code)] = copy.deepcopy(response)
            elif isinstance(response, dict) and isinstance(response.get("$ref"), str):
                out[str(code)] = {"$ref": self.rewrite_ref(response["$ref"], where)}
            else:
                out[str(code)] = self.response(response, produces, where)
        return out

    def response(
        self, response: Any, produces: list[str] | None, pointer: str
    ) -> dict[str, Any]:
        """A response: ``schema`` -> ``content`` per media type; headers get schemas."""
        if not isinstance(response, dict):
            return {"description": ""}
        media_types = produces or [DEFAULT_MEDIA_TYPE]
        out: dict[str, Any] = {"description": response.get("description", "")}
        headers = _mapping(response.get("headers"))
        if headers:
            out["headers"] = {}
            for name, header in headers.items():
                where = pointer_join(pointer, "headers", name)
                converted: dict[str, Any] = {}
                if isinstance(header, dict):
                    if "description" in header:
                        converted["description"] = header["description"]
                    converted["schema"] = self.value_schema(header, where)
                    if header.get("type") == "array":
                        converted.update(self.style(header, "header", where))
                    converted.update(_extensions(header))
                out["headers"][name] = converted
        examples = _mapping(response.get("examples"))
        if "schema" in response:
            schema_pointer = pointer_join(pointer, "schema")
            schema = self.schema(response["schema"], schema_pointer)
            content: dict[str, Any] = {}
            for media_type in media_types:
                content[media_type] = {"schema": copy.deepcopy(schema)}
                self.origin(
                    pointer_join(pointer, "content", media_type, "schema"),
                    schema_pointer,
                )
            for media_type, example in examples.items():
                entry = content.setdefault(
                    media_type, {"schema": copy.deepcopy(schema)}
                )
                entry["example"] = copy.deepcopy(example)
                self.origin(
                    pointer_join(pointer, "content", media_type, "example"),
                    pointer_join(pointer, "examples", media_type),
                )
            out["content"] = content
            self.origin(pointer_join(pointer, "content"), schema_pointer)
        out.update(_extensions(response))
        return out

    # -- security ------------------------------------------------------------------

    def security_schemes(self, definitions: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, scheme in definitions.items():
            where = pointer_join("/securityDefinitions", name)
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            converted: dict[str, Any]
            if kind == "basic":
                converted = {"type": "http", "scheme": "basic"}
            elif kind == "apiKey":
                converted = {
                    "type": "apiKey",
                    "name": scheme.get("name"),
                    "in": scheme.get("in"),
                }
            elif kind == "oauth2" and str(scheme.get("flow")) in _OAUTH2_FLOWS:
                flow_name, urls = _OAUTH2_FLOWS[str(scheme["flow"])]
                flow: dict[str, Any] = {url: scheme.get(url, "") for url in urls}
                flow["scopes"] = copy.deepcopy(scheme.get("scopes") or {})
                converted = {"type": "oauth2", "flows": {flow_name: flow}}
            else:
                self.diagnostics.warning(
                    "swagger-convert",
                    f"unknown security definition type {kind!r} "
                    f"(flow {scheme.get('flow')!r}); skipped",
                    where,
                )
                continue
            if "description" in scheme:
                converted["description"] = scheme["description"]
            converted.update(_extensions(scheme))
            out[name] = converted
            self.origin(pointer_join("/components/securitySchemes", name), where)
        return out
