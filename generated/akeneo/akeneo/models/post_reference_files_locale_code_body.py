"""Models: PostReferenceFilesLocaleCodeBody, PostReferenceFilesLocaleCodeResponse, PostReferenceFilesLocaleCodeResponseErrorsItem."""

from __future__ import annotations

from clientsmith.files import FileField
from clientsmith.models import BaseModel

__all__ = [
    "PostReferenceFilesLocaleCodeBody",
    "PostReferenceFilesLocaleCodeResponse",
    "PostReferenceFilesLocaleCodeResponseErrorsItem",
]


class PostReferenceFilesLocaleCodeBody(BaseModel):
    """The ``PostReferenceFilesLocaleCodeBody`` object."""

    file: FileField
    """The binaries of the file"""


class PostReferenceFilesLocaleCodeResponse(BaseModel):
    """The ``PostReferenceFilesLocaleCodeResponse`` object."""

    errors: list[PostReferenceFilesLocaleCodeResponseErrorsItem] | None = None
    message: str | None = None
    """Message explaining the warning"""


class PostReferenceFilesLocaleCodeResponseErrorsItem(BaseModel):
    """The ``PostReferenceFilesLocaleCodeResponseErrorsItem`` object."""

    channel: str | None = None
    """Channel for which the variation file generation failed"""

    locale: str | None = None
    """Locale for which the variation file generation failed"""

    message: str | None = None
    """Message explaining why the variation file generation failed"""
