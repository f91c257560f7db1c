"""Models: GetProductModelsResponse, GetProductModelsResponseEmbedded, GetProductModelsResponseLinks, GetProductModelsResponseLinksFirst, GetProductModelsResponseLinksNext, GetProductModelsResponseLinksPrevious, GetProductModelsResponseLinksSelf."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel

from .product_model import ProductModel

__all__ = [
    "GetProductModelsResponse",
    "GetProductModelsResponseEmbedded",
    "GetProductModelsResponseLinks",
    "GetProductModelsResponseLinksFirst",
    "GetProductModelsResponseLinksNext",
    "GetProductModelsResponseLinksPrevious",
    "GetProductModelsResponseLinksSelf",
]


class GetProductModelsResponse(BaseModel):
    """Product Models"""

    links: GetProductModelsResponseLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    current_page: int | None = None
    """Current page number"""

    embedded: GetProductModelsResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )


class GetProductModelsResponseEmbedded(BaseModel):
    """The ``GetProductModelsResponseEmbedded`` object."""

    items: list[ProductModel] | None = None


class GetProductModelsResponseLinks(BaseModel):
    """The ``GetProductModelsResponseLinks`` object."""

    first: GetProductModelsResponseLinksFirst | None = None
    next: GetProductModelsResponseLinksNext | None = None
    previous: GetProductModelsResponseLinksPrevious | None = None
    self_: GetProductModelsResponseLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class GetProductModelsResponseLinksFirst(BaseModel):
    """The ``GetProductModelsResponseLinksFirst`` object."""

    href: str | None = None
    """URI of the first page of resources"""


class GetProductModelsResponseLinksNext(BaseModel):
    """The ``GetProductModelsResponseLinksNext`` object."""

    href: str | None = None
    """URI of the next page of resources"""


class GetProductModelsResponseLinksPrevious(BaseModel):
    """The ``GetProductModelsResponseLinksPrevious`` object."""

    href: str | None = None
    """URI of the previous page of resources"""


class GetProductModelsResponseLinksSelf(BaseModel):
    """The ``GetProductModelsResponseLinksSelf`` object."""

    href: str | None = None
    """URI of the current page of resources"""
