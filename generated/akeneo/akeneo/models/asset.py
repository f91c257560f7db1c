"""Models: Asset."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = ["Asset"]


class Asset(BaseModel):
    """The ``Asset`` object."""

    code: str
    """Code of the asset"""

    created: str | None = None
    """Date of creation"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, list[ProductValue]] | None = None
    """Asset attributes values, see the <a href='/concepts/asset-manager.html#focus-on-the-asset-values'>Focus on the asset values</a> section for more details."""
