"""Models: ProductUuidList, ProductUuidListCompletenessesItem, ProductUuidListLinks, ProductUuidListLinksSelf, ProductUuidListMetadata, ProductUuidListMetadataWorkflowStatus."""

from __future__ import annotations

from pydantic import Field

from clientsmith.models import BaseModel, OpenEnum

from .association import Association
from .product_value import ProductValue
from .quality_score import QualityScore
from .quantified_association import QuantifiedAssociation

__all__ = [
    "ProductUuidList",
    "ProductUuidListCompletenessesItem",
    "ProductUuidListLinks",
    "ProductUuidListLinksSelf",
    "ProductUuidListMetadata",
    "ProductUuidListMetadataWorkflowStatus",
]


class ProductUuidList(BaseModel):
    """The ``ProductUuidList`` object."""

    links: ProductUuidListLinks | None = Field(
        default=None, validation_alias="_links", serialization_alias="_links"
    )
    associations: dict[str, Association] | None = None
    """Several associations related to groups, product models and/or other products, grouped by association types"""

    categories: list[str] | None = None
    """Codes of the <a href='api-reference.html#Category'>categories</a> in which the product is classified"""

    completenesses: list[ProductUuidListCompletenessesItem] | None = None
    """Product completenesses for each channel/locale combination (only available since the 7.0 version, and when the "with_completenesses" query parameter is set to "true")"""

    created: str | None = None
    """Date of creation"""

    enabled: bool | None = None
    """Whether the product is enabled"""

    family: str | None = None
    """<a href='api-reference.html#Family'>Family</a> code from which the product inherits its attributes and attributes requirements."""

    groups: list[str] | None = None
    """Codes of the groups to which the product belong"""

    metadata: ProductUuidListMetadata | None = None
    """More information around the product (only available since the v2.0 in the Enterprise Edition)"""

    parent: str | None = None
    """Code of the parent <a href='api-reference.html#Productmodel'>product model</a> when the product is a variant (only available since the 2.0). This parent can be modified since the 2.3."""

    quality_scores: list[QualityScore] | None = None
    """Product quality scores for each channel/locale combination (only available since the 5.0 and when the "with_quality_scores" query parameter is set to "true")"""

    quantified_associations: dict[str, QuantifiedAssociation] | None = None
    """Several quantified associations related to products and/or product models, grouped by quantified association types (only available since the 5.0)"""

    updated: str | None = None
    """Date of the last update"""

    uuid: str | None = None
    """Product uuid"""

    values: dict[str, list[ProductValue]] | None = None
    """Product attributes values, see <a href='/concepts/products.html#focus-on-the-product-values'>Product values</a> section for more details"""


class ProductUuidListCompletenessesItem(BaseModel):
    """The ``ProductUuidListCompletenessesItem`` object."""

    data: int | None = None
    locale: str | None = None
    scope: str | None = None


class ProductUuidListLinks(BaseModel):
    """The ``ProductUuidListLinks`` object."""

    self_: ProductUuidListLinksSelf | None = Field(
        default=None, validation_alias="self", serialization_alias="self"
    )


class ProductUuidListLinksSelf(BaseModel):
    """The ``ProductUuidListLinksSelf`` object."""

    href: str | None = None
    """URI of the resource"""


class ProductUuidListMetadata(BaseModel):
    """More information around the product (only available since the v2.0 in the Enterprise Edition)"""

    workflow_status: ProductUuidListMetadataWorkflowStatus | None = None
    """Status of the product regarding the user permissions"""


class ProductUuidListMetadataWorkflowStatus(OpenEnum):
    """Status of the product regarding the user permissions

    Unknown values from the server are accepted as pseudo-members.
    """

    READ_ONLY = "read_only"
    DRAFT_IN_PROGRESS = "draft_in_progress"
    PROPOSAL_WAITING_FOR_APPROVAL = "proposal_waiting_for_approval"
    WORKING_COPY = "working_copy"
