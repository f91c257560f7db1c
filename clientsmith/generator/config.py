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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from clientsmith._contract import HTTP_METHODS

from .diagnostics import Diagnostic, GeneratorError, Severity, pointer_join
from .naming import NAME_KINDS, NamingRules, snake_name

if TYPE_CHECKING:
    from jsonpath import JSONPath

__all__ = [
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
_SCHEME_KEYS = frozenset(
    {
        "type",
        "description",
        "name",
        "in",
        "scheme",
        "bearerFormat",
        "flows",
        "openIdConnectUrl",
        "token_request",
    }
)
_FLOW_NAMES = ("implicit", "password", "clientCredentials", "authorizationCode")
_FLOW_KEYS = frozenset({"authorizationUrl", "tokenUrl", "refreshUrl", "scopes"})
TOKEN_REQUEST_EXTENSION = "x-clientsmith-token-request"
_TOKEN_REQUEST = {
    "client_auth": ("basic", "body", "query"),
    "body_format": ("form", "json", "query"),
}

_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\s*;.*)?$")
_OVERLAY_VERSION = re.compile(r"^1\.[0-9]+\.[0-9]+$")


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


_WEBHOOK_KEYS = ("signature", "secret_env", "event_header")
_SIGNATURE_KEYS = ("scheme", "header", "algorithm", "encoding", "prefix", "tolerance")
_SIGNATURE_CHOICES = {
    "scheme": ("hmac", "standard"),
    "algorithm": ("sha256", "sha1", "sha512"),
    "encoding": ("hex", "base64"),
}
_HEADER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
_SIGNATURE_PREFIX = re.compile(r"^[\x21-\x7e]{1,40}$")


def webhook_settings(
    data: Any, pointer: str, error: Callable[[str, str], None], what: str
) -> WebhookConfig | None:
    """Validate a ``webhooks`` section (``what`` names it in messages).

    Each problem goes to ``error(pointer, message)``; the result keeps what
    is valid (``None`` when ``data`` is not a mapping).
    """
    if not isinstance(data, Mapping):
        error(pointer, f"{what} must be a mapping, not {_type_name(data)}")
        return None
    for key in data:
        if key not in _WEBHOOK_KEYS:
            error(
                pointer_join(pointer, str(key)),
                f"unknown key {key!r} in {what} (known: {', '.join(_WEBHOOK_KEYS)})",
            )
    values: dict[str, Any] = {}
    for key in ("secret_env", "event_header"):
        value = data.get(key)
        if value is None:
            continue
        pattern = _ENV_PREFIX if key == "secret_env" else _HEADER_NAME
        if isinstance(value, str) and pattern.match(value) and len(value) <= 80:
            values[key] = value
        else:
            kind = "an environment variable name ([A-Z][A-Z0-9_]*)"
            if key == "event_header":
                kind = "a header name (letters, digits, '-' and '_')"
            error(
                pointer_join(pointer, key),
                f"{what}: {key} must be {kind}, not {value!r}",
            )
    raw = data.get("signature")
    if raw is not None:
        values["signature"] = _signature_settings(
            raw, pointer_join(pointer, "signature"), error, f"{what}: signature"
        )
    return WebhookConfig(**values)


def _signature_settings(
    data: Any, pointer: str, error: Callable[[str, str], None], what: str
) -> tuple[tuple[str, object], ...] | None:
    if not isinstance(data, Mapping):
        error(pointer, f"{what} must be a mapping, not {_type_name(data)}")
        return None
    ok = True
    settings: dict[str, object] = {}
    for key, value in data.items():
        p = pointer_join(pointer, str(key))
        choices = _SIGNATURE_CHOICES.get(str(key))
        if key not in _SIGNATURE_KEYS:
            error(
                p,
                f"unknown key {key!r} in {what} (known: {', '.join(_SIGNATURE_KEYS)})",
            )
            ok = False
        elif choices is not None and value not in choices:
            error(
                p, f"{what}: {key} must be one of {', '.join(choices)}, not {value!r}"
            )
            ok = False
        elif key == "header" and not (
            isinstance(value, str) and _HEADER_NAME.match(value)
        ):
            error(p, f"{what}: header must be a header name, not {value!r}")
            ok = False
        elif key == "prefix" and not (
            isinstance(value, str) and _SIGNATURE_PREFIX.match(value)
        ):
            error(p, f"{what}: prefix must be 1 to 40 visible ASCII characters")
            ok = False
        elif key == "tolerance" and not (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and 0 < value <= 86400
        ):
            error(p, f"{what}: tolerance must be a number of seconds from 1 to 86400")
            ok = False
        else:
            settings[str(key)] = float(value) if key == "tolerance" else value
    scheme = settings.get("scheme", data.get("scheme"))
    if scheme is None and ok:
        error(pointer, f"{what} needs a scheme: hmac or standard")
        ok = False
    if scheme == "hmac" and "header" not in data and ok:
        error(pointer, f"{what}: an hmac signature needs the header that carries it")
        ok = False
    if scheme == "standard":
        # Standard Webhooks fixes the headers, algorithm and encoding.
        fixed = sorted(set(settings) & {"header", "algorithm", "encoding", "prefix"})
        if fixed:
            error(pointer, f"{what}: the standard scheme fixes {', '.join(fixed)}")
            ok = False
    if not ok:
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


_STRING_KEYS = (
    "package_name",
    "project_name",
    "client_name",
    "base_url",
    "env_prefix",
    "cli_name",
)
# Keys whose value is a section parsed by its own function (``_SECTIONS``).
_SECTION_KEYS = (
    "auth",
    "pagination",
    "rename",
    "naming",
    "include",
    "exclude",
    "content_types",
    "overlays",
    "cli_aliases",
    "webhooks",
)
_BOOL_KEYS = ("cli", "tests")
_VERSION_KEYS = ("version", "versioning")
_PATH_KEYS = ("templates",)
KNOWN_KEYS = _STRING_KEYS + _BOOL_KEYS + _SECTION_KEYS + _VERSION_KEYS + _PATH_KEYS
# A release number, as PEP 440 and semver both read it (``1``, ``2.3``, ``1.0.4``).
_RELEASE = re.compile(r"^[0-9]+(?:\.[0-9]+){0,2}$")


def _version_key(check: _Checker, key: str, value: Any, pointer: str) -> Any:
    """The value of ``version`` or ``versioning``, or ``None`` after an error."""
    if key == "versioning":
        if value in ("spec", "semver"):
            return value
        check.error(pointer, f"'versioning' must be 'spec' or 'semver', not {value!r}")
        return None
    if isinstance(value, str) and _RELEASE.match(value):
        return value
    check.error(
        pointer,
        f"'version' must be a release number such as '1.0.0' (a string), not {value!r}",
    )
    return None


def _directory_key(
    check: _Checker, key: str, value: Any, pointer: str, base: Path
) -> str | None:
    """An existing directory named by ``value`` (relative to ``base``), absolute."""
    if check.string(value, pointer, repr(key)) is None:
        return None
    path = (base / str(value)).resolve()
    if not path.is_dir():
        check.error(
            pointer, f"{key!r}: {value!r} is not a directory (looked in {path})"
        )
        return None
    return str(path)


# --- validation -------------------------------------------------------------------


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


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

    def mapping(self, value: Any, pointer: str, what: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.error(pointer, f"{what} must be a mapping, not {_type_name(value)}")
        return None

    def string(self, value: Any, pointer: str, what: str) -> str | None:
        if isinstance(value, str) and value.strip():
            return value
        self.error(
            pointer,
            f"{what} must be a non-empty string, not {_type_name(value) if not isinstance(value, str) else 'an empty one'}",
        )
        return None

    def strings(self, value: Any, pointer: str, what: str) -> list[tuple[str, str]]:
        """A string or a list of strings, each with its pointer."""
        if isinstance(value, str):
            return [(value, pointer)] if self.string(value, pointer, what) else []
        if not isinstance(value, list) or not value:
            self.error(
                pointer,
                f"{what} must be a string or a non-empty list of strings, not {_type_name(value)}",
            )
            return []
        out: list[tuple[str, str]] = []
        for i, item in enumerate(value):
            p = pointer_join(pointer, i)
            if self.string(item, p, f"{what} item") is not None:
                out.append((item, p))
        return out

    def unknown_keys(
        self,
        data: Mapping[str, Any],
        pointer: str,
        known: Sequence[str],
        what: str,
        *,
        extensions: bool = False,
    ) -> None:
        for key in data:
            if key in known or (
                extensions and isinstance(key, str) and key.startswith("x-")
            ):
                continue
            self.error(
                pointer_join(pointer, str(key)),
                f"unknown key {key!r} in {what} (known: {', '.join(known)})",
            )

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
        self, value: Any, pointer: str, what: str, *, path: bool = False
    ) -> list[tuple[Glob, Where]]:
        out: list[tuple[Glob, Where]] = []
        for text, p in self.strings(value, pointer, what):
            g = self.glob(text, p, path=path)
            if g is not None:
                out.append((g, self.where(p)))
        return out


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
    (default: the directory of ``source``). Unknown keys and wrong types are errors.
    """
    if data is None:
        return GeneratorConfig()
    problems: list[Diagnostic] = []
    check = _Checker(source, text, problems)
    if not isinstance(data, dict):
        check.error("", f"the config file must be a mapping, not {_type_name(data)}")
        raise GeneratorError("invalid config", problems)
    base = Path(base_dir) if base_dir is not None else Path(source).parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        pointer = pointer_join("", str(key))
        if key in _STRING_KEYS:
            if check.string(value, pointer, repr(key)) is not None:
                values[key] = value
        elif key in _BOOL_KEYS:
            if isinstance(value, bool):
                values[key] = value
            else:
                check.error(
                    pointer, f"{key!r} must be true or false, not {_type_name(value)}"
                )
        elif key in _SECTION_KEYS:
            parsed = _SECTIONS[key](check, value, pointer, base)
            if parsed is not None:
                values[key] = parsed
        elif key in _VERSION_KEYS:
            checked = _version_key(check, key, value, pointer)
            if checked is not None:
                values[key] = checked
        elif key in _PATH_KEYS:
            directory = _directory_key(check, key, value, pointer, base)
            if directory is not None:
                values[key] = directory
        else:
            check.error(
                pointer, f"unknown key {key!r} (known: {', '.join(sorted(KNOWN_KEYS))})"
            )
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


def _match(check: _Checker, value: Any, pointer: str) -> Match | None:
    data = check.mapping(value, pointer, "'match'")
    if data is None:
        return None
    if not data:
        check.error(
            pointer, "'match' needs at least one of operation_id, path, method, tag"
        )
        return None
    check.unknown_keys(
        data, pointer, ("operation_id", "path", "method", "tag"), "match"
    )
    ok = True
    parts: dict[str, Any] = {}
    for key, is_path in (("operation_id", False), ("path", True), ("tag", False)):
        if key in data:
            p = pointer_join(pointer, key)
            before = len(check.problems)
            found = check.globs(data[key], p, key, path=is_path)
            ok = ok and len(check.problems) == before
            parts[key] = tuple(g for g, _ in found)
    if "method" in data:
        methods = []
        for text, p in check.strings(
            data["method"], pointer_join(pointer, "method"), "method"
        ):
            if text.lower() not in HTTP_METHODS:
                check.error(
                    p, f"method {text!r} is not one of {', '.join(HTTP_METHODS)}"
                )
                ok = False
            methods.append(text.lower())
        parts["method"] = tuple(methods)
    return Match(**parts) if ok else None


def _pagination_fields(
    check: _Checker, data: Mapping[str, Any], pointer: str
) -> dict[str, Any] | None:
    ok = True
    out: dict[str, Any] = {}
    style = data.get("style")
    if style is None:
        check.error(pointer, "a pagination rule needs 'style'")
        return None
    if style not in PAGINATION_STYLES + ("none",):
        check.error(
            pointer_join(pointer, "style"),
            f"style {style!r} is not one of {', '.join(PAGINATION_STYLES)}, none",
        )
        ok = False
    out["style"] = style
    for key, value in data.items():
        if key in ("match", "style"):
            continue
        p = pointer_join(pointer, str(key))
        kind = PAGINATION_FIELDS.get(str(key))
        if kind is None:
            check.error(
                p,
                f"unknown pagination key {key!r} (known: match, style, {', '.join(PAGINATION_FIELDS)})",
            )
            ok = False
        elif kind == "path":
            if isinstance(value, str) or (
                isinstance(value, list)
                and value
                and all(isinstance(v, str) and v for v in value)
            ):
                out[key] = value
            else:
                check.error(
                    p,
                    f"{key!r} must be a dotted path or a list of keys, not {_type_name(value)}",
                )
                ok = False
        elif kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                out[key] = value
            else:
                check.error(p, f"{key!r} must be an integer, not {_type_name(value)}")
                ok = False
        elif check.string(value, p, repr(key)) is not None:
            out[key] = value
        else:
            ok = False
    if style == "none" and len(out) > 1:
        check.error(
            pointer, "style 'none' removes pagination and takes no other fields"
        )
        ok = False
    return out if ok else None


def _pagination(
    check: _Checker, value: Any, pointer: str, base: Path
) -> tuple[PaginationRule, ...] | None:
    if not isinstance(value, list):
        check.error(
            pointer, f"'pagination' must be a list of rules, not {_type_name(value)}"
        )
        return None
    rules: list[PaginationRule] = []
    for i, item in enumerate(value):
        p = pointer_join(pointer, i)
        data = check.mapping(item, p, "a pagination rule")
        if data is None:
            continue
        if "match" not in data:
            check.error(p, "a pagination rule needs 'match'")
            continue
        match = _match(check, data["match"], pointer_join(p, "match"))
        fields_ = _pagination_fields(check, data, p)
        if match is not None and fields_ is not None:
            settings = None if fields_["style"] == "none" else fields_
            rules.append(PaginationRule(match, settings, check.where(p)))
    return tuple(rules)


def _token_request(check: _Checker, value: Any, pointer: str) -> dict[str, str] | None:
    data = check.mapping(value, pointer, "'token_request'")
    if data is None:
        return None
    check.unknown_keys(
        data, pointer, (*_TOKEN_REQUEST, "refresh_leeway"), "token_request"
    )
    for key, allowed in _TOKEN_REQUEST.items():
        if key in data and data[key] not in allowed:
            check.error(
                pointer_join(pointer, key),
                f"{key} {data[key]!r} is not one of {', '.join(allowed)}",
            )
    # Seconds before expiry at which tokens are refreshed (the client's default
    # for token_refresh_leeway=; the runtime's own default is 30).
    leeway = data.get("refresh_leeway")
    if "refresh_leeway" in data and (
        isinstance(leeway, bool)
        or not isinstance(leeway, (int, float))
        or not 0 <= leeway <= 86400
    ):
        check.error(
            pointer_join(pointer, "refresh_leeway"),
            f"refresh_leeway {leeway!r} is not a number of seconds from 0 to 86400",
        )
    return dict(data)


def _scheme(
    check: _Checker, name: str, value: Any, pointer: str
) -> SchemeOverride | None:
    data = check.mapping(value, pointer, f"security scheme {name!r}")
    if data is None:
        return None
    before = len(check.problems)
    check.unknown_keys(
        data, pointer, tuple(sorted(_SCHEME_KEYS)), "a security scheme", extensions=True
    )
    scheme_type = data.get("type")
    if scheme_type is not None and scheme_type not in SCHEME_TYPES:
        check.error(
            pointer_join(pointer, "type"),
            f"type {scheme_type!r} is not one of {', '.join(SCHEME_TYPES)}",
        )
    required = {
        "apiKey": ("name", "in"),
        "http": ("scheme",),
        "oauth2": ("flows",),
        "openIdConnect": ("openIdConnectUrl",),
    }.get(str(scheme_type), ())
    for key in required:
        if key not in data:
            check.error(pointer, f"a {scheme_type} scheme needs {key!r}")
    for key in ("name", "scheme", "bearerFormat", "openIdConnectUrl", "description"):
        if key in data:
            check.string(data[key], pointer_join(pointer, key), repr(key))
    if "in" in data and data["in"] not in ("query", "header", "cookie"):
        check.error(
            pointer_join(pointer, "in"),
            f"'in' {data['in']!r} is not one of query, header, cookie",
        )
    if "flows" in data:
        fp = pointer_join(pointer, "flows")
        flows = check.mapping(data["flows"], fp, "'flows'")
        if flows is not None:
            check.unknown_keys(flows, fp, _FLOW_NAMES, "flows", extensions=True)
            for flow_name, flow in flows.items():
                if flow_name in _FLOW_NAMES:
                    p = pointer_join(fp, flow_name)
                    body = check.mapping(flow, p, f"flow {flow_name!r}")
                    if body is not None:
                        check.unknown_keys(
                            body,
                            p,
                            tuple(sorted(_FLOW_KEYS)),
                            "a flow",
                            extensions=True,
                        )
    scheme = {k: v for k, v in data.items() if k != "token_request"}
    if "token_request" in data:
        token = _token_request(
            check, data["token_request"], pointer_join(pointer, "token_request")
        )
        if token is not None:
            scheme[TOKEN_REQUEST_EXTENSION] = token
    if len(check.problems) != before:
        return None
    return SchemeOverride(name, scheme, scheme_type is not None, check.where(pointer))


def _security(
    check: _Checker, value: Any, pointer: str
) -> tuple[Mapping[str, tuple[str, ...]], ...] | None:
    if not isinstance(value, list):
        check.error(
            pointer,
            f"'security' must be a list of requirements, not {_type_name(value)}",
        )
        return None
    out: list[Mapping[str, tuple[str, ...]]] = []
    ok = True
    for i, item in enumerate(value):
        p = pointer_join(pointer, i)
        if isinstance(item, str) and item:
            out.append({item: ()})
        elif (
            isinstance(item, list)
            and item
            and all(isinstance(s, str) and s for s in item)
        ):
            out.append({s: () for s in item})
        elif isinstance(item, dict):
            requirement: dict[str, tuple[str, ...]] = {}
            for name, scopes in item.items():
                if isinstance(scopes, list) and all(isinstance(s, str) for s in scopes):
                    requirement[str(name)] = tuple(scopes)
                else:
                    check.error(
                        pointer_join(p, str(name)),
                        f"the scopes of {name!r} must be a list of strings",
                    )
                    ok = False
            out.append(requirement)
        else:
            check.error(
                p,
                "a security requirement is a scheme name, a list of names, or a mapping of name to scopes",
            )
            ok = False
    return tuple(out) if ok else None


def _auth(check: _Checker, value: Any, pointer: str, base: Path) -> AuthConfig | None:
    data = check.mapping(value, pointer, "'auth'")
    if data is None:
        return None
    check.unknown_keys(data, pointer, ("schemes", "security"), "auth")
    schemes: list[SchemeOverride] = []
    if "schemes" in data:
        sp = pointer_join(pointer, "schemes")
        raw = check.mapping(data["schemes"], sp, "'schemes'")
        for name, body in (raw or {}).items():
            parsed = _scheme(check, str(name), body, pointer_join(sp, str(name)))
            if parsed is not None:
                schemes.append(parsed)
    security = None
    security_where = None
    if "security" in data:
        security_where = check.where(pointer_join(pointer, "security"))
        security = _security(check, data["security"], pointer_join(pointer, "security"))
    return AuthConfig(tuple(schemes), security, security_where)


def _rename(
    check: _Checker, value: Any, pointer: str, base: Path
) -> RenameConfig | None:
    data = check.mapping(value, pointer, "'rename'")
    if data is None:
        return None
    check.unknown_keys(data, pointer, ("resources", "methods", "models"), "rename")
    parts: dict[str, tuple[RenameEntry, ...]] = {}
    for section in ("resources", "methods", "models"):
        if section not in data:
            continue
        sp = pointer_join(pointer, section)
        raw = check.mapping(data[section], sp, repr(section))
        entries: list[RenameEntry] = []
        for old, new in (raw or {}).items():
            p = pointer_join(sp, str(old))
            if check.string(new, p, f"the new name of {old!r}") is None:
                continue
            if section == "resources":
                valid = all(part.strip() for part in new.split("."))
                hint = "a resource name, or a dotted path of names for nesting"
            else:
                valid = new.isidentifier()
                hint = "a Python identifier"
            if not valid:
                check.error(p, f"{new!r} is not {hint}")
                continue
            entries.append(RenameEntry(str(old), new, check.where(p)))
        parts[section] = tuple(entries)
    return RenameConfig(**parts)


def _naming(
    check: _Checker, value: Any, pointer: str, base: Path
) -> NamingRules | None:
    """``naming``: ``style`` and, per kind, regular expression -> replacement."""
    data = check.mapping(value, pointer, "'naming'")
    if data is None:
        return None
    check.unknown_keys(data, pointer, ("style", *NAME_KINDS), "naming")
    style = data.get("style", "derived")
    if style not in ("derived", "operation_id"):
        check.error(
            pointer_join(pointer, "style"),
            f"style must be 'derived' or 'operation_id', not {style!r}",
        )
        style = "derived"
    patterns: list[tuple[str, str, str]] = []
    for kind in NAME_KINDS:
        if kind not in data:
            continue
        kp = pointer_join(pointer, kind)
        for regex, replacement in (
            check.mapping(data[kind], kp, repr(kind)) or {}
        ).items():
            p = pointer_join(kp, str(regex))
            if check.string(replacement, p, f"the replacement of {regex!r}") is None:
                continue
            try:
                re.compile(str(regex))
            except re.error as exc:
                check.error(p, f"{regex!r} is not a regular expression: {exc}")
                continue
            patterns.append((kind, str(regex), replacement))
    return NamingRules(style, tuple(patterns))


def _selection(
    check: _Checker, value: Any, pointer: str, base: Path
) -> Selection | None:
    data = check.mapping(value, pointer, f"'{pointer[1:]}'")
    if data is None:
        return None
    check.unknown_keys(data, pointer, ("tags", "paths", "operation_ids"), pointer[1:])
    if not data:
        check.error(
            pointer, f"'{pointer[1:]}' needs at least one of tags, paths, operation_ids"
        )
    return Selection(
        tags=tuple(check.globs(data["tags"], pointer_join(pointer, "tags"), "tags"))
        if "tags" in data
        else (),
        paths=tuple(
            check.globs(
                data["paths"], pointer_join(pointer, "paths"), "paths", path=True
            )
        )
        if "paths" in data
        else (),
        operation_ids=tuple(
            check.globs(
                data["operation_ids"],
                pointer_join(pointer, "operation_ids"),
                "operation_ids",
            )
        )
        if "operation_ids" in data
        else (),
    )


def _content_type_rule(
    check: _Checker, data: Mapping[str, Any], pointer: str
) -> ContentTypeRule | None:
    check.unknown_keys(
        data, pointer, ("from", "to", "match", "in"), "a content type rule"
    )
    before = len(check.problems)
    source = check.string(data.get("from"), pointer_join(pointer, "from"), "'from'")
    target = check.string(data.get("to"), pointer_join(pointer, "to"), "'to'")
    if target is not None and not _MEDIA_TYPE.match(target):
        check.error(
            pointer_join(pointer, "to"),
            f"{target!r} is not a media type (type/subtype)",
        )
    match = (
        _match(check, data["match"], pointer_join(pointer, "match"))
        if "match" in data
        else None
    )
    applies_to = data.get("in", "both")
    if applies_to not in ("requests", "responses", "both"):
        check.error(
            pointer_join(pointer, "in"),
            f"'in' {applies_to!r} is not one of requests, responses, both",
        )
    if len(check.problems) != before or source is None or target is None:
        return None
    return ContentTypeRule(
        normalize_media_type(source),
        target.strip(),
        check.where(pointer),
        match,
        applies_to,
    )


def _content_types(
    check: _Checker, value: Any, pointer: str, base: Path
) -> tuple[ContentTypeRule, ...] | None:
    rules: list[ContentTypeRule] = []
    if isinstance(value, dict):
        for source, target in value.items():
            rule = _content_type_rule(
                check,
                {"from": source, "to": target},
                pointer_join(pointer, str(source)),
            )
            if rule is not None:
                rules.append(rule)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            p = pointer_join(pointer, i)
            data = check.mapping(item, p, "a content type rule")
            if data is not None:
                rule = _content_type_rule(check, data, p)
                if rule is not None:
                    rules.append(rule)
    else:
        check.error(
            pointer,
            f"'content_types' must be a mapping (from: to) or a list of rules, not {_type_name(value)}",
        )
        return None
    return tuple(rules)


def _jsonpath(check: _Checker, value: Any, pointer: str) -> JSONPath | None:
    from jsonpath import JSONPathEnvironment, JSONPathError

    target = check.string(value, pointer, "'target'")
    if target is None:
        return None
    try:
        compiled = JSONPathEnvironment(strict=True).compile(target)
    except JSONPathError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        check.error(pointer, f"bad JSONPath {target!r}: {first}")
        return None
    from jsonpath import JSONPath

    if not isinstance(
        compiled, JSONPath
    ):  # a compound (union/intersection) path: not RFC 9535
        check.error(
            pointer, f"bad JSONPath {target!r}: '|' and '&' are not RFC 9535 JSONPath"
        )
        return None
    return compiled


def _overlay_document(check: _Checker, data: Any, pointer: str) -> Overlay | None:
    body = check.mapping(data, pointer, "an overlay")
    if body is None:
        return None
    before = len(check.problems)
    check.unknown_keys(
        body,
        pointer,
        ("overlay", "info", "extends", "actions"),
        "an overlay",
        extensions=True,
    )
    version = body.get("overlay")
    if version is None:
        check.error(pointer, "an overlay needs 'overlay: 1.0.0'")
    elif not isinstance(version, str) or not _OVERLAY_VERSION.match(version):
        check.error(
            pointer_join(pointer, "overlay"),
            f"overlay version {version!r} is not supported (1.x.y, as a string)",
        )
    title = None
    if "info" in body:
        ip = pointer_join(pointer, "info")
        info = check.mapping(body["info"], ip, "'info'")
        if info is not None:
            check.unknown_keys(info, ip, ("title", "version"), "info", extensions=True)
            for key in ("title", "version"):
                if key in info:
                    check.string(info[key], pointer_join(ip, key), repr(key))
            title = info.get("title") if isinstance(info.get("title"), str) else None
    if "extends" in body:
        check.string(body["extends"], pointer_join(pointer, "extends"), "'extends'")
    ap = pointer_join(pointer, "actions")
    raw_actions = body.get("actions")
    actions: list[OverlayAction] = []
    if not isinstance(raw_actions, list) or not raw_actions:
        check.error(
            ap if "actions" in body else pointer,
            "an overlay needs 'actions', a non-empty list",
        )
        raw_actions = []
    for i, item in enumerate(raw_actions):
        p = pointer_join(ap, i)
        action = check.mapping(item, p, "an overlay action")
        if action is None:
            continue
        check.unknown_keys(
            action,
            p,
            ("target", "description", "update", "remove"),
            "an action",
            extensions=True,
        )
        compiled = _jsonpath(check, action.get("target"), pointer_join(p, "target"))
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            check.error(
                pointer_join(p, "remove"),
                f"'remove' must be true or false, not {_type_name(remove)}",
            )
        elif not remove and "update" not in action:
            check.error(p, "an action needs 'update' or 'remove: true'")
        description = action.get("description")
        if description is not None and not isinstance(description, str):
            check.error(
                pointer_join(p, "description"), "'description' must be a string"
            )
        if compiled is not None:
            actions.append(
                OverlayAction(
                    str(action["target"]),
                    compiled,
                    action.get("update"),
                    remove is True,
                    check.where(p),
                    description if isinstance(description, str) else None,
                )
            )
    if len(check.problems) != before:
        return None
    return Overlay(tuple(actions), check.where(pointer), title)


def _overlays(
    check: _Checker, value: Any, pointer: str, base: Path
) -> tuple[Overlay, ...] | None:
    from .load import SpecParseError, parse_document, read_regular_file

    if not isinstance(value, list):
        check.error(
            pointer,
            f"'overlays' must be a list of overlay documents or file paths, not {_type_name(value)}",
        )
        return None
    out: list[Overlay] = []
    for i, item in enumerate(value):
        p = pointer_join(pointer, i)
        if isinstance(item, str):
            path = base / item
            try:
                raw = read_regular_file(path)
            except OSError as exc:
                check.error(
                    p, f"cannot read overlay {str(path)!r}: {exc.strerror or exc}"
                )
                continue
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
                continue
            overlay = _overlay_document(
                _Checker(str(path), raw, check.problems), document, ""
            )
        else:
            overlay = _overlay_document(check, item, p)
        if overlay is not None:
            out.append(overlay)
    return tuple(out)


_CLI_WORD = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def _cli_aliases(
    check: _Checker, value: Any, pointer: str, base: Path
) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``cli_aliases``: alias name -> the command path it runs (``products-uuid list``)."""
    data = check.mapping(value, pointer, "'cli_aliases'")
    if data is None:
        return None
    out: list[tuple[str, tuple[str, ...]]] = []
    for name, target in data.items():
        p = pointer_join(pointer, str(name))
        words = target.split() if isinstance(target, str) else []
        if not isinstance(name, str) or not _CLI_WORD.match(name):
            check.error(p, f"alias {name!r} is not a command name ([a-z0-9_-])")
        elif not 1 <= len(words) <= 5 or not all(_CLI_WORD.match(w) for w in words):
            check.error(
                p,
                f"alias {name!r} must name a command path such as 'pets list', "
                f"not {target!r}",
            )
        else:
            out.append((name, tuple(words)))
    return tuple(out)


def _webhooks(
    check: _Checker, value: Any, pointer: str, base: Path
) -> WebhookConfig | None:
    return webhook_settings(value, pointer, check.error, "'webhooks'")


_SECTIONS = {
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
