"""The intermediate representation templates render: frozen, fully named.

Everything here already holds Python names (decided by :mod:`.naming`), Python
type expressions (:mod:`.typeexpr` trees; templates print ``type.expr``), the
imports each module needs and plain-text descriptions (escaped by the template
filters). Templates never see raw spec dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from . import naming
from .imports import ImportBlock, import_block
from .literals import comment_text
from .naming import RUNTIME_ERROR_EXPORTS, ClassName, PyName
from .typeexpr import Generic, Name, TypeExpr, Union, dict_of

__all__ = [
    "AuthFactoryIR",
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
    "WebhookIR",
    "WebhooksIR",
]


def resource_class(
    base: ClassName, *, is_async: bool = False, raw: bool = False
) -> ClassName:
    """A generated resource class's name: ``[Async]<base>Resource[WithRawResponse]``.

    One of :data:`~.naming.RESOURCE_CLASS_FORMS` (sync, async, then their
    raw-response wrappers), the forms the builder keeps free of model names.
    """
    return ClassName(naming.RESOURCE_CLASS_FORMS[2 * raw + is_async].format(base))


_NOT_GIVEN = Name("NotGiven")
_OPERATION = Name("Operation")
_PAGED_OPERATION = Name("PagedOperation")

CallKind = Literal["request", "paginate", "stream", "stream_lines", "stream_events"]
"""The runtime method a generated method calls (its name on the client)."""


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
    untyped: bool = False
    """An object model whose schema declares no ``type``: any JSON value is
    valid, so its base class passes non-objects through."""

    @property
    def base_class(self) -> str:
        """The runtime base an object model derives from."""
        return "UntypedSchemaModel" if self.untyped else "BaseModel"

    @property
    def extra_annotation(self) -> str:
        """``dict[str, X]`` for the extra properties' values (``""``: none declared)."""
        return dict_of(self.extra_type).expr if self.extra_type is not None else ""

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
    imports: ImportBlock
    """The module's import statements (models of other modules included, as
    ``from .<module> import ...``)."""


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

    @cached_property
    def annotation(self) -> str:
        """The method parameter's annotation: ``X``, or ``X | NotGiven`` when
        it may be left out."""
        if self.required:
            return self.type.expr
        return Union((self.type, _NOT_GIVEN)).expr


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
    alternatives: tuple[str, ...] = ()
    """Other JSON media types a ``json`` body accepts (the runtime picks by value)."""

    @cached_property
    def annotation(self) -> str:
        """The body parameter's annotation (``| NotGiven`` when optional)."""
        if self.required:
            return self.type.expr
        return Union((self.type, _NOT_GIVEN)).expr


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
class AliasIR:
    """An old name of a renamed method, kept as a deprecated alias.

    Set by :func:`clientsmith.generator.aliases.with_renamed_aliases` when a
    regeneration renames a method of the client it replaces.
    """

    name: PyName
    since: str
    """The package version that renamed it; the alias stays while the version does."""
    old: str
    """As callers write it after ``client.``: ``pets.list_pets``."""
    new: str
    """The method it calls, likewise: ``pets.list``."""
    via: str = ""
    """For a method moved into a nested resource: its path from the resource
    the alias is in (``persons.list`` for ``accounts.list_persons``)."""


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
    aliases: tuple[AliasIR, ...] = ()
    """Its old names, generated as deprecated aliases (see ``clientsmith.deprecation``)."""

    @property
    def all_params(self) -> tuple[ParamIR, ...]:
        return self.path_params + self.params

    def returns(self, is_async: bool) -> str:
        """The method's return annotation, sync or async."""
        return (self.async_return if is_async else self.sync_return).expr

    @cached_property
    def sync_return(self) -> TypeExpr:
        """The sync method's return type (``SyncPage[X]`` for paged methods)."""
        return self._returned(is_async=False)

    @cached_property
    def async_return(self) -> TypeExpr:
        """The async method's return type (``AsyncPage[X]`` for paged methods)."""
        return self._returned(is_async=True)

    def _returned(self, *, is_async: bool) -> TypeExpr:
        prefix = "Async" if is_async else "Sync"
        if self.call == "paginate" and self.pagination is not None:
            return Generic(Name(f"{prefix}Page"), (self.pagination.item_type,))
        if self.call == "stream":
            return Name("AsyncBinaryResponse" if is_async else "BinaryResponse")
        if self.call in ("stream_lines", "stream_events"):
            iterator = Name("AsyncIterator" if is_async else "Iterator")
            return Generic(iterator, (self.return_type,))
        return self.return_type

    @cached_property
    def table_type(self) -> str:
        """The annotation of the operation's entry in its resource's operation
        table: ``PagedOperation[X]`` or ``Operation[X]``."""
        if self.call == "paginate" and self.pagination is not None:
            return Generic(_PAGED_OPERATION, (self.pagination.item_type,)).expr
        return Generic(_OPERATION, (self.return_type,)).expr

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
class CallTestIR:
    """One operation's test: the call, and the answer the mock transport gives."""

    method_name: PyName
    call: str
    """How the result is consumed: request, paginate, stream, stream_lines/events."""
    arguments: tuple[tuple[str, object], ...]
    """Python argument name -> sample value (plain data or bytes)."""
    http_method: str
    expected_path: str | None
    """The URL path the call sends (``None`` when a path style makes it unsure)."""
    status: int
    content_type: str
    body: bytes
    item_model: str = ""
    """For an NDJSON body of models: the model its sample items are built as."""
    deprecated: bool = False
    """The operation warns ``DeprecationWarning`` when called."""


@dataclass(frozen=True)
class CliTestIR:
    """One command of the generated CLI, run against a canned answer."""

    args: tuple[str, ...]
    """The command line after the program name."""
    http_method: str
    status: int
    content_type: str
    body: bytes
    files: tuple[tuple[str, bytes], ...] = ()
    """Multipart file parts: written to files, passed as ``--file FIELD=PATH``."""


@dataclass(frozen=True)
class TestModuleIR:
    """``tests/test_<module>.py``: the tests of one resource."""

    module: str
    access: str
    """Attribute path from the client (``pets``, ``networks.connectors``)."""
    calls: tuple[CallTestIR, ...]

    @property
    def view_call(self) -> CallTestIR | None:
        """The call the response views are tested with (one that does not warn)."""
        return next((c for c in self.calls if not c.deprecated), None)

    def view_access(self, view: str) -> tuple[str, str]:
        """Paths after ``client.`` to one of the resource's response views:
        its own (``a.b.with_raw_response``) and its parent's
        (``a.with_raw_response.b``; the same for a top-level resource)."""
        own = f"{self.access}.{view}"
        parent, dot, name = self.access.rpartition(".")
        return own, f"{parent}.{view}.{name}" if dot else own


@dataclass(frozen=True)
class ResponseViewIR:
    """A view of a resource whose methods return the response, not the value.

    Every operation of every resource has both views, whatever its kind
    (request, paginated, download, NDJSON, SSE): the runtime's wrappers handle
    each kind, so nothing is left out here.
    """

    attribute: str
    """The resource's attribute: ``with_raw_response``."""
    suffix: str
    """Its class's name after ``<Name>Resource``: ``WithRawResponse``."""
    wrapper: str
    """The ``clientsmith`` function wrapping each method (``async_`` + it when async)."""
    summary: str
    """The attribute's docstring; ``{with}`` is ``with`` or ``async with``."""
    returns: str
    """What each method returns, for the class docstring (``{with}`` likewise)."""

    def doc(self, text: str, is_async: bool) -> str:
        return text.replace("{with}", "async with" if is_async else "with")


RESPONSE_VIEWS = (
    ResponseViewIR(
        "with_raw_response",
        "WithRawResponse",
        "to_raw_response_wrapper",
        "The same methods, returning the raw response (status, headers) and ``.parse()``.",
        "returns a ``RawResponse``",
    ),
    ResponseViewIR(
        "with_streaming_response",
        "WithStreamingResponse",
        "to_streamed_response_wrapper",
        "The same methods, streamed: ``{with} ...(...) as response`` reads the body on demand.",
        "opens its streamed response with ``{with}``",
    ),
)
"""The response views each resource class has (see ``clientsmith.raw``)."""


@dataclass(frozen=True)
class ResourceIR:
    attribute: PyName
    module: PyName
    class_name: ClassName
    description: str | None
    operations: tuple[OperationIR, ...]
    imports: ImportBlock
    """The module's import statements at its top."""
    type_checking_imports: ImportBlock = ()
    """Imports only annotations use (models, pydantic, nested resources): under
    ``if TYPE_CHECKING:``, so that importing a resource loads no models."""
    table_imports: ImportBlock = ()
    """Imports the operation table's values need (models, pydantic): made in
    ``_operations()``, on the first call."""
    children: tuple[ResourceRefIR, ...] = ()
    """Nested resources, reached as ``client.<this>.<child>``."""
    moved: tuple[AliasIR, ...] = ()
    """Deprecated aliases of methods that moved into a nested resource."""
    top_level: bool = True
    access: str = ""
    """Attribute path from the client, e.g. ``networks.connectors``."""

    def resource_class(self, is_async: bool = False) -> ClassName:
        """``PetsResource`` / ``AsyncPetsResource``: the class templates print."""
        return resource_class(self.class_name, is_async=is_async)

    def raw_class(self, is_async: bool = False) -> ClassName:
        """``PetsResourceWithRawResponse``: the class of ``.with_raw_response``."""
        return resource_class(self.class_name, is_async=is_async, raw=True)

    @property
    def response_views(self) -> tuple[ResponseViewIR, ...]:
        """Its views returning responses: all of its operations, in each."""
        return RESPONSE_VIEWS

    @property
    def example(self) -> str:
        """The README's example call of the first operation ("" without one)."""
        if not self.operations:
            return ""
        op = self.operations[0]
        callee = f"client.{self.access}.{op.method_name}"
        args: list[str] = [p.name for p in op.path_params]
        if op.call == "paginate":
            loop = _call(f"for item in {callee}(", [*args, "max_items=10"], "):")
            return loop + "\n    print(item)"
        if op.body is not None and op.body.required:
            args.append("body=...")
        return _call(f"result = {callee}(", args, ")")


def _import(module: str, names: list[str], width: int = 88) -> str:
    """``from module import names`` as ruff formats it (one name a line if long)."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= width:
        return line
    return "\n".join([f"from {module} import (", *(f"    {n}," for n in names), ")"])


def _call(head: str, args: list[str], tail: str, width: int = 88) -> str:
    """``head``, the arguments and ``tail``, split as ruff's formatter splits a
    call too long for one line (so the README's examples are formatted)."""
    line = head + ", ".join(args) + tail
    if len(line) <= width:
        return line
    if not args:
        # Nothing to split at: the right-hand side goes in parentheses if that fits.
        target, equals, value = line.partition(" = ")
        if equals and len(value) + 4 <= width:
            return f"{target} = (\n    {value}\n)"
        return line
    body = "    " + ", ".join(args)
    if len(body) <= width:
        return f"{head}\n{body}\n{tail}"
    return "\n".join([head, *(f"    {a}," for a in args), tail])


@dataclass(frozen=True)
class ResourceRefIR:
    """A nested resource as its parent sees it."""

    attribute: PyName
    module: PyName
    class_name: ClassName

    def resource_class(self, is_async: bool = False) -> ClassName:
        """The nested resource's class (``[Async]<class_name>Resource``)."""
        return resource_class(self.class_name, is_async=is_async)


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
    factory: AuthFactoryIR | None = None
    """How ``_client.py`` builds its runtime auth; ``None``: the client cannot."""

    @property
    def credentials(self) -> tuple[CredentialIR, ...]:
        """Each constructor argument as a credential of the command line."""
        roles = _CREDENTIAL_ROLES.get(self.kind, ())
        return tuple(
            CredentialIR(
                argument=argument,
                env_name=env_name,
                flag="--" + argument.strip("_").replace("_", "-"),
                label=f"{role} of {self.key}",
                # An unknown kind's arguments are treated as required secrets.
                secret=secret,
                required=required,
            )
            for argument, env_name, (role, secret, required) in zip(
                self.arguments,
                self.env_names,
                roles or (("credential", True, True),) * len(self.arguments),
                strict=True,
            )
        )


@dataclass(frozen=True)
class AuthFactoryIR:
    """One scheme's ``clientsmith.auth`` object, as ``_client.py`` prints it.

    ``if <required all set>: schemes[key] = <auth_class>(<arguments>)``; the
    arguments are Python source (``token_url`` and the like already through
    ``pyrepr``), positional ones first, then ``name=value`` keywords.
    """

    auth_class: str
    """The ``clientsmith.auth`` class (imported by ``_client.py``)."""
    required: tuple[PyName, ...]
    """The credential arguments that must all be set for the scheme to apply."""
    arguments: tuple[str, ...]
    """The constructor's arguments, as source text."""
    sensitive_name: str | None = None
    """An API key's parameter or header name: redacted wherever the runtime logs."""
    refresh_leeway: float | None = None
    """Default seconds before expiry a token is refreshed (token flows only)."""


@dataclass(frozen=True)
class CredentialIR:
    """One credential a generated command line reads (environment, prompt, option)."""

    argument: PyName
    """The client constructor's argument."""
    env_name: str
    """The environment variable the client reads when the argument is not passed."""
    flag: str
    """``--client-secret``: the command-line option (hidden when ``secret``)."""
    label: str
    """``client secret of oauth``: what the prompt and ``--help`` call it."""
    secret: bool
    """API keys, passwords, tokens and client secrets: never a visible option."""
    required: bool
    """Needed for the scheme to authenticate (prompted when the scheme is chosen)."""


_CREDENTIAL_ROLES: dict[str, tuple[tuple[str, bool, bool], ...]] = {
    # (role, secret, required) of each constructor argument of a scheme kind, in
    # the order of AuthSchemeIR.arguments. Usernames and client IDs identify, they
    # do not authenticate: they stay ordinary options.
    "api_key": (("API key", True, True),),
    "http_basic": (("username", False, True), ("password", True, True)),
    "http_bearer": (("token", True, True),),
    "oauth2_client_credentials": (
        ("client ID", False, True),
        ("client secret", True, True),
    ),
    "oauth2_password": (
        ("username", False, True),
        ("password", True, True),
        ("client ID", False, False),
        ("client secret", True, False),
    ),
}


@dataclass(frozen=True)
class WebhookIR:
    """One request the API sends: a 3.1 ``webhooks`` entry or a 3.0 callback."""

    name: str
    """Its name in the spec (the webhook's key, or the callback's)."""
    function_name: PyName
    """The generated parse function (``parse_book_added``)."""
    kind: Literal["webhook", "callback"]
    http_method: str
    event: str
    """The event header's value that announces it (``x-clientsmith-event``, else
    the name)."""
    type: TypeExpr
    """The payload's type (a model, usually)."""
    summary: str
    """One line of text for its docstring (may be empty)."""
    source: str
    """JSON pointer of the operation in the spec."""


@dataclass(frozen=True)
class WebhooksIR:
    """What ``<package>/webhooks.py`` holds: parse functions and ``unwrap``."""

    events: tuple[WebhookIR, ...]
    payload_type: str
    """The union of distinct payload types (``Book | Review``)."""
    signature: tuple[tuple[str, object], ...] | None
    """Keyword arguments of ``clientsmith.webhooks.Signature`` (safe values), or
    ``None`` when neither the spec nor the config declares a scheme."""
    secret_env: str
    """Environment variable holding the secret when ``unwrap`` gets none."""
    event_header: str
    """Request header naming the event (``X-GitHub-Event``); empty: none."""
    imports: tuple[tuple[str, ...], ...]
    """``from <module> import <names>`` lines, sorted (payload types' included)."""
    models: tuple[str, ...] = ()
    """Generated models the payload types use (imported from ``.models``)."""
    payload_alias: str = "WebhookPayload"
    """Name of the payload union (another when a model is called that)."""
    error_exports: tuple[str, ...] = ()
    """Webhook errors re-exported (those no payload model is named like)."""

    @property
    def scheme_text(self) -> str:
        """The signing scheme in prose, for the README (empty: none declared)."""
        settings = dict(self.signature or ())
        if settings.get("scheme") == "standard":
            return "Standard Webhooks"
        if settings.get("scheme") == "hmac":
            algorithm = str(settings.get("algorithm", "sha256")).upper()
            return f"HMAC-{algorithm} in the {settings.get('header')} header"
        return ""


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
    tests: tuple[TestModuleIR, ...] = ()
    """The generated project's tests (``generate --tests``; empty: none)."""
    webhooks: WebhooksIR | None = None
    """Webhooks and callbacks the API sends (``<package>/webhooks.py``); ``None``
    when the spec declares none."""
    servers: tuple[ServerIR, ...] = ()
    """Every server of the spec, by environment name; the first is the default
    (``base_url`` and ``server_variables`` are its URL and variables)."""

    @property
    def display_name(self) -> str:
        """The API's name in prose: the title, with " API" unless it says so."""
        return naming.api_display_name(self.title)

    @cached_property
    def notice(self) -> tuple[str, ...]:
        """The header of every generated file, as comment lines without the marker."""
        return (
            f"Generated by clientsmith {self.generator_version} from "
            f"{comment_text(self.spec_source)}: do not edit by hand.",
            "Regenerate instead; custom code belongs in a module of your own (subclass",
            'the client): see "Custom code and hand edits" in the clientsmith docs.',
        )

    @property
    def readme_examples(self) -> tuple[str, str]:
        """The README's first two Python examples (creating a client, catching
        errors), formatted as ruff formats them."""
        needs_url = not self.base_url or "://" not in self.base_url
        create = "\n".join(
            [
                _import(self.package, [self.client_class]),
                "",
                _call(
                    f"with {self.client_class}(",
                    ['base_url="https://example.com"'] if needs_url else [],
                    ") as client:",
                ),
                "    ...",
            ]
        )
        catch = "\n".join(
            [
                _import(self.package, [self.error_class, "AuthenticationError"]),
                "",
                "try:",
                "    ...",
                "except AuthenticationError as error:",
                "    # wrong credentials, at the token endpoint or the API",
                "    print(error.status_code, error)",
                f"except {self.error_class} as error:",
                "    print(error)",
            ]
        )
        return create, catch

    @property
    def auth_classes(self) -> dict[str, str]:
        """The runtime auth class of each supported scheme kind (``clientsmith.auth``)."""
        return {
            s.kind: s.factory.auth_class
            for s in sorted(self.auth_schemes, key=lambda s: s.kind)
            if s.factory is not None
        }

    @property
    def sensitive_names(self) -> tuple[str, ...]:
        """The API keys' parameter and header names, redacted by the runtime."""
        return tuple(
            s.factory.sensitive_name
            for s in self.auth_schemes
            if s.factory is not None and s.factory.sensitive_name is not None
        )

    @property
    def refresh_leeways(self) -> tuple[float, ...]:
        """The default refresh leeway of each scheme that refreshes tokens."""
        return tuple(
            s.factory.refresh_leeway
            for s in self.auth_schemes
            if s.factory is not None and s.factory.refresh_leeway is not None
        )

    @cached_property
    def client_imports(self) -> ImportBlock:
        """The import statements of ``_client.py``: what its code uses."""
        names = {
            ("import", "os"),
            ("import", "httpx"),
            ("import", "clientsmith"),
            ("collections.abc", "Mapping"),
            ("typing", "TYPE_CHECKING"),
            ("clientsmith", "NOT_GIVEN"),
            ("clientsmith", "NotGiven"),
            ("clientsmith._types", "TimeoutTypes"),
            ("clientsmith.client", "Hooks"),
            ("clientsmith.servers", "select_base_url"),
            ("clientsmith.settings", "float_setting"),
            ("clientsmith.settings", "response_limits_setting"),
            ("clientsmith.settings", "with_user_agent"),
        }
        if self.servers:
            names |= {("typing", "Literal"), ("clientsmith.servers", "Server")}
        else:
            names.add(("typing", "Any"))
        if any(s.variables for s in self.servers):
            names.add(("clientsmith.servers", "ServerVariable"))
        if self.auth_schemes:
            names.add(("clientsmith.settings", "setting"))
        names |= {("clientsmith.auth", cls) for cls in self.auth_classes.values()}
        if any(r.top_level for r in self.resources):
            names.add(("functools", "cached_property"))
        if self.sensitive_names:
            names.add(("clientsmith._redact", "register_sensitive_names"))
        if self.refresh_leeways:
            # token flows resolve their token URL against the base URL
            names.add(("clientsmith.settings", "resolve_url"))
        return import_block(names)

    @cached_property
    def client_type_checking_imports(self) -> ImportBlock:
        """The resource classes ``_client.py`` names in annotations only."""
        return import_block(
            (f".resources.{r.module}", r.resource_class(is_async))
            for r in self.resources
            if r.top_level
            for is_async in (False, True)
        )

    @cached_property
    def init_imports(self) -> ImportBlock:
        """The package's re-exports (``from m import a as a`` marks them public)."""
        names = {("clientsmith.errors", f"{e} as {e}") for e in RUNTIME_ERROR_EXPORTS}
        names.add(("clientsmith.errors", f"ClientsmithError as {self.error_class}"))
        for cls in (self.client_class, self.async_client_class):
            names.add(("._client", f"{cls} as {cls}"))
        if self.client_class != "Client":
            names.add(("._client", f"{self.client_class} as Client"))
            names.add(("._client", f"{self.async_client_class} as AsyncClient"))
        return import_block(names)

    @cached_property
    def exports(self) -> tuple[str, ...]:
        """The package's ``__all__``."""
        names = {
            *RUNTIME_ERROR_EXPORTS,
            self.error_class,
            "AsyncClient",
            "Client",
            self.async_client_class,
            self.client_class,
        }
        return tuple(sorted(sorted(names), key=str.lower))

    @cached_property
    def models_type_checking_imports(self) -> ImportBlock:
        """``models/__init__.py``'s imports for type checkers (it loads lazily)."""
        return import_block(
            (f".{module.module}", f"{model.name} as {model.name}")
            for module in self.model_modules
            for model in module.models
        )

    """The package's base error, an alias of ``clientsmith.ClientsmithError``
    (``AkeneoError``; decided by ``naming.error_class_name``)."""
