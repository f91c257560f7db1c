"""Models: PublishedProduct."""

from __future__ import annotations

from typing import Any

from clientsmith.models import BaseModel

from .association import Association
from .product_value import ProductValue

__all__ = ["PublishedProduct"]


class PublishedProduct(BaseModel):
    """The ``PublishedProduct`` object."""

    identifier: str
    """Published product identifier, i.e. the value of the only `pim_catalog_identifier` attribute"""

    associations: dict[str, Association] | None = None
    """Several associations related to groups and/or other published products, grouped by association types"""

    categories: list[str] | None = None
    """Codes of the <a href='api-reference.html#Category'>categories</a> in which the published product is classified"""

    created: str | None = None
    """Date of creation"""

    enabled: bool | None = None
    """Whether the published product is enable"""

    family: str | None = None
    """<a href='api-reference.html#Family'>Family</a> code from which the published product inherits its attributes and attributes requirements"""

    groups: list[str] | None = None
    """Codes of the groups to which the published product belong"""

    quantified_associations: dict[str, Any] | None = None
    """Warning: associations with quantities are not compatible with the published products. The response will always be empty."""

    updated: str | None = None
    """Date of the last update"""

    values: dict[str, list[ProductValue]] | None = None
    """Published product attributes values, see <a href='/concepts/products.html#focus-on-the-product-values'>Product values</a> section for more details"""
