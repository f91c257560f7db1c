"""Models: Association."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = ["Association"]


class Association(BaseModel):
    """The ``Association`` object."""

    groups: list[str] | None = None
    products: list[str] | None = None
    """Product uuids (products-uuid) or identifiers"""

    product_models: list[str] | None = None
