"""Problems found in a spec or config, as data.

Every stage reports problems as :class:`Diagnostic` values instead of raising, so
one run shows all of them and generation can go on where it safely can. A
:class:`GeneratorError` is raised only for problems that stop the run; it carries
the diagnostics that caused it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "Diagnostic",
    "Diagnostics",
    "GeneratorError",
    "Severity",
    "escape_token",
    "pointer_join",
]


class Severity(enum.Enum):
    """How bad a problem is: errors stop generation, warnings do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    """One problem, located by JSON pointer and, where known, file and line."""

    severity: Severity
    code: str
    """A short stable kind, e.g. ``invalid-ref`` or ``operation-skipped``."""
    message: str
    pointer: str = ""
    """JSON pointer into the document, e.g. ``/paths/~1pets/get``."""
    file: str | None = None
    line: int | None = None

    def format(self) -> str:
        """Render as ``file:line: severity[code] message (at pointer)``."""
        place = self.file or "<spec>"
        if self.line is not None:
            place += f":{self.line}"
        where = f" (at #{self.pointer})" if self.pointer else ""
        return f"{place}: {self.severity.value}[{self.code}] {self.message}{where}"


@dataclass
class Diagnostics:
    """An ordered collection of diagnostics gathered during one run."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def error(self, code: str, message: str, pointer: str = "") -> None:
        self.add(Diagnostic(Severity.ERROR, code, message, pointer))

    def warning(self, code: str, message: str, pointer: str = "") -> None:
        self.add(Diagnostic(Severity.WARNING, code, message, pointer))

    def info(self, code: str, message: str, pointer: str = "") -> None:
        self.add(Diagnostic(Severity.INFO, code, message, pointer))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)


class GeneratorError(Exception):
    """A problem that stops generation; ``diagnostics`` say what and where."""

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)


def escape_token(token: str | int) -> str:
    """One reference token as written in a JSON pointer: ``~`` -> ``~0``, ``/`` -> ``~1``.

    The pointer code lives in :mod:`clientsmith.generator.refs`; this one function
    is here because every diagnostic builds pointers (refs re-exports it).
    """
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_join(base: str, *tokens: str | int) -> str:
    """Append tokens to a JSON pointer, escaping ``~`` and ``/`` (RFC 6901)."""
    return base + "".join("/" + escape_token(t) for t in tokens)
