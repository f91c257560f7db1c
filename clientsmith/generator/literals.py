"""The one path by which spec values become Python source text.

:func:`pyrepr` renders only plain data (str, int, float, bool, None, and tuples,
lists and dicts of those) with Python's own ``repr``, which escapes quotes,
backslashes and newlines, so spec text can never close a string and become
code. :func:`docstring` makes free text safe inside a triple-quoted docstring.
"""

from __future__ import annotations

import json
import math
import re

__all__ = ["UnsafeLiteralError", "comment_text", "docstring", "pyrepr"]


class UnsafeLiteralError(TypeError):
    """A value that has no safe literal form reached code generation."""


def pyrepr(value: object) -> str:
    """A Python literal for plain data; anything else is refused."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f"float({repr(value)!r})"
        return repr(value)
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, bytes):
        return repr(bytes(value))
    if isinstance(value, tuple):
        inner = ", ".join(pyrepr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise UnsafeLiteralError(f"no safe literal for {type(value).__name__}")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def docstring(text: str | None, *, width: int = 0) -> str:
    """Escape free text for the inside of a ``\"\"\"`` docstring.

    Backslashes are doubled, runs of quotes cannot close the string, control
    characters are dropped, tabs that indent a line become spaces (as
    ``inspect.cleandoc`` shows them; mixed with the docstring's own indentation
    they are lint errors), trailing whitespace is stripped from each line and
    a trailing quote is kept off the closing delimiter.
    """
    if not text:
        return ""
    text = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.strip().split("\n")]
    if "\t" in text:
        lines = [_untab(line) for line in lines]
    out = "\n".join(lines)
    if out.endswith('"'):
        body = out[:-1]
        backslashes = len(body) - len(body.rstrip("\\"))
        if backslashes % 2 == 0:  # a bare quote would merge with the closing delimiter
            out = body + '\\"'
    return out


def _untab(line: str) -> str:
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)].expandtabs() + body


def comment_text(value: object) -> str:
    """``value`` quoted for a one-line comment in Python, TOML or HTML.

    JSON's ASCII string escapes leave no line break or control character (a
    newline would end a Python comment and start code), and ``<``, ``>`` and
    ``&`` are escaped as well, so the text cannot end an HTML comment either.
    """
    text = json.dumps(str(value), ensure_ascii=True)
    for ch in "<>&":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text
