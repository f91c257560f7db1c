"""Models: DeprecatedAssetReferenceFileUploadWarning, DeprecatedAssetReferenceFileUploadWarningErrorsItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = [
    "DeprecatedAssetReferenceFileUploadWarning",
    "DeprecatedAssetReferenceFileUploadWarningErrorsItem",
]


class DeprecatedAssetReferenceFileUploadWarning(BaseModel):
    """The ``DeprecatedAssetReferenceFileUploadWarning`` object."""

    errors: list[DeprecatedAssetReferenceFileUploadWarningErrorsItem] | None = None
    message: str | None = None
    """Message explaining the warning"""


class DeprecatedAssetReferenceFileUploadWarningErrorsItem(BaseModel):
    """The ``DeprecatedAssetReferenceFileUploadWarningErrorsItem`` object."""

    channel: str | None = None
    """Channel for which the variation file generation failed"""

    locale: str | None = None
    """Locale for which the variation file generation failed"""

    message: str | None = None
    """Message explaining why the variation file generation failed"""
