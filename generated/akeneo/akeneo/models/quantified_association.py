"""Models: QuantifiedAssociation, QuantifiedAssociationProductModelsItem, QuantifiedAssociationProductsItem."""

from __future__ import annotations

from clientsmith.models import BaseModel

__all__ = [
    "QuantifiedAssociation",
    "QuantifiedAssociationProductModelsItem",
    "QuantifiedAssociationProductsItem",
]


class QuantifiedAssociation(BaseModel):
    """The ``QuantifiedAssociation`` object."""

    products: list[QuantifiedAssociationProductsItem] | None = None
    product_models: list[QuantifiedAssociationProductModelsItem] | None = None


class QuantifiedAssociationProductModelsItem(BaseModel):
    """The ``QuantifiedAssociationProductModelsItem`` object."""

    identifier: str | None = None
    code: str | None = None
    quantity: int | None = None


class QuantifiedAssociationProductsItem(BaseModel):
    """The ``QuantifiedAssociationProductsItem`` object."""

    uuid: str | None = None
    identifier: str | None = None
    quantity: int | None = None
