"""The intermediate representation templates render: frozen, fully named.

Everything here already holds Python names (decided by :mod:`.naming`), Python
type expressions, the imports each module needs and plain-text descriptions
(escaped by the template filters). Templates never see raw spec dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import naming
from .naming import ClassName, PyName

__all__ = [
    "AuthSchemeIR",
    "CallKind",
    "BodyIR",
    "EncodingIR",
    "EnumMemberIR",
    "FieldIR",
    "ModelIR",
    "ModelModuleIR",
    "OperationIR",
    "PackageIR",
    "PaginationIR",
    "ParamIR",
    "ResourceIR",
    "ResourceRefIR",
    "ResponseIR",
    "ServerVariableIR",
    "TypeExpr",
]


CallKind = Literal["request", "paginate", "stream", "stream_lines", "stream_events"]
"""The runtime method a generated method calls (its name on the client)."""


@dataclass(frozen=True, order=True)
class TypeExpr:
    """A Python type expression plus what it needs in scope.

    ``models`` are generated model/alias names it references (imported from
    the models package); ``imports`` are ``(module, name)`` pairs such as
    ``("typing", "Any")``.
    """

    expr: str
    models: frozenset[str] = frozenset()
    imports: frozenset[tuple[str, str]] = frozenset()

    def combine(self, expr: str, *others: TypeExpr) -> TypeExpr:
        """A new expression that needs what ``self`` and ``others`` need."""
        models = self.models.union(*(o.models for o in others))
        imports = self.imports.union(*(o.imports for o in others))
        return TypeExpr(expr, models, imports)


@dataclass(frozen=True)
class FieldIR:
    name: PyName
    wire_name: str
    type: TypeExpr
    required: bool
    description: str | None

    @property
    def aliased(self) -> bool:
        return self.name != self.wire_name


@dataclass(frozen=True)
class EnumMemberIR:
    name: PyName
    value: str | int


@dataclass(frozen=True)
class ModelIR:
    """One generated model: an object (pydantic model), an enum, or an alias."""

    name: ClassName
    kind: Literal["object", "enum", "alias"]
    description: str | None
    fields: tuple[FieldIR, ...] = ()
    members: tuple[EnumMemberIR, ...] = ()
    enum_base: Literal["str", "int", ""] = ""
    alias: TypeExpr | None = None
    extra_type: TypeExpr | None = None
    """Type of additionalProperties values when the schema declares one."""
    source: str = ""
    """JSON pointer of the schema (kept for diagnostics and docs)."""
    recursive: bool = False
    """An alias that refers to itself (directly or through other aliases)."""

    @property
    def models(self) -> frozenset[str]:
        found: set[str] = set()
        for f in self.fields:
            found |= f.type.models
        if self.alias is not None:
            found |= self.alias.models
        if self.extra_type is not None:
            found |= self.extra_type.models
        return frozenset(found)


@dataclass(frozen=True)
class ModelModuleIR:
    """A models module: one strongly connected group of models (usually one)."""

    module: PyName
    models: tuple[ModelIR, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]
    """``from <module> import <names>`` lines, sorted (models of other modules
    included, as ``.<module>``)."""


@dataclass(frozen=True)
class ParamIR:
    name: PyName
    wire_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeExpr
    required: bool
    description: str | None
    style: str
    explode: bool | None
    json: bool
    deprecated: bool = False
    allow_reserved: bool = False


@dataclass(frozen=True)
class EncodingIR:
    """Arguments of one ``clientsmith.Encoding`` (an OpenAPI Encoding object)."""

    name: str
    content_type: str
    style: str
    explode: bool | None
    allow_reserved: bool


@dataclass(frozen=True)
class BodyIR:
    name: PyName
    content_type: str
    kind: Literal["json", "form", "multipart", "binary", "text", "ndjson"]
    type: TypeExpr
    required: bool
    description: str | None
    encoding: tuple[EncodingIR, ...] = ()
    """Per-property wire rules of a form or multipart body (spec order)."""
    fields: tuple[str, ...] = ()
    """Wire names of a form or multipart body's declared properties, for docs."""


@dataclass(frozen=True)
class ResponseIR:
    status: str
    kind: Literal["json", "text", "binary", "empty", "ndjson", "sse"]
    type: TypeExpr | None
    alternatives: tuple[ResponseIR, ...] = ()
    """Other media types of this status, decoded by the actual Content-Type."""
    media_type: str = ""
    """The media type, when the response declares several (for ``Accept``)."""


@dataclass(frozen=True)
class PaginationIR:
    """Keyword arguments for ``clientsmith.Pagination`` (already safe values)."""

    arguments: tuple[tuple[str, object], ...]
    item_type: TypeExpr


@dataclass(frozen=True)
class OperationIR:
    method_name: PyName
    table_name: PyName
    """Its field in the resource's operation table (see ``naming.table_field``)."""
    http_method: str
    path: str
    operation_id: str
    summary: str | None
    description: str | None
    deprecated: bool
    path_params: tuple[ParamIR, ...]
    params: tuple[ParamIR, ...]
    """Non-path parameters: required ones first, then optional."""
    body: BodyIR | None
    responses: tuple[ResponseIR, ...]
    errors: tuple[tuple[str, TypeExpr], ...]
    return_type: TypeExpr
    call: CallKind
    security: tuple[tuple[str, ...], ...] | None
    pagination: PaginationIR | None
    source: str
    """JSON pointer of the operation in the spec."""
    docstring: str = ""
    """Plain text of the method's docstring (escaped by the template)."""

    @property
    def all_params(self) -> tuple[ParamIR, ...]:
        return self.path_params + self.params

    def returns(self, is_async: bool) -> str:
        """The method's return annotation, sync or async."""
        prefix = "Async" if is_async else "Sync"
        if self.call == "paginate" and self.pagination is not None:
            return f"{prefix}Page[{self.pagination.item_type.expr}]"
        if self.call == "stream":
            return "AsyncBinaryResponse" if is_async else "BinaryResponse"
        if self.call in ("stream_lines", "stream_events"):
            iterator = "AsyncIterator" if is_async else "Iterator"
            return f"{iterator}[{self.return_type.expr}]"
        return self.return_type.expr

    @property
    def deprecation(self) -> str:
        """The warning of a deprecated operation's method (empty when it is not)."""
        if not self.deprecated:
            return ""
        return (
            f"{self.method_name}() calls {self.http_method} {self.path}, "
            "which the API marks as deprecated"
        )

    @property
    def summary_line(self) -> str:
        """One line for tables: the summary, else the description's first sentence."""
        return naming.summary_line(self.summary, self.description)


@dataclass(frozen=True)
class ResourceIR:
    attribute: PyName
    module: PyName
    class_name: ClassName
    description: str | None
    operations: tuple[OperationIR, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]
    model_imports: tuple[tuple[PyName, tuple[str, ...]], ...]
    children: tuple[ResourceRefIR, ...] = ()
    """Nested resources, reached as ``client.<this>.<child>``."""
    deferred_imports: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Imports only the operation table needs at run time (pydantic and the
    models runtime): made inside ``_operations()``, and for type checkers."""
    top_level: bool = True
    access: str = ""
    """Attribute path from the client, e.g. ``networks.connectors``."""


@dataclass(frozen=True)
class ResourceRefIR:
    """A nested resource as its parent sees it."""

    attribute: PyName
    module: PyName
    class_name: ClassName


@dataclass(frozen=True)
class ServerVariableIR:
    name: str
    default: str
    enum: tuple[str, ...]
    description: str | None


@dataclass(frozen=True)
class ServerIR:
    """One entry of the spec's ``servers``, selectable by ``environment``."""

    environment: str
    """Its name (``naming.environment_names``): ``Client(environment=...)``."""
    url: str
    variables: tuple[ServerVariableIR, ...]
    description: str | None


@dataclass(frozen=True)
class AuthSchemeIR:
    """A security scheme, mapped to constructor arguments of the client."""

    key: str
    """The scheme's name in the spec (what Operation.security refers to)."""
    kind: Literal[
        "api_key",
        "http_basic",
        "http_bearer",
        "oauth2_client_credentials",
        "oauth2_password",
        "oauth2_authorization_code",
        "unsupported",
    ]
    arguments: tuple[PyName, ...]
    """Constructor arguments this scheme takes, in order."""
    env_names: tuple[str, ...]
    """Environment variables read when the argument is not passed."""
    settings: tuple[tuple[str, object], ...]
    """Static settings (header name, token URL, ...), already safe values."""
    description: str | None


@dataclass(frozen=True)
class PackageIR:
    package: PyName
    project: str
    title: str
    version: str
    description: str | None
    client_class: ClassName
    async_client_class: ClassName
    base_url: str
    server_variables: tuple[ServerVariableIR, ...]
    env_prefix: str
    resources: tuple[ResourceIR, ...]
    model_modules: tuple[ModelModuleIR, ...]
    auth_schemes: tuple[AuthSchemeIR, ...]
    generator_version: str
    spec_source: str
    cli: bool = False
    cli_name: str = ""
    """Console script of the generated CLI (the project name unless configured)."""
    """Also render ``cli.py`` (config ``cli: true`` or ``info.x-clientsmith-cli``)."""
    spec_version: str = ""
    """``info.version`` of the spec (``version`` is the package's own version,
    which differs when versioning by API changes; empty: same as ``version``)."""
    spec_hash: str = ""
    """sha256 of the spec's bytes (root and external files), set by the pipeline."""
    cli_aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Command aliases of the CLI (config ``cli_aliases``): name -> command path."""
    request_id_headers: tuple[str, ...] = ()
    """Response headers the spec declares for request ids (``x-github-request-id``)."""
    error_class: ClassName = ClassName("ClientsmithError")
    servers: tuple[ServerIR, ...] = ()
    """Every server of the spec, by environment name; the first is the default
    (``base_url`` and ``server_variables`` are its URL and variables)."""

    @property
    def display_name(self) -> str:
        """The API's name in prose: the title, with " API" unless it says so."""
        return naming.api_display_name(self.title)

    """The package's base error, an alias of ``clientsmith.ClientsmithError``
    (``AkeneoError``; decided by ``naming.error_class_name``)."""
