"""Models: PatchReferenceEntityRecordsBodyItem, PatchReferenceEntityRecordsResponseItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = [
    "PatchReferenceEntityRecordsBodyItem",
    "PatchReferenceEntityRecordsResponseItem",
]


class PatchReferenceEntityRecordsBodyItem(BaseModel):
    """The ``PatchReferenceEntityRecordsBodyItem`` object."""

    code: str
    """Code of the record"""

    created: str | None = None
    """Date of creation."""

    updated: str | None = None
    """Date of the last update."""

    values: dict[str, list[ProductValue]] | None = None
    """Record attributes values, see <a href='/concepts/reference-entities.html#focus-on-the-reference-entity-record-values'>Reference entity record values</a> section for more details"""


class PatchReferenceEntityRecordsResponseItem(BaseModel):
    """The ``PatchReferenceEntityRecordsResponseItem`` object."""

    code: str | None = None
    """Resource code"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""
