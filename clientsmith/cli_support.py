"""Runtime helpers of generated command lines (``<package>/cli.py``).

Generated commands stay thin: they declare click options and call the client's
resource method through a :class:`Runner`, which builds the client lazily,
prints results as JSON, streams paginated items as JSON lines, writes downloads
and turns every failure into one ``error: ...`` line with exit status 1 (click
itself exits with 2 on usage errors).

Only generated ``cli.py`` modules import this module; it needs ``click`` (a
dependency of generated packages with a command line), which the runtime core
never imports.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import IO, Any, Generic, NamedTuple, NoReturn, TypeVar

import click
import httpx
import pydantic
import pydantic_core

from ._redact import redact_url
from ._types import NOT_GIVEN
from .errors import (
    APIConnectionError,
    APIStatusError,
    ClientsmithError,
    message_from_body,
)
from .pagination import SyncPage
from .settings import setting
from .streaming import BinaryResponse

__all__ = [
    "AliasGroup",
    "Credential",
    "Group",
    "Runner",
    "as_list",
    "base_url",
    "binary_body",
    "credentials",
    "deprecated_secret",
    "error_line",
    "given",
    "given_list",
    "int_enum",
    "json_body",
    "json_value",
    "multipart_body",
    "optional",
    "server_variables",
    "setting",
    "text_body",
    "to_jsonable",
]

T = TypeVar("T")
V = TypeVar("V")
C = TypeVar("C")
E = TypeVar("E", bound=Enum)

PROGRESS_EVERY = 100
"""Items between two progress lines of a list command."""


# --- option values -> typed arguments ---------------------------------------------


def given(value: V | None, convert: Callable[[V], T] | None = None) -> Any:
    """``NOT_GIVEN`` for an option left out, else the (converted) value."""
    if value is None:
        return NOT_GIVEN
    return convert(value) if convert is not None else value


def optional(value: V | None, convert: Callable[[V], T]) -> T | None:
    """``None`` stays ``None`` (a nullable required parameter)."""
    return None if value is None else convert(value)


def as_list(values: Sequence[V], convert: Callable[[V], T]) -> list[T]:
    return [convert(v) for v in values]


def given_list(values: Sequence[V], convert: Callable[[V], T] | None = None) -> Any:
    """A repeated option: ``NOT_GIVEN`` when absent, else a list."""
    if not values:
        return NOT_GIVEN
    return [convert(v) for v in values] if convert is not None else list(values)


def int_enum(cls: type[E]) -> Callable[[str], E]:
    """Converter for integer enums offered as string choices."""

    def convert(value: str) -> E:
        return cls(int(value))

    return convert


def _read_source(value: str, what: str) -> bytes:
    """``@path`` -> the file, ``-`` -> stdin, else the text itself."""
    if value == "-":
        return sys.stdin.buffer.read()
    if value.startswith("@"):
        path = value[1:]
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            raise click.BadParameter(
                f"cannot read {path!r}: {exc.strerror or exc}", param_hint=what
            ) from None
    return value.encode("utf-8")


def _parse_json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON: {exc}", param_hint=what) from None


def json_value(value: str | None, *, required: bool = False) -> Any:
    """A structured parameter: JSON if it parses, else the plain string."""
    if value is None:
        return None if required else NOT_GIVEN
    if value.startswith("@") or value == "-":
        return _parse_json(_read_source(value, "JSON parameter"), "JSON parameter")
    try:
        return json.loads(value)
    except ValueError:
        return value


def json_body(value: str | None, *, required: bool = True) -> Any:
    """``--body``: JSON text, ``@file.json`` or ``-`` for stdin."""
    if value is None:
        if required:
            raise click.UsageError("missing option '--body'")
        return NOT_GIVEN
    return _parse_json(_read_source(value, "'--body'"), "'--body'")


def text_body(value: str | None, *, required: bool = True) -> Any:
    if value is None:
        if required:
            raise click.UsageError("missing option '--body'")
        return NOT_GIVEN
    return _read_source(value, "'--body'").decode("utf-8")


def binary_body(value: str | None, *, required: bool = True) -> Any:
    """Raw bytes: ``@file`` is streamed from disk, ``-`` read from stdin."""
    if value is None:
        if required:
            raise click.UsageError("missing option '--body'")
        return NOT_GIVEN
    if value.startswith("@"):
        path = Path(value[1:])
        if not path.is_file():
            raise click.BadParameter(
                f"no such file {str(path)!r}", param_hint="'--body'"
            )
        return path
    return _read_source(value, "'--body'")


def multipart_body(
    value: str | None, files: Sequence[str], *, required: bool = True
) -> Any:
    """A JSON object of fields (``--body``) plus ``--file FIELD=PATH`` parts."""
    fields: dict[str, Any] = {}
    if value is not None:
        parsed = json_body(value)
        if not isinstance(parsed, dict):
            raise click.BadParameter("must be a JSON object", param_hint="'--body'")
        fields.update(parsed)
    for item in files:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise click.BadParameter(
                f"{item!r} is not FIELD=PATH", param_hint="'--file'"
            )
        if not Path(path).is_file():
            raise click.BadParameter(f"no such file {path!r}", param_hint="'--file'")
        fields.setdefault(name, []).append(Path(path))
    fields = {
        k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in fields.items()
    }
    if not fields:
        if required:
            raise click.UsageError("give the body with '--body' and/or '--file'")
        return NOT_GIVEN
    return fields


def base_url(
    value: str | None,
    env_name: str,
    env_file: str | None,
    default: str,
    environment: str | None = None,
) -> str | None:
    """``--base-url`` if given, else ``None``: the client then reads ``$env_name``
    and ``env_file`` itself, so its check of a ``.env`` base URL against
    credentials from the environment applies to the CLI too. An error when
    none of the three is set and the spec's server is not an absolute URL
    (said in command-line terms).

    With ``--environment`` only ``--base-url`` counts: the named server is the
    spec's, and the client rejects the two together.
    """
    if environment:
        return value
    found = setting(value, env_name, env_file or None)
    if found is None and "://" not in default:
        raise ClientsmithError(
            f"no base URL: pass --base-url or set {env_name} (environment or .env)"
        )
    return value or None


def server_variables(values: Sequence[str]) -> dict[str, str] | None:
    """``--server-var NAME=VALUE`` options as a mapping."""
    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(
                f"{item!r} is not NAME=VALUE", param_hint="'--server-var'"
            )
        out[name] = value
    return out or None


# --- credentials ------------------------------------------------------------------------


class Credential(NamedTuple):
    """A credential of a generated command line: where it comes from, what it is.

    Secrets (API keys, passwords, tokens, client secrets) come from the
    environment variable ``env_name``, the ``.env`` file, or a hidden prompt;
    their command-line options are hidden and deprecated, because arguments are
    visible to every user in the process list and stay in shell history.
    """

    scheme: str
    """The security scheme's key in the spec."""
    argument: str
    """The client constructor's argument (and the option's destination)."""
    env_name: str
    flag: str
    """``--client-secret``."""
    label: str
    """``client secret of oauth``."""
    secret: bool
    required: bool
    """Needed for the scheme to work; only these are prompted for."""


def deprecated_secret(
    env_name: str,
) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """Callback of a hidden secret option: it still works, with a warning on stderr."""

    def warn(
        ctx: click.Context, param: click.Parameter, value: str | None
    ) -> str | None:
        if value is not None:
            flag = param.opts[0] if param.opts else param.name
            click.echo(
                f"warning: {flag} is deprecated: its value is visible in the process "
                f"list and shell history; set {env_name} (environment or .env) or "
                "leave it unset to be prompted",
                err=True,
            )
        return value

    return warn


def credentials(
    specs: Sequence[Credential],
    given: dict[str, str | None],
    env_file: str | None,
    *,
    interactive: bool | None = None,
) -> dict[str, str | None]:
    """The credential arguments for the client constructor.

    Options given on the command line are passed on; the rest stay ``None`` so
    the client reads its environment variables and ``.env`` itself. When stdin
    is a terminal (``interactive`` overrides the check) and no scheme has all
    its required credentials set anywhere, the missing ones of one scheme are
    prompted for on stderr -- secrets with hidden input -- the first scheme
    with some credential set, else the first scheme. An empty answer leaves a
    credential unset (calls go out without it).
    """
    found: dict[str, str | None] = {
        c.argument: given.get(c.argument) or None for c in specs
    }
    if interactive is None:
        interactive = _isatty(sys.stdin)
    if not specs or not interactive:
        return found

    def is_set(c: Credential) -> bool:
        return (
            bool(found[c.argument])
            or setting(None, c.env_name, env_file or None) is not None
        )

    schemes: dict[str, list[Credential]] = {}
    for c in specs:
        schemes.setdefault(c.scheme, []).append(c)
    required = {key: [c for c in group if c.required] for key, group in schemes.items()}
    if any(all(is_set(c) for c in needed) for needed in required.values() if needed):
        return found
    target = next(
        (key for key, group in schemes.items() if any(is_set(c) for c in group)),
        next(iter(schemes)),
    )
    for c in required[target]:
        if not is_set(c):
            answer = click.prompt(
                f"{c.label} (${c.env_name}; empty to skip)",
                default="",
                show_default=False,
                hide_input=c.secret,
                err=True,
            )
            found[c.argument] = str(answer) or None
    return found


class Group(click.Group):
    """The root group of a generated command line; its help lists the credentials."""

    def __init__(
        self,
        *args: Any,
        credentials: Sequence[Credential] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.credentials = tuple(credentials)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """A ``Credentials`` section: each variable, and how secrets are asked for."""
        super().format_epilog(ctx, formatter)
        if not self.credentials:
            return
        with formatter.section("Credentials"):
            formatter.write_text(
                "Secrets are read from the environment or the .env file, never "
                "from options (arguments are visible in the process list); when "
                "unset and stdin is a terminal, they are prompted for with hidden "
                "input."
            )
            formatter.write_paragraph()
            formatter.write_dl(
                [
                    (
                        c.env_name,
                        f"{c.label}: secret; prompted (hidden) when unset"
                        if c.secret
                        else f"{c.label} (or {c.flag})",
                    )
                    for c in self.credentials
                ]
            )


# --- output ---------------------------------------------------------------------------


def to_jsonable(value: Any) -> Any:
    """Plain JSON data: models by alias (``mode="json"``), enums by value.

    Fields the server did not send are left out (``exclude_unset``), so the
    output shows what the API returned, not every optional field as ``null``.
    """
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return pydantic_core.to_jsonable_python(
        value, by_alias=True, fallback=str, serialize_unknown=True
    )


def _dumps(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=indent)


def _message_of(body: Any) -> str:
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(mode="json", by_alias=True)
    known = message_from_body(body)  # errorMessage, errors[0].message...
    if known:
        return known
    if isinstance(body, dict):
        for key in ("message", "detail", "error_description", "error", "title"):
            found = body.get(key)
            if isinstance(found, str) and found.strip():
                return found
            if found:
                return json.dumps(found, ensure_ascii=False)
        return json.dumps(body, ensure_ascii=False) if body else ""
    if isinstance(body, str):
        return body
    return "" if body is None else json.dumps(to_jsonable(body), ensure_ascii=False)


def _one_line(text: str, limit: int = 500) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def error_line(exc: BaseException) -> str:
    """``error: 404 Not Found: no pet 99`` -- one line, no traceback."""
    if isinstance(exc, APIStatusError):
        response = exc.response
        head = f"{response.status_code} {response.reason_phrase or ''}".strip()
        detail = _message_of(exc.body)
        request_id = f", request id {exc.request_id}" if exc.request_id else ""
        return (
            _one_line(f"error: {head}: {detail}" if detail else f"error: {head}")
            + f" ({exc.request.method} {redact_url(exc.request.url.copy_with(query=None))}"
            + f"{request_id})"
        )
    if isinstance(exc, APIConnectionError):
        cause = exc.__cause__
        reason = (
            f": {cause}"
            if cause is not None and str(cause) and str(cause) not in exc.message
            else ""
        )
        return _one_line(
            f"error: {exc.message}{reason} ({exc.request.method} "
            f"{redact_url(exc.request.url.copy_with(query=None))})"
        )
    if isinstance(exc, pydantic.ValidationError):
        errors = exc.errors()
        if not errors:
            return _one_line(f"error: invalid value: {exc}")
        where = ".".join(str(p) for p in errors[0]["loc"])
        return _one_line(
            f"error: invalid value{f' at {where}' if where else ''}: "
            f"{errors[0]['msg']} ({exc.error_count()} problem(s))"
        )
    if isinstance(exc, OSError) and exc.strerror:
        name = f" {exc.filename!r}" if exc.filename else ""
        return _one_line(f"error: {exc.strerror}{name}")
    text = str(exc) or type(exc).__name__
    return _one_line(f"error: {text}")


_HANDLED = (
    ClientsmithError,
    httpx.HTTPError,
    httpx.InvalidURL,
    pydantic.ValidationError,
    OSError,
    ValueError,
    TypeError,
)


class AliasGroup(Group):
    """The root group of a generated command line, with command aliases.

    ``aliases`` maps a name to the command path it stands for
    (``{"products": ("products-uuid", "list")}``, from the config's
    ``cli_aliases``): ``akeneo products --max-items 3`` runs
    ``akeneo products-uuid list --max-items 3``. When the alias is also a group's
    name, the group wins whenever one of its commands or ``--help`` follows, or
    nothing does.
    """

    def __init__(
        self,
        *args: Any,
        aliases: dict[str, tuple[str, ...]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.aliases: dict[str, tuple[str, ...]] = dict(aliases or {})

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        target = self.aliases.get(args[0]) if args else None
        if target is not None and not self._group_wins(ctx, args):
            args = [*target, *args[1:]]
        return super().resolve_command(ctx, args)

    def _group_wins(self, ctx: click.Context, args: list[str]) -> bool:
        existing = self.get_command(ctx, args[0])
        if not isinstance(existing, click.Group):
            return existing is not None
        rest = args[1:]
        if not rest or rest[0] in ("-h", "--help"):
            return True
        return existing.get_command(ctx, rest[0]) is not None

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the aliases after the commands."""
        super().format_epilog(ctx, formatter)
        if self.aliases:
            with formatter.section("Aliases"):
                formatter.write_dl(
                    [
                        (name, " ".join(path))
                        for name, path in sorted(self.aliases.items())
                    ]
                )


def _isatty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except (AttributeError, ValueError):
        return False


class Runner(Generic[C]):
    """What a generated command calls: builds the client once, prints, fails cleanly."""

    def __init__(
        self,
        make_client: Callable[[], C],
        *,
        progress: bool | None = None,
        schemes: Sequence[tuple[str, str, Sequence[str]]] = (),
    ) -> None:
        self._make_client = make_client
        self._client: C | None = None
        self.progress = progress
        self.schemes = tuple(schemes)
        """``(scheme key, kind, environment variables)`` of the API's auth schemes."""

    # -- plumbing ----------------------------------------------------------------

    @property
    def client(self) -> C:
        if self._client is None:
            self._client = self._make_client()
            ctx = click.get_current_context(silent=True)
            close = getattr(self._client, "close", None)
            if ctx is not None and callable(close):
                ctx.call_on_close(close)
        return self._client

    def fail(self, exc: BaseException) -> NoReturn:
        if isinstance(exc, BrokenPipeError):
            # The reader went away (``| head``): stop quietly, like cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(0)
        click.echo(error_line(exc), err=True)
        raise click.exceptions.Exit(1)

    def _show_progress(self) -> bool:
        if self.progress is not None:
            return self.progress
        return _isatty(sys.stderr)

    def _call(self, call: Callable[[C], T]) -> T:
        try:
            return call(self.client)
        except click.ClickException:
            raise
        except _HANDLED as exc:
            self.fail(exc)

    # -- modes ---------------------------------------------------------------------

    def result(self, call: Callable[[C], object]) -> None:
        """Print one result: JSON (indented), text as is, nothing for ``None``."""
        value = self._call(call)
        try:
            self._print(value)
        except _HANDLED as exc:
            self.fail(exc)

    def _print(self, value: object) -> None:
        if value is None:
            return
        if isinstance(value, BinaryResponse):
            self._write_binary(value, "-")
        elif isinstance(value, bytes | bytearray):
            out = sys.stdout.buffer
            out.write(bytes(value))
            out.flush()
        elif isinstance(value, str):
            click.echo(value)
        elif isinstance(value, Iterator) or (
            isinstance(value, Iterable)
            and not isinstance(value, list | tuple | dict | set | pydantic.BaseModel)
        ):
            self._lines(value, None)
        else:
            click.echo(_dumps(value, indent=2))

    def items(
        self,
        call: Callable[[C], Iterable[object]],
        max_items: int | None,
        progress: bool | None = None,
    ) -> None:
        """Stream every item of every page as one JSON line, up to ``max_items``.

        ``progress`` (the command's ``--progress/--no-progress``) overrides the
        group's option.
        """
        if progress is not None:
            self.progress = progress
        result = self._call(call)
        self._lines(result, max_items)

    def _lines(self, result: Iterable[object], max_items: int | None) -> None:
        show = self._show_progress()
        started = time.monotonic()
        count = pages = 0
        out = sys.stdout

        # On a terminal the count is redrawn in place; elsewhere one line each.
        redraw = show and _isatty(sys.stderr)

        def progress(final: bool = False) -> None:
            if show:
                elapsed = time.monotonic() - started
                label = "done" if final else "..."
                text = (
                    f"{label} {count} item{'s' if count != 1 else ''}"
                    + (f", {pages} page{'s' if pages != 1 else ''}" if pages else "")
                    + f" in {elapsed:.1f}s"
                )
                if redraw:
                    click.echo("\r\x1b[K" + text, err=True, nl=final)
                else:
                    click.echo(text, err=True)

        try:
            if max_items is not None and max_items <= 0:
                progress(final=True)
                return
            chunks: Iterable[Iterable[object]]
            if isinstance(result, SyncPage):
                chunks = (page.items for page in result.iter_pages())
                paged = True
            else:
                chunks = (result,)
                paged = False
            for chunk in chunks:
                if paged:
                    pages += 1
                for item in chunk:
                    out.write(_dumps(item) + "\n")
                    count += 1
                    if count % PROGRESS_EVERY == 0:
                        out.flush()
                        progress()
                    if max_items is not None and count >= max_items:
                        out.flush()
                        progress(final=True)
                        return
                out.flush()
        except click.ClickException:
            raise
        except _HANDLED as exc:
            if not isinstance(exc, BrokenPipeError):
                # Flushing after a broken pipe raises again (the unwritten lines
                # are still buffered): fail() stops quietly on its own.
                out.flush()
            self.fail(exc)
        progress(final=True)

    def download(
        self, call: Callable[[C], object], output: str, progress: bool | None = None
    ) -> None:
        """Write a binary response to ``output`` (``-``: stdout), streamed."""
        if progress is not None:
            self.progress = progress
        value = self._call(call)
        try:
            if isinstance(value, BinaryResponse):
                self._write_binary(value, output)
            elif isinstance(value, bytes | bytearray):
                self._write_bytes([bytes(value)], output)
            else:
                self._print(value)
        except click.ClickException:
            raise
        except _HANDLED as exc:
            self.fail(exc)

    def _write_binary(self, response: BinaryResponse, output: str) -> None:
        with response:
            self._write_bytes(response.iter_bytes(), output)

    def _write_bytes(self, chunks: Iterable[bytes], output: str) -> None:
        show = self._show_progress() and output != "-"
        started = time.monotonic()
        total = 0
        target: IO[bytes]
        if output == "-":
            target = sys.stdout.buffer
            for chunk in chunks:
                target.write(chunk)
                total += len(chunk)
            target.flush()
        else:
            partial = Path(output + ".part")
            try:
                with partial.open("wb") as target:
                    for chunk in chunks:
                        target.write(chunk)
                        total += len(chunk)
                os.replace(partial, output)
            finally:
                if partial.exists():
                    partial.unlink()
        if show:
            click.echo(
                f"done {total} bytes -> {output} in {time.monotonic() - started:.1f}s",
                err=True,
            )

    # -- auth ------------------------------------------------------------------------

    def authenticate(self) -> None:
        """Obtain a token now (OAuth2) to check the credentials; say what happened."""
        client = self._call(lambda c: c)
        schemes: dict[str, Any] = dict(getattr(client, "_schemes", {}) or {})
        default = getattr(client, "_default_auth", None)
        if default is not None:
            schemes.setdefault("auth", default)
        obtainable = {
            name: auth
            for name, auth in schemes.items()
            if hasattr(auth, "authenticate")
        }
        oauth = [s for s in self.schemes if s[1].startswith("oauth2")]
        if not obtainable:
            if oauth:
                key, _, env = oauth[0]
                needed = " and ".join(env) or "credentials"
                self.fail(
                    ClientsmithError(
                        f"no credentials for {key}: set {needed} (environment or .env)"
                    )
                )
            if schemes:
                names = ", ".join(sorted(schemes))
                click.echo(
                    f"nothing to obtain: {names} sends its credential with each "
                    "request (no token to fetch); run any command to check it",
                )
                return
            if self.schemes:
                needed = ", ".join(n for s in self.schemes for n in s[2])
                self.fail(
                    ClientsmithError(
                        f"no credentials configured: set {needed} (environment or .env)"
                    )
                )
            click.echo("nothing to obtain: this API declares no authentication")
            return
        http = getattr(client, "_http", None)
        base_url = str(getattr(client, "base_url", ""))
        for name, auth in obtainable.items():
            try:
                auth.authenticate(http, base_url)
            except click.ClickException:
                raise
            except _HANDLED as exc:
                self.fail(exc)
            token = getattr(auth, "token", None)
            expires_at = getattr(token, "expires_at", None)
            expiry = (
                f", expires in {max(0, int(expires_at - time.time()))}s"
                if isinstance(expires_at, int | float)
                else ""
            )
            click.echo(f"authenticated: {name}: token obtained{expiry}")
