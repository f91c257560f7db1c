"""Generator configuration (``--config`` or ``clientsmith.yaml`` next to the spec).

One file sets the names of the generated package and fixes the spec: auth schemes,
pagination, renames, include/exclude, content types and OpenAPI Overlay 1.0
actions. :func:`config_from_mapping` validates the decoded file into a
:class:`GeneratorConfig`, reporting every problem at once, each located by JSON
pointer (and line, when the text is given). :func:`clientsmith.generator.overlay.apply_config`
then turns the spec-fixing sections into a transformed OpenAPI document, so the
IR stage only sees standard OpenAPI plus the ``x-clientsmith-*`` extensions.

See ``docs/config-file.md`` for the file format.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .config_schema import (
    PAGINATION_FIELDS,
    PAGINATION_STYLES,
    SCHEME_TYPES,
    prune,
    schema_problems,
    type_name,
)
from .diagnostics import Diagnostic, GeneratorError, Severity, pointer_join
from .naming import NAME_KINDS, NamingRules, snake_name

if TYPE_CHECKING:
    from jsonpath import JSONPath

__all__ = [
    "PAGINATION_FIELDS",
    "PAGINATION_STYLES",
    "SCHEME_TYPES",
    "AuthConfig",
    "ContentTypeRule",
    "GeneratorConfig",
    "Glob",
    "Match",
    "Overlay",
    "OverlayAction",
    "PaginationRule",
    "RenameConfig",
    "RenameEntry",
    "SchemeOverride",
    "Selection",
    "WebhookConfig",
    "Where",
    "config_from_mapping",
    "load_config",
]


TOKEN_REQUEST_EXTENSION = "x-clientsmith-token-request"


# --- parsed pieces ----------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """Where a config item was written, for diagnostics about it."""

    file: str | None
    pointer: str
    line: int | None = None

    def diagnostic(self, severity: Severity, code: str, message: str) -> Diagnostic:
        return Diagnostic(severity, code, message, self.pointer, self.file, self.line)


def normalize_media_type(media_type: str) -> str:
    """Lower case, no blanks around ``;`` -- how media types are compared."""
    return re.sub(r"\s*;\s*", "; ", media_type.strip().lower())


@dataclass(frozen=True)
class Glob:
    """A glob: ``*`` and ``?`` stay within one path segment, ``**`` crosses ``/``.

    ``[abc]`` and ``[!abc]`` are character classes. Everything else, including
    ``{id}`` in paths, is literal. Matching is case-sensitive and whole-string.
    """

    pattern: str
    regex: re.Pattern[str] = field(compare=False, repr=False)

    @classmethod
    def compile(cls, pattern: str) -> Glob:
        """Raise ``ValueError`` saying what is wrong with a bad pattern."""
        if not pattern:
            raise ValueError("empty pattern")
        out: list[str] = []
        i = 0
        while i < len(pattern):
            char = pattern[i]
            if char == "*":
                run = len(pattern) - i - len(pattern[i:].lstrip("*"))
                if run > 2:
                    raise ValueError(
                        f"{'*' * run} at offset {i}: use * (one segment) or ** (any depth)"
                    )
                out.append(".*" if run == 2 else "[^/]*")
                i += run
                continue
            if char == "?":
                out.append("[^/]")
            elif char == "[":
                j = i + 1
                negate = pattern[j : j + 1] == "!"
                if negate:
                    j += 1
                end = pattern.find("]", j + 1 if pattern[j : j + 1] == "]" else j)
                if end == -1:
                    raise ValueError(f"unclosed '[' at offset {i}")
                body = pattern[j:end]
                if not body:
                    raise ValueError(f"empty character class at offset {i}")
                escaped = (
                    body.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
                )
                out.append(f"[{'^' if negate else ''}{escaped}]")
                i = end
            elif char == "]":
                raise ValueError(f"unmatched ']' at offset {i}")
            else:
                out.append(re.escape(char))
            i += 1
        return cls(pattern, re.compile("".join(out)))

    def matches(self, text: str) -> bool:
        return self.regex.fullmatch(text) is not None


@dataclass(frozen=True)
class Match:
    """Which operations a rule applies to: every given criterion must hold.

    Each criterion is a list of globs (any may match): ``operation_id`` against the
    operationId, ``path`` against the path template, ``tag`` against any of the
    operation's tags; ``method`` is a list of HTTP methods.
    """

    operation_id: tuple[Glob, ...] = ()
    path: tuple[Glob, ...] = ()
    method: tuple[str, ...] = ()
    tag: tuple[Glob, ...] = ()

    def matches(self, path: str, method: str, operation: Mapping[str, Any]) -> bool:
        if self.method and method not in self.method:
            return False
        if self.path and not any(g.matches(path) for g in self.path):
            return False
        if self.operation_id:
            op_id = operation.get("operationId")
            if not isinstance(op_id, str) or not any(
                g.matches(op_id) for g in self.operation_id
            ):
                return False
        if self.tag:
            tags = [t for t in operation.get("tags") or () if isinstance(t, str)]
            if not any(g.matches(t) for g in self.tag for t in tags):
                return False
        return True


@dataclass(frozen=True)
class PaginationRule:
    """``x-pagination`` for the operations ``match`` selects (``None``: remove it)."""

    match: Match
    pagination: Mapping[str, Any] | None
    where: Where


@dataclass(frozen=True)
class SchemeOverride:
    """A security scheme to add, replace (``replace``) or merge into by name."""

    name: str
    scheme: Mapping[str, Any]
    """In OpenAPI form; ``token_request`` is already ``x-clientsmith-token-request``."""
    replace: bool
    where: Where


@dataclass(frozen=True)
class AuthConfig:
    schemes: tuple[SchemeOverride, ...] = ()
    security: tuple[Mapping[str, tuple[str, ...]], ...] | None = None
    """Global security requirements, replacing the spec's; ``None``: unchanged."""
    security_where: Where | None = None


@dataclass(frozen=True)
class RenameEntry:
    old: str
    new: str
    where: Where


@dataclass(frozen=True)
class RenameConfig:
    resources: tuple[RenameEntry, ...] = ()
    methods: tuple[RenameEntry, ...] = ()
    """``old`` is an operationId or ``"METHOD /path"``."""
    models: tuple[RenameEntry, ...] = ()


@dataclass(frozen=True)
class Selection:
    """Operations by tag, path or operationId glob (any one criterion is enough)."""

    tags: tuple[tuple[Glob, Where], ...] = ()
    paths: tuple[tuple[Glob, Where], ...] = ()
    operation_ids: tuple[tuple[Glob, Where], ...] = ()

    def matching(self, path: str, operation: Mapping[str, Any]) -> list[Where]:
        """The patterns that select this operation."""
        found = [w for g, w in self.paths if g.matches(path)]
        tags = [t for t in operation.get("tags") or () if isinstance(t, str)]
        found += [w for g, w in self.tags if any(g.matches(t) for t in tags)]
        op_id = operation.get("operationId")
        if isinstance(op_id, str):
            found += [w for g, w in self.operation_ids if g.matches(op_id)]
        return found


@dataclass(frozen=True)
class ContentTypeRule:
    """Rename media type ``source`` to ``target`` in request bodies and/or responses."""

    source: str
    """Normalized (:func:`normalize_media_type`)."""
    target: str
    where: Where
    match: Match | None = None
    """``None``: everywhere, including ``components``."""
    applies_to: Literal["requests", "responses", "both"] = "both"


@dataclass(frozen=True)
class OverlayAction:
    """One OpenAPI Overlay 1.0 action."""

    target: str
    path: JSONPath = field(compare=False, repr=False)
    update: Any
    remove: bool
    where: Where
    description: str | None = None


@dataclass(frozen=True)
class Overlay:
    """An OpenAPI Overlay 1.0 document, inline in the config or from a file."""

    actions: tuple[OverlayAction, ...]
    where: Where
    title: str | None = None


@dataclass(frozen=True)
class WebhookConfig:
    """How the API signs its webhooks (config ``webhooks:``, or the spec's
    ``x-clientsmith-webhooks``); see docs/webhooks.md."""

    signature: tuple[tuple[str, object], ...] | None = None
    """Keyword arguments of ``clientsmith.webhooks.Signature``."""
    secret_env: str | None = None
    """Environment variable of the secret (default ``<ENV_PREFIX>WEBHOOK_SECRET``)."""
    event_header: str | None = None
    """Request header naming the event, used to pick the payload type."""


def webhook_settings(
    data: Any, pointer: str, error: Callable[[str, str], None], what: str
) -> WebhookConfig | None:
    """Validate a ``webhooks`` section (``what`` names it in messages).

    Each problem goes to ``error(pointer, message)``; the result keeps what
    is valid (``None`` when ``data`` is not a mapping).
    """
    problems = schema_problems(data, "webhooks", base=pointer, name=what)
    for problem in problems:
        error(problem.pointer, problem.message)
    data = prune(data, problems, base=pointer)
    if not isinstance(data, Mapping):
        return None
    values: dict[str, Any] = {
        key: data[key] for key in ("secret_env", "event_header") if key in data
    }
    signature = pointer_join(pointer, "signature")
    if "signature" in data:
        values["signature"] = _signature_settings(
            data["signature"],
            signature,
            error,
            f"{what}: signature",
            valid=not any(
                p.pointer == signature or p.pointer.startswith(signature + "/")
                for p in problems
            ),
        )
    return WebhookConfig(**values)


# Standard Webhooks fixes the headers, algorithm and encoding.
_STANDARD_FIXES = ("algorithm", "encoding", "header", "prefix")


def _signature_rule_problem(settings: Mapping[str, object], what: str) -> str | None:
    """What is wrong between the keys of a well-formed signature, if anything."""
    scheme = settings.get("scheme")
    if scheme is None:
        return f"{what} needs a scheme: hmac or standard"
    if scheme == "hmac" and "header" not in settings:
        return f"{what}: an hmac signature needs the header that carries it"
    fixed = [key for key in _STANDARD_FIXES if key in settings]
    if scheme == "standard" and fixed:
        return f"{what}: the standard scheme fixes {', '.join(fixed)}"
    return None


def _signature_settings(
    data: Mapping[str, object],
    pointer: str,
    error: Callable[[str, str], None],
    what: str,
    *,
    valid: bool,
) -> tuple[tuple[str, object], ...] | None:
    """The ``Signature`` keyword arguments; ``None`` after a problem.

    The schema checked each key (``valid``: without a problem); the rules
    between keys are checked here, only when each key is fine on its own.
    """
    if not valid:
        return None
    settings = {
        str(key): float(value)
        if key == "tolerance" and isinstance(value, (int, float))
        else value
        for key, value in data.items()
    }
    problem = _signature_rule_problem(settings, what)
    if problem is not None:
        error(pointer, problem)
        return None
    return tuple(sorted(settings.items()))


@dataclass(frozen=True)
class GeneratorConfig:
    """What the user may set about the generated package and the spec it reads."""

    package_name: str | None = None
    """Import name of the generated package (default: from ``info.title``)."""
    project_name: str | None = None
    """Distribution name in the generated pyproject (default: package name, dashed)."""
    client_name: str | None = None
    """Class name of the sync client (default ``Client``; async is ``Async`` + it)."""
    base_url: str | None = None
    """Default base URL, overriding the spec's ``servers``."""
    env_prefix: str | None = None
    """Prefix of environment variables read by the client (default ``<PACKAGE>_``)."""
    auth: AuthConfig | None = None
    """Security schemes to add or override, and the global ``security``."""
    pagination: tuple[PaginationRule, ...] | None = None
    """``x-pagination`` per operation; the first matching rule wins."""
    rename: RenameConfig | None = None
    """Resource, method and model renames."""
    naming: NamingRules | None = None
    """Naming style and pattern renames of generated names (docs/naming.md)."""
    include: Selection | None = None
    """If set, only operations it selects are kept."""
    exclude: Selection | None = None
    """Operations it selects are dropped (reported as info diagnostics)."""
    content_types: tuple[ContentTypeRule, ...] | None = None
    """Media type renames in request bodies and responses."""
    overlays: tuple[Overlay, ...] | None = None
    """OpenAPI Overlay 1.0 documents, applied first, in order."""
    cli: bool | None = None
    """Also generate a click command line (``<package>/cli.py``, a console script)."""
    tests: bool | None = None
    """Also generate a pytest suite calling every operation (``tests/``)."""
    cli_name: str | None = None
    """Name of the console script (default: the project name)."""
    cli_aliases: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    """Command aliases of the command line: ``products: products-uuid list``."""
    version: str | None = None
    """Version of the generated package (default: the spec's ``info.version``);
    with ``versioning: semver``, the first version only."""
    versioning: Literal["spec", "semver"] | None = None
    """``semver``: bump the previous output's version by its API changes
    (``clientsmith diff``); ``spec`` (default): use ``version``/``info.version``."""
    webhooks: WebhookConfig | None = None
    """How webhooks are signed and announced (overrides ``x-clientsmith-webhooks``)."""
    templates: str | None = None
    """Directory of template overrides (absolute; resolved against the config
    file's directory): a file named like a built-in template replaces it
    (docs/templates.md). Template text becomes the client's code, so a config
    found beside the spec may not set it (only ``--config`` or ``--templates``)."""

    @property
    def transforms_spec(self) -> bool:
        """Whether :func:`~clientsmith.generator.overlay.apply_config` changes anything."""
        return any(
            getattr(self, name)
            for name in (
                "auth",
                "pagination",
                "rename",
                "include",
                "exclude",
                "content_types",
                "overlays",
            )
        )

    def with_package_name(self, package_name: str) -> GeneratorConfig:
        """This config with another package name (validated; for ``--package-name``).

        Only the new name is checked (the name checks are per key): the other
        fields were validated when this config was made.
        """
        checked = config_from_mapping(
            {"package_name": package_name}, source="--package-name"
        )
        return replace(self, package_name=checked.package_name)


def _directory_key(check: _Checker, value: str, pointer: str, base: Path) -> str | None:
    """``templates``: an existing directory (relative to ``base``), made absolute."""
    path = (base / value).resolve()
    if not path.is_dir():
        check.error(
            pointer, f"'templates': {value!r} is not a directory (looked in {path})"
        )
        return None
    return str(path)


# --- validation -------------------------------------------------------------------


class _Checker:
    """Collects problems of one file (the config, or an overlay it names)."""

    def __init__(
        self, file: str, text: str | bytes | None, problems: list[Diagnostic]
    ) -> None:
        self.file = file
        self.problems = problems
        self._locator = None
        if text is not None:
            from .locate import Locator

            raw = text.encode("utf-8") if isinstance(text, str) else text
            self._locator = Locator({file: raw})

    def where(self, pointer: str) -> Where:
        line = (
            self._locator.line(self.file, pointer)
            if self._locator is not None
            else None
        )
        return Where(self.file, pointer, line)

    def error(self, pointer: str, message: str) -> None:
        self.problems.append(
            self.where(pointer).diagnostic(Severity.ERROR, "config-invalid", message)
        )

    def schema(self, data: Any, definition: str = "", pointer: str = "") -> Any:
        """Report what ``data`` breaks of the config schema; return it without that.

        What is left has the declared shape, except that list items may be
        ``None`` (a reported item) and required keys may be gone (a reported
        value); the section parsers below skip those.
        """
        problems = schema_problems(data, definition, base=pointer)
        for problem in problems:
            self.error(problem.pointer, problem.message)
        return prune(data, problems, base=pointer)

    def glob(self, pattern: str, pointer: str, *, path: bool = False) -> Glob | None:
        if path and not pattern.startswith(("/", "*")):
            self.error(pointer, f"bad glob {pattern!r}: a path pattern starts with '/'")
            return None
        try:
            return Glob.compile(pattern)
        except ValueError as exc:
            self.error(pointer, f"bad glob {pattern!r}: {exc}")
            return None

    def globs(
        self, value: str | list[str | None], pointer: str, *, path: bool = False
    ) -> list[tuple[Glob, Where]] | None:
        """Each glob of a string or list with where it was written; ``None`` after a problem."""
        items = [(value, pointer)] if isinstance(value, str) else _items(value, pointer)
        out: list[tuple[Glob, Where]] = []
        for text, p in items:
            g = self.glob(text, p, path=path)
            if g is None:
                return None
            out.append((g, self.where(p)))
        return out


def _items(value: list[Any], pointer: str) -> list[tuple[Any, str]]:
    """The items of a checked list with their pointers, without reported (``None``) ones."""
    return [
        (item, pointer_join(pointer, i))
        for i, item in enumerate(value)
        if item is not None
    ]


def config_from_mapping(
    data: Any,
    *,
    source: str,
    text: str | bytes | None = None,
    base_dir: str | Path | None = None,
) -> GeneratorConfig:
    """Validate a decoded config file; raise :class:`GeneratorError` listing every problem.

    ``source`` names the file in diagnostics; ``text`` (the file's content) lets them
    carry line numbers; ``base_dir`` is where relative overlay paths are read from
    (default: the directory of ``source``). The file's shape is checked against
    :func:`~clientsmith.generator.config_schema.config_schema` (unknown keys and
    wrong types are errors); what a schema cannot say is checked here.
    """
    if data is None:
        return GeneratorConfig()
    problems: list[Diagnostic] = []
    check = _Checker(source, text, problems)
    if not isinstance(data, dict):
        check.error("", f"the config file must be a mapping, not {type_name(data)}")
        raise GeneratorError("invalid config", problems)
    data = check.schema(data)
    base = Path(base_dir) if base_dir is not None else Path(source).parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        pointer = pointer_join("", key)
        if key in _SECTIONS:
            value = _SECTIONS[key](check, value, pointer, base)
        elif key == "templates":
            value = _directory_key(check, value, pointer, base)
        if value is not None:
            values[key] = value
    _check_names(check, values)
    if problems:
        raise GeneratorError("invalid config", problems)
    return GeneratorConfig(**values)


# --- names ------------------------------------------------------------------------

# Config values reach generated source text, file names and pyproject.toml, so
# each is held to the narrowest form its use allows (they are also escaped
# where rendered: validation is the first wall, escaping the second).
_PEP508_NAME = re.compile(r"^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$")
_ENV_PREFIX = re.compile(r"^[A-Z][A-Z0-9_]*$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
MAX_NAME_LENGTH = 80
"""Longest package, project, client, CLI name or env prefix a config may set."""
# Module-level names of the generated ``_client.py`` and ``cli.py``: a client class
# named like one of them would shadow it.
_CLIENT_MODULE_NAMES = frozenset(
    {
        "Any",
        "DEFAULT_BASE_URL",
        "Hooks",
        "Mapping",
        "NOT_GIVEN",
        "NotGiven",
        "SERVER_VARIABLES",
        "SERVERS",
        "Environment",
        "Literal",
        "Server",
        "ServerVariable",
        "TYPE_CHECKING",
        "TimeoutTypes",
        "AUTH_SCHEMES",
        "BASE_URL_ENV",
        # The auth classes _client.py imports for the spec's security schemes.
        "APIKeyAuth",
        "BasicAuth",
        "BearerAuth",
        "OAuth2ClientCredentials",
        "OAuth2Password",
    }
)


def _check_names(check: _Checker, values: dict[str, Any]) -> None:
    """Validate the naming keys of a config; report each problem located."""
    import keyword

    from .naming import is_device_name

    for key in (
        "package_name",
        "project_name",
        "client_name",
        "env_prefix",
        "cli_name",
    ):
        value = values.get(key)
        if isinstance(value, str) and len(value) > MAX_NAME_LENGTH:
            check.error(
                f"/{key}",
                f"{key} is {len(value)} characters long; at most {MAX_NAME_LENGTH} are allowed",
            )
            values.pop(key)
    pkg = values.get("package_name")
    if pkg is not None and (
        snake_name(pkg) != pkg
        or not pkg.isidentifier()
        or not pkg.isascii()
        or is_device_name(pkg)
    ):
        check.error(
            "/package_name",
            f"package_name {pkg!r} is not a valid snake_case module name",
        )
    client = values.get("client_name")
    if client is not None and (
        not _CLASS_NAME.match(client)
        or keyword.iskeyword(client)
        or client in _CLIENT_MODULE_NAMES
    ):
        check.error(
            "/client_name",
            f"client_name {client!r} is not a usable class name: it must match "
            "[A-Z][A-Za-z0-9_]* and not be a name the generated "
            "module uses",
        )
    for key in ("project_name", "cli_name"):
        name = values.get(key)
        if name is not None and not _PEP508_NAME.match(name):
            check.error(
                f"/{key}",
                f"{key} {name!r} is not a valid distribution name (PEP 508: "
                "letters, digits, '.', '_' and '-', starting and ending with a "
                "letter or digit)",
            )
    prefix = values.get("env_prefix")
    if prefix is not None and not _ENV_PREFIX.match(prefix):
        check.error(
            "/env_prefix",
            f"env_prefix {prefix!r} is not a valid environment variable prefix "
            "([A-Z][A-Z0-9_]*, e.g. 'PETSTORE_')",
        )


def load_config(path: str | Path) -> GeneratorConfig:
    """Read, parse and validate a config file (YAML or JSON).

    Raises :class:`GeneratorError` when it cannot be read or parsed, or is invalid.
    """
    from .load import SpecParseError, parse_document, read_regular_file

    name = str(path)
    try:
        raw = read_regular_file(path)
    except OSError as exc:
        raise GeneratorError(
            "cannot read config",
            [
                Diagnostic(
                    Severity.ERROR,
                    "config-invalid",
                    f"cannot read config: {exc.strerror or exc}",
                    "",
                    name,
                )
            ],
        ) from None
    try:
        data = parse_document(raw, name)
    except SpecParseError as exc:
        raise GeneratorError(
            "config is not valid YAML or JSON",
            [
                Diagnostic(
                    Severity.ERROR, "config-invalid", exc.message, "", name, exc.line
                )
            ],
        ) from None
    return config_from_mapping(data, source=name, text=raw, base_dir=Path(path).parent)


# --- sections ---------------------------------------------------------------------
# Each parser gets a value of the declared shape (see _Checker.schema) and checks
# only what the schema cannot: globs, regular expressions, JSONPath, rules
# between keys. Returning None means "nothing usable" (a problem was reported).


def _match(check: _Checker, data: Mapping[str, Any], pointer: str) -> Match | None:
    parts: dict[str, Any] = {}
    for key, is_path in (("operation_id", False), ("path", True), ("tag", False)):
        if key in data:
            found = check.globs(data[key], pointer_join(pointer, key), path=is_path)
            if found is None:
                return None
            parts[key] = tuple(g for g, _ in found)
    if "method" in data:
        method = data["method"]
        methods = [method] if isinstance(method, str) else method
        parts["method"] = tuple(m.lower() for m in methods if m is not None)
    return Match(**parts)


def _pagination(
    check: _Checker, value: list[Any], pointer: str, base: Path
) -> tuple[PaginationRule, ...]:
    rules: list[PaginationRule] = []
    for data, p in _items(value, pointer):
        if "match" not in data or "style" not in data:
            continue  # reported by the schema
        match = _match(check, data["match"], pointer_join(p, "match"))
        settings = {k: v for k, v in data.items() if k != "match"}
        if settings["style"] == "none" and len(settings) > 1:
            check.error(p, "style 'none' removes pagination and takes no other fields")
        elif match is not None:
            pagination = None if settings["style"] == "none" else settings
            rules.append(PaginationRule(match, pagination, check.where(p)))
    return tuple(rules)


def _scheme(
    check: _Checker, name: str, data: Mapping[str, Any], pointer: str
) -> SchemeOverride:
    scheme = {k: v for k, v in data.items() if k != "token_request"}
    if "token_request" in data:
        scheme[TOKEN_REQUEST_EXTENSION] = dict(data["token_request"])
    return SchemeOverride(name, scheme, "type" in data, check.where(pointer))


def _requirement(
    item: str | list[str | None] | dict[str, list[str]],
) -> dict[str, tuple[str, ...]]:
    """A security requirement: a scheme name, a list of names, or name -> scopes."""
    if isinstance(item, str):
        return {item: ()}
    if isinstance(item, list):
        return {name: () for name in item if name is not None}
    return {str(name): tuple(scopes) for name, scopes in item.items()}


def _auth(
    check: _Checker, data: Mapping[str, Any], pointer: str, base: Path
) -> AuthConfig:
    sp = pointer_join(pointer, "schemes")
    schemes = tuple(
        _scheme(check, str(name), body, pointer_join(sp, str(name)))
        for name, body in data.get("schemes", {}).items()
    )
    if "security" not in data:
        return AuthConfig(schemes)
    p = pointer_join(pointer, "security")
    security = tuple(_requirement(item) for item, _ in _items(data["security"], p))
    return AuthConfig(schemes, security, check.where(p))


def _rename(
    check: _Checker, data: Mapping[str, Any], pointer: str, base: Path
) -> RenameConfig:
    parts: dict[str, tuple[RenameEntry, ...]] = {}
    for section, renames in data.items():
        sp = pointer_join(pointer, section)
        entries: list[RenameEntry] = []
        for old, new in renames.items():
            p = pointer_join(sp, str(old))
            if section == "resources":
                valid = all(part.strip() for part in new.split("."))
                hint = "a resource name, or a dotted path of names for nesting"
            else:
                valid = new.isidentifier()
                hint = "a Python identifier"
            if valid:
                entries.append(RenameEntry(str(old), new, check.where(p)))
            else:
                check.error(p, f"{new!r} is not {hint}")
        parts[section] = tuple(entries)
    return RenameConfig(**parts)


def _naming(
    check: _Checker, data: Mapping[str, Any], pointer: str, base: Path
) -> NamingRules:
    """``naming``: ``style`` and, per kind, regular expression -> replacement."""
    patterns: list[tuple[str, str, str]] = []
    for kind in NAME_KINDS:
        for regex, replacement in data.get(kind, {}).items():
            try:
                re.compile(str(regex))
            except re.error as exc:
                p = pointer_join(pointer, kind, str(regex))
                check.error(p, f"{regex!r} is not a regular expression: {exc}")
                continue
            patterns.append((kind, str(regex), replacement))
    return NamingRules(data.get("style", "derived"), tuple(patterns))


def _selection(
    check: _Checker, data: Mapping[str, Any], pointer: str, base: Path
) -> Selection:
    parts: dict[str, tuple[tuple[Glob, Where], ...]] = {}
    for key, value in data.items():
        found = check.globs(value, pointer_join(pointer, key), path=key == "paths")
        parts[key] = tuple(found or ())
    return Selection(**parts)


def _content_types(
    check: _Checker, value: dict[str, str] | list[Any], pointer: str, base: Path
) -> tuple[ContentTypeRule, ...]:
    items: list[tuple[Any, str]]
    if isinstance(value, dict):
        items = [
            ({"from": source, "to": target}, pointer_join(pointer, str(source)))
            for source, target in value.items()
        ]
    else:
        items = _items(value, pointer)
    rules: list[ContentTypeRule] = []
    for data, p in items:
        if "from" not in data or "to" not in data:
            continue  # reported by the schema
        match = None
        if "match" in data:
            match = _match(check, data["match"], pointer_join(p, "match"))
            if match is None:
                continue
        rules.append(
            ContentTypeRule(
                normalize_media_type(data["from"]),
                data["to"].strip(),
                check.where(p),
                match,
                data.get("in", "both"),
            )
        )
    return tuple(rules)


def _jsonpath(check: _Checker, target: str, pointer: str) -> JSONPath | None:
    from jsonpath import JSONPath, JSONPathEnvironment, JSONPathError

    try:
        compiled = JSONPathEnvironment(strict=True).compile(target)
    except JSONPathError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        check.error(pointer, f"bad JSONPath {target!r}: {first}")
        return None
    if not isinstance(compiled, JSONPath):
        # A compound (union/intersection) path: not RFC 9535.
        check.error(
            pointer, f"bad JSONPath {target!r}: '|' and '&' are not RFC 9535 JSONPath"
        )
        return None
    return compiled


def _action(
    check: _Checker, action: Mapping[str, Any], pointer: str
) -> OverlayAction | None:
    remove = action.get("remove", False)
    if "target" not in action or not (remove or "update" in action):
        return None  # reported by the schema
    compiled = _jsonpath(check, action["target"], pointer_join(pointer, "target"))
    if compiled is None:
        return None
    return OverlayAction(
        action["target"],
        compiled,
        action.get("update"),
        remove,
        check.where(pointer),
        action.get("description"),
    )


def _overlay_document(
    check: _Checker, body: Mapping[str, Any], pointer: str
) -> Overlay | None:
    """An overlay checked against the schema (inline: with the config)."""
    before = len(check.problems)
    ap = pointer_join(pointer, "actions")
    actions = [
        _action(check, action, p) for action, p in _items(body.get("actions", []), ap)
    ]
    if len(check.problems) != before:
        return None
    title = body.get("info", {}).get("title")
    return Overlay(
        tuple(a for a in actions if a is not None), check.where(pointer), title
    )


def _overlay_file(check: _Checker, path: Path, pointer: str) -> Overlay | None:
    """An overlay document read from ``path`` (relative to the config)."""
    from .load import SpecParseError, parse_document, read_regular_file

    try:
        raw = read_regular_file(path)
    except OSError as exc:
        check.error(
            pointer, f"cannot read overlay {str(path)!r}: {exc.strerror or exc}"
        )
        return None
    try:
        document = parse_document(raw, str(path))
    except SpecParseError as exc:
        check.problems.append(
            Diagnostic(
                Severity.ERROR,
                "config-invalid",
                f"overlay: {exc.message}",
                "",
                str(path),
                exc.line,
            )
        )
        return None
    file_check = _Checker(str(path), raw, check.problems)
    before = len(check.problems)
    body = file_check.schema(document, "overlay")
    if len(check.problems) != before or not isinstance(body, dict):
        return None
    return _overlay_document(file_check, body, "")


def _overlays(
    check: _Checker, value: list[Any], pointer: str, base: Path
) -> tuple[Overlay, ...]:
    out: list[Overlay] = []
    for item, p in _items(value, pointer):
        if isinstance(item, str):
            overlay = _overlay_file(check, base / item, p)
        else:
            overlay = _overlay_document(check, item, p)
        if overlay is not None:
            out.append(overlay)
    return tuple(out)


def _cli_aliases(
    check: _Checker, data: Mapping[str, str], pointer: str, base: Path
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``cli_aliases``: alias name -> the command path it runs (``products-uuid list``)."""
    return tuple((name, tuple(target.split())) for name, target in data.items())


def _webhooks(
    check: _Checker, value: Any, pointer: str, base: Path
) -> WebhookConfig | None:
    # Already checked against the schema with the rest of the config.
    return webhook_settings(value, pointer, check.error, "'webhooks'")


_SECTIONS: dict[str, Callable[[_Checker, Any, str, Path], Any]] = {
    "webhooks": _webhooks,
    "cli_aliases": _cli_aliases,
    "auth": _auth,
    "pagination": _pagination,
    "rename": _rename,
    "naming": _naming,
    "include": _selection,
    "exclude": _selection,
    "content_types": _content_types,
    "overlays": _overlays,
}
