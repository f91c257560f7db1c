"""Models: PatchAssetsBodyItem, PatchAssetsResponseItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

from .product_value import ProductValue

__all__ = ["PatchAssetsBodyItem", "PatchAssetsResponseItem"]


class PatchAssetsBodyItem(BaseModel):
    """The ``PatchAssetsBodyItem`` object."""

    code: str
    """Code of the asset"""

    created: str | None = None
    """Date of creation"""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, list[ProductValue]] | None = None
    """Asset attributes values, see the <a href='/concepts/asset-manager.html#focus-on-the-asset-values'>Focus on the asset values</a> section for more details."""


class PatchAssetsResponseItem(BaseModel):
    """The ``PatchAssetsResponseItem`` object."""

    code: str | None = None
    """Resource code"""

    message: str | None = None
    """Message explaining the error"""

    status_code: int | None = None
    """HTTP status code, see <a href="/documentation/responses.html#client-errors">Client errors</a> to understand the meaning of each code"""
