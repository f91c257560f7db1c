"""Models: ReferenceEntityRecord."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = ["ReferenceEntityRecord"]


class ReferenceEntityRecord(BaseModel):
    """The ``ReferenceEntityRecord`` object."""

    code: str
    """Code of the record"""

    created: str | None = None
    """Date of creation."""

    updated: str | None = None
    """Date of the last update."""

    values: dict[str, list[ProductValue]] | None = None
    """Record attributes values, see <a href='/concepts/reference-entities.html#focus-on-the-reference-entity-record-values'>Reference entity record values</a> section for more details"""
