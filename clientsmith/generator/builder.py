"""Spec document -> :class:`~.ir.PackageIR`: the whole IR in one pass.

The builder runs the schema and operation compilers, settles module layout
(models grouped by strongly connected component, so model modules never import
each other in a cycle) and collects each module's imports.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .config import GeneratorConfig
from .diagnostics import Diagnostics, pointer_join
from .imports import import_block
from .ir import (
    AuthFactoryIR,
    AuthSchemeIR,
    ModelIR,
    ModelModuleIR,
    OperationIR,
    PackageIR,
    ResourceIR,
    ResourceRefIR,
    ServerIR,
    ServerVariableIR,
    TypeExpr,
    WebhooksIR,
)
from .literals import pyrepr
from .naming import (
    RESOURCE_CLASS_FORMS,
    SERVER_NAME_EXTENSIONS,
    SHADOWABLE_BUILTINS,
    ClassName,
    Namespace,
    NamingRules,
    PyName,
    class_name,
    constant_name,
    environment_names,
    error_class_name,
    module_name,
    resource_class_base,
    snake_name,
)
from .operations import OperationCompiler, ResourceDraft
from .schemas import SchemaCompiler
from .spec.document import DocumentNode
from .spec.parse import parse_document
from .webhooks import collect_webhooks

__all__ = ["build_package"]

GENERATOR_VERSION = "0.1.0"


def build_package(
    document: Mapping[str, Any],
    config: GeneratorConfig,
    diagnostics: Diagnostics,
    *,
    spec_source: str,
) -> PackageIR:
    """Compile an OpenAPI 3.x document (already loaded and bundled) into IR."""
    naming = config.naming or NamingRules()
    spec = parse_document(document, diagnostics)
    schemas = SchemaCompiler(document, diagnostics, naming=naming)
    operations = OperationCompiler(spec, schemas, diagnostics, naming=naming)
    operations.compile()

    info = spec.info
    title = str(info.get("title") or "API")
    package = _package_name(config, info, title)
    project = config.project_name or package.replace("_", "-")
    servers = _configured_servers(_servers(spec, diagnostics), config)
    env_prefix = config.env_prefix or constant_name(package) + "_"
    # Before models() is read: inline payload schemas become models here.
    webhooks = _webhooks(spec, schemas, diagnostics, config, env_prefix)
    schemas.all_component_types()
    models = schemas.models()

    model_modules, module_of = _model_modules(models.values())
    client = _client_name(config, info)
    built = PackageIR(
        package=package,
        project=project,
        title=title,
        version=str(info.get("version") or "0.0.0"),
        description=_text(info.get("description")),
        client_class=client,
        async_client_class=ClassName("Async" + client),
        base_url=servers[0].url if servers else "",
        server_variables=servers[0].variables if servers else (),
        servers=servers,
        env_prefix=env_prefix,
        resources=_resources(operations.resources, models, module_of),
        model_modules=model_modules,
        auth_schemes=_auth_schemes(spec, diagnostics, env_prefix),
        generator_version=GENERATOR_VERSION,
        spec_source=spec_source,
        cli=_cli_enabled(config, info),
        cli_name=config.cli_name or project,
        cli_aliases=config.cli_aliases or (),
        request_id_headers=_request_id_headers(spec),
        error_class=error_class_name(client, package, title),
        webhooks=webhooks,
    )
    if not config.tests:
        return built
    from .testplan import build_tests

    return dataclasses.replace(built, tests=build_tests(spec, built))


def _package_name(
    config: GeneratorConfig, info: Mapping[str, Any], title: str
) -> PyName:
    """Names from the config win; then the spec's info extension; then the title."""
    if config.package_name:
        return PyName(config.package_name)
    spec_package = info.get("x-clientsmith-package-name")
    return module_name(spec_package if isinstance(spec_package, str) else title)


def _client_name(config: GeneratorConfig, info: Mapping[str, Any]) -> ClassName:
    """The client class: the config's name, the spec's extension, or ``Client``."""
    if config.client_name:
        return ClassName(config.client_name)
    spec_client = info.get("x-clientsmith-client-name")
    return (
        class_name(spec_client) if isinstance(spec_client, str) else ClassName("Client")
    )


def _cli_enabled(config: GeneratorConfig, info: Mapping[str, Any]) -> bool:
    """Whether to generate a command line: the config, else ``x-clientsmith-cli``."""
    if config.cli is not None:
        return config.cli
    return info.get("x-clientsmith-cli") is True


def _configured_servers(
    servers: tuple[ServerIR, ...], config: GeneratorConfig
) -> tuple[ServerIR, ...]:
    """The config's base URL replaces the spec's servers; it may use the first
    server's variables."""
    if not config.base_url:
        return servers
    name = servers[0].environment if servers else "default"
    variables = servers[0].variables if servers else ()
    return (ServerIR(name, config.base_url, variables, None),)


def _webhooks(
    document: DocumentNode,
    schemas: SchemaCompiler,
    diagnostics: Diagnostics,
    config: GeneratorConfig,
    env_prefix: str,
) -> WebhooksIR | None:
    """The webhooks module's IR with its imports, or ``None`` without webhooks."""
    webhooks = collect_webhooks(
        document, schemas, diagnostics, config.webhooks, env_prefix
    )
    if webhooks is None:
        return None
    return dataclasses.replace(
        webhooks,
        imports=import_block(
            [
                *(pair for e in webhooks.events for pair in e.type.imports),
                *_WEBHOOK_IMPORTS,
                *(("clientsmith.errors", e) for e in webhooks.error_exports),
                *((".models", name) for name in webhooks.models),
            ]
        ),
    )


def _resources(
    drafts: Mapping[str, ResourceDraft],
    models: Mapping[str, ModelIR],
    module_of: dict[str, PyName],
) -> tuple[ResourceIR, ...]:
    """The resources, with class names that collide with no model's."""
    # Resource classes share modules with the models their operations use.
    taken: set[str] = {m.name for m in models.values()}
    classes: dict[str, ClassName] = {}
    for key, draft in drafts.items():
        classes[key] = resource_class_base(draft.class_name, taken)
        taken.update(form.format(classes[key]) for form in RESOURCE_CLASS_FORMS)
    return tuple(
        _resource(
            draft.attribute,
            draft.module,
            classes[draft.key],
            draft.description,
            tuple(draft.operations),
            module_of,
            tuple(
                ResourceRefIR(drafts[c].attribute, drafts[c].module, classes[c])
                for c in draft.children
            ),
            draft.parent is None,
            _access(drafts, draft.key),
        )
        for draft in drafts.values()
    )


_REQUEST_ID = re.compile(r"(request|correlation|trace)[-_]?id", re.IGNORECASE)


def _request_id_headers(document: DocumentNode) -> tuple[str, ...]:
    """Response headers the spec declares that carry a request id (sorted, lower
    case), other than the ones the runtime always reads (``x-request-id``...)."""
    from ..errors import REQUEST_ID_HEADERS

    # The shared responses, and those written in the operations of path items
    # written under ``paths`` (a ``$ref``'d path item's live elsewhere).
    responses = [*document.shared_responses]
    for item in document.paths:
        if not item.referenced:
            for operation in item.operations:
                responses.extend(operation.responses or ())
    found = {
        header.name.lower()
        for response in responses
        for header in response.headers
        if _REQUEST_ID.search(header.name)
        and len(header.name) <= 80
        and header.name.isascii()
        and header.name.replace("-", "").replace("_", "").isalnum()
    }
    return tuple(sorted(found - set(REQUEST_ID_HEADERS)))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


_SERVER_VAR = re.compile(r"{([^{}]+)}")


def _servers(document: DocumentNode, diagnostics: Diagnostics) -> tuple[ServerIR, ...]:
    """The spec's servers, named; variables without a default are left out
    (with a warning: no client could fill them)."""
    raw = document.servers
    if raw is None:
        return ()
    entries = [(i, s) for i, s in enumerate(raw) if isinstance(s, Mapping)]
    names = environment_names(
        [
            (
                next(
                    (
                        str(s[k])
                        for k in SERVER_NAME_EXTENSIONS
                        if isinstance(s.get(k), str)
                    ),
                    None,
                ),
                _text(s.get("description")),
                str(s.get("url") or ""),
            )
            for _, s in entries
        ]
    )
    return tuple(
        _server(index, server, name, diagnostics)
        for (index, server), name in zip(entries, names, strict=True)
    )


def _server(
    index: int, server: Mapping[str, Any], name: str, diagnostics: Diagnostics
) -> ServerIR:
    where = f"/servers/{index}"
    url = str(server.get("url") or "")
    variables: list[ServerVariableIR] = []
    raw_vars = server.get("variables")
    values: dict[str, str] = {}
    if isinstance(raw_vars, Mapping):
        for var_name, var in raw_vars.items():
            if not isinstance(var, Mapping) or "default" not in var:
                diagnostics.warning(
                    "spec-invalid",
                    f"server variable {var_name!r} has no default",
                    pointer_join(where + "/variables", str(var_name)),
                )
                continue
            enum = var.get("enum")
            values[str(var_name)] = str(var["default"])
            variables.append(
                ServerVariableIR(
                    name=str(var_name),
                    default=str(var["default"]),
                    enum=tuple(str(e) for e in enum) if isinstance(enum, list) else (),
                    description=_text(var.get("description")),
                )
            )
    for var_name in _SERVER_VAR.findall(url):
        if var_name not in values:
            diagnostics.warning(
                "spec-invalid",
                f"server URL uses undeclared variable {var_name!r}",
                where + "/url",
            )
    return ServerIR(
        environment=name,
        url=url,
        variables=tuple(variables),
        description=_text(server.get("description")),
    )


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (GitHub's spec would overflow recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            edges = graph[node]
            while i < len(edges):
                nxt = edges[i]
                i += 1
                if nxt not in index:
                    work.append((node, i))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


_DEFERRED_MODULES = frozenset({"pydantic", "clientsmith.models"})
"""Modules a resource module imports only where they are needed: pydantic's
model machinery costs tens of milliseconds to import."""


# What every generated webhooks.py imports besides its payload types (and the
# errors it re-exports): the runtime under a private name, so that payload
# models may be called ``Signature`` or ``Payload``.
_WEBHOOK_IMPORTS = (
    ("collections.abc", "Mapping"),
    ("clientsmith", "webhooks as _webhooks"),
)


def _model_modules(
    models: Iterable[ModelIR],
) -> tuple[tuple[ModelModuleIR, ...], dict[str, PyName]]:
    """The model modules, and the module each model lives in."""
    by_name: dict[str, ModelIR] = {m.name: m for m in models}
    grouped, module_of = _group_models(by_name)
    result: list[ModelModuleIR] = []
    for module, component in sorted(grouped):
        members = _mark_recursive_aliases([by_name[n] for n in component])
        members.sort(key=lambda m: (m.kind == "alias", m.name))
        members = _order_aliases(members)
        needed: set[tuple[str, str]] = set()
        external: dict[PyName, set[str]] = {}
        for m in members:
            needed |= _model_imports(m)
            for ref in m.models:
                if module_of[ref] != module:
                    external.setdefault(module_of[ref], set()).add(ref)
        for mod, refs in external.items():
            needed |= {(f".{mod}", ref) for ref in refs}
        result.append(
            ModelModuleIR(
                module=module, models=tuple(members), imports=import_block(needed)
            )
        )
    return tuple(result), module_of


def _group_models(
    by_name: Mapping[str, ModelIR],
) -> tuple[list[tuple[PyName, list[str]]], dict[str, PyName]]:
    """Models grouped into modules (named), and each model's module.

    Inline models live with the component schema or operation that owns them;
    groups that reference each other in a cycle merge, so modules form a DAG.
    """
    owner = {name: _owner(m.source) for name, m in by_name.items()}
    owned: dict[str, list[str]] = {}
    for name in sorted(by_name):
        owned.setdefault(owner[name], []).append(name)
    graph = {
        key: sorted(
            {owner[n] for m in names for n in by_name[m].models if n in by_name} - {key}
        )
        for key, names in sorted(owned.items())
    }
    names = Namespace({"init"})
    module_of: dict[str, PyName] = {}
    grouped: list[tuple[PyName, list[str]]] = []
    merged = [
        sorted(n for key in scc for n in owned[key])
        for scc in _strongly_connected(graph)
    ]
    for component in sorted(merged, key=_module_seed):
        module = PyName(names.claim(module_name(_module_seed(component))))
        grouped.append((module, component))
        for member in component:
            module_of[member] = module
    return grouped, module_of


def _model_imports(model: ModelIR) -> set[tuple[str, str]]:
    """What one model's definition needs, other than models of other modules."""
    types = [f.type for f in model.fields]
    needed: set[tuple[str, str]] = set()
    if model.alias is not None:
        types.append(model.alias)
        needed.add(
            ("typing_extensions", "TypeAliasType")
            if model.recursive
            else ("typing", "TypeAlias")
        )
    if model.extra_type is not None:
        types.append(model.extra_type)
    if model.kind == "object":
        needed.add(("clientsmith.models", model.base_class))
        if model.extra_type is not None or any(f.aliased for f in model.fields):
            needed.add(("pydantic", "Field"))
    if model.kind == "enum":
        base = "OpenEnum" if model.enum_base == "str" else "OpenIntEnum"
        needed.add(("clientsmith.models", base))
    return needed.union(*(t.imports for t in types))


def _qualified(op: OperationIR, shadowed: frozenset[str]) -> OperationIR:
    """``op`` with every type expression's shadowed builtins qualified."""

    def q(t: TypeExpr) -> TypeExpr:
        return t.qualify(shadowed)

    return dataclasses.replace(
        op,
        path_params=tuple(
            dataclasses.replace(p, type=q(p.type)) for p in op.path_params
        ),
        params=tuple(dataclasses.replace(p, type=q(p.type)) for p in op.params),
        body=dataclasses.replace(op.body, type=q(op.body.type)) if op.body else None,
        responses=tuple(
            dataclasses.replace(r, type=q(r.type)) if r.type else r
            for r in op.responses
        ),
        errors=tuple((status, q(t)) for status, t in op.errors),
        return_type=q(op.return_type),
        pagination=dataclasses.replace(
            op.pagination, item_type=q(op.pagination.item_type)
        )
        if op.pagination
        else None,
    )


def _access(drafts: Mapping[str, Any], key: str) -> str:
    """``networks.connectors``: how a (nested) resource is reached from the client."""
    chain: list[str] = []
    current: str | None = key
    while current is not None:
        chain.append(drafts[current].attribute)
        current = drafts[current].parent
    return ".".join(reversed(chain))


def _owner(source: str) -> str:
    """The component schema or operation a model's schema is nested in."""
    tokens = source.split("/")
    if source.startswith(("#/components/schemas/", "#/paths/")) and len(tokens) > 4:
        return "/".join(tokens[:4])
    return source


def _module_seed(component: list[str]) -> str:
    """Name a module after its shortest model name (the owner, usually)."""
    return min(component, key=lambda n: (len(n), n))


def _mark_recursive_aliases(members: list[ModelIR]) -> list[ModelIR]:
    """Flag aliases that reach themselves through aliases: ``X = list[X]`` cannot
    be a plain assignment, so they become ``TypeAliasType`` with a lazy value."""
    aliases: dict[str, ModelIR] = {m.name: m for m in members if m.kind == "alias"}

    def reaches_itself(start: str) -> bool:
        stack = [d for d in aliases[start].models if d in aliases]
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name == start:
                return True
            if name not in seen:
                seen.add(name)
                stack.extend(d for d in aliases[name].models if d in aliases)
        return False

    return [
        dataclasses.replace(m, recursive=True)
        if m.name in aliases and reaches_itself(m.name)
        else m
        for m in members
    ]


def _order_aliases(members: list[ModelIR]) -> list[ModelIR]:
    """Aliases are evaluated at import time: define each after what it uses."""
    classes = [m for m in members if m.kind != "alias"]
    aliases: dict[str, ModelIR] = {m.name: m for m in members if m.kind == "alias"}
    ordered: list[ModelIR] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done or name in visiting:
            return
        visiting.add(name)
        for dep in sorted(aliases[name].models):
            if dep in aliases:
                visit(dep)
        visiting.discard(name)
        done.add(name)
        ordered.append(aliases[name])

    for name in sorted(aliases):
        visit(name)
    return classes + ordered


def _resource(
    attribute: PyName,
    module: PyName,
    cls: ClassName,
    description: str | None,
    operations: tuple[OperationIR, ...],
    module_of: dict[str, PyName],
    children: tuple[ResourceRefIR, ...] = (),
    top_level: bool = True,
    access: str = "",
) -> ResourceIR:
    shadowed = frozenset(op.method_name for op in operations) & SHADOWABLE_BUILTINS
    if shadowed:
        # A method named like a builtin (``list``) shadows it inside the class:
        # annotations there must say ``builtins.list``.
        operations = tuple(_qualified(op, shadowed) for op in operations)
    annotations, values = _resource_types(operations)
    top = _resource_names(operations, annotations + values)
    checking = _deferred_imports(annotations, module_of)
    for child in children:
        # the resource classes and their response views (see RESOURCE_CLASS_FORMS)
        checking |= {
            (f".{child.module}", form.format(child.class_name))
            for form in RESOURCE_CLASS_FORMS
        }
    if checking:
        top.add(("typing", "TYPE_CHECKING"))
    return ResourceIR(
        attribute=attribute,
        module=module,
        class_name=cls,
        description=description,
        operations=operations,
        imports=import_block(top),
        type_checking_imports=import_block(checking),
        table_imports=import_block(_deferred_imports(values, module_of)),
        children=children,
        top_level=top_level,
        access=access or attribute,
    )


def _resource_types(
    operations: tuple[OperationIR, ...],
) -> tuple[list[TypeExpr], list[TypeExpr]]:
    """The types a resource module prints in annotations, and those it evaluates.

    Annotations (signatures and the operation table's fields) are read by
    type checkers only; the operation table's values (response, error and
    item types) are evaluated when the table is built.
    """
    annotations: list[TypeExpr] = []
    values: list[TypeExpr] = []
    for op in operations:
        annotations.extend(p.type for p in op.all_params)
        if op.body is not None:
            annotations.append(op.body.type)
        if op.call == "paginate" and op.pagination is not None:
            annotations.append(op.pagination.item_type)
        else:
            annotations.append(op.return_type)
        for response in op.responses:
            values.extend(r.type for r in (response, *response.alternatives) if r.type)
        values.extend(t for _, t in op.errors)
        if op.pagination is not None:
            values.append(op.pagination.item_type)
    return annotations, values


def _deferred_imports(
    types: list[TypeExpr], module_of: Mapping[str, PyName]
) -> set[tuple[str, str]]:
    """The models and deferred modules ``types`` use: imported where used."""
    found: set[tuple[str, str]] = set()
    for t in types:
        found |= {(m, n) for m, n in t.imports if m in _DEFERRED_MODULES}
        found |= {(f"..models.{module_of[n]}", n) for n in t.models}
    return found


def _resource_names(
    operations: tuple[OperationIR, ...], types: list[TypeExpr]
) -> set[tuple[str, str]]:
    """The names a resource module imports at its top for what its template
    prints (models and deferred modules are imported where they are used)."""
    top: set[tuple[str, str]] = {
        ("clientsmith", "AsyncClient"),
        ("clientsmith", "Client"),
        ("functools", "cache"),
        ("functools", "cached_property"),
        ("typing", "NamedTuple"),
    }
    for t in types:
        top |= {(m, n) for m, n in t.imports if m not in _DEFERRED_MODULES}
    calls = {op.call for op in operations}
    wanted: list[tuple[bool, tuple[tuple[str, str], ...]]] = [
        # Every method's signature: extra_headers, timeout.
        (
            bool(operations),
            (
                ("collections.abc", "Mapping"),
                ("clientsmith", "NOT_GIVEN"),
                ("clientsmith", "NotGiven"),
                ("clientsmith._types", "TimeoutTypes"),
            ),
        ),
        (bool(calls - {"paginate"}), (("clientsmith", "Operation"),)),
        (
            "paginate" in calls,
            (
                ("clientsmith", "PagedOperation"),
                ("clientsmith.pagination", "AsyncPage"),
                ("clientsmith.pagination", "SyncPage"),
            ),
        ),
        (
            any(op.pagination is not None for op in operations),
            (("clientsmith", "Pagination"),),
        ),
        (
            bool(calls & {"stream_lines", "stream_events"}),
            (("collections.abc", "AsyncIterator"), ("collections.abc", "Iterator")),
        ),
        (
            "stream" in calls,
            (
                ("clientsmith.streaming", "AsyncBinaryResponse"),
                ("clientsmith.streaming", "BinaryResponse"),
            ),
        ),
        # The response views (ResourceIR.response_views) wrap every method.
        (
            bool(operations),
            (
                ("clientsmith.raw", "async_to_raw_response_wrapper"),
                ("clientsmith.raw", "to_raw_response_wrapper"),
                (
                    "clientsmith.streaming_response",
                    "async_to_streamed_response_wrapper",
                ),
                ("clientsmith.streaming_response", "to_streamed_response_wrapper"),
            ),
        ),
        (any(op.all_params for op in operations), (("clientsmith", "Param"),)),
        (any(op.body for op in operations), (("clientsmith", "Body"),)),
        (
            any(op.body is not None and op.body.encoding for op in operations),
            (("clientsmith", "Encoding"),),
        ),
        (any(op.responses for op in operations), (("clientsmith", "Response"),)),
        # PEP 702: a DeprecationWarning at call time, and type checkers flag uses.
        (
            any(op.deprecated for op in operations),
            (("typing_extensions", "deprecated"),),
        ),
    ]
    for needed, names in wanted:
        if needed:
            top.update(names)
    return top


def _auth_schemes(
    document: DocumentNode, diagnostics: Diagnostics, env_prefix: str
) -> tuple[AuthSchemeIR, ...]:
    raw = document.security_schemes
    result: list[AuthSchemeIR] = []
    used = Namespace(
        {
            "base_url",
            "timeout",
            "headers",
            "http_client",
            "auth",
            "transport",
            "env_file",
            "server_variables",
            "retry",
            "max_retries",
            "event_hooks",
            "self",
        }
    )
    for key, scheme in raw.items():
        pointer = pointer_join("/components/securitySchemes", str(key))
        if not isinstance(scheme, Mapping):
            diagnostics.warning(
                "auth-unsupported", "security scheme is not a mapping", pointer
            )
            continue
        kind = scheme.get("type")
        prefix = snake_name(str(key), fallback="scheme").rstrip("_")

        def arg(name: str, prefix: str = prefix) -> PyName:
            return PyName(used.claim(name if name not in used else f"{prefix}_{name}"))

        description = _text(scheme.get("description"))
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            a = arg("api_key")
            result.append(
                AuthSchemeIR(
                    str(key),
                    "api_key",
                    (a,),
                    (env_prefix + a.upper(),),
                    (
                        ("name", str(scheme.get("name") or "")),
                        ("location", str(scheme["in"])),
                    ),
                    description,
                )
            )
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            u, p = arg("username"), arg("password")
            result.append(
                AuthSchemeIR(
                    str(key),
                    "http_basic",
                    (u, p),
                    (env_prefix + u.upper(), env_prefix + p.upper()),
                    (),
                    description,
                )
            )
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            t = arg("token")
            result.append(
                AuthSchemeIR(
                    str(key),
                    "http_bearer",
                    (t,),
                    (env_prefix + t.upper(),),
                    (),
                    description,
                )
            )
        elif kind == "oauth2" and isinstance(scheme.get("flows"), Mapping):
            flows = scheme["flows"]
            shape = _token_request(scheme, pointer, diagnostics)
            if isinstance(flows.get("clientCredentials"), Mapping):
                flow = flows["clientCredentials"]
                ci, cs = arg("client_id"), arg("client_secret")
                result.append(
                    AuthSchemeIR(
                        str(key),
                        "oauth2_client_credentials",
                        (ci, cs),
                        (env_prefix + ci.upper(), env_prefix + cs.upper()),
                        (
                            ("token_url", str(flow.get("tokenUrl") or "")),
                            *shape,
                            _scopes(flow),
                        ),
                        description,
                    )
                )
            elif isinstance(flows.get("password"), Mapping):
                flow = flows["password"]
                names = (
                    arg("username"),
                    arg("password"),
                    arg("client_id"),
                    arg("client_secret"),
                )
                result.append(
                    AuthSchemeIR(
                        str(key),
                        "oauth2_password",
                        names,
                        tuple(env_prefix + n.upper() for n in names),
                        (
                            ("token_url", str(flow.get("tokenUrl") or "")),
                            *shape,
                            _scopes(flow),
                        ),
                        description,
                    )
                )
            else:
                t = arg("token")
                diagnostics.info(
                    "auth-token-only",
                    "OAuth2 flow without client-side grant support here: the client takes an access token",
                    pointer,
                )
                result.append(
                    AuthSchemeIR(
                        str(key),
                        "http_bearer",
                        (t,),
                        (env_prefix + t.upper(),),
                        (),
                        description,
                    )
                )
        else:
            diagnostics.warning(
                "auth-unsupported",
                f"security scheme type {kind!r} is not supported; pass an httpx.Auth for {key!r} via auth=",
                pointer,
            )
    return tuple(
        dataclasses.replace(scheme, factory=_auth_factory(scheme)) for scheme in result
    )


# Every auth object sends credentials only to the client's own origin.
_ORIGINS = "allowed_origins=(base_url,)"
_DEFAULT_LEEWAY = 30.0


def _auth_factory(scheme: AuthSchemeIR) -> AuthFactoryIR | None:
    """How ``_client.py`` builds ``scheme``'s runtime auth from its arguments."""
    args = scheme.arguments
    settings = dict(scheme.settings)
    if scheme.kind == "api_key":
        name = str(settings["name"])
        return AuthFactoryIR(
            "APIKeyAuth",
            args[:1],
            (
                args[0],
                f"name={pyrepr(name)}",
                f"location={pyrepr(settings['location'])}",
                _ORIGINS,
            ),
            sensitive_name=name,
        )
    if scheme.kind == "http_basic":
        return AuthFactoryIR("BasicAuth", args[:2], (*args[:2], _ORIGINS))
    if scheme.kind == "http_bearer":
        return AuthFactoryIR("BearerAuth", args[:1], (args[0], _ORIGINS))
    if scheme.kind == "oauth2_client_credentials":
        return _token_flow("OAuth2ClientCredentials", args[:2], (), settings)
    if scheme.kind == "oauth2_password":
        keywords = (f"client_id={args[2]}", f"client_secret={args[3]}")
        return _token_flow("OAuth2Password", args[:2], keywords, settings)
    return None


def _token_flow(
    auth_class: str,
    required: tuple[PyName, ...],
    keywords: tuple[str, ...],
    settings: Mapping[str, object],
) -> AuthFactoryIR:
    """An OAuth2 flow's auth: token URL against the base URL, the two required
    credentials, then the token request's shape; ``leeway`` is ``_auth``'s
    argument (the user's setting), else the spec's refresh leeway."""
    leeway = settings["refresh_leeway"]
    default = float(leeway) if isinstance(leeway, int | float) else _DEFAULT_LEEWAY
    shape = tuple(
        f"{key}={pyrepr(settings[key])}"
        for key in ("client_auth", "body_format", "scope")
        if settings[key]
    )
    return AuthFactoryIR(
        auth_class,
        required,
        (
            f"resolve_url(base_url, {pyrepr(settings['token_url'])})",
            *required,
            *keywords,
            *shape,
            f"leeway={pyrepr(default)} if leeway is None else leeway",
            _ORIGINS,
        ),
        refresh_leeway=default,
    )


_TOKEN_REQUEST = {
    "client_auth": ("basic", "body", "query"),
    "body_format": ("form", "json", "query"),
}


def _token_request(
    scheme: Mapping[str, Any], pointer: str, diagnostics: Diagnostics
) -> tuple[tuple[str, object], ...]:
    """``x-clientsmith-token-request``: how the token request is shaped."""
    raw = scheme.get("x-clientsmith-token-request")
    settings: dict[str, object] = {
        "client_auth": "",
        "body_format": "",
        "refresh_leeway": None,
    }
    if raw is None:
        return tuple(settings.items())
    if not isinstance(raw, Mapping):
        diagnostics.warning(
            "auth-invalid", "x-clientsmith-token-request must be a mapping", pointer
        )
        return tuple(settings.items())
    for key, value in raw.items():
        if key == "refresh_leeway":
            if (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and 0 <= value <= 86400
            ):
                settings["refresh_leeway"] = float(value)
            else:
                diagnostics.warning(
                    "auth-invalid",
                    f"x-clientsmith-token-request: refresh_leeway={value!r} is not "
                    "a number of seconds from 0 to 86400",
                    pointer,
                )
            continue
        allowed = _TOKEN_REQUEST.get(str(key))
        if allowed is None or value not in allowed:
            diagnostics.warning(
                "auth-invalid",
                f"x-clientsmith-token-request: {key}={value!r} is not one of "
                + ", ".join(f"{k}: {'|'.join(v)}" for k, v in _TOKEN_REQUEST.items()),
                pointer,
            )
            continue
        settings[str(key)] = value
    return tuple(settings.items())


def _scopes(flow: Mapping[str, Any]) -> tuple[str, object]:
    """Request every scope the flow declares (servers may reject unknown ones)."""
    scopes = flow.get("scopes")
    if isinstance(scopes, Mapping) and scopes:
        return ("scope", " ".join(sorted(str(s) for s in scopes)))
    return ("scope", "")
