"""Types for file-like request content (uploads and raw binary bodies)."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from os import PathLike
from typing import IO, TypeAlias

__all__ = ["FileContent", "FileTypes"]

FileContent: TypeAlias = (
    bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | PathLike[str]
)
"""Raw binary content: bytes, an open binary file, a path, or a byte iterator."""

FileTypes: TypeAlias = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A multipart file field: content, or ``(filename, content[, content_type])``."""
