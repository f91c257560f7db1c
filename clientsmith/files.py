"""Types for file-like request content (uploads and raw binary bodies)."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from os import PathLike
from typing import IO, TYPE_CHECKING, Annotated, Any, TypeAlias

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["FileContent", "FileField", "FileTypes"]

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


class _AsGiven:
    """Pydantic marker: keep the value as given, unvalidated and unconverted.

    A file to upload is an open file, a path or a byte iterator: pydantic
    could neither validate those (``IO[bytes]`` is no runtime class) nor dump
    them without consuming iterators, and the runtime sends them as they are.
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.any_schema()


FileField: TypeAlias = Annotated[FileTypes, _AsGiven]
"""A file field of a generated multipart body model (``format: binary``):
typed as :data:`FileTypes` for type checkers, kept as given at run time."""
