"""Load a spec: read, parse, bundle external refs, convert Swagger 2.0.

:func:`load_spec` is the first pipeline stage. It returns a :class:`LoadedSpec`
holding an OpenAPI 3.x document in which every ``$ref`` is internal. Problems that
make loading impossible raise :class:`GeneratorError` with a located diagnostic;
everything else is reported into the given :class:`Diagnostics`.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import httpx

from clientsmith._redact import redact_urls
from clientsmith.generator.diagnostics import (
    Diagnostic,
    Diagnostics,
    GeneratorError,
    Severity,
)
from clientsmith.generator.locate import (
    MAX_LOCATE_BYTES,
    Locator,
    PointerMap,
    gc_paused,
)
from clientsmith.generator.refs import bundle_external_refs, check_internal_refs, is_url
from clientsmith.generator.swagger2 import convert_swagger2
from clientsmith.generator.yaml_json import (
    ALIAS_EXPANSION_RATIO,
    MAX_ALIAS_EXPANSION,
    SpecParseError,
    parse_yaml,
)

__all__ = [
    "locate_diagnostics",
    "spec_label",
    "ALIAS_EXPANSION_RATIO",
    "MAX_ALIAS_EXPANSION",
    "LoadedSpec",
    "SpecOrigins",
    "SpecParseError",
    "load_spec",
    "parse_document",
]

FETCH_TIMEOUT = 30.0
"""Seconds allowed for fetching one spec file over http(s), start to last byte."""

MAX_INPUT_BYTES = 256 << 20
"""Largest spec, referenced file, overlay or config read (256 MiB; the biggest
public specs are about 30 MB). ``CLIENTSMITH_MAX_INPUT_BYTES`` overrides it."""


def max_input_bytes() -> int:
    """:data:`MAX_INPUT_BYTES`, or ``CLIENTSMITH_MAX_INPUT_BYTES`` when set."""
    value = os.environ.get("CLIENTSMITH_MAX_INPUT_BYTES", "")
    return int(value) if value.isdigit() else MAX_INPUT_BYTES


_WHITESPACE = b" \t\r\n\x0b\x0c"


def _looks_like_json(raw: bytes) -> bool:
    """Whether the first non-blank character (after a BOM) is ``{`` or ``[``.

    ``lstrip`` is linear; the regex it replaces (``\\s*(BOM)?\\s*[{[]``) was
    quadratic on long runs of whitespace (64 KB of blanks took 30 s).
    """
    head = raw.lstrip(_WHITESPACE)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip(_WHITESPACE)
    return head[:1] in (b"{", b"[")


def parse_document(raw: bytes, name: str = "") -> Any:
    """Parse JSON or YAML, decided by content; raise :class:`SpecParseError`.

    Content starting with ``{`` or ``[`` goes to the (much faster) JSON parser. If
    that fails and ``name`` does not end in ``.json`` it is retried as YAML, since
    JSON-looking YAML exists; a ``.json`` file gets the JSON error, as YAML would
    accept some broken JSON (trailing commas) and hide the author's mistake.

    Text no UTF-8 file can hold (a lone surrogate such as ``"\\ud800"``) and
    integers too long to convert (Python refuses more than 4,300 digits) are
    parse errors too, with their line where it can be found.
    """
    try:
        document = _parse(raw, name)
    except RecursionError:
        raise SpecParseError("the document is nested too deeply", None, None) from None
    except ValueError as exc:
        if isinstance(exc, SpecParseError):
            raise
        # int() refusing a 5,000-digit number (JSON and YAML alike).
        match = _LONG_NUMBER.search(raw)
        line = raw.count(b"\n", 0, match.start()) + 1 if match else None
        detail = (
            "a number has more than 4,300 digits"
            if "digits" in str(exc)
            else f"unusable value: {exc}"
        )
        raise SpecParseError(detail, line, None) from None
    if _SURROGATE_ESCAPE.search(raw):
        _check_text(document, raw)
    return document


_LONG_NUMBER = re.compile(rb"[0-9]{4000}")
_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89abcdefABCDEF]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(root: Any, raw: bytes) -> None:
    """Refuse strings holding a lone surrogate (JSON ``\\udc00``): not Unicode text.

    They cannot be written to a UTF-8 file, sent in a request or printed; paired
    surrogates (an escaped emoji) were already joined by the parser.
    """
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and _LONE_SURROGATE.search(key):
                    _surrogate_error(key, raw)
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and _LONE_SURROGATE.search(node):
            _surrogate_error(node, raw)


def _surrogate_error(text: str, raw: bytes) -> None:
    found = _LONE_SURROGATE.search(text)
    assert found is not None
    code = f"{ord(found.group(0)):04x}"
    escape = re.search(rb"\\u" + code.encode(), raw, re.IGNORECASE)
    line = raw.count(b"\n", 0, escape.start()) + 1 if escape else None
    raise SpecParseError(
        f"invalid text: a lone surrogate (\\u{code}) is not a Unicode character",
        line,
        None,
    )


def _parse(raw: bytes, name: str) -> Any:
    if _looks_like_json(raw):
        try:
            with gc_paused():
                return json.loads(raw)
        except json.JSONDecodeError as exc:
            json_error = SpecParseError(
                f"invalid JSON: {exc.msg}", exc.lineno, exc.colno
            )
        except UnicodeDecodeError as exc:
            raise SpecParseError(f"not valid UTF-8 text: {exc}", None, None) from exc
        if name.lower().endswith(".json"):
            raise json_error
        try:
            return parse_yaml(raw)
        except SpecParseError:
            raise json_error from None
    return parse_yaml(raw)


def read_regular_file(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``OSError`` otherwise.

    ``/dev/zero`` would be read forever and a FIFO would block ``open`` itself, so
    the file is opened non-blocking and must be a regular file; a file growing
    past the limit while read is refused too.
    """
    limit = max_input_bytes() if limit is None else limit
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
    return data


def fetch_url(location: str, *, timeout: float = FETCH_TIMEOUT) -> bytes:
    """GET an http(s) URL within one deadline for the whole transfer; ``OSError`` on failure.

    httpx's timeouts bound each network operation, so a server sending one byte
    a second would never time out. The transfer runs on a daemon thread and the
    caller waits at most ``timeout`` seconds for it, whatever the server does.
    """
    limit = max_input_bytes()
    label = redact_urls(location)
    outcome: list[bytes | BaseException] = []
    cancelled = threading.Event()

    def transfer() -> None:
        try:
            with httpx.stream(
                "GET", location, timeout=timeout, follow_redirects=True
            ) as response:
                response.raise_for_status()
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise OSError(f"{label} is larger than {limit} bytes")
                    if cancelled.is_set():
                        return
                    chunks.append(chunk)
                outcome.append(b"".join(chunks))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            outcome.append(exc)

    worker = threading.Thread(target=transfer, name="clientsmith-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or not outcome:
        cancelled.set()
        raise OSError(
            f"cannot fetch {label}: no complete response within {timeout:g} s"
        )
    result = outcome[0]
    if isinstance(result, bytes):
        return result
    if isinstance(result, httpx.HTTPStatusError):
        raise OSError(f"HTTP {result.response.status_code} fetching {label}")
    if isinstance(result, httpx.HTTPError):
        raise OSError(f"cannot fetch {label}: {redact_urls(str(result))}")
    if isinstance(result, OSError):
        raise result
    raise OSError(f"cannot fetch {label}: {type(result).__name__}: {result}")


def _read(location: str) -> bytes:
    """Bytes of a local file or an http(s) URL; ``OSError`` on failure."""
    if not is_url(location):
        return read_regular_file(location)
    return fetch_url(location)


class Origins(Protocol):
    """Maps pointers of the loaded document back to the file and line they came from."""

    def locate(self, pointer: str) -> tuple[str, int | None]: ...

    def locate_original(self, pointer: str) -> tuple[str, int | None]: ...


@dataclass(frozen=True)
class SpecOrigins:
    """Where each part of a loaded document came from, for diagnostics."""

    locator: Locator
    bundle: PointerMap
    """Bundled (pre-conversion) pointer -> file and pointer in that file."""
    conversion: PointerMap | None = None
    """Converted pointer -> Swagger 2.0 pointer; ``None`` for OpenAPI 3.x sources."""

    def locate_original(self, pointer: str) -> tuple[str, int | None]:
        """File and line of a pointer into the bundled, unconverted document."""
        file, file_pointer = self.bundle.origin(pointer)
        return file, self.locator.line(file, file_pointer)

    def locate(self, pointer: str) -> tuple[str, int | None]:
        """File and line of a pointer into the final (converted) document."""
        if self.conversion is not None:
            pointer = self.conversion.origin(pointer)[1]
        return self.locate_original(pointer)


@dataclass(frozen=True)
class LoadedSpec:
    """A spec ready for validation and the IR stage."""

    document: dict[str, Any]
    """OpenAPI 3.x document with only internal refs (Swagger 2.0 is converted)."""
    path: str
    """The root file's path (normalised, relative if given so) or URL."""
    content_hash: str
    """sha256 (hex) of the raw bytes of the root and every external file loaded."""
    source_version: str
    """Version of the source: ``"2.0"``, ``"3.0.3"``, ``"3.1.0"``..."""
    original: dict[str, Any] | None = None
    """For Swagger 2.0 sources, the bundled document before conversion."""
    files: tuple[str, ...] = ()
    """Every file read: the root first, then external files in load order."""
    origins: Origins | None = field(default=None, repr=False, compare=False)

    @property
    def is_swagger2(self) -> bool:
        return self.source_version.startswith("2")

    def locate(self, pointer: str) -> tuple[str, int | None]:
        """File and 1-based line of a pointer into :attr:`document`.

        Lines are found on first use (slow for big files, so ``None`` above
        :data:`~clientsmith.generator.locate.MAX_LOCATE_BYTES`) and cached.
        """
        if self.origins is None:
            return self.path, None
        return self.origins.locate(pointer)

    def locate_original(self, pointer: str) -> tuple[str, int | None]:
        """Like :meth:`locate`, for a pointer into the unconverted source."""
        if self.origins is None:
            return self.path, None
        return self.origins.locate_original(pointer)

    @classmethod
    def from_document(
        cls, document: dict[str, Any], path: str = "<memory>"
    ) -> LoadedSpec:
        """Wrap an in-memory OpenAPI 3.x document (for tests and tools)."""
        raw = json.dumps(document, default=str).encode()
        version = str(document.get("openapi", "3.0.0"))
        return cls(document, path, hashlib.sha256(raw).hexdigest(), version)


# --- versions ---------------------------------------------------------------------

_OPENAPI_VERSION = re.compile(r"^3\.([0-9]+)(?:\.[0-9]+)?(?:-[0-9A-Za-z.-]+)?$")
SUPPORTED_MINORS = (0, 1)
"""OpenAPI 3 minor versions handled; 3.2 is read as 3.1 with a warning."""


def _version_text(value: Any) -> str:
    # Unquoted ``swagger: 2.0`` / ``openapi: 3.0`` are YAML floats.
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _detect_version(
    document: dict[str, Any],
    fail: Callable[[str, str, str], GeneratorError],
    diagnostics: Diagnostics,
    locate: Callable[[str], tuple[str, int | None]],
) -> str:
    if "openapi" in document:
        version = _version_text(document["openapi"])
        match = _OPENAPI_VERSION.match(version)
        if match is None:
            raise fail(
                "spec-version-unsupported",
                f"unsupported OpenAPI version {version!r}; supported: 2.0, 3.0.x, 3.1.x",
                "/openapi",
            )
        minor = int(match.group(1))
        if minor == 2:
            file, line = locate("/openapi")
            diagnostics.add(
                Diagnostic(
                    Severity.WARNING,
                    "spec-version-newer",
                    f"OpenAPI {version} is read as 3.1; features new in 3.2 are ignored",
                    "/openapi",
                    file,
                    line,
                )
            )
        elif minor not in SUPPORTED_MINORS:
            raise fail(
                "spec-version-unsupported",
                f"unsupported OpenAPI version {version!r}; supported: 2.0, 3.0.x, 3.1.x",
                "/openapi",
            )
        document["openapi"] = version
        return version
    if "swagger" in document:
        version = _version_text(document["swagger"])
        if version not in ("2.0", "2"):
            raise fail(
                "spec-version-unsupported",
                f"unsupported Swagger version {version!r}; supported: 2.0, 3.0.x, 3.1.x",
                "/swagger",
            )
        document["swagger"] = "2.0"
        return "2.0"
    raise fail(
        "spec-version-missing",
        "not an OpenAPI document: no 'openapi' or 'swagger' key at the top level",
        "",
    )


# --- loading ----------------------------------------------------------------------

_INTERNAL_REF = re.compile(rb"""\$ref["']?\s*:\s*["']?#""")


def _may_have_external_refs(raw: bytes) -> bool:
    """False when every ``$ref`` in the text is followed by a ``#...`` value.

    A regex over the bytes takes milliseconds; it lets most specs skip the
    bundling walk. Anything unusual (``$ref`` in prose too) just means "maybe".
    """
    return raw.count(b"$ref") != len(_INTERNAL_REF.findall(raw))


def _location_of(source: str | Path) -> str:
    text = os.fspath(source)
    return text if is_url(text) else os.path.normpath(text)


def load_spec(
    source: str | Path,
    diagnostics: Diagnostics,
    *,
    allow_outside_refs: bool = False,
    allow_remote_refs: bool = False,
) -> LoadedSpec:
    """Load the spec at ``source`` (local path or http(s) URL).

    JSON or YAML is decided by content. External ``$ref`` targets are bundled into
    the document, Swagger 2.0 is converted to OpenAPI 3.0, and internal refs that
    lead nowhere are reported (``unresolved-ref``).

    A local spec's ``$ref``s may only name files inside the spec's directory tree
    (symlinks resolved) unless ``allow_outside_refs``, and http(s) URLs only if
    ``allow_remote_refs``: generating from a spec must not read ``~/.ssh`` into a
    client or make network requests nobody asked for. A spec fetched from a URL
    may reference further URLs (it can never reach local files).

    Raises :class:`GeneratorError` if the root cannot be read or parsed, is not a
    mapping, or has a missing or unsupported version.
    """
    location = _location_of(source)
    sources: dict[str, bytes | None] = {}
    hasher = hashlib.sha256()
    locator = Locator(sources)

    parsed = False

    def fail(
        code: str, message: str, pointer: str, line: int | None = None
    ) -> GeneratorError:
        # Only a file that parsed may be composed for lines: composing text that
        # failed to parse could fail worse (libyaml overflows its C stack on
        # absurdly deep nesting).
        if line is None and parsed:
            line = locator.line(location, pointer)
        diagnostic = Diagnostic(Severity.ERROR, code, message, pointer, location, line)
        return GeneratorError(f"cannot load {location}: {message}", [diagnostic])

    try:
        raw = _read(location)
    except OSError as exc:
        reason = exc.strerror if not is_url(location) and exc.strerror else str(exc)
        raise fail("spec-unreadable", f"cannot read spec: {reason}", "") from None
    sources[location] = raw if len(raw) <= MAX_LOCATE_BYTES else None
    hasher.update(raw)
    try:
        document = parse_document(raw, location)
    except SpecParseError as exc:
        where = (
            f" (line {exc.line}, column {exc.column})"
            if exc.line and exc.column
            else f" (line {exc.line})"
            if exc.line
            else ""
        )
        raise fail("spec-parse-error", exc.message + where, "", exc.line) from None
    parsed = True
    if not isinstance(document, dict):
        what = "empty" if document is None else f"a {type(document).__name__}"
        raise fail("spec-not-mapping", f"the top level is {what}, not a mapping", "", 1)

    def locate_root(pointer: str) -> tuple[str, int | None]:
        return location, locator.line(location, pointer)

    if "resource_spec" in document and "openapi" not in document:
        from .resource_spec import compile_resource_spec_located

        # A hand-written resource spec compiles to OpenAPI 3.1: same IR from here on.
        text = raw.decode("utf-8", errors="replace")
        compiled, spec_origins = compile_resource_spec_located(
            document, diagnostics, file=location, text=text
        )
        return LoadedSpec(
            compiled,
            location,
            hasher.hexdigest(),
            str(compiled.get("openapi", "3.1.0")),
            files=(location,),
            origins=spec_origins,
        )

    version = _detect_version(document, fail, diagnostics, locate_root)
    swagger2 = version == "2.0"

    root_is_local = not is_url(location)
    root_dir = os.path.realpath(os.path.dirname(location) or ".")

    def read_external(file: str) -> Any:
        if root_is_local and is_url(file) and not allow_remote_refs:
            raise OSError(
                "a remote $ref in a local spec is not followed without "
                "--allow-remote-refs"
            )
        if root_is_local and not is_url(file) and not allow_outside_refs:
            real = os.path.realpath(file)
            if os.path.commonpath([root_dir, real]) != root_dir:
                raise OSError(
                    f"{file} is outside the spec's directory {root_dir}; "
                    "pass --allow-outside-refs to read it"
                )
        data = _read(file)
        hasher.update(b"\0" + file.encode() + b"\0" + data)
        try:
            content = parse_document(data, file)
        except SpecParseError as exc:
            where = f" at line {exc.line}" if exc.line else ""
            raise ValueError(exc.message + where) from None
        sources[file] = data if len(data) <= MAX_LOCATE_BYTES else None
        return content

    files: dict[str, Any] = {}
    bundled_from: dict[str, tuple[str, str]] = {}
    if _may_have_external_refs(raw):
        files, bundled_from = bundle_external_refs(
            document,
            location,
            swagger2=swagger2,
            read=read_external,
            diagnostics=diagnostics,
            line_of=locator.line,
        )
    origins = SpecOrigins(locator, PointerMap(location, bundled_from))
    original: dict[str, Any] | None = None
    if swagger2:
        converted = Diagnostics()
        result = convert_swagger2(document, converted)
        _locate_all(converted, origins.locate_original, diagnostics)
        original, document = document, result.document
        origins = replace(
            origins,
            conversion=PointerMap("", {k: ("", v) for k, v in result.origins.items()}),
        )

    # Swagger sources are checked before conversion so that problems name the
    # pointers the author wrote.
    if original is not None:
        check_internal_refs(original, diagnostics, origins.locate_original)
    else:
        check_internal_refs(document, diagnostics, origins.locate)
    return LoadedSpec(
        document=document,
        path=location,
        content_hash=hasher.hexdigest(),
        source_version=version,
        original=original,
        files=(location, *files),
        origins=origins,
    )


def _locate_all(
    found: Diagnostics,
    locate: Callable[[str], tuple[str, int | None]],
    into: Diagnostics,
) -> None:
    """Copy diagnostics into ``into``, filling in file and line from the pointer."""
    for diagnostic in found:
        if diagnostic.file is None:
            file, line = locate(diagnostic.pointer)
            diagnostic = replace(diagnostic, file=file, line=line)
        into.add(diagnostic)


def spec_label(source: str | Path) -> str:
    """How the spec is named in generated files: a file name, or a URL without credentials."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        # The label is written into pyproject.toml: no userinfo, no credentials.
        return redact_urls(text)
    return Path(text).name


def locate_diagnostics(
    loaded: LoadedSpec, diagnostics: Diagnostics, start: int = 0
) -> None:
    """Add file and line to diagnostics that only have a pointer; drop repeats.

    Loading and the IR stage may both notice one problem (an unresolved
    ``$ref``, say); the user sees it once.
    """
    seen = {(d.code, d.pointer.lstrip("#")) for d in diagnostics.items[:start]}
    kept = diagnostics.items[:start]
    for d in diagnostics.items[start:]:
        key = (d.code, d.pointer.lstrip("#"))
        if key in seen:
            continue
        seen.add(key)
        if d.file is None:
            file, line = loaded.locate(d.pointer) if d.pointer else (loaded.path, None)
            d = replace(d, file=file, line=line)
        kept.append(d)
    diagnostics.items[:] = kept
